//! Feeds arbitrary text to the answers CSV importer (`io::csv_answers::read_answers_csv`).
//!
//! Besides "never panics", it checks that whatever the CSV importer accepts is an assessment
//! the app can save and load again: written as JSON, it reads back unchanged.

#![no_main]

use aims_assess::domain::assessment::Assessment;
use aims_assess::domain::catalog::catalog;
use aims_assess::io::csv_answers::read_answers_csv;
use aims_assess::io::json::{decode, encode, Layout};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let base = Assessment::named("Fuzz base");
    match read_answers_csv(&text, catalog(), &base) {
        Err(error) => {
            // The message is what the user sees; building it must not panic either.
            let _ = error.to_string();
        }
        Ok(import) => {
            let written = encode(
                &import.assessment,
                "2026-01-01T00:00:00.000Z",
                Layout::Compact,
            );
            let again = decode(&written, catalog()).expect("an imported assessment reads again");
            assert_eq!(again.assessment, import.assessment);
        }
    }
});
