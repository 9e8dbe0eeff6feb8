//! The errors index: the static list of known codes on each locale's
//! `/errors/` page, which works without JavaScript.

use super::encode::Texts;
use super::validate::Checked;
use super::IndexEntry;

/// Every rule with codes, ordered by its lowest code, titled in the
/// locale of `texts` (that locale's outcome texts).
pub(super) fn entries(checked: &[Checked], texts: &[Texts]) -> Vec<IndexEntry> {
    let mut index: Vec<(u32, IndexEntry)> = checked
        .iter()
        .filter(|c| !c.ranges.is_empty())
        .map(|c| {
            let t = &texts[c.outcome as usize];
            (
                c.ranges.iter().map(|r| r.0).min().unwrap_or(0),
                IndexEntry {
                    rule: c.id.clone(),
                    codes: c.label.clone(),
                    title: t.title.clone(),
                    url: t.url.clone(),
                },
            )
        })
        .collect();
    index.sort_by_key(|(k, _)| *k);
    index.into_iter().map(|(_, e)| e).collect()
}
