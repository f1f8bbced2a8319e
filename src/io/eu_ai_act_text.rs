//! Reads `eu_ai_act.json`, the EU AI Act data the classification page loads on demand: the
//! decision path's wording, the obligations with their articles and ISO/IEC 42001 items, and
//! the application dates with their sources. The file is checked against the compiled rules.

use crate::domain::eu_ai_act::{Condition, EuRole};
use crate::domain::eu_ai_act_text::{
    AnswerText, Basis, DatedChange, EuAiActText, GroupText, ObligationText, Proposal, QuestionText,
};
use crate::io::limits;
use serde::Deserialize;

/// The file's name, as published next to the app.
pub const EU_AI_ACT_FILE_NAME: &str = "eu_ai_act.json";

#[derive(Deserialize)]
struct File {
    last_checked: String,
    source: String,
    mapping_note: String,
    groups: Vec<Group>,
    obligations: Vec<Obligation>,
    dates: Vec<Dated>,
    proposal: ProposalFile,
}

#[derive(Deserialize)]
struct Group {
    id: String,
    title: String,
    intro: String,
    questions: Vec<Question>,
}

#[derive(Deserialize)]
struct Question {
    id: String,
    text: String,
    help: String,
    answers: Vec<Answer>,
}

#[derive(Deserialize)]
struct Answer {
    id: String,
    label: String,
}

#[derive(Deserialize)]
struct Obligation {
    id: String,
    title: String,
    summary: String,
    applies: Vec<Applies>,
    iso: Vec<String>,
}

#[derive(Deserialize)]
struct Applies {
    when: String,
    role: String,
    article: String,
}

#[derive(Deserialize)]
struct Dated {
    date: String,
    what: String,
    #[serde(default)]
    source: String,
}

#[derive(Deserialize)]
struct ProposalFile {
    name: String,
    status: String,
    checked: String,
    changes: Vec<Dated>,
    source: String,
}

fn dated(dated: Dated) -> DatedChange {
    DatedChange {
        date: dated.date,
        what: dated.what,
        source: dated.source,
    }
}

fn basis(obligation: &str, applies: Applies) -> Result<Basis, String> {
    let when = Condition::from_slug(&applies.when).ok_or_else(|| {
        format!(
            "obligation {obligation} names an unknown condition \"{}\"",
            applies.when
        )
    })?;
    let role =
        match applies.role.as_str() {
            "any" => None,
            slug => Some(EuRole::from_slug(slug).ok_or_else(|| {
                format!("obligation {obligation} names an unknown role \"{slug}\"")
            })?),
        };
    Ok(Basis {
        when,
        role,
        article: applies.article,
    })
}

/// Parses `eu_ai_act.json` and checks that it covers the compiled decision path and
/// obligations. Errors are sentences for the page that failed to load it.
pub fn parse_eu_ai_act_text(source: &str) -> Result<EuAiActText, String> {
    let file: File = serde_json::from_str(source).map_err(|error| {
        let (line, column, message) = limits::placed_message(source, &error);
        format!("{EU_AI_ACT_FILE_NAME} is damaged (line {line}, column {column}: {message})")
    })?;
    let groups = file
        .groups
        .into_iter()
        .map(|group| GroupText {
            id: group.id,
            title: group.title,
            intro: group.intro,
            questions: group
                .questions
                .into_iter()
                .map(|question| QuestionText {
                    id: question.id,
                    text: question.text,
                    help: question.help,
                    answers: question
                        .answers
                        .into_iter()
                        .map(|answer| AnswerText {
                            id: answer.id,
                            label: answer.label,
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let mut obligations = Vec::new();
    for obligation in file.obligations {
        let mut applies = Vec::new();
        for entry in obligation.applies {
            applies.push(basis(&obligation.id, entry).map_err(|error| {
                format!("{EU_AI_ACT_FILE_NAME} does not match this version of the app ({error})")
            })?);
        }
        obligations.push(ObligationText {
            id: obligation.id,
            title: obligation.title,
            summary: obligation.summary,
            applies,
            iso: obligation.iso,
        });
    }
    let text = EuAiActText {
        last_checked: file.last_checked,
        source: file.source,
        mapping_note: file.mapping_note,
        groups,
        obligations,
        dates: file.dates.into_iter().map(dated).collect(),
        proposal: Proposal {
            name: file.proposal.name,
            status: file.proposal.status,
            checked: file.proposal.checked,
            changes: file.proposal.changes.into_iter().map(dated).collect(),
            source: file.proposal.source,
        },
    };
    text.check_covers_rules().map_err(|error| {
        format!("{EU_AI_ACT_FILE_NAME} does not match this version of the app ({error})")
    })?;
    Ok(text)
}
