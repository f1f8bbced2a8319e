//! Writes the benchmark's large assessment (`cargo run --release --example large-assessment --
//! <file>`): every question answered with long notes, 30 AI systems each with a complete
//! impact assessment, 2,000 risks each with a treatment action and 1,000 actions of the
//! user's own (3,000 planned actions beside the ones derived from the answers), about 5 MB of
//! JSON in the export format. Built from the app's own domain types and written by its own
//! writer, so the file is valid by construction. Deterministic: the same file every time.

use aims_assess::domain::action_plan::{ActionStatus, CustomAction, Priority};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::impact_catalog::{all_harms, all_measures, MeasureState, Severity};
use aims_assess::domain::risk::{Risk, RiskStatus, Treatment, TreatmentAction};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::io::json::{encode, Layout};
use std::process::ExitCode;

const SYSTEMS: usize = 30;
const RISKS: usize = 2_000;
const OWN_ACTIONS: usize = 1_000;

/// A paragraph of plausible notes, different for every `seed`, about `sentences` long.
fn notes(seed: usize, sentences: usize) -> String {
    const PHRASES: [&str; 6] = [
        "The owner walked us through the current procedure and showed the latest records.",
        "Evidence is kept in the shared quality folder and was last reviewed this quarter.",
        "Two teams follow the process; the third still works from an older template.",
        "Management approved the approach, but the review dates slipped twice this year.",
        "Suppliers were asked for their documentation and most of them have answered.",
        "We plan to align this with the information security management system next year.",
    ];
    (0..sentences)
        .map(|n| PHRASES[(seed + n) % PHRASES.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn date(month: u8, day: u8) -> Option<IsoDate> {
    IsoDate::new(2027, month, day)
}

fn build() -> Result<Assessment, String> {
    let catalog = catalog();
    let mut assessment = Assessment::named("Benchmark: a large assessment");
    assessment.profile.organisation = "Benchmark Holdings".into();
    assessment.profile.scope = notes(1, 4);
    let items: Vec<_> = catalog.clause_items().chain(catalog.controls()).collect();
    for (index, item) in items.iter().enumerate() {
        for (number, question) in item.questions.iter().enumerate() {
            let answer = Answer::ALL[(index + number) % Answer::ALL.len()];
            assessment
                .set_answer(catalog, item.id, question.id, Some(answer))
                .map_err(|error| error.to_string())?;
        }
        for (field, length) in [(TextField::Notes, 48), (TextField::Evidence, 6)] {
            assessment
                .set_text(catalog, item.id, field, notes(index, length))
                .map_err(|error| error.to_string())?;
        }
        assessment
            .set_text(
                catalog,
                item.id,
                TextField::Owner,
                format!("Owner {}", index % 12),
            )
            .map_err(|error| error.to_string())?;
    }

    let mut system_ids = Vec::new();
    for number in 0..SYSTEMS {
        let id = assessment
            .inventory
            .add(format!("AI system {}", number + 1))
            .unwrap();
        assessment
            .inventory
            .edit(&id, |system| {
                system.purpose = notes(number, 3);
                system.users = "Staff and customers".into();
                system.affected = notes(number + 2, 2);
                for (index, (_, harm)) in all_harms().enumerate() {
                    let severity = Severity::ALL[(number + index) % Severity::ALL.len()];
                    system
                        .impact
                        .answers
                        .insert(harm.id.to_owned(), severity.option_id().to_owned());
                }
                for (index, measure) in all_measures().enumerate() {
                    let state = MeasureState::ALL[(number + index) % MeasureState::ALL.len()];
                    system
                        .impact
                        .answers
                        .insert(measure.id.to_owned(), state.option_id().to_owned());
                }
                system.impact.assessor = "Risk office".into();
                system.impact.date = date(1, 15);
                system.impact.notes = notes(number, 4);
            })
            .map_err(|error| error.to_string())?;
        system_ids.push(id);
    }

    let treatments = [Treatment::Modify, Treatment::Share, Treatment::Avoid];
    let statuses = [RiskStatus::Open, RiskStatus::Treated];
    for number in 0..RISKS {
        let level = |offset: usize| u8::try_from(1 + (number + offset) % 5).unwrap_or(1);
        assessment
            .risks
            .add(Risk {
                title: format!("Risk {} of the benchmark", number + 1),
                description: notes(number, 13),
                system_id: system_ids[number % SYSTEMS].clone(),
                owner: format!("Owner {}", number % 12),
                inherent: Some(Rating::new(level(0), level(2))),
                treatment: Some(treatments[number % treatments.len()]),
                controls: vec!["A.6.2.4".into()],
                actions: vec![TreatmentAction {
                    description: notes(number + 3, 3),
                    owner: format!("Owner {}", number % 7),
                    due_date: date(1 + u8::try_from(number % 12).unwrap_or(0), 10),
                    done: number % 4 == 0,
                }],
                residual: Some(Rating::new(1, level(1))),
                status: statuses[number % statuses.len()],
                ..Risk::default()
            })
            .unwrap();
    }

    for number in 0..OWN_ACTIONS {
        let id = format!("A{}", number + 1);
        assessment.actions.custom.push(CustomAction {
            id,
            title: format!("Own action {} of the benchmark", number + 1),
            item_id: items[number % items.len()].id.to_owned(),
            owner: format!("Owner {}", number % 9),
            due_date: date(1 + u8::try_from(number % 12).unwrap_or(0), 20),
            priority: [Priority::High, Priority::Medium, Priority::Low][number % 3],
            status: [
                ActionStatus::Open,
                ActionStatus::InProgress,
                ActionStatus::Done,
            ][number % 3],
            notes: notes(number, 4),
        });
    }
    assessment.actions.next_number = u32::try_from(OWN_ACTIONS + 1).unwrap_or(u32::MAX);
    Ok(assessment)
}

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: large-assessment <file to write>");
        return ExitCode::FAILURE;
    };
    let assessment = match build() {
        Ok(assessment) => assessment,
        Err(error) => {
            eprintln!("could not build the assessment: {error}");
            return ExitCode::FAILURE;
        }
    };
    let text = encode(&assessment, "2026-11-23T12:00:00Z", Layout::Pretty);
    if let Err(error) = std::fs::write(&path, &text) {
        eprintln!("could not write {path}: {error}");
        return ExitCode::FAILURE;
    }
    println!("{path}: {} bytes", text.len());
    ExitCode::SUCCESS
}
