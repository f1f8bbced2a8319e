//! The registers' CSV files: one per register with the ID and every field's label as columns,
//! list fields in one cell, choices by their labels, and the objectives' measurements in a
//! file of their own; read back with the csv crate.

use crate::strategies::any_registers;
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::records::{Decimal, Measurement, RegisterKind, Registers};
use aims_assess::io::csv_out::UTF8_BOM;
use aims_assess::io::csv_records::{
    measurements_csv, measurements_csv_file_name, register_csv, register_csv_file_name,
    register_header, MEASUREMENTS_HEADER,
};
use proptest::prelude::*;

/// The rows of a CSV file, header first, after checking and removing the byte-order mark.
fn rows(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix(UTF8_BOM).expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(false)
        .from_reader(body.as_bytes())
        .records()
        .map(|record| {
            record
                .expect("a record")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn sample() -> Registers {
    let c = catalog();
    let mut r = Registers::default();
    let doc = r.add(RegisterKind::Documents, "AI policy".into()).unwrap();
    r.set_value(
        RegisterKind::Documents,
        &doc,
        "owner",
        "=Head of Data".into(),
    )
    .unwrap();
    r.set_value(
        RegisterKind::Documents,
        &doc,
        "next_review",
        "2027-06-30".into(),
    )
    .unwrap();
    r.set_list(
        c,
        RegisterKind::Documents,
        &doc,
        "items",
        vec!["5.2".into(), "A.2.2".into()],
    )
    .unwrap();
    r.set_value(
        RegisterKind::Documents,
        &doc,
        "notes",
        "Two\nlines, \"quoted\"".into(),
    )
    .unwrap();
    let obj = r
        .add(RegisterKind::Objectives, "Fair outcomes".into())
        .unwrap();
    r.set_value(
        RegisterKind::Objectives,
        &obj,
        "frequency",
        "quarterly".into(),
    )
    .unwrap();
    r.set_value(RegisterKind::Objectives, &obj, "target", "95.50".into())
        .unwrap();
    r.set_list(
        c,
        RegisterKind::Objectives,
        &obj,
        "systems",
        vec!["S2".into(), "S1".into()],
    )
    .unwrap();
    for (date, value, comment) in [("2026-09-30", "80", "-late"), ("2026-12-31", "92.5", "")] {
        r.add_measurement(
            &obj,
            Measurement {
                date: date.parse().unwrap(),
                value: Decimal::parse(value).unwrap(),
                comment: comment.into(),
            },
        )
        .unwrap();
    }
    let rev = r.add(RegisterKind::Reviews, "Review Q4".into()).unwrap();
    r.set_list(
        c,
        RegisterKind::Reviews,
        &rev,
        "inputs",
        vec!["audit-results".into(), "improvement".into()],
    )
    .unwrap();
    r
}

#[test]
fn each_register_has_the_id_and_its_fields_labels_as_columns() {
    assert_eq!(
        register_header(RegisterKind::Documents),
        [
            "ID",
            "Title",
            "Serves",
            "Owner",
            "Version",
            "Approved by",
            "Approved on",
            "Next review",
            "Where it is kept",
            "SHA-256 fingerprint",
            "Fingerprint taken of",
            "Notes"
        ]
    );
    let r = sample();
    for kind in RegisterKind::ALL {
        let read = rows(&register_csv(kind, r.get(kind)));
        assert_eq!(read[0], register_header(kind), "{kind:?}");
        assert_eq!(read.len(), 1 + r.get(kind).records.len(), "{kind:?}");
    }
}

#[test]
fn cells_hold_values_lists_and_choice_labels() {
    let r = sample();
    let documents = rows(&register_csv(
        RegisterKind::Documents,
        r.get(RegisterKind::Documents),
    ));
    assert_eq!(
        documents[1],
        [
            "DOC1",
            "AI policy",
            "5.2; A.2.2",
            "'=Head of Data",
            "",
            "",
            "",
            "2027-06-30",
            "",
            "",
            "",
            "Two\nlines, \"quoted\""
        ]
    );
    let objectives = rows(&register_csv(
        RegisterKind::Objectives,
        r.get(RegisterKind::Objectives),
    ));
    let header = &objectives[0];
    let cell = |label: &str| {
        let column = header.iter().position(|h| h == label).expect(label);
        objectives[1][column].clone()
    };
    assert_eq!(cell("Target"), "95.5");
    assert_eq!(cell("How often"), "Quarterly");
    assert_eq!(cell("AI systems"), "S2; S1");
    let reviews = rows(&register_csv(
        RegisterKind::Reviews,
        r.get(RegisterKind::Reviews),
    ));
    let inputs = reviews[0]
        .iter()
        .position(|h| h == "Inputs considered")
        .unwrap();
    assert_eq!(
        reviews[1][inputs],
        "Results of audits; Opportunities to improve"
    );
}

#[test]
fn measurements_have_a_file_of_their_own() {
    let r = sample();
    let read = rows(&measurements_csv(r.get(RegisterKind::Objectives)));
    assert_eq!(read[0], MEASUREMENTS_HEADER);
    assert_eq!(
        read[1..],
        [
            ["OBJ1", "Fair outcomes", "2026-09-30", "80", "'-late"],
            ["OBJ1", "Fair outcomes", "2026-12-31", "92.5", ""],
        ]
    );
}

#[test]
fn file_names_name_the_register_and_the_day() {
    assert_eq!(
        register_csv_file_name("2026-baseline", RegisterKind::Suppliers, "2026-11-23"),
        "2026-baseline-suppliers-2026-11-23.csv"
    );
    assert_eq!(
        measurements_csv_file_name("2026-baseline", "2026-11-23"),
        "2026-baseline-objective-measurements-2026-11-23.csv"
    );
}

proptest! {
    #[test]
    fn any_register_reads_back_with_one_row_per_entry(registers in any_registers()) {
        for kind in RegisterKind::ALL {
            let register = registers.get(kind);
            let read = rows(&register_csv(kind, register));
            prop_assert_eq!(read.len(), 1 + register.records.len());
            for (row, record) in read[1..].iter().zip(&register.records) {
                prop_assert_eq!(&row[0], &record.id);
                prop_assert_eq!(row.len(), 1 + kind.spec().fields.len());
            }
        }
        let objectives = registers.get(RegisterKind::Objectives);
        let count: usize = objectives.records.iter().map(|r| r.measurements.len()).sum();
        prop_assert_eq!(rows(&measurements_csv(objectives)).len(), 1 + count);
    }
}
