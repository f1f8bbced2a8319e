//! Scoring an AI system impact assessment: from the answers to impact points, mitigation
//! points and an impact level from 1 (little) to 4 (very high).
//!
//! The method is documented for users in docs/impact-method.md and in the app, and is built
//! so that a reviewer can recompute a level by hand from the printed result:
//!
//! 1. A question is asked unless it depends on an earlier answer that did not trigger it (or
//!    that is still missing). Questions that are not asked count neither way.
//! 2. Impact points: the points of the answered impact questions (0 to 3 each), out of the
//!    most those questions could score.
//! 3. Gross level from the share of impact points: level 2 from 20 %, level 3 from 40 %,
//!    level 4 from 60 %. An answer at the most serious option of its question makes the gross
//!    level at least 3, so one severe harm is never averaged away.
//! 4. Mitigation points: the points of the answered mitigation questions (0 to 2 each). From
//!    70 % of the possible mitigation points the level drops by one, but never below 1, and
//!    never below 2 when there is a severe answer.
//! 5. While any asked question is unanswered the level is provisional, and the unanswered
//!    questions are listed.
//!
//! All arithmetic is in whole numbers: "at least p % of n" is `100 * points >= p * n`.

use crate::domain::impact_catalog::{
    all_questions, ImpactPart, ImpactQuestion, ImpactSection, QuestionKind, IMPACT_SECTIONS,
};
use crate::domain::system::ImpactRecord;

/// The share of impact points (in percent) from which each level starts: level 2, 3, 4.
pub const LEVEL_THRESHOLDS: [u32; 3] = [20, 40, 60];

/// The share of mitigation points (in percent) from which the level drops by one.
pub const MITIGATION_THRESHOLD: u32 = 70;

/// The gross level a severe answer guarantees at least.
pub const SEVERE_FLOOR: u8 = 3;

/// The level mitigation cannot go below when there is a severe answer.
pub const SEVERE_MITIGATED_FLOOR: u8 = 2;

/// An impact level from 1 to 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ImpactLevel(u8);

impl ImpactLevel {
    /// The level with the given number, clamped to 1-4.
    pub fn new(number: u8) -> ImpactLevel {
        ImpactLevel(number.clamp(1, 4))
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// The word for the level.
    pub fn name(self) -> &'static str {
        match self.0 {
            1 => "little",
            2 => "moderate",
            3 => "high",
            _ => "very high",
        }
    }

    /// "Level 3 (high)".
    pub fn label(self) -> String {
        format!("Level {} ({})", self.0, self.name())
    }
}

/// Points scored out of points possible.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Points {
    pub scored: u32,
    pub possible: u32,
}

impl Points {
    fn add(&mut self, scored: u32, possible: u32) {
        self.scored += scored;
        self.possible += possible;
    }

    /// Whether the points reach `percent` % of the possible points (false when nothing is
    /// possible).
    pub fn reaches(self, percent: u32) -> bool {
        self.possible > 0 && 100 * self.scored >= percent * self.possible
    }

    /// The share in whole percent, rounded down; `None` when nothing is possible.
    pub fn percent(self) -> Option<u32> {
        (self.possible > 0).then(|| 100 * self.scored / self.possible)
    }

    /// The fewest points that reach `percent` % of the possible points.
    pub fn threshold(self, percent: u32) -> u32 {
        (percent * self.possible).div_ceil(100)
    }
}

/// The points of one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionPoints {
    pub section: &'static ImpactSection,
    pub points: Points,
    /// Questions asked in this section, and how many of them are answered.
    pub asked: usize,
    pub answered: usize,
}

/// Whether a question is asked, given the answers so far.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Asked {
    Yes,
    /// Not asked: the question it depends on got an answer that does not trigger it.
    Skipped,
    /// Not yet: the question it depends on is unanswered.
    Waiting,
}

/// Whether `question` is asked given the answers.
pub fn asked(question: &ImpactQuestion, record: &ImpactRecord) -> Asked {
    let Some(dependency) = &question.depends_on else {
        return Asked::Yes;
    };
    let Some(parent) = crate::domain::impact_catalog::question(dependency.question) else {
        return Asked::Yes;
    };
    match asked(parent, record) {
        Asked::Yes => {}
        other => return other,
    }
    match record.answers.get(dependency.question) {
        None => Asked::Waiting,
        Some(answer) if dependency.options.contains(&answer.as_str()) => Asked::Yes,
        Some(_) => Asked::Skipped,
    }
}

/// A library risk that answers suggest adding to the risk register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestedRisk {
    pub risk_id: &'static str,
    /// The questions whose serious or severe answers suggest it.
    pub questions: Vec<&'static str>,
}

/// The scored result of one impact assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImpactResult {
    pub impact: Points,
    pub mitigation: Points,
    pub sections: Vec<SectionPoints>,
    /// IDs of impact questions answered with their most serious option.
    pub severe: Vec<&'static str>,
    /// The level from impact points alone (with the severe-answer floor); `None` until an
    /// impact question is answered.
    pub gross_level: Option<ImpactLevel>,
    /// Whether mitigation lowered the level.
    pub mitigated: bool,
    /// The final level; `None` until an impact question is answered.
    pub level: Option<ImpactLevel>,
    /// IDs of asked questions without an answer. Questions waiting for an unanswered
    /// screening question are not listed; the screening question is.
    pub unanswered: Vec<&'static str>,
    /// Library risks suggested by serious or severe answers, each once, in the order their
    /// first question comes.
    pub suggested_risks: Vec<SuggestedRisk>,
}

impl ImpactResult {
    /// Whether the result may still change because questions are unanswered.
    pub fn is_provisional(&self) -> bool {
        !self.unanswered.is_empty()
    }

    /// "Level 3 (high)", with "provisional" while questions are open, or "Not assessed yet".
    pub fn summary(&self) -> String {
        match self.level {
            None => "Not assessed yet".to_owned(),
            Some(level) if self.is_provisional() => format!("{}, provisional", level.label()),
            Some(level) => level.label(),
        }
    }
}

/// The level a share of impact points gives, before the severe floor and mitigation.
pub fn level_from_points(impact: Points) -> ImpactLevel {
    let steps = LEVEL_THRESHOLDS
        .iter()
        .filter(|percent| impact.reaches(**percent))
        .count();
    ImpactLevel::new(1 + steps as u8)
}

fn suggest(list: &mut Vec<SuggestedRisk>, risk_id: &'static str, question_id: &'static str) {
    match list.iter_mut().find(|entry| entry.risk_id == risk_id) {
        Some(entry) => entry.questions.push(question_id),
        None => list.push(SuggestedRisk {
            risk_id,
            questions: vec![question_id],
        }),
    }
}

/// Scores an impact assessment.
pub fn score(record: &ImpactRecord) -> ImpactResult {
    let mut impact = Points::default();
    let mut mitigation = Points::default();
    let mut severe = Vec::new();
    let mut unanswered = Vec::new();
    let mut suggested_risks = Vec::new();
    let mut sections: Vec<SectionPoints> = IMPACT_SECTIONS
        .iter()
        .map(|section| SectionPoints {
            section,
            points: Points::default(),
            asked: 0,
            answered: 0,
        })
        .collect();
    for (index, section) in IMPACT_SECTIONS.iter().enumerate() {
        for question in section.questions {
            match asked(question, record) {
                // A waiting question's screening question is itself unanswered and listed.
                Asked::Skipped | Asked::Waiting => continue,
                Asked::Yes => {}
            }
            sections[index].asked += 1;
            let chosen = record
                .answers
                .get(question.id)
                .and_then(|option_id| question.option(option_id));
            let Some(option) = chosen else {
                unanswered.push(question.id);
                continue;
            };
            sections[index].answered += 1;
            let points = u32::from(option.points);
            let possible = question.max_points();
            match question.kind {
                QuestionKind::Screening => {}
                QuestionKind::Impact => {
                    impact.add(points, possible);
                    if points == possible {
                        severe.push(question.id);
                    }
                    if points >= 2 {
                        if let Some(risk_id) = question.suggests_risk {
                            suggest(&mut suggested_risks, risk_id, question.id);
                        }
                    }
                }
                QuestionKind::Mitigation => mitigation.add(points, possible),
            }
            sections[index].points.add(points, possible);
        }
    }
    let gross_level = (impact.possible > 0).then(|| {
        let level = level_from_points(impact);
        if severe.is_empty() {
            level
        } else {
            level.max(ImpactLevel::new(SEVERE_FLOOR))
        }
    });
    let mitigated = gross_level.is_some_and(|level| {
        let floor = if severe.is_empty() {
            1
        } else {
            SEVERE_MITIGATED_FLOOR
        };
        mitigation.reaches(MITIGATION_THRESHOLD) && level.number() > floor
    });
    let level = gross_level.map(|level| {
        if mitigated {
            ImpactLevel::new(level.number() - 1)
        } else {
            level
        }
    });
    ImpactResult {
        impact,
        mitigation,
        sections,
        severe,
        gross_level,
        mitigated,
        level,
        unanswered,
        suggested_risks,
    }
}

/// The number of questions of each part, for the method description.
pub fn questions_in(part: ImpactPart) -> usize {
    all_questions()
        .filter(|(section, _)| section.part == part)
        .count()
}
