//! Shared proptest strategies: any assessment the app can hold, used by every round-trip
//! property test (JSON, answers CSV, JSON Schema).

use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::date::IsoDate;
use proptest::prelude::*;

/// Text that spreadsheets and CSV find hard: formula starts, apostrophes, separators, quotes,
/// line breaks, a byte-order mark and non-ASCII letters, or anything at all.
pub fn tricky_text() -> impl Strategy<Value = String> {
    prop_oneof!["['=+@\\-\t\r\n,;\" \u{feff}aéß€字]{0,12}", any::<String>(),]
}

/// Any assessment the app can hold, over clause items and controls, with tricky texts.
pub fn any_assessment() -> impl Strategy<Value = Assessment> {
    let questions: Vec<(&'static str, &'static str)> = catalog()
        .clause_items()
        .chain(catalog().controls())
        .flat_map(|item| item.questions.iter().map(move |q| (item.id, q.id)))
        .collect();
    let items: Vec<&'static str> = catalog()
        .clause_items()
        .chain(catalog().controls())
        .map(|item| item.id)
        .collect();
    let answer = prop::option::of(prop::sample::select(Answer::ALL.to_vec()));
    let answers = prop::collection::vec((prop::sample::select(questions), answer), 0..60);
    let texts = prop::collection::vec(
        (
            prop::sample::select(items.clone()),
            0..3usize,
            tricky_text(),
        ),
        0..12,
    );
    let dates = prop::collection::vec(
        (
            prop::sample::select(items),
            prop::option::of((1u16..=9999, 1u8..=12, 1u8..=31)),
        ),
        0..6,
    );
    (tricky_text(), answers, texts, dates).prop_map(|(name, answers, texts, dates)| {
        let mut assessment = Assessment::named(name);
        for ((item, question), answer) in answers {
            assessment
                .set_answer(catalog(), item, question, answer)
                .expect("valid");
        }
        for (item, field, text) in texts {
            let field = [TextField::Notes, TextField::Evidence, TextField::Owner][field];
            assessment
                .set_text(catalog(), item, field, text)
                .expect("valid");
        }
        for (item, date) in dates {
            let date = date.and_then(|(y, m, d)| IsoDate::new(y, m, d));
            assessment
                .set_due_date(catalog(), item, date)
                .expect("valid");
        }
        assessment
    })
}
