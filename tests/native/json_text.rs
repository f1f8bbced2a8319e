//! JSON text to a value within the import limits (`io::limits`): repeated keys and anything
//! over a limit are refused with their line and column, and serde_json's syntax errors come
//! out in plain words, placed by line and column in characters.

use aims_assess::io::limits::{
    parse_limited, MAX_DEPTH, MAX_ENTRIES, MAX_STRING_CHARS, MAX_VALUES,
};
use aims_assess::io::ImportError;
use serde_json::json;

/// The line, column and message of a refusal, or a panic naming what was read instead.
fn refusal(text: &str) -> (usize, usize, String) {
    match parse_limited(text) {
        Err(ImportError::Syntax {
            line,
            column,
            message,
        }) => (line, column, message),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn a_repeated_key_is_refused_where_it_is_written_again() {
    let (line, column, message) = refusal("{\n  \"a\": 1,\n  \"a\": 2\n}");
    assert_eq!((line, column), (3, 5));
    assert_eq!(message, "the key \"a\" appears twice in the same object");
    // Deep inside and late in a large object as well: serde_json alone would keep the last.
    let keys: Vec<String> = (0..500)
        .map(|number| format!("\"k{number}\": {number}"))
        .collect();
    let text = format!("{{\"outer\": [{{{}, \"k250\": 0}}]}}", keys.join(", "));
    let (_, _, message) = refusal(&text);
    assert_eq!(message, "the key \"k250\" appears twice in the same object");
    // The same key in two objects is fine.
    assert!(parse_limited("[{\"a\": 1}, {\"a\": 2}]").is_ok());
}

#[test]
fn lists_and_objects_may_have_up_to_the_entry_limit() {
    let list = |count: usize| format!("[{}]", vec!["0"; count].join(","));
    assert!(parse_limited(&list(MAX_ENTRIES)).is_ok());
    let (_, _, message) = refusal(&list(MAX_ENTRIES + 1));
    assert_eq!(message, "a list has more than 10000 entries");
    let object = |count: usize| {
        let keys: Vec<String> = (0..count).map(|number| format!("\"{number}\":0")).collect();
        format!("{{{}}}", keys.join(","))
    };
    assert!(parse_limited(&object(MAX_ENTRIES)).is_ok());
    let (_, _, message) = refusal(&object(MAX_ENTRIES + 1));
    assert_eq!(message, "an object has more than 10000 entries");
}

#[test]
fn a_file_may_hold_up_to_the_value_limit() {
    let full_list = format!("[{}]", vec!["0"; MAX_ENTRIES].join(","));
    // The outer list, its lists and their numbers.
    let file = |lists: usize| format!("[{}]", vec![full_list.as_str(); lists].join(","));
    let lists_within = (MAX_VALUES - 1) / (MAX_ENTRIES + 1);
    assert!(parse_limited(&file(lists_within)).is_ok());
    let (_, _, message) = refusal(&file(lists_within + 1));
    assert_eq!(
        message,
        "the file holds more than 10,485,760 values, far more than any assessment"
    );
}

#[test]
fn texts_and_keys_may_have_up_to_a_million_characters_not_bytes() {
    // Two bytes each: the limit counts characters.
    let text = |count: usize| format!("[\"{}\"]", "é".repeat(count));
    assert!(parse_limited(&text(MAX_STRING_CHARS)).is_ok());
    let (_, _, message) = refusal(&text(MAX_STRING_CHARS + 1));
    assert_eq!(message, "a text is longer than 1000000 characters");
    let key = format!("{{\"{}\": 1}}", "k".repeat(MAX_STRING_CHARS + 1));
    let (_, _, message) = refusal(&key);
    assert_eq!(message, "a text is longer than 1000000 characters");
}

#[test]
fn nesting_is_refused_beyond_the_depth_limit() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    assert!(parse_limited(&nested(MAX_DEPTH)).is_ok());
    let (line, column, message) = refusal(&nested(MAX_DEPTH + 1));
    assert_eq!((line, column), (1, MAX_DEPTH + 1));
    assert_eq!(
        message,
        "lists and objects are nested more than 127 levels deep"
    );
    // Far deeper nesting is refused the same way, without exhausting the stack.
    assert_eq!(refusal(&nested(100_000)).2, message);
}

#[test]
fn syntax_errors_are_told_in_plain_words_at_their_line_and_column() {
    let value = "expected a JSON value (text, number, list, object, true, false or null)";
    for (text, line, column, message) in [
        ("", 1, 1, "the text is empty"),
        (" \n ", 1, 1, "the text is empty"),
        ("{\"a\": }", 1, 7, value),
        (
            "{\n  \"a\": 1\n  \"b\": 2\n}",
            3,
            3,
            "expected `,` or `}` after an entry of an object",
        ),
        (
            "[1 2]",
            1,
            4,
            "expected `,` or `]` after an entry of a list",
        ),
        (
            "[1,]",
            1,
            4,
            "a comma is followed by the end of the list or object",
        ),
        (
            "{\"a\": 1} x",
            1,
            10,
            "unexpected characters after the end of the JSON value",
        ),
        ("{\"a\" 1}", 1, 6, "expected `:` after the key"),
        ("{1: 2}", 1, 2, "expected a key in double quotes"),
        (
            "[\"abc",
            1,
            5,
            "the text ends inside a text (a closing quote is missing)",
        ),
        ("[\"a\\xb\"]", 1, 5, "unknown escape sequence in text"),
        ("[1e999]", 1, 6, "a number is too large"),
        ("[tru]", 1, 5, value),
    ] {
        assert_eq!(
            refusal(text),
            (line, column, message.to_owned()),
            "{text:?}"
        );
    }
}

#[test]
fn columns_count_characters_as_editors_do() {
    // "é" and "字" take two and three bytes, but the x is the 7th and the 11th character.
    assert_eq!(refusal("{\"é\": x}").1, 7);
    assert_eq!(refusal("[\"字\", \"é\" x]").1, 11);
    assert_eq!(refusal("{\n\"ß\": 1,\n\"ß\": 2}").0, 3);
}

#[test]
fn what_the_limits_let_through_is_the_json_as_written() {
    let text = r#"{"b": [1, -2, 3.5, true, null, "x\n\"y\""], "a": {"nested": {}}}"#;
    let read = parse_limited(text).expect("valid JSON within the limits");
    assert_eq!(
        read,
        json!({"b": [1, -2, 3.5, true, null, "x\n\"y\""], "a": {"nested": {}}})
    );
}
