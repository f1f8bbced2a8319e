//! Reads the wording of the impact questionnaire from `impact.json`, the file `build.rs`
//! compiles the questionnaire's shape from and the app loads on demand. Only the wording is
//! read here; the shape (severities, which measure addresses which harm) is compiled in.

use crate::domain::impact_text::{ChoiceText, GroupWording, ImpactText, QuestionWording};
use crate::io::limits;
use serde::Deserialize;

/// The file's name, as published next to the app.
pub const IMPACT_FILE_NAME: &str = "impact.json";

#[derive(Deserialize)]
struct ImpactFile {
    follow_ups: FollowUps,
    harm_sections: Vec<Group>,
    measure_groups: Vec<Group>,
}

#[derive(Deserialize)]
struct FollowUps {
    likelihood: Question,
    reversibility: Question,
}

/// A harm section (with `questions`) or a measure group (with `measures`): both are read the
/// same way.
#[derive(Deserialize)]
struct Group {
    id: String,
    title: String,
    intro: String,
    #[serde(alias = "measures")]
    questions: Vec<IdQuestion>,
}

/// A question with its ID. The fields are spelled out rather than flattened from `Question`,
/// since serde's `flatten` buffers every field and would cost the first load tens of KB.
#[derive(Deserialize)]
struct IdQuestion {
    id: String,
    text: String,
    #[serde(default)]
    help: String,
    options: Vec<Choice>,
}

impl IdQuestion {
    fn split(self) -> (String, Question) {
        let question = Question {
            text: self.text,
            help: self.help,
            options: self.options,
        };
        (self.id, question)
    }
}

#[derive(Deserialize)]
struct Question {
    text: String,
    #[serde(default)]
    help: String,
    options: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    id: String,
    label: String,
}

fn wording(question: Question) -> QuestionWording {
    QuestionWording {
        text: question.text,
        help: question.help,
        options: question
            .options
            .into_iter()
            .map(|choice| ChoiceText {
                id: choice.id,
                label: choice.label,
            })
            .collect(),
    }
}

/// Parses `impact.json` into the questionnaire's wording and checks that it covers the
/// compiled questionnaire. Errors are sentences for the page that failed to load it.
pub fn parse_impact_text(source: &str) -> Result<ImpactText, String> {
    let file: ImpactFile = serde_json::from_str(source).map_err(|error| {
        let (line, column, message) = limits::placed_message(source, &error);
        format!("{IMPACT_FILE_NAME} is damaged (line {line}, column {column}: {message})")
    })?;
    let mut text = ImpactText {
        likelihood: wording(file.follow_ups.likelihood),
        reversibility: wording(file.follow_ups.reversibility),
        ..ImpactText::default()
    };
    for group in file.harm_sections.into_iter().chain(file.measure_groups) {
        text.groups.insert(
            group.id,
            GroupWording {
                title: group.title,
                intro: group.intro,
            },
        );
        for question in group.questions {
            let (id, question) = question.split();
            text.questions.insert(id, wording(question));
        }
    }
    text.check_covers_catalog().map_err(|error| {
        format!("{IMPACT_FILE_NAME} does not match this version of the app ({error})")
    })?;
    Ok(text)
}
