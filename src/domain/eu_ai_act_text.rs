//! The EU AI Act data loaded on demand: the decision path's wording, the obligations with the
//! articles that impose them on each class and role and the ISO/IEC 42001 items that help meet
//! them (our own mapping, IDs only), and the application dates with their sources.
//!
//! The rules that read answers live in `domain::eu_ai_act`; this module only says which
//! obligations a verdict brings and checks that the loaded data covers every compiled ID.

use crate::domain::eu_ai_act::{self, Condition, EuRole, Verdict};

/// One answer of a question: its ID and label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerText {
    pub id: String,
    pub label: String,
}

/// The wording of one question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionText {
    pub id: String,
    pub text: String,
    pub help: String,
    pub answers: Vec<AnswerText>,
}

/// A group of questions shown under one heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupText {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub questions: Vec<QuestionText>,
}

/// When an obligation applies: to whom (a role, or anyone when `None`), under which condition,
/// and the article that imposes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Basis {
    pub when: Condition,
    pub role: Option<EuRole>,
    pub article: String,
}

/// One obligation of the Act, in our own words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObligationText {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub applies: Vec<Basis>,
    /// ISO/IEC 42001 item IDs (clause items or Annex A controls) that help meet it.
    pub iso: Vec<String>,
}

/// A date from which part of the Act applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedChange {
    pub date: String,
    pub what: String,
    pub source: String,
}

/// A change of the dates that is proposed, with what was checked about its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub name: String,
    pub status: String,
    pub checked: String,
    pub changes: Vec<DatedChange>,
    pub source: String,
}

/// The whole data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EuAiActText {
    pub last_checked: String,
    pub source: String,
    pub mapping_note: String,
    pub groups: Vec<GroupText>,
    pub obligations: Vec<ObligationText>,
    pub dates: Vec<DatedChange>,
    pub proposal: Proposal,
}

/// An obligation that applies to a system, with the bases that make it apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueObligation<'a> {
    pub obligation: &'a ObligationText,
    pub bases: Vec<&'a Basis>,
}

impl EuAiActText {
    /// The wording of a question.
    pub fn question(&self, id: &str) -> Option<&QuestionText> {
        self.groups
            .iter()
            .flat_map(|group| &group.questions)
            .find(|question| question.id == id)
    }

    /// The obligations a verdict brings for the roles it records, in the data file's order.
    /// A basis applies when its condition holds and its role is one of the system's roles (or
    /// it names no role).
    pub fn obligations_for(&self, verdict: &Verdict) -> Vec<DueObligation<'_>> {
        self.obligations
            .iter()
            .filter_map(|obligation| {
                let bases: Vec<&Basis> = obligation
                    .applies
                    .iter()
                    .filter(|basis| {
                        verdict.has(basis.when)
                            && basis.role.is_none_or(|role| verdict.roles.contains(&role))
                    })
                    .collect();
                (!bases.is_empty()).then_some(DueObligation { obligation, bases })
            })
            .collect()
    }

    /// Checks that the data covers the compiled decision path and obligations exactly: every
    /// question with every answer, and every obligation, and nothing unknown.
    pub fn check_covers_rules(&self) -> Result<(), String> {
        for spec in eu_ai_act::QUESTIONS {
            let question = self
                .question(spec.id)
                .ok_or_else(|| format!("question {} has no wording", spec.id))?;
            let ids: Vec<&str> = question.answers.iter().map(|a| a.id.as_str()).collect();
            if ids != spec.answers {
                return Err(format!(
                    "question {} has the answers {ids:?}, expected {:?}",
                    spec.id, spec.answers
                ));
            }
        }
        for group in &self.groups {
            for question in &group.questions {
                if eu_ai_act::question(&question.id).is_none() {
                    return Err(format!("question {} is not on the path", question.id));
                }
            }
        }
        let ids: Vec<&str> = self.obligations.iter().map(|o| o.id.as_str()).collect();
        if ids != eu_ai_act::OBLIGATION_IDS {
            return Err(format!(
                "the obligations are {ids:?}, expected {:?}",
                eu_ai_act::OBLIGATION_IDS
            ));
        }
        Ok(())
    }
}
