//! The app's own JSON reader and writer (`io::parse`, `io::value`) against serde_json: the
//! same values read from the same text, the same text written for the same values, and the
//! same texts refused, apart from the limits that only the app's reader applies.

use crate::strategies::tricky_text;
use aims_assess::io::parse::{parse_limited, ParseError, MAX_DEPTH, MAX_ENTRIES};
use aims_assess::io::value::{quoted, Value};
use proptest::prelude::*;
use std::borrow::Cow;

/// Any JSON value with whole numbers, unique keys and awkward strings, as serde_json holds it.
fn any_json() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        tricky_text().prop_map(serde_json::Value::String),
        "[\u{0}-\u{1f}\u{7f}\u{2028}\u{fffd}\u{1f600}\\\\\"/]{0,6}"
            .prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(4, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(tricky_text(), inner, 0..6)
                .prop_map(|map| serde_json::Value::Object(map.into_iter().collect())),
        ]
    })
}

fn parse(text: &str) -> Value<'_> {
    parse_limited(text).unwrap_or_else(|error| panic!("{error:?} in {text:?}"))
}

fn refusal(text: &str) -> ParseError {
    parse_limited(text).expect_err(text)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Reading serde_json's text and writing it again gives serde_json's text, in both layouts.
    #[test]
    fn reads_and_writes_what_serde_json_writes(value in any_json()) {
        let compact = serde_json::to_string(&value).expect("serde_json writes");
        let pretty = serde_json::to_string_pretty(&value).expect("serde_json writes");
        let from_compact = parse(&compact);
        prop_assert_eq!(from_compact.to_compact(), compact.as_str());
        prop_assert_eq!(from_compact.to_pretty(), pretty.as_str());
        prop_assert_eq!(parse(&pretty), from_compact);
    }

    /// Short texts made of JSON's own characters: refused exactly when serde_json refuses them
    /// (without exponents, whose range serde_json limits and this reader does not need to).
    #[test]
    fn refuses_what_serde_json_refuses(text in "[\\[\\]{}:,\"\\\\ \n0-9.+\\-truefalsn\u{1}é]{0,24}") {
        let ours = parse_limited(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        if let Err(error) = &ours {
            // Only this reader refuses a repeated key.
            prop_assume!(!error.message.contains("appears twice"));
        }
        prop_assert_eq!(ours.is_ok(), theirs.is_ok(), "{:?} / {:?}", ours, theirs);
    }

    /// Texts long enough for the reader's eight-bytes-at-a-time scan, with a character that
    /// ends a run of plain text (a quote, a backslash or a control character) at any place:
    /// written escaped, the text comes back unchanged; a control character written as it is
    /// is refused at its own column.
    #[test]
    fn finds_the_end_of_plain_text_at_any_place(
        plain in "[a-zé€😀 ]{0,40}",
        special in prop::sample::select(vec!['"', '\\', '\n', '\u{1}', '\u{1f}']),
        place in 0usize..41,
        tail in "[a-z]{0,20}",
    ) {
        let place = place.min(plain.chars().count());
        let mut original: String = plain.chars().take(place).collect();
        original.push(special);
        original.extend(plain.chars().skip(place));
        original.push_str(&tail);

        let written = quoted(&original);
        let read = parse(&written);
        prop_assert_eq!(read.as_str(), Some(original.as_str()));
        if special < ' ' {
            let error = refusal(&format!("\"{original}\""));
            prop_assert_eq!((error.line, error.column), (1, place + 2));
            prop_assert!(error.message.contains("control character"));
        }
    }
}

#[test]
fn texts_without_escapes_borrow_from_the_file_and_others_are_copied() {
    // Borrowing is what keeps a large import from copying every text twice.
    let value =
        parse(r#"{"plain": "a long enough text without escapes", "escaped": "a\nb", "n": 12}"#);
    let object = value.as_object().expect("an object");
    assert!(matches!(
        object.get("plain"),
        Some(Value::String(Cow::Borrowed(_)))
    ));
    assert!(matches!(
        object.get("n"),
        Some(Value::Number(Cow::Borrowed("12")))
    ));
    assert_eq!(
        object.get("escaped"),
        Some(&Value::String(Cow::Owned("a\nb".to_owned())))
    );
}

#[test]
fn numbers_keep_their_text_and_only_plain_whole_numbers_count_as_whole() {
    let value = parse(r#"[3, 0, -3, 3.0, 1e2, 18446744073709551615, 18446744073709551616]"#);
    let numbers: Vec<Option<u64>> = value
        .as_array()
        .expect("a list")
        .iter()
        .map(Value::as_u64)
        .collect();
    assert_eq!(
        numbers,
        [Some(3), Some(0), None, None, None, Some(u64::MAX), None]
    );
    assert_eq!(
        value.to_compact(),
        "[3,0,-3,3.0,1e2,18446744073709551615,18446744073709551616]"
    );
}

#[test]
fn escapes_are_decoded_and_half_characters_refused() {
    assert_eq!(
        parse(r#""a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00""#),
        Value::text("a\"\\/\u{8}\u{c}\n\r\té😀")
    );
    for half in [
        r#""\ud83d""#,
        r#""\ude00""#,
        r#""\ud83dx""#,
        r#""\ud83d\u0041""#,
    ] {
        assert!(refusal(half).message.contains("half a character"), "{half}");
    }
    assert!(refusal(r#""\x""#).message.contains("escape"));
    assert!(refusal(r#""\u12""#)
        .message
        .contains("four hexadecimal digits"));
    assert!(refusal("\"tab\there\"")
        .message
        .contains("control character"));
}

#[test]
fn errors_point_at_the_line_and_character_where_reading_stopped() {
    let cases: [(&str, usize, usize, &str); 9] = [
        ("", 1, 1, "empty"),
        ("  \n ", 2, 2, "empty"),
        ("{\n  \"a\": 1,\n  oops\n}", 3, 3, "key in double quotes"),
        ("{\"é\": tru}", 1, 7, "JSON value"),
        ("[1, 2,]", 1, 7, "JSON value"),
        ("[1 2]", 1, 4, "`,` or `]`"),
        ("{\"a\" 1}", 1, 6, "`:`"),
        ("{\"a\": [1,", 1, 10, "ends inside"),
        ("{} x", 1, 4, "after the end"),
    ];
    for (text, line, column, message) in cases {
        let error = refusal(text);
        assert_eq!(
            (error.line, error.column),
            (line, column),
            "{text:?}: {error:?}"
        );
        assert!(error.message.contains(message), "{text:?}: {error:?}");
    }
    for number in ["-", "01", "1.", "1.e3", "1e", "-01", "-a"] {
        assert!(
            refusal(number).message.contains("invalid number"),
            "{number}"
        );
    }
}

#[test]
fn a_repeated_key_is_refused_at_its_second_place() {
    let error = refusal("{\n  \"b\": 1,\n  \"a\": 2,\n  \"b\": 3\n}");
    assert_eq!((error.line, error.column), (4, 3));
    assert_eq!(
        error.message,
        "the key \"b\" appears twice in the same object"
    );
    // Equal keys in different objects are fine.
    parse(r#"{"a": {"a": 1}, "b": {"a": 2}}"#);
}

#[test]
fn nesting_and_entry_limits_hold_exactly() {
    let nested = |depth: usize| format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    parse(&nested(MAX_DEPTH));
    assert!(refusal(&nested(MAX_DEPTH + 1))
        .message
        .contains("nested more than"));
    // A stack-breaking depth is refused, not a crash.
    assert!(refusal(&"[".repeat(1_000_000))
        .message
        .contains("nested more than"));

    let list = |entries: usize| format!("[{}]", vec!["0"; entries].join(","));
    parse(&list(MAX_ENTRIES));
    assert!(refusal(&list(MAX_ENTRIES + 1))
        .message
        .contains("more than 10000 entries"));
    let object = |entries: usize| {
        let fields: Vec<String> = (0..entries).map(|key| format!("\"{key}\":0")).collect();
        format!("{{{}}}", fields.join(","))
    };
    parse(&object(MAX_ENTRIES));
    assert!(refusal(&object(MAX_ENTRIES + 1))
        .message
        .contains("more than 10000 entries"));
}

#[test]
fn key_order_is_kept_and_insert_replaces_in_place() {
    let mut value = parse(r#"{"z": 1, "a": 2, "m": 3}"#);
    let object = value.as_object_mut().expect("an object");
    object.insert("a", Value::from(20u32));
    object.insert("b", Value::Bool(false));
    assert_eq!(value.to_compact(), r#"{"z":1,"a":20,"m":3,"b":false}"#);
    assert_eq!(quoted("say \"hi\"\n\u{1}"), r#""say \"hi\"\n\u0001""#);
}
