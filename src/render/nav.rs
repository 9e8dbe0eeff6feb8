//! Site navigation from `TOC.md`: the sidebar of every article and the
//! previous/next links, in the order the table of contents gives.
//!
//! `TOC.md` is DocFX's markdown table of contents: headings (`# [Title](a.md)`,
//! `## [Sub](b.md)`) or nested lists (`- [Title](a.md)`), or both, with
//! lists nesting under the last heading. Entries are read from the parsed
//! document's marked body with pulldown-cmark, like article bodies, so a
//! translated TOC with span markup gives plain titles.

use super::markdown::{markup_text, resolve_path};
use crate::content::{article_url, Site};
use crate::markup::{self, Document};
use crate::util::html_escape;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

/// One entry of the table of contents.
#[derive(Debug, Clone, PartialEq)]
pub struct NavItem {
    pub title: String,
    /// The article it links to, when the link is to one of the site's articles.
    pub key: Option<String>,
    /// An absolute link (`https://…`) kept as written.
    pub external: Option<String>,
    pub children: Vec<NavItem>,
}

/// A locale's table of contents: the tree and its articles in reading order.
#[derive(Debug, Clone, Default)]
pub struct Nav {
    pub items: Vec<NavItem>,
    /// Article keys in TOC order, each once (its first appearance).
    pub order: Vec<String>,
}

impl Nav {
    /// Reads `TOC.md` (already parsed). Links to `.md` files that are not
    /// articles become plain entries; the home page's render of the same
    /// file reports them as broken links.
    pub fn from_toc(doc: &Document, site: &Site) -> Nav {
        let flat = entries(doc, site);
        let mut order = Vec::new();
        for (_, item) in &flat {
            if let Some(k) = &item.key {
                if !order.contains(k) {
                    order.push(k.clone());
                }
            }
        }
        Nav {
            items: tree(flat),
            order,
        }
    }

    /// The TOC's title of article `key` (its first entry).
    pub fn title_of(&self, key: &str) -> Option<&str> {
        fn find<'a>(items: &'a [NavItem], key: &str) -> Option<&'a str> {
            items.iter().find_map(|i| {
                if i.key.as_deref() == Some(key) {
                    Some(i.title.as_str())
                } else {
                    find(&i.children, key)
                }
            })
        }
        find(&self.items, key)
    }

    /// The articles before and after `key` in TOC order.
    pub fn neighbours(&self, key: &str) -> (Option<&str>, Option<&str>) {
        let Some(i) = self.order.iter().position(|k| k == key) else {
            return (None, None);
        };
        (
            i.checked_sub(1).map(|p| self.order[p].as_str()),
            self.order.get(i + 1).map(String::as_str),
        )
    }

    /// The sidebar's list for the page of `current` in locale `tag`, whose
    /// path to the site root is `root`. The current page's link carries
    /// `aria-current="page"`; entries without a link are plain text.
    pub fn html(&self, current: &str, tag: &str, root: &str) -> String {
        let mut out = String::new();
        list_html(&self.items, current, tag, root, &mut out);
        out
    }
}

fn list_html(items: &[NavItem], current: &str, tag: &str, root: &str, out: &mut String) {
    out.push_str("<ul>");
    for it in items {
        out.push_str("<li>");
        let title = html_escape(&it.title);
        match (&it.key, &it.external) {
            (Some(k), _) => {
                let here = if k == current {
                    " aria-current=\"page\""
                } else {
                    ""
                };
                out.push_str(&format!(
                    "<a href=\"{}{}\"{here}>{title}</a>",
                    html_escape(root),
                    html_escape(&article_url(tag, k))
                ));
            }
            (None, Some(url)) => {
                out.push_str(&format!("<a href=\"{}\">{title}</a>", html_escape(url)));
            }
            (None, None) => out.push_str(&format!("<span>{title}</span>")),
        }
        if !it.children.is_empty() {
            list_html(&it.children, current, tag, root, out);
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// The entries of the TOC with their nesting depth (0 = top level).
fn entries(doc: &Document, site: &Site) -> Vec<(usize, NavItem)> {
    let mut out = Vec::new();
    // The depth that lists start at: one below the last heading.
    let mut heading_base = 0usize;
    let mut list_depth = 0usize;
    // The entry being read: its depth, text and first link.
    let mut cur: Option<(usize, String, Option<String>)> = None;
    let finish = |cur: &mut Option<(usize, String, Option<String>)>,
                  out: &mut Vec<(usize, NavItem)>| {
        if let Some((depth, text, dest)) = cur.take() {
            let title = markup_text(&text);
            if title.is_empty() {
                return;
            }
            let (key, external) = match dest {
                Some(d) => link_target(&d, site),
                None => (None, None),
            };
            out.push((
                depth,
                NavItem {
                    title,
                    key,
                    external,
                    children: Vec::new(),
                },
            ));
        }
    };
    for ev in Parser::new_ext(&doc.marked_body, markup::markdown_options()) {
        match ev {
            Event::Start(Tag::Heading { level, .. }) => {
                finish(&mut cur, &mut out);
                let depth = level as usize - 1;
                heading_base = depth + 1;
                cur = Some((depth, String::new(), None));
            }
            Event::End(TagEnd::Heading(_)) => finish(&mut cur, &mut out),
            Event::Start(Tag::List(_)) => {
                // A nested list ends its parent item's own text.
                finish(&mut cur, &mut out);
                list_depth += 1;
            }
            Event::End(TagEnd::List(_)) => list_depth = list_depth.saturating_sub(1),
            Event::Start(Tag::Item) => {
                finish(&mut cur, &mut out);
                cur = Some((
                    heading_base + list_depth.saturating_sub(1),
                    String::new(),
                    None,
                ));
            }
            Event::End(TagEnd::Item) => finish(&mut cur, &mut out),
            Event::Start(Tag::Link { dest_url, .. }) => {
                if let Some((_, _, dest @ None)) = cur.as_mut() {
                    *dest = Some(dest_url.to_string());
                }
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, text, _)) = cur.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak => {
                if let Some((_, text, _)) = cur.as_mut() {
                    text.push(' ');
                }
            }
            _ => {}
        }
    }
    finish(&mut cur, &mut out);
    out
}

/// What a TOC link points to: an article of the site (by key) or an
/// absolute http(s) URL. Anything else (a missing file, an image) is no link.
fn link_target(dest: &str, site: &Site) -> (Option<String>, Option<String>) {
    let d = dest.trim();
    if d.starts_with("https://") || d.starts_with("http://") {
        return (None, Some(d.to_string()));
    }
    let path = d.split(['#', '?']).next().unwrap_or("");
    let Some(resolved) = resolve_path("", path) else {
        return (None, None);
    };
    let key = resolved
        .strip_suffix(".md")
        .or_else(|| resolved.strip_suffix(".MD"))
        .unwrap_or(&resolved);
    if site.articles.contains_key(key) {
        (Some(key.to_string()), None)
    } else {
        (None, None)
    }
}

/// Nests a flat list of (depth, item): an item is a child of the nearest
/// earlier item with a smaller depth; a jump of several levels nests once.
fn tree(flat: Vec<(usize, NavItem)>) -> Vec<NavItem> {
    // Stack of (depth, item) still open.
    let mut stack: Vec<(usize, NavItem)> = Vec::new();
    let mut roots = Vec::new();
    fn close(stack: &mut Vec<(usize, NavItem)>, roots: &mut Vec<NavItem>) {
        if let Some((_, item)) = stack.pop() {
            match stack.last_mut() {
                Some((_, parent)) => parent.children.push(item),
                None => roots.push(item),
            }
        }
    }
    for (depth, item) in flat {
        while stack.last().is_some_and(|(d, _)| *d >= depth) {
            close(&mut stack, &mut roots);
        }
        stack.push((depth, item));
    }
    while !stack.is_empty() {
        close(&mut stack, &mut roots);
    }
    roots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(t: &str) -> NavItem {
        NavItem {
            title: t.into(),
            key: None,
            external: None,
            children: vec![],
        }
    }

    #[test]
    fn nests_by_depth() {
        let t = tree(vec![
            (0, item("a")),
            (1, item("a1")),
            (2, item("a1x")),
            (1, item("a2")),
            (0, item("b")),
            (3, item("b-deep")),
        ]);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].children.len(), 2);
        assert_eq!(t[0].children[0].children[0].title, "a1x");
        assert_eq!(t[1].children[0].title, "b-deep");
    }
}
