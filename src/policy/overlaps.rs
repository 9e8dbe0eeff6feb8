//! Rules that would tie: two answers for one code and no way to choose.

use super::validate::Checked;
use crate::diag::Diagnostic;

/// Rules that would tie for the same input: codes intersect at the same
/// specificity, basic reply codes do not tell them apart, and neither has
/// text patterns or is a fallback. Such a pair is an error, since readers
/// would get two answers and no way to choose.
pub(super) fn overlaps(rules: &[Checked]) -> Vec<Diagnostic> {
    let tier = |w: u32| {
        if w == 1 {
            3
        } else if w <= 100 {
            2
        } else {
            1
        }
    };
    let mut out = Vec::new();
    for (j, b) in rules.iter().enumerate() {
        if b.fallback || !b.text.is_empty() {
            continue;
        }
        for a in &rules[..j] {
            if a.fallback || !a.text.is_empty() {
                continue;
            }
            let basics_differ = !a.basic.is_empty()
                && !b.basic.is_empty()
                && !a.basic.iter().any(|x| b.basic.contains(x));
            if basics_differ {
                continue;
            }
            let clash = a.ranges.iter().any(|&(alo, ahi)| {
                b.ranges.iter().any(|&(blo, bhi)| {
                    alo <= bhi && blo <= ahi && tier(ahi - alo + 1) == tier(bhi - blo + 1)
                })
            });
            if clash {
                out.push(
                    Diagnostic::error(
                        "overlapping-rules",
                        &b.file,
                        format!(
                            "rule `{}` ({}) overlaps rule `{}` ({}) at {}:{}",
                            b.id,
                            b.label,
                            a.id,
                            a.label,
                            a.file.display(),
                            a.line
                        ),
                    )
                    .at(b.line, 1)
                    .hint("narrow the codes, set `basic`, add `text` patterns that tell them apart, or mark the wider one `fallback = true`"),
                );
            }
        }
    }
    out
}
