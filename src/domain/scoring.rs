//! Scoring: from answers to an item's status, and from item scores to readiness percentages.
//!
//! The method is documented for users in `docs/scoring.md` and in the app ("How is this
//! calculated?"); the two must change together with the thresholds below.

use crate::domain::assessment::{Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, Item};

/// The implementation status of an item, derived from its answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    NotAssessed,
    NotImplemented,
    PartiallyImplemented,
    LargelyImplemented,
    FullyImplemented,
}

impl Status {
    /// The text shown to the user (and matched by browser tests).
    pub fn label(self) -> &'static str {
        match self {
            Status::NotAssessed => "Not assessed",
            Status::NotImplemented => "Not implemented",
            Status::PartiallyImplemented => "Partially implemented",
            Status::LargelyImplemented => "Largely implemented",
            Status::FullyImplemented => "Fully implemented",
        }
    }

    /// A short machine-friendly name, used for styling and CSV.
    pub fn slug(self) -> &'static str {
        match self {
            Status::NotAssessed => "not-assessed",
            Status::NotImplemented => "not-implemented",
            Status::PartiallyImplemented => "partially-implemented",
            Status::LargelyImplemented => "largely-implemented",
            Status::FullyImplemented => "fully-implemented",
        }
    }
}

/// The score of one item: how many questions it has, how many are answered, and the points
/// earned in halves (Yes 2, Partly 1, No 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ItemScore {
    pub questions: u32,
    pub answered: u32,
    pub half_points: u32,
}

impl ItemScore {
    /// Scores an item from its record. Answers to questions the item does not have are ignored.
    pub fn of(item: &Item, record: Option<&ItemRecord>) -> ItemScore {
        let mut score = ItemScore {
            questions: item.questions.len() as u32,
            ..ItemScore::default()
        };
        if let Some(record) = record {
            for question in item.questions {
                if let Some(answer) = record.answers.get(question.id) {
                    score.answered += 1;
                    score.half_points += answer.half_points();
                }
            }
        }
        score
    }

    /// The most points the item can earn, in halves.
    pub fn max_half_points(&self) -> u32 {
        self.questions * 2
    }

    /// Share of the maximum earned, from 0.0 to 1.0. Unanswered questions earn nothing.
    pub fn fraction(&self) -> f64 {
        if self.questions == 0 {
            0.0
        } else {
            f64::from(self.half_points) / f64::from(self.max_half_points())
        }
    }

    /// The status by the documented thresholds. Comparisons are done in whole numbers
    /// (points times four against the maximum times three, and so on) so that a score exactly
    /// on a threshold always lands on the same side.
    pub fn status(&self) -> Status {
        let earned = self.half_points;
        let max = self.max_half_points();
        if self.answered == 0 {
            Status::NotAssessed
        } else if earned == max {
            Status::FullyImplemented
        } else if earned * 4 >= max * 3 {
            Status::LargelyImplemented
        } else if earned * 4 >= max {
            Status::PartiallyImplemented
        } else {
            Status::NotImplemented
        }
    }
}

/// Readiness over a set of items: the mean of their fractions (each item weighs the same),
/// plus how many of their questions are answered.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Readiness {
    pub items: u32,
    /// Sum of the items' fractions; readiness is this divided by `items`.
    pub fraction_sum: f64,
    pub questions: u32,
    pub answered: u32,
}

impl Readiness {
    /// Adds one item's score.
    pub fn add(&mut self, score: &ItemScore) {
        self.items += 1;
        self.fraction_sum += score.fraction();
        self.questions += score.questions;
        self.answered += score.answered;
    }

    /// Readiness in whole percent, rounded down so that 100% means every item is fully
    /// implemented. `None` when there are no items to score.
    pub fn percent(&self) -> Option<u32> {
        (self.items > 0).then(|| floor_percent(self.fraction_sum / f64::from(self.items)))
    }

    /// Share of questions answered, in whole percent rounded down.
    pub fn completeness_percent(&self) -> Option<u32> {
        (self.questions > 0)
            .then(|| floor_percent(f64::from(self.answered) / f64::from(self.questions)))
    }
}

/// Rounds a share down to a whole percent. The small allowance absorbs floating-point error,
/// so that for example three items at 1/3 each give exactly 100% and not 99%.
fn floor_percent(share: f64) -> u32 {
    ((share * 100.0) + 1e-9).floor() as u32
}

/// Readiness over any set of items.
pub fn readiness<'a>(
    items: impl IntoIterator<Item = &'a Item>,
    assessment: &Assessment,
) -> Readiness {
    let mut readiness = Readiness::default();
    for item in items {
        readiness.add(&ItemScore::of(item, assessment.item(item.id)));
    }
    readiness
}

/// Readiness of one clause, with the clause ID.
#[derive(Debug, Clone, PartialEq)]
pub struct ClauseReadiness {
    pub clause_id: String,
    pub readiness: Readiness,
}

/// Everything the screens show about scores, computed in one pass after each change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// Per item, in catalog order (a short list: a linear search beats hashing here).
    pub items: Vec<(&'static str, ItemScore)>,
    /// Per clause, in catalog order.
    pub clauses: Vec<ClauseReadiness>,
    /// Over every assessable item in scope.
    pub overall: Readiness,
}

impl Summary {
    pub fn compute(catalog: Catalog, assessment: &Assessment) -> Summary {
        let mut items = Vec::new();
        let mut overall = Readiness::default();
        let clauses = catalog
            .clauses()
            .iter()
            .map(|clause| {
                let mut clause_readiness = Readiness::default();
                for item in clause.items {
                    let score = ItemScore::of(item, assessment.item(item.id));
                    clause_readiness.add(&score);
                    overall.add(&score);
                    items.push((item.id, score));
                }
                ClauseReadiness {
                    clause_id: clause.id.to_owned(),
                    readiness: clause_readiness,
                }
            })
            .collect();
        Summary {
            items,
            clauses,
            overall,
        }
    }

    /// The score of one item (an empty score for an unknown ID).
    pub fn item(&self, item_id: &str) -> ItemScore {
        self.items
            .iter()
            .find(|(id, _)| *id == item_id)
            .map(|(_, score)| *score)
            .unwrap_or_default()
    }

    /// The readiness of one clause.
    pub fn clause(&self, clause_id: &str) -> Option<&Readiness> {
        self.clauses
            .iter()
            .find(|entry| entry.clause_id == clause_id)
            .map(|entry| &entry.readiness)
    }
}
