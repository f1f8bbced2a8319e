//! The registers of the management system: exact numbers, checked edits, IDs never reused,
//! removal with undo, and the errors a user sees.

use aims_assess::domain::catalog::catalog;
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::records::{
    frequency_days, Decimal, Measurement, RecordError, RegisterKind, Registers,
};

fn number(text: &str) -> Decimal {
    Decimal::parse(text).expect("a number")
}

fn date(text: &str) -> IsoDate {
    text.parse().expect("a date")
}

#[test]
fn numbers_are_kept_exactly_and_written_in_their_shortest_form() {
    for (text, shown) in [
        ("95", "95"),
        ("2.5", "2.5"),
        ("2.50", "2.5"),
        ("-0.125", "-0.125"),
        ("+3", "3"),
        (" 7 ", "7"),
        ("0.0", "0"),
        ("-0", "0"),
        ("999999999999.999", "999999999999.999"),
    ] {
        assert_eq!(number(text).to_string(), shown, "{text}");
        assert_eq!(number(shown), number(text), "{text} reads back");
    }
    assert!(number("2.5") < number("2.51"));
    assert!(number("-1") < number("0.001"));
    assert_eq!(number("1.10"), number("1.1"));
}

#[test]
fn texts_that_are_not_numbers_are_refused_with_a_message() {
    for text in [
        "",
        " ",
        "-",
        "+",
        ".5",
        "5.",
        "1.2345",
        "1,5",
        "1e3",
        "ten",
        "1 000",
        "--1",
        "1000000000000000",
        "0x10",
    ] {
        let error = Decimal::parse(text).expect_err(text);
        assert_eq!(error.0, text);
        assert!(
            error
                .to_string()
                .contains("is not a number such as 95, 2.5 or -10"),
            "{text}: {error}"
        );
    }
}

#[test]
fn frequencies_allow_a_week_of_grace() {
    assert_eq!(frequency_days("monthly"), Some(38));
    assert_eq!(frequency_days("quarterly"), Some(99));
    assert_eq!(frequency_days("half-yearly"), Some(190));
    assert_eq!(frequency_days("yearly"), Some(373));
    assert_eq!(frequency_days("weekly"), None);
    assert_eq!(frequency_days(""), None);
}

#[test]
fn entries_get_ids_that_are_never_given_twice() {
    let mut registers = Registers::default();
    assert!(registers.is_empty());
    let first = registers
        .add(RegisterKind::Documents, "AI policy".into())
        .unwrap();
    let second = registers
        .add(RegisterKind::Documents, String::new())
        .unwrap();
    assert_eq!((first.as_str(), second.as_str()), ("DOC1", "DOC2"));
    let record = registers
        .get(RegisterKind::Documents)
        .record("DOC1")
        .unwrap();
    assert_eq!(record.text("title"), "AI policy");
    assert_eq!(
        registers
            .get(RegisterKind::Documents)
            .record("DOC2")
            .unwrap()
            .text("title"),
        ""
    );
    let (index, removed) = registers.remove(RegisterKind::Documents, "DOC2").unwrap();
    assert_eq!(index, 1);
    let third = registers
        .add(RegisterKind::Documents, "Scope".into())
        .unwrap();
    assert_eq!(third, "DOC3", "a removed entry's ID is not given again");
    // Each register counts on its own, with its own prefix.
    assert_eq!(
        registers
            .add(RegisterKind::Competence, "Role".into())
            .unwrap(),
        "COMP1"
    );
    // Undo puts the entry back where it was.
    registers.restore(RegisterKind::Documents, index, removed.clone());
    let ids: Vec<&str> = registers
        .get(RegisterKind::Documents)
        .records
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["DOC1", "DOC2", "DOC3"]);
    // A position past the end puts it last.
    registers.remove(RegisterKind::Documents, "DOC2").unwrap();
    registers.restore(RegisterKind::Documents, 99, removed);
    assert_eq!(registers.get(RegisterKind::Documents).records[2].id, "DOC2");
    assert_eq!(
        registers.remove(RegisterKind::Documents, "DOC9"),
        Err(RecordError::UnknownRecord("DOC9".into()))
    );
    assert!(!registers.is_empty());
}

#[test]
fn values_are_checked_against_their_field_and_kept_in_a_canonical_form() {
    let mut registers = Registers::default();
    let id = registers
        .add(RegisterKind::Objectives, "Fair".into())
        .unwrap();
    let set = |registers: &mut Registers, key: &str, value: &str| {
        registers.set_value(RegisterKind::Objectives, &id, key, value.to_owned())
    };
    set(&mut registers, "target", " 95.50 ").unwrap();
    set(&mut registers, "frequency", "quarterly").unwrap();
    set(&mut registers, "owner", "  Head of AI ").unwrap();
    let record = registers.get(RegisterKind::Objectives).record(&id).unwrap();
    assert_eq!(record.text("target"), "95.5");
    assert_eq!(record.number("target"), Some(number("95.5")));
    assert_eq!(record.text("frequency"), "quarterly");
    assert_eq!(
        record.text("owner"),
        "  Head of AI ",
        "free text is kept as typed"
    );
    // A blank value clears the field.
    set(&mut registers, "owner", "   ").unwrap();
    let record = registers.get(RegisterKind::Objectives).record(&id).unwrap();
    assert_eq!(record.text("owner"), "");

    let invalid = |result: Result<(), RecordError>| match result {
        Err(RecordError::Invalid { field, message }) => format!("{field}: {message}"),
        other => panic!("expected an invalid value, got {other:?}"),
    };
    assert_eq!(
        invalid(set(&mut registers, "frequency", "weekly")),
        "How often: \"weekly\" is not one of \"monthly\", \"quarterly\", \"half-yearly\", \
         \"yearly\""
    );
    assert!(invalid(set(&mut registers, "target", "a lot")).starts_with("Target: \"a lot\""));
    assert_eq!(
        set(&mut registers, "colour", "red"),
        Err(RecordError::UnknownField("colour".into()))
    );
    assert_eq!(
        set(&mut registers, "systems", "S1"),
        Err(RecordError::UnknownField("systems".into())),
        "a list field is not set as one value"
    );
    assert_eq!(
        registers.set_value(RegisterKind::Objectives, "OBJ9", "owner", "X".into()),
        Err(RecordError::UnknownRecord("OBJ9".into()))
    );
    // Dates and fingerprints.
    let doc = registers
        .add(RegisterKind::Documents, "Policy".into())
        .unwrap();
    registers
        .set_value(
            RegisterKind::Documents,
            &doc,
            "approved_on",
            "2026-02-01".into(),
        )
        .unwrap();
    assert!(invalid(registers.set_value(
        RegisterKind::Documents,
        &doc,
        "approved_on",
        "2026-02-30".into()
    ))
    .starts_with("Approved on: "));
    let hex = "AB".repeat(32);
    registers
        .set_value(RegisterKind::Documents, &doc, "sha256", hex)
        .unwrap();
    let record = registers.get(RegisterKind::Documents).record(&doc).unwrap();
    assert_eq!(record.text("sha256"), "ab".repeat(32));
    assert_eq!(record.date("approved_on"), Some(date("2026-02-01")));
    assert_eq!(
        invalid(registers.set_value(RegisterKind::Documents, &doc, "sha256", "abc".into())),
        "SHA-256 fingerprint: a SHA-256 fingerprint is 64 digits and letters a to f"
    );
}

#[test]
fn lists_hold_known_entries_once_in_the_order_given() {
    let mut registers = Registers::default();
    let doc = registers
        .add(RegisterKind::Documents, "Policy".into())
        .unwrap();
    let items = |list: &[&str]| list.iter().map(|e| (*e).to_owned()).collect::<Vec<_>>();
    registers
        .set_list(
            catalog(),
            RegisterKind::Documents,
            &doc,
            "items",
            items(&["5.2", " A.2.2 ", "5.2"]),
        )
        .unwrap();
    let record = registers.get(RegisterKind::Documents).record(&doc).unwrap();
    assert_eq!(record.list("items"), ["5.2", "A.2.2"]);
    assert!(record.has("items", "A.2.2"));
    assert!(!record.has("items", "4.3"));
    let error = registers
        .set_list(
            catalog(),
            RegisterKind::Documents,
            &doc,
            "items",
            items(&["99.9"]),
        )
        .unwrap_err();
    assert_eq!(
        error.to_string(),
        "Serves: there is no item 99.9 in the catalog"
    );
    assert_eq!(
        registers.set_list(
            catalog(),
            RegisterKind::Documents,
            &doc,
            "title",
            items(&["x"])
        ),
        Err(RecordError::UnknownField("title".into()))
    );
    // An empty list clears the field.
    registers
        .set_list(catalog(), RegisterKind::Documents, &doc, "items", vec![])
        .unwrap();
    let record = registers.get(RegisterKind::Documents).record(&doc).unwrap();
    assert!(record.list("items").is_empty());
    let review = registers
        .add(RegisterKind::Reviews, "Review".into())
        .unwrap();
    let error = registers
        .set_list(
            catalog(),
            RegisterKind::Reviews,
            &review,
            "inputs",
            items(&["gossip"]),
        )
        .unwrap_err();
    assert!(error
        .to_string()
        .starts_with("Inputs considered: \"gossip\" is not one of"));
}

#[test]
fn measurements_are_kept_in_date_order() {
    let mut registers = Registers::default();
    let id = registers
        .add(RegisterKind::Objectives, "Fair".into())
        .unwrap();
    let measurement = |on: &str, value: &str, comment: &str| Measurement {
        date: date(on),
        value: number(value),
        comment: comment.to_owned(),
    };
    for (on, value, comment) in [
        ("2026-06-01", "90", "second"),
        ("2026-03-01", "80", "first"),
        ("2026-06-01", "91", "third, same day"),
    ] {
        registers
            .add_measurement(&id, measurement(on, value, comment))
            .unwrap();
    }
    let comments = |registers: &Registers| -> Vec<String> {
        registers
            .get(RegisterKind::Objectives)
            .record(&id)
            .unwrap()
            .measurements
            .iter()
            .map(|m| m.comment.clone())
            .collect()
    };
    assert_eq!(comments(&registers), ["first", "second", "third, same day"]);
    let removed = registers.remove_measurement(&id, 1).unwrap();
    assert_eq!(removed.comment, "second");
    assert_eq!(
        registers.remove_measurement(&id, 5),
        Err(RecordError::UnknownMeasurement(5))
    );
    // Measurements belong to objectives only.
    let doc = registers
        .add(RegisterKind::Documents, "Policy".into())
        .unwrap();
    assert_eq!(
        registers.add_measurement(&doc, measurement("2026-01-01", "1", "")),
        Err(RecordError::UnknownRecord(doc))
    );
}

#[test]
fn registers_are_found_by_their_slug() {
    for kind in RegisterKind::ALL {
        assert_eq!(RegisterKind::from_slug(kind.spec().slug), Some(kind));
        let spec = kind.spec();
        assert!(spec.field(spec.name_field).is_some(), "{:?}", kind);
    }
    assert_eq!(RegisterKind::from_slug("minutes"), None);
}
