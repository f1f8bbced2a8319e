//! Scoring: from answers to an item's status, and from item scores to readiness percentages
//! per clause, per Annex A area, for clauses 4-10, for Annex A and overall.
//!
//! The method is documented for users in `docs/scoring.md` and in the app ("How is this
//! calculated?"); the two must change together with the thresholds below.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::{Catalog, Clause, Item, QuestionKind};

/// The implementation status of an item, derived from its answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    NotAssessed,
    NotImplemented,
    PartiallyImplemented,
    LargelyImplemented,
    FullyImplemented,
    /// An Annex A control excluded in the SoA with a justification.
    NotApplicable,
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
            Status::NotApplicable => "Not applicable",
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
            Status::NotApplicable => "not-applicable",
        }
    }
}

/// How a set of questions is answered: how many there are, how many are answered, and the
/// points earned in halves (Yes 2, Partly 1, No 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub questions: u32,
    pub answered: u32,
    pub half_points: u32,
}

impl Tally {
    /// Adds another tally's questions.
    pub fn merge(&mut self, other: &Tally) {
        self.questions += other.questions;
        self.answered += other.answered;
        self.half_points += other.half_points;
    }

    /// Share of the points earned, in whole percent rounded down; `None` without questions.
    pub fn percent(&self) -> Option<u32> {
        (self.questions > 0)
            .then(|| floor_percent(f64::from(self.half_points) / f64::from(self.questions * 2)))
    }
}

/// The score of one item. Its requirement questions give its status and count towards
/// readiness (`questions`, `answered`, `half_points`); its good-practice questions are
/// tallied apart and never change the status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ItemScore {
    pub questions: u32,
    pub answered: u32,
    pub half_points: u32,
    pub good_practice: Tally,
}

impl ItemScore {
    /// Scores an item from the assessment. A question shared with a clause question counts
    /// that question's answer.
    pub fn of(item: &'static Item, assessment: &Assessment) -> ItemScore {
        let mut score = ItemScore::default();
        for question in item.questions {
            let answer = assessment.answer_at(question.answer_key(item.id));
            let tally = Tally {
                questions: 1,
                answered: u32::from(answer.is_some()),
                half_points: answer.map_or(0, |answer| answer.half_points()),
            };
            match question.kind {
                QuestionKind::Requirement => {
                    score.questions += tally.questions;
                    score.answered += tally.answered;
                    score.half_points += tally.half_points;
                }
                QuestionKind::GoodPractice => score.good_practice.merge(&tally),
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
/// plus how many of their requirement questions are answered.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Readiness {
    pub items: u32,
    /// Sum of the items' fractions; readiness is this divided by `items`.
    pub fraction_sum: f64,
    pub questions: u32,
    pub answered: u32,
    /// The good-practice questions of the same items: their own figure, outside readiness.
    pub good_practice: Tally,
}

impl Readiness {
    /// Adds one item's score.
    pub fn add(&mut self, score: &ItemScore) {
        self.items += 1;
        self.fraction_sum += score.fraction();
        self.questions += score.questions;
        self.answered += score.answered;
        self.good_practice.merge(&score.good_practice);
    }

    /// Adds all the items of another readiness.
    pub fn merge(&mut self, other: &Readiness) {
        self.items += other.items;
        self.fraction_sum += other.fraction_sum;
        self.questions += other.questions;
        self.answered += other.answered;
        self.good_practice.merge(&other.good_practice);
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
pub fn floor_percent(share: f64) -> u32 {
    ((share * 100.0) + 1e-9).floor() as u32
}

/// Readiness over any set of items.
pub fn readiness(
    items: impl IntoIterator<Item = &'static Item>,
    assessment: &Assessment,
) -> Readiness {
    let mut readiness = Readiness::default();
    for item in items {
        readiness.add(&ItemScore::of(item, assessment));
    }
    readiness
}

/// Readiness of one clause or Annex A area, with its ID.
#[derive(Debug, Clone, PartialEq)]
pub struct PartReadiness {
    pub id: &'static str,
    pub readiness: Readiness,
}

/// The score of one item and whether the SoA takes it out of scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ItemSummary {
    pub score: ItemScore,
    /// An Annex A control excluded with a justification: shown as "Not applicable" and left
    /// out of every readiness figure.
    pub excluded: bool,
}

impl ItemSummary {
    pub fn status(&self) -> Status {
        if self.excluded {
            Status::NotApplicable
        } else {
            self.score.status()
        }
    }
}

/// Everything the screens show about scores, computed in one pass after each change.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// Per item (clause items, then controls), in catalog order. A short list: a linear
    /// search beats hashing here.
    pub items: Vec<(&'static str, ItemSummary)>,
    /// Per clause 4 to 10, in catalog order.
    pub clauses: Vec<PartReadiness>,
    /// Per Annex A area, in catalog order.
    pub areas: Vec<PartReadiness>,
    /// Over the 32 clause items.
    pub clause_total: Readiness,
    /// Over the Annex A controls in scope (all but justified exclusions).
    pub annex_a: Readiness,
    /// Over every item in scope: clause items and Annex A controls in scope alike.
    pub overall: Readiness,
}

impl Summary {
    pub fn compute(catalog: Catalog, assessment: &Assessment) -> Summary {
        let mut summary = Summary::default();
        let mut clause_total = Readiness::default();
        let mut annex_a = Readiness::default();
        summary.clauses = summary.add_parts(catalog.clauses(), assessment, &mut clause_total);
        summary.areas = summary.add_parts(catalog.annex_a_areas(), assessment, &mut annex_a);
        summary.overall = clause_total;
        summary.overall.merge(&annex_a);
        summary.clause_total = clause_total;
        summary.annex_a = annex_a;
        summary
    }

    /// Scores the items of each part, adding those in scope to the part and to `total`.
    fn add_parts(
        &mut self,
        parts: &'static [Clause],
        assessment: &Assessment,
        total: &mut Readiness,
    ) -> Vec<PartReadiness> {
        parts
            .iter()
            .map(|part| {
                let mut readiness = Readiness::default();
                for item in part.items {
                    let score = ItemScore::of(item, assessment);
                    let excluded = item.is_control() && assessment.soa.is_excluded(item.id);
                    if !excluded {
                        readiness.add(&score);
                    }
                    self.items.push((item.id, ItemSummary { score, excluded }));
                }
                total.merge(&readiness);
                PartReadiness {
                    id: part.id,
                    readiness,
                }
            })
            .collect()
    }

    /// The score and status of one item (an empty summary for an unknown ID).
    pub fn item(&self, item_id: &str) -> ItemSummary {
        self.items
            .iter()
            .find(|(id, _)| *id == item_id)
            .map(|(_, summary)| *summary)
            .unwrap_or_default()
    }

    /// The readiness of one clause ("4") or Annex A area ("A.6").
    pub fn part(&self, id: &str) -> Option<&Readiness> {
        self.clauses
            .iter()
            .chain(self.areas.iter())
            .find(|entry| entry.id == id)
            .map(|entry| &entry.readiness)
    }

    /// The readiness of one clause (or area); kept for readability where clauses are meant.
    pub fn clause(&self, clause_id: &str) -> Option<&Readiness> {
        self.part(clause_id)
    }
}
