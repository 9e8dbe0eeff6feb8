//! Bilingual span markup for fixtures written in tests.

#![allow(dead_code)]

/// One segment in the house style of localized markdown: the translation
/// under `id`, then its English source.
pub fn seg(id: &str, target: &str, source: &str) -> String {
    format!(
        "<span data-ttu-id=\"{id}\">{target}</span><span class=\"sxs-lookup\"><span data-stu-id=\"{id}\">{source}</span></span>"
    )
}
