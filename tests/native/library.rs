//! The index of stored assessments: reading, writing, reconciling with what is really stored,
//! and naming copies.

use aims_assess::io::library::{
    encode_index, imported_name, parse_index, reconcile, record_save, stored_name_and_time,
    unique_name, IndexEntry,
};
use aims_assess::io::ImportError;

fn entry(id: &str, name: &str) -> IndexEntry {
    IndexEntry {
        id: id.to_owned(),
        name: name.to_owned(),
        updated_at: "2026-11-23T10:00:00.000Z".to_owned(),
    }
}

#[test]
fn an_index_reads_back_as_written() {
    let entries = vec![
        entry("a1", "2026 baseline"),
        entry("b2", "<b>after</b> \"fix\""),
    ];
    assert_eq!(parse_index(&encode_index(&entries)), Ok(entries));
}

#[test]
fn an_unreadable_index_is_an_error_not_an_empty_list() {
    for text in [
        "",
        "[]",
        "{\"format\":\"other\"}",
        "{\"format\":\"aims-assess-index\"}",
        "{\"format\":\"aims-assess-index\",\"assessments\":[{\"id\":1}]}",
    ] {
        assert!(parse_index(text).is_err(), "{text:?} should be refused");
    }
}

#[test]
fn reconcile_keeps_only_stored_assessments_and_adds_unknown_ones() {
    let index = vec![
        entry("b", "Second"),
        entry("gone", "Deleted elsewhere"),
        entry("b", "Dup"),
    ];
    let stored = vec!["a".to_owned(), "b".to_owned(), "c".to_owned()];
    let list = reconcile(&index, &stored, |id| format!("Read from {id}"));
    let ids: Vec<(&str, &str)> = list
        .iter()
        .map(|entry| (entry.id.as_str(), entry.name.as_str()))
        .collect();
    assert_eq!(
        ids,
        vec![("b", "Second"), ("c", "Read from c"), ("a", "Read from a")]
    );
}

#[test]
fn a_save_updates_or_adds_its_entry() {
    let mut entries = vec![entry("a", "Old name")];
    record_save(&mut entries, "a", "New name", "2026-11-24T08:00:00.000Z");
    record_save(&mut entries, "b", "Other", "2026-11-24T09:00:00.000Z");
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[0].name, "New name");
    assert_eq!(entries[0].updated_at, "2026-11-24T08:00:00.000Z");
    assert_eq!(entries[1].id, "b");
}

#[test]
fn copies_get_names_that_are_not_taken() {
    let entries = vec![entry("a", "Baseline"), entry("b", "Baseline (2)")];
    for (wanted, expected) in [
        ("Baseline", "Baseline (3)"),
        ("Other", "Other"),
        ("  Other  ", "Other"),
        ("", "Assessment"),
    ] {
        assert_eq!(unique_name(&entries, wanted), expected, "{wanted:?}");
    }
}

#[test]
fn an_imported_copy_is_named_by_the_day_of_the_import() {
    let entries = vec![
        entry("a", "Assessment of 2026-12-06"),
        entry("b", "Taken (imported 2026-12-07)"),
        entry("c", "Taken"),
    ];
    for (name, expected) in [
        ("Fresh name", "Fresh name"),
        (
            "Assessment of 2026-12-06",
            "Assessment of 2026-12-06 (imported 2026-12-07)",
        ),
        ("Taken", "Taken (imported 2026-12-07) (2)"),
        ("", "Assessment"),
    ] {
        assert_eq!(
            imported_name(&entries, name, "2026-12-07"),
            expected,
            "{name:?}"
        );
    }
}

#[test]
fn a_copy_of_a_name_at_the_text_limit_stays_within_it() {
    let longest = "n".repeat(100_000);
    let entries = vec![entry("a", &longest)];
    let copy = unique_name(&entries, &longest);
    assert_eq!(copy.chars().count(), 100_000);
    assert!(copy.ends_with(" (2)"), "{}", &copy[copy.len() - 10..]);
    assert_ne!(copy, longest);
    // A longer name than the limit (from an older copy) is cut to it as well.
    assert_eq!(
        unique_name(&[], &"m".repeat(100_005)).chars().count(),
        100_000
    );
}

#[test]
fn a_wrong_entry_is_named_by_its_path_in_plain_words() {
    assert_eq!(
        parse_index(
            r#"{"format":"aims-assess-index","version":1,"assessments":[{"id":"a","name":"A","updated_at":""},{"id":1}]}"#
        ),
        Err(ImportError::at(
            "assessments[1].id",
            "expected text, found the number 1"
        ))
    );
    assert_eq!(
        parse_index(r#"{"format":"aims-assess-index","version":1}"#),
        Err(ImportError::at(
            "assessments",
            "expected a list, found null"
        ))
    );
    // A repeated key is refused like in an assessment file, not read as the last one.
    assert!(matches!(
        parse_index(
            r#"{"format":"aims-assess-index","format":"aims-assess-index","assessments":[]}"#
        ),
        Err(ImportError::Syntax { line: 1, .. })
    ));
}

#[test]
fn a_stored_copy_gives_its_name_and_save_time_without_being_validated() {
    let stored = r#"{"format":"aims-assess","schema_version":99,"exported_at":"2026-11-23T10:00:00.000Z","assessment":{"name":"Baseline","items":"not checked"}}"#;
    assert_eq!(
        stored_name_and_time(stored),
        Some(("Baseline".to_owned(), "2026-11-23T10:00:00.000Z".to_owned()))
    );
    assert_eq!(
        stored_name_and_time(r#"{"assessment":{"name":"No time"}}"#),
        Some(("No time".to_owned(), String::new()))
    );
    for unreadable in [
        "",
        "{",
        r#"{"assessment":{}}"#,
        r#"{"assessment":{"name":7}}"#,
    ] {
        assert_eq!(stored_name_and_time(unreadable), None, "{unreadable:?}");
    }
}
