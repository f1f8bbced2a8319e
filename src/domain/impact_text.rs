//! The wording of the impact questionnaire (titles, intros, questions, help, option labels),
//! loaded on demand from `impact.json` (see `io::impact_text`), and the explanations of a
//! result in words that quote the questions, never internal codes.

use crate::domain::impact::{HarmRating, ImpactLevel, ImpactResult, OpenPoint};
use crate::domain::impact_catalog::{all_harms, all_measures, HARM_SECTIONS, MEASURE_GROUPS};
use std::collections::BTreeMap;

/// An answer option's ID and label.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChoiceText {
    pub id: String,
    pub label: String,
}

/// The wording of a question.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QuestionWording {
    pub text: String,
    pub help: String,
    pub options: Vec<ChoiceText>,
}

impl QuestionWording {
    /// The label of an option, by its ID.
    pub fn option(&self, option_id: &str) -> Option<&str> {
        self.options
            .iter()
            .find(|option| option.id == option_id)
            .map(|option| option.label.as_str())
    }
}

/// The title and introduction of a harm section or measure group.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GroupWording {
    pub title: String,
    pub intro: String,
}

/// The whole questionnaire's wording.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ImpactText {
    /// Harm sections and measure groups by ID.
    pub groups: BTreeMap<String, GroupWording>,
    /// Harm and measure questions by ID.
    pub questions: BTreeMap<String, QuestionWording>,
    pub likelihood: QuestionWording,
    pub reversibility: QuestionWording,
}

impl ImpactText {
    /// The text of a question, or a plain placeholder if the wording lacks it (which
    /// `check_covers_catalog` rules out for a loaded file).
    pub fn question(&self, question_id: &str) -> &str {
        self.questions
            .get(question_id)
            .map_or("(question not found)", |wording| wording.text.as_str())
    }

    /// The title of a section or group.
    pub fn title(&self, group_id: &str) -> &str {
        self.groups
            .get(group_id)
            .map_or("(section not found)", |wording| wording.title.as_str())
    }

    /// The label of an option of a question.
    pub fn option<'a>(&'a self, question_id: &str, option_id: &'a str) -> &'a str {
        self.questions
            .get(question_id)
            .and_then(|wording| wording.option(option_id))
            .unwrap_or(option_id)
    }

    /// Checks that the wording covers every section, group, question and option the compiled
    /// questionnaire has, so no page ever shows a placeholder.
    pub fn check_covers_catalog(&self) -> Result<(), String> {
        let group_ids = HARM_SECTIONS
            .iter()
            .map(|section| section.id)
            .chain(MEASURE_GROUPS.iter().map(|group| group.id));
        for id in group_ids {
            if !self.groups.contains_key(id) {
                return Err(format!("section {id} has no wording"));
            }
        }
        let questions = all_harms()
            .map(|(_, question)| {
                (
                    question.id,
                    ["none", "minor", "serious", "severe"].as_slice(),
                )
            })
            .chain(all_measures().map(|measure| {
                (
                    measure.id,
                    ["not_in_place", "partly", "in_place"].as_slice(),
                )
            }));
        for (id, options) in questions {
            let wording = self
                .questions
                .get(id)
                .ok_or_else(|| format!("question {id} has no wording"))?;
            for option in options {
                if wording.option(option).is_none() {
                    return Err(format!("question {id} has no option {option}"));
                }
            }
        }
        Ok(())
    }
}

/// A quoted question.
fn quote(text: &str) -> String {
    format!("\u{201c}{text}\u{201d}")
}

/// A harm's rating, step by step, in words that quote its question and measures.
pub fn explain_harm(harm: &HarmRating, text: &ImpactText) -> Vec<String> {
    let id = harm.question.id;
    let mut steps = vec![format!(
        "{} Answered {}: a {} harm, which starts at {}.",
        quote(text.question(id)),
        quote(text.option(id, harm.severity.option_id())),
        harm.severity.label(),
        harm.severity.base()
    )];
    if harm.hard_to_undo || harm.many_people {
        let mut why = Vec::new();
        if harm.hard_to_undo {
            why.push(match harm.reversibility {
                Some(_) => "it is hard or impossible to undo".to_owned(),
                None => {
                    "it counts as hard to undo until you say whether it can be undone".to_owned()
                }
            });
        }
        if harm.many_people {
            why.push(if harm.reach_assumed {
                "it counts as reaching more than 10,000 people a year until you say how many the system reaches".to_owned()
            } else {
                "the system reaches more than 10,000 people a year".to_owned()
            });
        }
        steps.push(format!("One up because {}.", why.join(" and ")));
    }
    if harm.unlikely {
        steps.push("One down because it is unlikely as the system is used today.".to_owned());
    }
    steps.push(format!("Before measures: {}.", harm.before.label()));
    if harm.measures.is_empty() {
        steps.push("No measure of the questionnaire addresses this harm.".to_owned());
    } else {
        let listed: Vec<String> = harm
            .measures
            .iter()
            .map(|check| {
                let state = check.state.map_or("not answered", |state| state.label());
                format!("{} ({state})", quote(text.question(check.measure.id)))
            })
            .collect();
        steps.push(format!("Measures that address it: {}.", listed.join("; ")));
        steps.push(if harm.reduced {
            if harm.after < harm.before {
                format!(
                    "All of them are in place, so it is one level lower: {}.",
                    harm.after.label()
                )
            } else {
                format!(
                    "All of them are in place, but a harm cannot go below level 1: {}.",
                    harm.after.label()
                )
            }
        } else {
            format!(
                "Not all of them are in place, so it stays at {}.",
                harm.after.label()
            )
        });
    }
    steps
}

/// The reasons for the system's levels, before and after measures, in words.
pub fn explain_level(result: &ImpactResult, text: &ImpactText) -> Vec<String> {
    let (Some(before), Some(after)) = (result.before, result.level) else {
        return vec!["Nothing is answered yet.".to_owned()];
    };
    let mut reasons = Vec::new();
    let names = |harms: Vec<&HarmRating>| -> String {
        harms
            .iter()
            .map(|harm| quote(text.question(harm.question.id)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // A level no harm reaches is the Annex III floor's; say so rather than name no harm.
    let reason = |stage: &str,
                  level: ImpactLevel,
                  worst: Vec<&HarmRating>,
                  highest: Option<ImpactLevel>| match (worst.is_empty(), highest) {
        (false, _) => format!(
            "{stage}: {}, the level of the worst harm: {}.",
            level.label(),
            names(worst)
        ),
        (true, Some(highest)) => format!(
            "{stage}: {}, set by the Annex III area; the worst harm alone is {}.",
            level.label(),
            highest.label()
        ),
        (true, None) => format!("{stage}: {}. No answer describes a harm.", level.label()),
    };
    let worst_before: Vec<&HarmRating> =
        result.harms.iter().filter(|h| h.before == before).collect();
    let highest_before = result.harms.iter().map(|h| h.before).max();
    reasons.push(reason(
        "Before measures",
        before,
        worst_before,
        highest_before,
    ));
    let highest_after = result.harms.iter().map(|h| h.after).max();
    reasons.push(reason(
        "After measures",
        after,
        result.worst_harms(),
        highest_after,
    ));
    if let Some(area) = result.annex_iii {
        let raised = match result.raised_by_annex_iii {
            (false, false) => "",
            _ => " This raised the level.",
        };
        reasons.push(format!(
            "The system is used for {}, an area the EU AI Act lists as high-risk (Annex III), so the level is at least 3.{raised}",
            area.short_name()
        ));
    }
    reasons
}

/// What an open point of a result asks for, in words.
pub fn open_point_label(point: OpenPoint, text: &ImpactText) -> String {
    match point {
        OpenPoint::AnnexIii => {
            "Whether the system is used in an area the EU AI Act lists as high-risk".to_owned()
        }
        OpenPoint::PeopleReached => "How many people the system reaches".to_owned(),
        OpenPoint::Harm(id) => quote(text.question(id)),
        OpenPoint::Likelihood(id) => format!("How likely: {}", quote(text.question(id))),
        OpenPoint::Reversibility(id) => {
            format!("Whether it could be undone: {}", quote(text.question(id)))
        }
        OpenPoint::Measure(id) => format!("Measure: {}", quote(text.question(id))),
        OpenPoint::Reason(section_id) => {
            format!("Why {} does not apply", quote(text.title(section_id)))
        }
    }
}
