//! The catalog: clauses 4-10 and the Annex A controls of ISO/IEC 42001 as assessable items,
//! compiled into the app from the JSON files beside this module. Only the shape is compiled
//! in (IDs, titles, question IDs, roles); the prose is loaded on demand (`catalog_text`).
//!
//! Clauses and Annex A control areas have the same shape (a titled group of items under
//! optional headings), so one set of types and one set of screens serves both.
//!
//! IDs and titles follow the published structure exactly; every other sentence is our own
//! wording (the standard itself is sold by ISO). `build.rs` turns the JSON into the statics
//! included below, so the catalog's shape costs no parsing at start.

use crate::domain::role::AiRole;

// `CATALOG_VERSION`, the version of the catalog content, is generated from the change log
// (`changes.json`): it is the newest version the log names. Exported files carry it, so an
// answer can be traced to the question wording it was given against, and an assessment
// answered against an earlier version is brought up to date by `catalog_update`.

/// Whether a question checks something ISO/IEC 42001 requires or good practice beyond it.
/// Readiness, the verdicts and the action plan count requirement questions only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum QuestionKind {
    Requirement,
    GoodPractice,
}

impl QuestionKind {
    /// The tag shown beside a question.
    pub fn label(self) -> &'static str {
        match self {
            QuestionKind::Requirement => "Requirement",
            QuestionKind::GoodPractice => "Good practice",
        }
    }
}

/// Where an answer is kept: the item and question it is stored under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct AnswerKey {
    pub item: &'static str,
    pub question: &'static str,
}

/// One yes / partly / no question about an item. Its wording is prose, loaded on demand
/// (see `catalog_text`).
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable identifier, `<item id>.q<n>`, used as the key of the answer.
    pub id: &'static str,
    pub kind: QuestionKind,
    /// For an Annex A question that asks what a clause question already asks: the clause
    /// question it is answered under. One answer serves (and counts in) both places.
    pub same_as: Option<AnswerKey>,
    /// For a clause question: the Annex A controls that show it too.
    pub also_in: &'static [&'static str],
}

impl Question {
    /// Where this question's answer is kept, given the item it belongs to.
    pub fn answer_key(&self, item_id: &'static str) -> AnswerKey {
        self.same_as.unwrap_or(AnswerKey {
            item: item_id,
            question: self.id,
        })
    }
}

/// How one question changed from one catalog version to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A question that did not exist before.
    New,
    /// The same question in new words: earlier answers keep their meaning.
    Reworded,
    /// The question now asks something different: earlier answers are kept but to be checked.
    Changed,
    /// The question is now answered once, under another (clause) question.
    Merged { into: &'static str },
}

/// One entry of the catalog change log.
#[derive(Debug, PartialEq, Eq)]
pub struct ChangeEntry {
    pub question: &'static str,
    pub change: Change,
    /// What changed, in one sentence (always given for `Change::Changed`).
    pub note: &'static str,
}

/// One version of the catalog and what changed from the one before it.
#[derive(Debug, PartialEq, Eq)]
pub struct CatalogRelease {
    pub version: &'static str,
    pub previous: &'static str,
    /// When it was published, `YYYY-MM-DD`.
    pub date: &'static str,
    pub summary: &'static str,
    pub changes: &'static [ChangeEntry],
}

/// A grouping heading inside a clause (such as 6.1 or 9.2) or an Annex A area (such as A.6.1).
/// It is shown but never answered.
#[derive(Debug, PartialEq, Eq)]
pub struct Heading {
    pub id: &'static str,
    pub title: &'static str,
    /// For Annex A headings, the control objective in our own words.
    pub objective: Option<&'static str>,
}

/// An assessable item: a clause item (such as 6.1.2) or an Annex A control (such as A.6.2.4).
#[derive(Debug, PartialEq, Eq)]
pub struct Item {
    pub id: &'static str,
    pub title: &'static str,
    /// For Annex A controls, what the control is for, in one line of our own words (shown in
    /// the SoA's rows); empty for clause items.
    pub purpose: &'static str,
    /// The ID of the heading this item sits under, if any.
    pub heading: Option<&'static str>,
    pub questions: &'static [Question],
    /// Whether the item calls for documented information (what exactly is in its prose).
    pub documented: bool,
    /// For Annex A controls, the AI roles it mostly concerns; empty for clause items.
    pub roles: &'static [AiRole],
}

impl Item {
    /// Whether this is an Annex A control (which the SoA can exclude) rather than a clause item.
    pub fn is_control(&self) -> bool {
        self.id.starts_with("A.")
    }
}

/// One of the clauses 4 to 10, or one Annex A control area (A.2 to A.10).
#[derive(Debug, PartialEq, Eq)]
pub struct Clause {
    pub id: &'static str,
    pub title: &'static str,
    /// One or two sentences on what the clause covers.
    pub summary: &'static str,
    pub headings: &'static [Heading],
    pub items: &'static [Item],
}

// The generated statics `CLAUSES`, `ANNEX_A`, `CATALOG_RELEASES`, `CATALOG_VERSION` and
// `CATALOG_FILES_TAG`.
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

    /// The Annex A control areas A.2 to A.10 in order.
    pub fn annex_a_areas(self) -> &'static [Clause] {
        ANNEX_A
    }

    /// The clause ("4" to "10") or Annex A area ("A.2" to "A.10") with the given ID.
    pub fn part(self, id: &str) -> Option<&'static Clause> {
        CLAUSES
            .iter()
            .chain(ANNEX_A.iter())
            .find(|part| part.id == id)
    }

    /// The assessable item (clause item or control) with the given ID.
    pub fn item(self, id: &str) -> Option<&'static Item> {
        self.clause_items()
            .chain(self.controls())
            .find(|item| item.id == id)
    }

    /// Every assessable clause item, in document order.
    pub fn clause_items(self) -> impl Iterator<Item = &'static Item> {
        CLAUSES.iter().flat_map(|clause| clause.items.iter())
    }

    /// Every Annex A control, in document order.
    pub fn controls(self) -> impl Iterator<Item = &'static Item> {
        ANNEX_A.iter().flat_map(|area| area.items.iter())
    }

    /// A question of an item, if the item has it.
    pub fn question(self, item_id: &str, question_id: &str) -> Option<&'static Question> {
        self.item(item_id)?
            .questions
            .iter()
            .find(|question| question.id == question_id)
    }

    /// The releases that lead from catalog `version` to this one, oldest first: empty when
    /// `version` is this one, `None` when the change log does not know `version`.
    pub fn releases_since(self, version: &str) -> Option<&'static [CatalogRelease]> {
        if version == CATALOG_VERSION {
            return Some(&[]);
        }
        let start = CATALOG_RELEASES
            .iter()
            .position(|release| release.previous == version)?;
        Some(&CATALOG_RELEASES[start..])
    }

    /// The clause or Annex A area an item (clause item or control) belongs to.
    pub fn part_of(self, item_id: &str) -> Option<&'static Clause> {
        CLAUSES
            .iter()
            .chain(ANNEX_A.iter())
            .find(|part| part.items.iter().any(|item| item.id == item_id))
    }

    /// The Annex A area a control belongs to.
    pub fn area_of(self, control_id: &str) -> Option<&'static Clause> {
        ANNEX_A
            .iter()
            .find(|area| area.items.iter().any(|item| item.id == control_id))
    }
}

/// The catalog embedded in the app.
pub fn catalog() -> Catalog {
    Catalog
}
