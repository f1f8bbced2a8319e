//! The catalog: clauses 4-10 of ISO/IEC 42001 as assessable items with our own explanations
//! and questions, compiled into the app from the JSON files beside this module.
//!
//! IDs and titles follow the published structure exactly; every other sentence is our own
//! wording (the standard itself is sold by ISO). `build.rs` turns the JSON into the statics
//! included below, so the catalog costs no parsing at start.

/// Version of the catalog content. Exported files carry it, so an answer can be traced to the
/// question wording it was given against. Bump it when a question is added, removed or reworded.
pub const CATALOG_VERSION: &str = "2026.11";

/// One yes / partly / no question about an item.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier, `<item id>.q<n>`, used as the key of the answer.
    pub id: &'static str,
    /// The question as the user reads it.
    pub text: &'static str,
}

/// A grouping heading inside a clause (such as 6.1 or 9.2). It is shown but never answered.
#[derive(Debug, PartialEq, Eq)]
pub struct Heading {
    pub id: &'static str,
    pub title: &'static str,
}

/// An assessable clause item (such as 4.1 or 6.1.2).
#[derive(Debug, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub title: &'static str,
    /// The ID of the heading this item sits under, if any.
    pub heading: Option<&'static str>,
    /// What the item asks of an organisation, in plain words.
    pub explanation: &'static str,
    pub questions: &'static [Question],
    /// Examples of evidence an auditor could be shown.
    pub evidence: &'static [&'static str],
    /// What must be kept as documented information, or `None` when the item calls for none.
    pub documented_information: Option<&'static str>,
}

/// One of the clauses 4 to 10.
#[derive(Debug, PartialEq, Eq)]
pub struct Clause {
    pub id: &'static str,
    pub title: &'static str,
    /// One or two sentences on what the clause covers.
    pub summary: &'static str,
    pub headings: &'static [Heading],
    pub items: &'static [Item],
}

// The generated statics: `CLAUSES`.
include!(concat!(env!("OUT_DIR"), "/catalog_data.rs"));

/// A run of a clause's items in document order: either an item on its own, or a grouping
/// heading with the items under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClauseBlock {
    Item(&'static Item),
    Group(&'static Heading, Vec<&'static Item>),
}

impl Clause {
    /// The heading with the given ID, if this clause has one.
    pub fn heading(&self, id: &str) -> Option<&'static Heading> {
        self.headings.iter().find(|heading| heading.id == id)
    }

    /// The clause's items in document order, with consecutive items under the same heading
    /// gathered into one group.
    pub fn blocks(&'static self) -> Vec<ClauseBlock> {
        let mut blocks: Vec<ClauseBlock> = Vec::new();
        for item in self.items {
            let heading = item.heading.and_then(|id| self.heading(id));
            match (heading, blocks.last_mut()) {
                (Some(heading), Some(ClauseBlock::Group(open, items))) if open.id == heading.id => {
                    items.push(item);
                }
                (Some(heading), _) => blocks.push(ClauseBlock::Group(heading, vec![item])),
                (None, _) => blocks.push(ClauseBlock::Item(item)),
            }
        }
        blocks
    }
}

/// The whole catalog. A unit type: the data itself is static.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Catalog;

impl Catalog {
    /// Clauses 4 to 10 in order.
    pub fn clauses(self) -> &'static [Clause] {
        CLAUSES
    }

    /// The clause with the given ID ("4" to "10").
    pub fn clause(self, id: &str) -> Option<&'static Clause> {
        CLAUSES.iter().find(|clause| clause.id == id)
    }

    /// The assessable item with the given ID.
    pub fn item(self, id: &str) -> Option<&'static Item> {
        self.clause_items().find(|item| item.id == id)
    }

    /// Every assessable clause item, in document order.
    pub fn clause_items(self) -> impl Iterator<Item = &'static Item> {
        CLAUSES.iter().flat_map(|clause| clause.items.iter())
    }
}

/// The catalog embedded in the app.
pub fn catalog() -> Catalog {
    Catalog
}
