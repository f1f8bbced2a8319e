//! How far the user has come through the questionnaire: how many questions of a group are
//! answered, and which open question comes next after a given place, across the clauses, the
//! Annex A areas and the impact assessment of every AI system.
//!
//! Long pages fold their groups away and the "Next unanswered" control jumps between open
//! questions; both read these pure functions, so the counts and the order are tested here.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::{Catalog, Clause, Item};
use crate::domain::impact::{self, OpenPoint};
use crate::domain::impact_catalog::{HarmSection, MeasureGroup};
use crate::domain::impact_record::ImpactRecord;
use crate::domain::scoring::ItemScore;
use crate::domain::soa::Applicability;

/// How many of a group's questions (or decisions) are answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: u32,
    pub total: u32,
}

impl Progress {
    /// Whether something is still open.
    pub fn has_open(&self) -> bool {
        self.answered < self.total
    }

    /// Adds another group's counts to this one.
    pub fn add(&mut self, other: Progress) {
        self.answered += other.answered;
        self.total += other.total;
    }

    /// "5 of 8 answered", with the verb the group uses ("answered", "decided").
    pub fn sentence(&self, verb: &str) -> String {
        format!("{} of {} {verb}", self.answered, self.total)
    }
}

/// The questions of one item, requirement and good practice together. A question shared with
/// a clause question counts that question's answer, as in scoring.
pub fn item_progress(item: &'static Item, assessment: &Assessment) -> Progress {
    let score = ItemScore::of(item, assessment);
    Progress {
        answered: score.answered + score.good_practice.answered,
        total: score.questions + score.good_practice.questions,
    }
}

/// The questions of several items together, such as a group under a heading like 6.1.
pub fn items_progress<'a>(
    items: impl IntoIterator<Item = &'a &'static Item>,
    assessment: &Assessment,
) -> Progress {
    let mut progress = Progress::default();
    for item in items {
        progress.add(item_progress(item, assessment));
    }
    progress
}

/// The harm questions of one section of an impact assessment. A section marked as not
/// applying asks nothing, so it counts as complete.
pub fn harm_section_progress(section: &HarmSection, record: &ImpactRecord) -> Progress {
    if record.not_applicable.contains_key(section.id) {
        return Progress::default();
    }
    let total = section.questions.len() as u32;
    let answered = section
        .questions
        .iter()
        .filter(|question| record.answers.contains_key(question.id))
        .count() as u32;
    Progress { answered, total }
}

/// The measure questions of one group of an impact assessment.
pub fn measure_group_progress(group: &MeasureGroup, record: &ImpactRecord) -> Progress {
    let total = group.measures.len() as u32;
    let answered = group
        .measures
        .iter()
        .filter(|measure| record.answers.contains_key(measure.id))
        .count() as u32;
    Progress { answered, total }
}

/// The SoA decisions of one Annex A area: a control counts once it is applicable or excluded
/// (a risk treatment that uses it decides it too).
pub fn soa_area_progress(area: &'static Clause, assessment: &Assessment) -> Progress {
    let total = area.items.len() as u32;
    let answered = area
        .items
        .iter()
        .filter(|control| {
            assessment
                .soa
                .effective_applicability(control.id, &assessment.risks)
                != Applicability::Undecided
        })
        .count() as u32;
    Progress { answered, total }
}

/// A page the questionnaire runs through, in the order the "Next unanswered" control visits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionPage {
    /// A clause of the gap analysis, "4" to "10".
    Clause(&'static str),
    /// An Annex A area, "A.2" to "A.10".
    AnnexArea(&'static str),
    /// The impact assessment of the AI system with this ID.
    Impact(String),
}

/// A place on a question page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// The top of the page, before its first question.
    Top,
    /// A question of a clause item or Annex A control.
    Question {
        item: &'static str,
        question: &'static str,
    },
    /// Something an impact assessment still waits for.
    Impact(OpenPoint),
}

/// One place in the walk through the questionnaire, and whether it still waits for an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    pub page: QuestionPage,
    pub spot: Spot,
    pub open: bool,
}

/// Every place of the questionnaire in order: each clause's questions, each Annex A area's,
/// then each AI system's open impact points. Every page starts with a `Spot::Top` stop, so
/// the walk can start from any page even when it has nothing open. Controls excluded in the
/// SoA are left out (they are not assessed), and so are Annex A questions answered under a
/// clause question (they are visited there).
pub fn stops(catalog: Catalog, assessment: &Assessment) -> Vec<Stop> {
    let mut stops = Vec::new();
    let parts = catalog
        .clauses()
        .iter()
        .map(|part| (part, QuestionPage::Clause(part.id)))
        .chain(
            catalog
                .annex_a_areas()
                .iter()
                .map(|area| (area, QuestionPage::AnnexArea(area.id))),
        );
    for (part, page) in parts {
        stops.push(Stop {
            page: page.clone(),
            spot: Spot::Top,
            open: false,
        });
        for item in part.items {
            if item.is_control() && assessment.soa.is_excluded(item.id) {
                continue;
            }
            for question in item.questions.iter().filter(|q| q.same_as.is_none()) {
                stops.push(Stop {
                    page: page.clone(),
                    spot: Spot::Question {
                        item: item.id,
                        question: question.id,
                    },
                    open: assessment.answer_at(question.answer_key(item.id)).is_none(),
                });
            }
        }
    }
    for system in &assessment.inventory.systems {
        let page = QuestionPage::Impact(system.id.clone());
        stops.push(Stop {
            page: page.clone(),
            spot: Spot::Top,
            open: false,
        });
        for point in impact::score(&system.impact).open {
            stops.push(Stop {
                page: page.clone(),
                spot: Spot::Impact(point),
                open: true,
            });
        }
    }
    stops
}

/// The first open stop after `spot` on `page`, going on through the later pages and then
/// round from the start; `None` when nothing is open anywhere. A spot that is not in the list
/// (an impact question answered since) counts as the top of its page, and so does an unknown
/// page's absence: the walk then starts at the beginning.
pub fn next_open<'a>(stops: &'a [Stop], page: &QuestionPage, spot: Spot) -> Option<&'a Stop> {
    let exact = stops
        .iter()
        .position(|stop| stop.page == *page && stop.spot == spot)
        .map(|index| index + 1);
    let start = exact
        .or_else(|| stops.iter().position(|stop| stop.page == *page))
        .unwrap_or(0)
        .min(stops.len());
    stops[start..]
        .iter()
        .chain(stops[..start].iter())
        .find(|stop| stop.open)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::assessment::Answer;
    use crate::domain::catalog::catalog;
    use crate::domain::impact_catalog::{HARM_SECTIONS, MEASURE_GROUPS};

    fn clause(id: &'static str) -> QuestionPage {
        QuestionPage::Clause(id)
    }

    fn question(item: &'static str, question: &'static str) -> Spot {
        Spot::Question { item, question }
    }

    /// A small walk: clause 4 with two questions (the first answered), clause 5 with one open
    /// question, and system S1 with one open point.
    fn walk() -> Vec<Stop> {
        let stop = |page: QuestionPage, spot: Spot, open: bool| Stop { page, spot, open };
        vec![
            stop(clause("4"), Spot::Top, false),
            stop(clause("4"), question("4.1", "4.1.q1"), false),
            stop(clause("4"), question("4.1", "4.1.q2"), true),
            stop(clause("5"), Spot::Top, false),
            stop(clause("5"), question("5.1", "5.1.q1"), true),
            stop(QuestionPage::Impact("S1".into()), Spot::Top, false),
            stop(
                QuestionPage::Impact("S1".into()),
                Spot::Impact(OpenPoint::PeopleReached),
                true,
            ),
        ]
    }

    fn check(page: QuestionPage, spot: Spot, expected: Option<Spot>) {
        let stops = walk();
        let found = next_open(&stops, &page, spot).map(|stop| stop.spot);
        assert_eq!(found, expected, "from {page:?} {spot:?}");
    }

    #[test]
    fn the_next_open_question_follows_the_given_place_in_order() {
        // From the top of clause 4 the answered first question is passed over.
        check(clause("4"), Spot::Top, Some(question("4.1", "4.1.q2")));
        // From the answered question the next one is the open one beside it.
        check(
            clause("4"),
            question("4.1", "4.1.q1"),
            Some(question("4.1", "4.1.q2")),
        );
        // From the last question of a page the walk moves on to the next page.
        check(
            clause("4"),
            question("4.1", "4.1.q2"),
            Some(question("5.1", "5.1.q1")),
        );
        // From clause 5 the walk goes on to the impact assessment.
        check(
            clause("5"),
            question("5.1", "5.1.q1"),
            Some(Spot::Impact(OpenPoint::PeopleReached)),
        );
    }

    #[test]
    fn after_the_last_open_point_the_walk_starts_again_from_the_beginning() {
        check(
            QuestionPage::Impact("S1".into()),
            Spot::Impact(OpenPoint::PeopleReached),
            Some(question("4.1", "4.1.q2")),
        );
    }

    #[test]
    fn a_place_no_longer_listed_counts_as_the_top_of_its_page() {
        // An impact question answered since is no longer an open point.
        check(
            QuestionPage::Impact("S1".into()),
            Spot::Impact(OpenPoint::AnnexIii),
            Some(Spot::Impact(OpenPoint::PeopleReached)),
        );
        // A page not in the walk at all starts from the beginning.
        check(clause("99"), Spot::Top, Some(question("4.1", "4.1.q2")));
    }

    #[test]
    fn nothing_open_anywhere_gives_none() {
        let mut stops = walk();
        for stop in &mut stops {
            stop.open = false;
        }
        assert_eq!(next_open(&stops, &clause("4"), Spot::Top), None);
        assert_eq!(next_open(&[], &clause("4"), Spot::Top), None);
    }

    #[test]
    fn the_real_walk_starts_with_the_first_question_of_clause_4_and_skips_answers() {
        let mut assessment = Assessment::default();
        let all = stops(catalog(), &assessment);
        let first = next_open(&all, &clause("4"), Spot::Top).map(|stop| stop.spot);
        assert_eq!(first, Some(question("4.1", "4.1.q1")));
        assert!(assessment
            .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
            .is_ok());
        let all = stops(catalog(), &assessment);
        let first = next_open(&all, &clause("4"), Spot::Top).map(|stop| stop.spot);
        // The questions come in the catalog's order, which is not always their numbers'.
        let second = catalog()
            .item("4.1")
            .and_then(|item| item.questions.get(1))
            .map(|q| question("4.1", q.id));
        assert!(second.is_some());
        assert_eq!(first, second);
        // Every Annex A question answered under a clause question is left out.
        assert!(all.iter().all(|stop| match stop.spot {
            Spot::Question { item, question } => catalog()
                .item(item)
                .and_then(|item| item.questions.iter().find(|q| q.id == question))
                .is_some_and(|q| q.same_as.is_none()),
            _ => true,
        }));
    }

    #[test]
    fn item_progress_counts_requirement_and_good_practice_questions() {
        let mut assessment = Assessment::default();
        let item = catalog().item("4.1").expect("4.1 is in the catalog");
        let total = item.questions.len() as u32;
        assert_eq!(
            item_progress(item, &assessment),
            Progress { answered: 0, total }
        );
        assert!(assessment
            .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Partly))
            .is_ok());
        let progress = item_progress(item, &assessment);
        assert_eq!(progress, Progress { answered: 1, total });
        assert_eq!(
            progress.sentence("answered"),
            format!("1 of {total} answered")
        );
        assert!(progress.has_open());
    }

    #[test]
    fn an_impact_section_that_does_not_apply_counts_as_complete() {
        let section = &HARM_SECTIONS[0];
        let mut record = ImpactRecord::default();
        let asked = section.questions.len() as u32;
        assert_eq!(
            harm_section_progress(section, &record),
            Progress {
                answered: 0,
                total: asked
            }
        );
        record
            .answers
            .insert(section.questions[0].id.to_owned(), "none".to_owned());
        assert_eq!(harm_section_progress(section, &record).answered, 1);
        record
            .not_applicable
            .insert(section.id.to_owned(), String::new());
        assert!(!harm_section_progress(section, &record).has_open());
        let group = &MEASURE_GROUPS[0];
        assert_eq!(
            measure_group_progress(group, &record),
            Progress {
                answered: 0,
                total: group.measures.len() as u32
            }
        );
    }

    #[test]
    fn an_soa_area_counts_the_controls_decided() {
        let area = &catalog().annex_a_areas()[0];
        let assessment = Assessment::default();
        assert_eq!(
            soa_area_progress(area, &assessment),
            Progress {
                answered: 0,
                total: area.items.len() as u32
            }
        );
    }
}
