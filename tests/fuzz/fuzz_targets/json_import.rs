//! Feeds arbitrary text to the JSON importer (`io::json::decode`), the path every imported file
//! and every stored copy takes.
//!
//! Besides "never panics", it checks what the native tests check on a fixed corpus: a refusal
//! always says where the problem is, and a file that reads is written back and read again as
//! the same assessment (so nothing the importer accepts is lost on the next save and load).

#![no_main]

use aims_assess::domain::catalog::catalog;
use aims_assess::io::json::{decode, encode_file, Layout};
use aims_assess::io::ImportError;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // Files are read as UTF-8 by the app; invalid bytes are replaced rather than skipped, so
    // every input exercises the parser.
    let text = String::from_utf8_lossy(data);
    match decode(&text, catalog()) {
        Err(error) => {
            let message = error.to_string();
            let names_a_place = match &error {
                ImportError::Syntax { .. } => {
                    message.contains("line ") && message.contains("column ")
                }
                ImportError::Invalid { path, .. } => {
                    !path.is_empty() && message.starts_with(&format!("at {path}: "))
                }
                ImportError::TooLarge { .. }
                | ImportError::NotOurFormat(_)
                | ImportError::TooNew { .. } => true,
            };
            assert!(names_a_place, "the error does not say where: {message}");
        }
        Ok(read) => {
            let written = encode_file(
                &read.assessment,
                "2026-01-01T00:00:00.000Z",
                Layout::Compact,
                read.anonymised,
            );
            let again = decode(&written, catalog()).expect("what was written reads again");
            assert_eq!(again.assessment, read.assessment);
            assert_eq!(again.anonymised, read.anonymised);
            assert!(again.warnings.is_empty(), "{:?}", again.warnings);
        }
    }
});
