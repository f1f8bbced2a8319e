//! The risk register CSV: export, import, round trips, the Actions cell encoding, spreadsheet
//! dialects, and errors that name every bad cell by line and column.

use crate::strategies::{any_mutation, any_risk_register, mutate, tricky_text};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::risk::{
    Acceptance, Risk, RiskRegister, RiskStatus, Treatment, TreatmentAction,
};
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::io::csv_in::{CsvError, MAX_COLUMNS};
use aims_assess::io::csv_out::UTF8_BOM;
use aims_assess::io::csv_risks::{
    read_risks_csv, risks_csv, RiskCsvImport, MAX_ERRORS, MAX_RISKS, RISKS_HEADER,
};
use proptest::prelude::*;

fn date(text: &str) -> Option<aims_assess::domain::date::IsoDate> {
    Some(text.parse().expect("a valid date"))
}

fn sample_risk() -> Risk {
    Risk {
        id: String::new(),
        title: "Biased shortlists".into(),
        description: "The model ranks\nsome groups lower, \"sometimes\"".into(),
        system_id: "S1".into(),
        source: "C.3.4".into(),
        objective: "C.2.5".into(),
        owner: "=Head of HR".into(),
        inherent: Some(Rating::new(4, 5)),
        treatment: Some(Treatment::Modify),
        controls: vec!["A.6.2.4".into(), "A.5.2".into()],
        actions: vec![
            TreatmentAction {
                description: "Retrain on 2026 data | check".into(),
                owner: "Ana".into(),
                due_date: date("2027-01-31"),
                done: false,
            },
            TreatmentAction {
                description: "Human review".into(),
                owner: String::new(),
                due_date: None,
                done: true,
            },
        ],
        residual: Some(Rating::new(2, 3)),
        acceptance: Acceptance {
            accepted_by: "Board".into(),
            date: date("2027-02-01"),
            rationale: "Within appetite".into(),
        },
        status: RiskStatus::Treated,
        library_id: String::new(),
        rating_proposed: false,
        assessed_on: date("2026-11-10"),
        next_review: date("2027-05-10"),
    }
}

fn sample() -> RiskRegister {
    let mut register = RiskRegister::default();
    register.add(sample_risk()).unwrap();
    register
        .add(Risk {
            title: "Unrated".into(),
            ..Risk::default()
        })
        .unwrap();
    register
}

fn import(text: &str, base: &RiskRegister) -> RiskCsvImport {
    read_risks_csv(text, base, catalog()).unwrap_or_else(|errors| {
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("{}\n{text}", shown.join("\n"))
    })
}

fn errors(text: &str) -> Vec<String> {
    match read_risks_csv(text, &sample(), catalog()) {
        Ok(_) => panic!("should be refused:\n{text}"),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

/// A data row with the given cells (by heading) and every other cell empty.
fn row(cells: &[(&str, &str)]) -> String {
    let mut row = vec![String::new(); RISKS_HEADER.len()];
    for (name, value) in cells {
        let index = RISKS_HEADER
            .iter()
            .position(|heading| heading == name)
            .expect("a heading");
        row[index] = if value.contains([',', '"', '\n']) {
            format!("\"{}\"", value.replace('"', "\"\""))
        } else {
            (*value).to_owned()
        };
    }
    row.join(",")
}

fn header() -> String {
    RISKS_HEADER.join(",")
}

#[test]
fn the_export_has_the_exact_header_and_rows() {
    let text = risks_csv(&sample());
    let expected = format!(
        "{UTF8_BOM}ID,Title,Description,AI system,Risk source,Objective,Owner,\
         Inherent likelihood,Inherent consequence,Inherent level,Treatment,Controls,Actions,\
         Residual likelihood,Residual consequence,Residual level,Accepted by,Acceptance date,\
         Acceptance rationale,Status,Assessed on,Next review\n\
         R1,Biased shortlists,\"The model ranks\nsome groups lower, \"\"sometimes\"\"\",S1,\
         C.3.4,C.2.5,'=Head of HR,4,5,Critical,Modify (mitigate),A.6.2.4; A.5.2,\
         \"Retrain on 2026 data \\| check | Ana | 2027-01-31 | open\nHuman review |  |  | done\",\
         2,3,Medium,Board,2027-02-01,Within appetite,Treated,2026-11-10,2027-05-10\n\
         R2,Unrated,,,,,,,,,,,,,,,,,,Open,,\n"
    );
    assert_eq!(text, expected);
}

#[test]
fn the_export_imports_back_as_the_same_register() {
    let register = sample();
    let imported = import(&risks_csv(&register), &register);
    assert_eq!(imported.register, register);
    assert!(imported.warnings.is_empty());
    // Onto an empty register with the same criteria, too.
    let imported = import(&risks_csv(&register), &RiskRegister::default());
    assert_eq!(imported.register, register);
}

#[test]
fn formula_like_text_is_neutralised_in_the_file_and_comes_back_unchanged() {
    let mut register = RiskRegister::default();
    let formulas = ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx", "'quoted"];
    for text in formulas {
        register
            .add(Risk {
                title: text.into(),
                owner: text.into(),
                actions: vec![TreatmentAction {
                    description: text.into(),
                    ..TreatmentAction::default()
                }],
                ..Risk::default()
            })
            .unwrap();
    }
    let text = risks_csv(&register);
    let rows: Vec<Vec<String>> = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.strip_prefix(UTF8_BOM).expect("BOM").as_bytes())
        .records()
        .map(|record| record.expect("valid").iter().map(str::to_owned).collect())
        .collect();
    for (row, formula) in rows[1..].iter().zip(formulas) {
        assert_eq!(row[1], format!("'{formula}"));
        assert_eq!(row[6], format!("'{formula}"));
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
    assert_eq!(import(&text, &register).register, register);
}

#[test]
fn the_actions_cell_escapes_what_would_split_it_and_reads_what_people_type() {
    let mut register = RiskRegister::default();
    let actions = vec![
        TreatmentAction {
            description: " a | b \\ c\nd\re \\n ".into(),
            owner: " | ".into(),
            due_date: date("2026-12-31"),
            done: true,
        },
        TreatmentAction::default(),
    ];
    register
        .add(Risk {
            actions: actions.clone(),
            ..Risk::default()
        })
        .unwrap();
    let text = risks_csv(&register);
    assert!(
        text.contains(
            "\" a \\| b \\\\ c\\nd\\re \\\\n  |  \\|  | 2026-12-31 | done\n |  |  | open\""
        ),
        "{text}"
    );
    assert_eq!(import(&text, &register).register.risks[0].actions, actions);

    // By hand: fewer parts, no spaces, any case, CRLF and blank lines, an unknown escape.
    let typed = "Retrain|Ana|2027-01-31|DONE\r\n\r\nCheck C:\\temp\n  \nJust a description";
    let file = format!("{}\n{}\n", header(), row(&[("Actions", typed)]));
    let read = &import(&file, &RiskRegister::default()).register.risks[0].actions;
    let expected = [
        ("Retrain", "Ana", date("2027-01-31"), true),
        ("Check C:\\temp", "", None, false),
        ("Just a description", "", None, false),
    ];
    assert_eq!(read.len(), expected.len());
    for (action, (description, owner, due_date, done)) in read.iter().zip(expected) {
        assert_eq!(
            (action.description.as_str(), action.owner.as_str()),
            (description, owner)
        );
        assert_eq!((action.due_date, action.done), (due_date, done));
    }
}

#[test]
fn a_semicolon_file_with_crlf_bom_and_its_own_column_order_and_case_imports() {
    let header = "status;ID; TITLE ;Description;AI system;Risk source;Objective;Owner;\
                  Inherent consequence;Inherent likelihood;Inherent level;Treatment;Controls;\
                  Actions;Residual likelihood;Residual consequence;Accepted by;Acceptance date;\
                  Acceptance rationale;Notes";
    let text = format!(
        "{UTF8_BOM}{header}\r\n\
         treated;r7;'=Leak;\"two\r\nlines\";s2;c.3.4;C.2.7;Ann;5;4;critical;modify;\
         \"a.6.2.4; A.5.2;A.6.2.4\";\"Encrypt | Bob | 2027-03-01 | open\";1;2;;;;ignored\r\n\
         \r\n\
         ;;New one;;;;;;;;High;Retain (accept);;;;;;;;\r\n"
    );
    let base = RiskRegister {
        next_number: 5,
        ..RiskRegister::default()
    };
    let imported = import(&text, &base);
    let risks = &imported.register.risks;
    assert_eq!(risks.len(), 2);
    let first = &risks[0];
    assert_eq!(first.id, "R7");
    assert_eq!(
        first.title, "=Leak",
        "the neutralising apostrophe is removed"
    );
    assert_eq!(first.description, "two\r\nlines");
    assert_eq!(
        (first.system_id.as_str(), first.source.as_str()),
        ("S2", "C.3.4")
    );
    assert_eq!(first.inherent, Some(Rating::new(4, 5)));
    assert_eq!(first.treatment, Some(Treatment::Modify));
    assert_eq!(first.controls, ["A.6.2.4", "A.5.2"]);
    assert_eq!(first.actions[0].owner, "Bob");
    assert_eq!(first.residual, Some(Rating::new(1, 2)));
    assert_eq!(first.status, RiskStatus::Treated);
    // A row without an ID is a new risk numbered after the file's IDs; empty status is Open.
    let second = &risks[1];
    assert_eq!(
        (second.id.as_str(), second.title.as_str()),
        ("R8", "New one")
    );
    assert_eq!(
        (second.treatment, second.status),
        (Some(Treatment::Retain), RiskStatus::Open)
    );
    assert_eq!(imported.register.next_number, 9);
    let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["line 5, column 11 (Inherent level): \"High\" is ignored: there is no rating to give a level"]
    );
}

#[test]
fn new_risks_get_fresh_ids_and_numbers_never_go_back() {
    let base = RiskRegister {
        next_number: 10,
        ..RiskRegister::default()
    };
    let text = format!(
        "{}\n{}\n{}\n{}\n{}\n",
        header(),
        row(&[("Title", "a")]),
        row(&[("ID", "R12"), ("Title", "b")]),
        row(&[("ID", "R3"), ("Title", "c")]),
        row(&[("Title", "d")]),
    );
    let register = import(&text, &base).register;
    let ids: Vec<&str> = register.risks.iter().map(|risk| risk.id.as_str()).collect();
    assert_eq!(ids, ["R13", "R12", "R3", "R14"]);
    assert_eq!(register.next_number, 15);
    // Below the register's next number, that number is kept.
    let text = format!("{}\n{}\n", header(), row(&[("ID", "R2"), ("Title", "x")]));
    assert_eq!(import(&text, &base).register.next_number, 10);
    // The criteria are the register's own.
    let mut criteria_base = sample();
    criteria_base.criteria.bands[0] = "Fine".into();
    assert_eq!(
        import(&text, &criteria_base).register.criteria,
        criteria_base.criteria
    );
}

#[test]
fn a_header_only_file_empties_the_register_with_a_warning() {
    let imported = import(&format!("{}\n", header()), &sample());
    assert!(imported.register.risks.is_empty());
    assert_eq!(imported.register.next_number, 3);
    let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["line 1: the file has no risks; importing it removes all 2 risks of the register"]
    );
}

#[test]
fn a_level_that_disagrees_with_its_rating_is_ignored_with_a_warning() {
    let text = format!(
        "{}\n{}\n",
        header(),
        row(&[
            ("Inherent likelihood", "5"),
            ("Inherent consequence", "5"),
            ("Inherent level", "Low"),
            ("Residual likelihood", "1"),
            ("Residual consequence", "1"),
            ("Residual level", " low "),
        ])
    );
    let imported = import(&text, &RiskRegister::default());
    assert_eq!(imported.register.risks[0].inherent, Some(Rating::new(5, 5)));
    let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        ["line 2, column 10 (Inherent level): \"Low\" is ignored: the rating gives the level Critical"]
    );
}

/// Whether an error says where it is: a line (and a column) or the whole file.
fn names_a_place(error: &CsvError) -> bool {
    let shown = error.to_string();
    match error {
        CsvError::TooLarge { .. }
        | CsvError::Empty
        | CsvError::NoRows
        | CsvError::MissingColumn { .. } => true,
        CsvError::Malformed { line, .. } => {
            *line > 0 && shown.starts_with(&format!("line {line}: "))
        }
        CsvError::Invalid { line, column, .. } => {
            *line > 0
                && *column > 0
                && shown.starts_with(&format!("line {line}, column {column} ("))
        }
    }
}

#[test]
fn every_bad_cell_is_reported_with_its_line_and_column() {
    let level_hint = "use a number from 1 (Rare) to 5 (Almost certain), or leave it empty";
    let cases: Vec<(String, Vec<String>)> = vec![
        (
            row(&[("ID", "X1"), ("Title", "a")]),
            vec![format!(
                "line 2, column 1 (ID): \"X1\" is not a risk ID; use R and a number, such as R12, \
                 or leave it empty for a new risk"
            )],
        ),
        (
            row(&[("ID", "R01")]),
            vec!["line 2, column 1 (ID): \"R01\" is not a risk ID; use R and a number, such as \
                  R12, or leave it empty for a new risk"
                .into()],
        ),
        (
            row(&[("AI system", "System 1")]),
            vec!["line 2, column 4 (AI system): \"System 1\" is not an AI system ID; use the \
                  system's ID from the inventory, such as S1, or leave it empty"
                .into()],
        ),
        (
            row(&[("Risk source", "C.2.5"), ("Objective", "C.3.1")]),
            vec![
                "line 2, column 5 (Risk source): \"C.2.5\" is not an Annex C risk source; use an \
                 ID from C.3.1 to C.3.7, or leave it empty"
                    .into(),
                "line 2, column 6 (Objective): \"C.3.1\" is not an Annex C objective; use an ID \
                 from C.2.1 to C.2.11, or leave it empty"
                    .into(),
            ],
        ),
        (
            row(&[("Inherent likelihood", "6"), ("Inherent consequence", "high")]),
            vec![
                format!("line 2, column 8 (Inherent likelihood): \"6\" is not a level of the likelihood scale; {level_hint}"),
                "line 2, column 9 (Inherent consequence): \"high\" is not a level of the \
                 consequence scale; use a number from 1 (Negligible) to 5 (Severe), or leave it \
                 empty"
                    .into(),
            ],
        ),
        (
            row(&[("Residual likelihood", "2")]),
            vec!["line 2, column 15 (Residual consequence): this is empty but the likelihood is \
                  given; give both or neither"
                .into()],
        ),
        (
            row(&[("Treatment", "Ignore"), ("Status", "Done")]),
            vec![
                "line 2, column 11 (Treatment): \"Ignore\" is not a treatment; use Avoid, Modify \
                 (mitigate), Share (transfer), Retain (accept) or leave it empty"
                    .into(),
                "line 2, column 20 (Status): \"Done\" is not a status; use Open, Treated, \
                 Accepted, Closed or leave it empty"
                    .into(),
            ],
        ),
        (
            row(&[("Controls", "A.6.2.4; A.2; 4.1; A.99.1")]),
            vec!["line 2, column 12 (Controls): not Annex A controls of this catalog or controls \
                  of your own: \"A.2\", \"4.1\", \"A.99.1\"; list control IDs such as A.6.2.4 \
                  or O1, separated by \";\""
                .into()],
        ),
        (
            row(&[("Actions", "ok | Ann\na | b | c | d | e\nx | y | 2027-02-30")]),
            vec!["line 2, column 13 (Actions): action 2: it has 5 parts; an action has at most \
                  four (description | owner | due date | done or open), and a \"|\" inside a \
                  text is written \\|"
                .into()],
        ),
        (
            row(&[("Actions", "x | y | 2027-02-30")]),
            vec!["line 2, column 13 (Actions): action 1: \"2027-02-30\" is not a day that exists \
                  in the calendar"
                .into()],
        ),
        (
            row(&[("Actions", "x | y | | finished")]),
            vec!["line 2, column 13 (Actions): action 1: \"finished\" is neither done nor open"
                .into()],
        ),
        (
            row(&[("Acceptance date", "31/01/2027")]),
            vec!["line 2, column 18 (Acceptance date): \"31/01/2027\" is not a date in the form \
                  YYYY-MM-DD"
                .into()],
        ),
        (
            // Several rows, several problems each, blank lines and a multi-line cell between:
            // every one is reported, in file order, on its own line.
            format!(
                "{}\n\n{}\n{}\n",
                row(&[("ID", "R1"), ("Description", "two\nlines"), ("Status", "x")]),
                row(&[("ID", "R1"), ("Acceptance date", "2027-13-01")]),
                row(&[("ID", "R2"), ("Inherent consequence", "3"), ("Treatment", "?")]),
            ),
            vec![
                "line 2, column 20 (Status): \"x\" is not a status; use Open, Treated, Accepted, \
                 Closed or leave it empty"
                    .into(),
                "line 5, column 1 (ID): R1 is already the ID on line 2; every risk needs its own \
                 ID"
                .into(),
                "line 5, column 18 (Acceptance date): \"2027-13-01\" is not a day that exists in \
                 the calendar"
                    .into(),
                "line 6, column 8 (Inherent likelihood): this is empty but the consequence is \
                 given; give both or neither"
                    .into(),
                "line 6, column 11 (Treatment): \"?\" is not a treatment; use Avoid, Modify \
                 (mitigate), Share (transfer), Retain (accept) or leave it empty"
                    .into(),
            ],
        ),
        (
            // Within a row, problems come in column order.
            row(&[
                ("Status", "?"),
                ("Inherent likelihood", "0"),
                ("Inherent consequence", "1"),
                ("AI system", "S0"),
                ("ID", "R"),
            ]),
            vec![
                "line 2, column 1 (ID): \"R\" is not a risk ID; use R and a number, such as R12, \
                 or leave it empty for a new risk"
                    .into(),
                "line 2, column 4 (AI system): \"S0\" is not an AI system ID; use the system's ID \
                 from the inventory, such as S1, or leave it empty"
                    .into(),
                format!("line 2, column 8 (Inherent likelihood): \"0\" is not a level of the likelihood scale; {level_hint}"),
                "line 2, column 20 (Status): \"?\" is not a status; use Open, Treated, Accepted, \
                 Closed or leave it empty"
                    .into(),
            ],
        ),
        (
            row(&[("Next review", "soon")]),
            vec!["line 2, column 22 (Next review): \"soon\" is not a date in the form YYYY-MM-DD"
                .into()],
        ),
        (
            format!("{},surplus", row(&[("Title", "a")])),
            vec!["line 2, column 23 (beyond the header): the header ends at column 22, but this \
                  row has text here"
                .into()],
        ),
    ];
    for (rows, expected) in cases {
        let text = format!("{}\n{rows}\n", header());
        assert_eq!(errors(&text), expected, "{text}");
        let refused = read_risks_csv(&text, &sample(), catalog()).expect_err("refused");
        assert!(refused.iter().all(names_a_place));
    }
}

#[test]
fn problems_with_the_header_or_the_file_are_reported_too() {
    let expected = RISKS_HEADER.join(", ");
    let missing = |name: &str| {
        format!("the header row has no column \"{name}\"; the expected header is: {expected}")
    };
    // Every missing column is named; the level and review date columns may be left out.
    let header = "ID,Description,Owner,Inherent likelihood,Inherent consequence,Treatment,\
                  Controls,Actions,Residual likelihood,Residual consequence,Accepted by,\
                  Acceptance date,Acceptance rationale,Status";
    assert_eq!(
        errors(&format!("{header}\nR1{}\n", ",".repeat(13))),
        ["Title", "AI system", "Risk source", "Objective"].map(missing)
    );
    assert_eq!(
        errors(&format!(
            "{},title\n{},x\n",
            self::header(),
            row(&[("ID", "R1")])
        )),
        ["line 1, column 23 (title): the header has two columns named \"Title\"; keep one"]
    );
    assert_eq!(errors(""), ["the file is empty"]);
    assert_eq!(
        errors(&format!("{}\nR1,\"open\n", self::header())),
        ["line 2: a quoted cell starts here but its closing quote is missing"]
    );
    assert_eq!(
        errors(&format!(
            "{}\nR1{}\n",
            self::header(),
            ",".repeat(MAX_COLUMNS)
        )),
        [format!("line 2: the row has more than {MAX_COLUMNS} cells")]
    );
    let many = format!(
        "{}\n{}",
        self::header(),
        format!("{}\n", row(&[("Title", "t")])).repeat(MAX_RISKS + 1)
    );
    assert_eq!(
        errors(&many),
        [format!(
            "line {}: the file has more than {MAX_RISKS} risks",
            MAX_RISKS + 2
        )]
    );
}

#[test]
fn a_file_with_very_many_problems_lists_the_first_ones_and_stops() {
    let bad = row(&[("Status", "?"), ("Treatment", "?")]);
    let text = format!("{}\n{}", header(), format!("{bad}\n").repeat(MAX_ERRORS));
    let listed = errors(&text);
    assert_eq!(listed.len(), MAX_ERRORS + 1);
    assert_eq!(
        listed[MAX_ERRORS],
        format!(
            "line {}: more than {MAX_ERRORS} problems; the list stops here",
            MAX_ERRORS / 2 + 2
        )
    );
}

proptest! {
    #[test]
    fn any_register_survives_the_risk_csv(register in any_risk_register()) {
        let text = risks_csv(&register);
        let imported = read_risks_csv(&text, &register, catalog()).expect("reads");
        prop_assert_eq!(&imported.register, &register);
        prop_assert!(imported.warnings.is_empty());
    }

    #[test]
    fn any_action_text_survives_the_actions_cell(
        texts in prop::collection::vec((tricky_text(), tricky_text()), 1..4),
    ) {
        let mut register = RiskRegister::default();
        let actions: Vec<TreatmentAction> = texts
            .into_iter()
            .map(|(description, owner)| TreatmentAction { description, owner, ..TreatmentAction::default() })
            .collect();
        register.add(Risk { actions, ..Risk::default() }).unwrap();
        let imported = read_risks_csv(&risks_csv(&register), &register, catalog()).expect("reads");
        prop_assert_eq!(imported.register, register);
    }

    #[test]
    fn arbitrary_text_never_panics_and_errors_name_their_place(text in any::<String>()) {
        if let Err(errors) = read_risks_csv(&text, &sample(), catalog()) {
            prop_assert!(!errors.is_empty());
            for error in &errors {
                prop_assert!(names_a_place(error), "{}", error);
            }
        }
    }

    #[test]
    fn mutated_exports_never_panic_and_errors_name_their_place(
        mutations in prop::collection::vec(any_mutation(2_000, &["\"", ";", ",", "\n", "\r\n", "\r", "'", "|", "\\", "\u{feff}", "x", "9"]), 1..6),
    ) {
        let text = mutate(&risks_csv(&sample()), &mutations);
        if let Err(errors) = read_risks_csv(&text, &sample(), catalog()) {
            prop_assert!(!errors.is_empty());
            for error in &errors {
                prop_assert!(names_a_place(error), "{}", error);
            }
        }
    }
}

#[test]
fn a_file_without_the_review_date_columns_keeps_the_dates_of_the_register() {
    // A risk register CSV written before the review dates existed: the same columns without
    // "Assessed on" and "Next review".
    let register = sample();
    let written = risks_csv(&register);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(written.trim_start_matches('\u{feff}').as_bytes());
    let mut old = csv::Writer::from_writer(vec![]);
    for record in reader.records() {
        let record = record.expect("a row");
        let kept: Vec<&str> = record.iter().take(RISKS_HEADER.len() - 2).collect();
        old.write_record(&kept).expect("written");
    }
    let old = String::from_utf8(old.into_inner().expect("flushed")).expect("utf-8");
    assert!(!old.contains("Next review"));
    let read = read_risks_csv(&old, &register, catalog()).expect("an older file still reads");
    assert_eq!(read.register.risks[0].assessed_on, date("2026-11-10"));
    assert_eq!(read.register.risks[0].next_review, date("2027-05-10"));
    // With the columns, an empty cell clears the date.
    let cleared = written.replace(",2026-11-10,2027-05-10", ",,");
    let read = read_risks_csv(&cleared, &register, catalog()).expect("reads");
    assert_eq!(read.register.risks[0].next_review, None);
}

#[test]
fn a_live_risk_past_its_review_date_is_a_finding() {
    use aims_assess::domain::risk::RiskFinding;
    let mut register = sample();
    let id = register.risks[0].id.clone();
    let overdue = |register: &RiskRegister, today: &str| {
        register
            .findings(date(today), |_| false)
            .contains(&RiskFinding::ReviewOverdue {
                risk_id: id.clone(),
            })
    };
    assert!(!overdue(&register, "2027-05-10"), "due today is not late");
    assert!(overdue(&register, "2027-05-11"));
    let message = RiskFinding::ReviewOverdue {
        risk_id: id.clone(),
    }
    .message(&register);
    assert_eq!(
        message,
        format!("{id} Biased shortlists was due for review on 2027-05-10.")
    );
    register.risks[0].status = RiskStatus::Closed;
    assert!(
        !overdue(&register, "2027-05-11"),
        "a closed risk is not reviewed"
    );
}
