//! Reads the published structure of ISO/IEC 42001 (IDs and titles only) from
//! `tests/data/iso42001-outline.md`, so the catalog tests compare against it and not against
//! a second copy typed into the tests.

use std::collections::BTreeSet;

const OUTLINE: &str = include_str!("../data/iso42001-outline.md");

/// A clause with its grouping headings and assessable items, in document order.
#[derive(Debug, PartialEq, Eq)]
pub struct RefClause {
    pub id: String,
    pub title: String,
    pub headings: Vec<(String, String)>,
    /// (item ID, title, heading ID)
    pub items: Vec<(String, String, Option<String>)>,
}

fn split_id_title(text: &str) -> (String, String) {
    let text = text.trim();
    let (id, title) = text
        .split_once(' ')
        .unwrap_or_else(|| panic!("expected '<id> <title>' in {text:?}"));
    (id.to_owned(), title.trim().to_owned())
}

/// Splits on `;` outside parentheses.
fn split_top_level(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for character in text.chars() {
        match character {
            '(' => depth += 1,
            ')' => depth -= 1,
            ';' if depth == 0 => {
                parts.push(std::mem::take(&mut current));
                continue;
            }
            _ => {}
        }
        current.push(character);
    }
    parts.push(current);
    parts
        .into_iter()
        .map(|part| part.trim().to_owned())
        .collect()
}

fn section(heading: &str) -> Vec<&'static str> {
    let start = OUTLINE
        .find(heading)
        .unwrap_or_else(|| panic!("outline has no section {heading:?}"));
    OUTLINE[start + heading.len()..]
        .lines()
        .skip(1)
        .take_while(|line| !line.starts_with("## "))
        .filter(|line| !line.trim().is_empty())
        .collect()
}

/// Clauses 4 to 10 from the outline.
pub fn clauses() -> Vec<RefClause> {
    section("## Clauses 4-10")
        .into_iter()
        .filter(|line| !line.starts_with("Annexes:"))
        .map(|line| {
            let (head, rest) = line.split_once(": ").expect("clause line has ': '");
            let (id, title) = split_id_title(head);
            let mut clause = RefClause {
                id,
                title,
                headings: Vec::new(),
                items: Vec::new(),
            };
            for part in split_top_level(rest) {
                match part.split_once(" (") {
                    Some((heading, inner)) => {
                        let (heading_id, heading_title) = split_id_title(heading);
                        for item in inner.trim_end_matches(')').split(';') {
                            let (item_id, item_title) = split_id_title(item);
                            clause
                                .items
                                .push((item_id, item_title, Some(heading_id.clone())));
                        }
                        clause.headings.push((heading_id, heading_title));
                    }
                    None => {
                        let (item_id, item_title) = split_id_title(&part);
                        clause.items.push((item_id, item_title, None));
                    }
                }
            }
            clause
        })
        .collect()
}

fn ids_in(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|token| token.trim_end_matches('.'))
        .filter(|token| token.contains('.') && token.starts_with(|c: char| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

/// Clause item IDs that call for documented information, and those that do not.
pub fn documented_information_items() -> (BTreeSet<String>, BTreeSet<String>) {
    let lines = section("## Documented information");
    let line = |prefix: &str| {
        lines
            .iter()
            .find(|line| line.starts_with(prefix))
            .unwrap_or_else(|| panic!("outline has no line starting {prefix:?}"))
            .to_string()
    };
    (
        ids_in(&line("Clause items that call for documented information:")),
        ids_in(&line("No documented-information requirement:")),
    )
}

/// An Annex A area: ID, title, and its controls as (ID, title) in document order.
#[derive(Debug, PartialEq, Eq)]
pub struct RefArea {
    pub id: String,
    pub title: String,
    pub controls: Vec<(String, String)>,
}

/// Cuts `text` before every Annex A ID ("A.6.2.4 ...") that starts a new entry, that is one at
/// the start or after "; ", ": " or ". ".
fn annex_entries(text: &str) -> Vec<&str> {
    let mut starts = vec![0];
    for (position, _) in text.match_indices("A.") {
        let before = &text[..position];
        if position > 0
            && (before.ends_with("; ") || before.ends_with(": ") || before.ends_with(". "))
        {
            starts.push(position);
        }
    }
    starts.push(text.len());
    starts
        .windows(2)
        .map(|pair| text[pair[0]..pair[1]].trim())
        .collect()
}

/// The Annex A areas and controls from the outline. Entries ending in ':' (A.6.1, A.6.2) are
/// sub-headings, not controls.
pub fn annex_a_areas() -> Vec<RefArea> {
    section("## Annex A")
        .into_iter()
        .filter(|line| line.starts_with("A."))
        .map(|line| {
            let (head, rest) = line.split_once(": ").expect("area line has ': '");
            let (id, title) = split_id_title(head);
            let controls = annex_entries(rest)
                .into_iter()
                .filter(|entry| !entry.ends_with(':'))
                .map(|entry| split_id_title(entry.trim_end_matches([';', '.'])))
                .collect();
            RefArea {
                id,
                title,
                controls,
            }
        })
        .collect()
}

/// Annex A control IDs that call for documentation, with ranges such as "A.4.2-A.4.6" expanded.
pub fn documented_controls() -> BTreeSet<String> {
    let line = section("## Documented information")
        .into_iter()
        .find(|line| line.starts_with("Annex A controls"))
        .expect("outline lists the Annex A controls that call for documentation");
    let list = line.split_once(": ").expect("line has ': '").1;
    let mut ids = BTreeSet::new();
    for part in list.trim_end_matches('.').split(", ") {
        match part.split_once('-') {
            Some((first, last)) => {
                let (prefix, from) = first.rsplit_once('.').expect("range start has a dot");
                let (_, to) = last.rsplit_once('.').expect("range end has a dot");
                let (from, to): (u32, u32) =
                    (from.parse().expect("number"), to.parse().expect("number"));
                for number in from..=to {
                    ids.insert(format!("{prefix}.{number}"));
                }
            }
            None => {
                ids.insert(part.trim().to_owned());
            }
        }
    }
    ids
}

/// One Annex C list from the outline, as (ID, title) pairs: `prefix` is "C.2" for the
/// objectives or "C.3" for the risk sources. A trailing remark in parentheses is not a title.
pub fn annex_c(prefix: &str) -> Vec<(String, String)> {
    let line = section("## Annex C")
        .into_iter()
        .find(|line| line.starts_with(&format!("{prefix} ")))
        .unwrap_or_else(|| panic!("outline has no Annex C line for {prefix}"));
    let list = line.split_once(": ").expect("Annex C line has ': '").1;
    let list = match list.rfind(" (") {
        Some(position) if list.ends_with(')') => &list[..position],
        _ => list,
    };
    split_top_level(list)
        .iter()
        .map(|entry| split_id_title(entry))
        .collect()
}
