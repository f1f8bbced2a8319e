//! The answers CSV: export, import, round trips, spreadsheet dialects, and errors that name
//! their line and column.

use crate::strategies::{any_assessment, any_mutation, mutate, tricky_text};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::catalog_text::{CatalogText, ItemText};
use aims_assess::io::csv_answers::{answers_csv, read_answers_csv, CsvImport, ANSWERS_HEADER};
use aims_assess::io::csv_in::{unneutralise, CsvError, MAX_COLUMNS, MAX_ROWS};
use aims_assess::io::csv_out::{neutralise, with_bom, write_table, UTF8_BOM};
use aims_assess::io::format::MAX_TEXT_CHARS;
use aims_assess::io::MAX_FILE_BYTES;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

fn sample() -> Assessment {
    let mut assessment = Assessment::named("Baseline");
    assessment
        .set_answer(catalog(), "4.1", "4.1.q1", Some(Answer::Yes))
        .expect("valid");
    assessment
        .set_answer(catalog(), "A.6.2.4", "A.6.2.4.q1", Some(Answer::Partly))
        .expect("valid");
    for (field, text) in [
        (
            TextField::Notes,
            "=SUM(A1) and \"quotes\", commas;\nnew line",
        ),
        (TextField::Evidence, "'quoted' @mention"),
        (TextField::Owner, "-Head of Data"),
    ] {
        assessment
            .set_text(catalog(), "4.1", field, text.into())
            .expect("valid");
    }
    assessment
        .set_due_date(catalog(), "4.1", Some("2027-01-31".parse().expect("date")))
        .expect("valid");
    assessment
}

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/csv")
        .join(name)
}

/// Parses CSV text with the csv crate, as a spreadsheet would, into rows of cells.
fn parse(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix(UTF8_BOM)
        .expect("the export starts with a BOM");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| {
            record
                .expect("valid CSV")
                .iter()
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

fn import(text: &str, base: &Assessment) -> CsvImport {
    read_answers_csv(text, catalog(), base).unwrap_or_else(|error| panic!("{error}\n{text}"))
}

fn all_questions() -> usize {
    catalog()
        .clause_items()
        .chain(catalog().controls())
        .map(|item| item.questions.len())
        .sum()
}

#[test]
fn the_export_has_one_row_per_question_and_every_cell_neutralised() {
    let rows = parse(&answers_csv(catalog(), &sample(), None));
    assert_eq!(rows[0], ANSWERS_HEADER);
    assert_eq!(rows.len() - 1, all_questions());
    let title = catalog().item("4.1").expect("4.1").title;
    assert_eq!(
        rows[1],
        [
            "4.1",
            title,
            "4.1.q1",
            "",
            "Requirement",
            "Yes",
            "",
            "'=SUM(A1) and \"quotes\", commas;\nnew line",
            "''quoted' @mention",
            "'-Head of Data",
            "2027-01-31",
        ]
    );
    // Item details repeat on every row of the item; unanswered questions have an empty answer
    // and note; the Kind column says what each question checks.
    let second = &rows[2];
    let second_question = &catalog().item("4.1").expect("4.1").questions[1];
    assert_eq!(
        (
            second[2].as_str(),
            second[4].as_str(),
            second[5].as_str(),
            second[6].as_str()
        ),
        (second_question.id, second_question.kind.label(), "", "")
    );
    assert_eq!(&second[7..], &rows[1][7..]);
    for row in &rows[1..] {
        let question = catalog()
            .question(&row[0], &row[2])
            .unwrap_or_else(|| panic!("{} {}", row[0], row[2]));
        assert_eq!(row[4], question.kind.label(), "{}", row[2]);
    }
    // Clause items come first, then the controls, each in catalog order.
    let order: Vec<&str> = catalog()
        .clause_items()
        .chain(catalog().controls())
        .flat_map(|item| item.questions.iter().map(|q| q.id))
        .collect();
    let exported: Vec<&str> = rows[1..].iter().map(|row| row[2].as_str()).collect();
    assert_eq!(exported, order);
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn the_question_column_has_the_wording_when_it_is_loaded() {
    let wording = CatalogText::new(vec![(
        "4.1".to_owned(),
        ItemText {
            hints: Vec::new(),
            questions: vec![("4.1.q1".to_owned(), "=Is the context known?".to_owned())],
            ..ItemText::default()
        },
    )]);
    let rows = parse(&answers_csv(catalog(), &sample(), Some(&wording)));
    assert_eq!(rows[1][3], "'=Is the context known?");
    assert_eq!(rows[2][3], "", "a question without loaded wording");
}

#[test]
fn the_export_imports_back_as_the_same_assessment() {
    let text = answers_csv(catalog(), &sample(), None);
    let imported = import(&text, &Assessment::named("Baseline"));
    assert_eq!(imported.assessment, sample());
    assert!(imported.warnings.is_empty());
    let items = catalog().clause_items().chain(catalog().controls()).count();
    assert_eq!(imported.items_in_file, items);
}

/// Whether an error says where the problem is: a line (and column) or the whole file.
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

proptest! {
    #[test]
    fn any_assessment_survives_the_answers_csv(assessment in any_assessment()) {
        let text = answers_csv(catalog(), &assessment, None);
        // The CSV carries items only; the name, profile, SoA, systems, risks, action plan and
        // reviewer comments come from the base. (A catalog update is not in the CSV; reading
        // the file onto the assessment itself, below, keeps it.)
        let mut base = Assessment::named(assessment.name.clone());
        base.profile = assessment.profile.clone();
        base.soa = assessment.soa.clone();
        base.inventory = assessment.inventory.clone();
        base.risks = assessment.risks.clone();
        base.actions = assessment.actions.clone();
        base.comments = assessment.comments.clone();
        base.records = assessment.records.clone();
        base.certification = assessment.certification;
        base.template_texts = assessment.template_texts.clone();
        let imported = read_answers_csv(&text, catalog(), &base).expect("reads");
        let mut expected = assessment.clone();
        expected.catalog_update = None;
        prop_assert_eq!(imported.assessment, expected);
        prop_assert!(imported.warnings.is_empty());
        // Read back onto the assessment it came from, the file changes nothing: not the
        // answers, not their notes, and not the answers a catalog update asks to check.
        let onto_itself = read_answers_csv(&text, catalog(), &assessment).expect("reads");
        prop_assert_eq!(onto_itself.assessment, assessment);
    }

    #[test]
    fn neutralised_text_always_comes_back_unchanged(text in tricky_text()) {
        let written = neutralise(&text);
        prop_assert!(!written.starts_with(['=', '+', '-', '@', '\t', '\r']));
        prop_assert_eq!(unneutralise(&written), text);
    }

    #[test]
    fn arbitrary_text_never_panics_and_errors_name_their_place(text in any::<String>()) {
        if let Err(error) = read_answers_csv(&text, catalog(), &sample()) {
            prop_assert!(names_a_place(&error), "{}", error);
        }
    }

    #[test]
    fn mutated_exports_never_panic_and_errors_name_their_place(
        mutations in prop::collection::vec(any_mutation(40_000, &["\"", ";", ",", "\n", "\r\n", "\r", "'", "\u{feff}", "x"]), 1..6),
    ) {
        let valid = answers_csv(catalog(), &sample(), None);
        let text = mutate(&valid, &mutations);
        if let Err(error) = read_answers_csv(&text, catalog(), &sample()) {
            prop_assert!(names_a_place(&error), "{}", error);
        }
    }
}

#[test]
fn a_semicolon_file_with_crlf_bom_and_its_own_column_order_and_case_imports() {
    let bytes = std::fs::read(data("excel-semicolon.csv")).expect("fixture");
    let text = String::from_utf8(bytes).expect("UTF-8");
    assert!(text.starts_with(UTF8_BOM) && text.contains("\r\n"));
    let imported = import(&text, &Assessment::named("x"));
    let assessment = &imported.assessment;
    assert_eq!(assessment.answer("4.1", "4.1.q1"), Some(Answer::Yes));
    assert_eq!(assessment.answer("4.1", "4.1.q2"), Some(Answer::Partly));
    let record = assessment.item("4.1").expect("4.1 imported");
    assert_eq!(record.notes, "semi;colon, and \"quotes\"");
    assert_eq!(
        record.owner, "=Ann",
        "the neutralising apostrophe is removed"
    );
    assert_eq!(record.due_date, "2027-01-31".parse().ok());
    let control = assessment.item("A.6.2.4").expect("A.6.2.4 imported");
    assert_eq!(control.notes, "two\r\nlines");
    assert_eq!(control.owner, "Bob");
    assert!(control.answers.is_empty());
    assert_eq!(imported.items_in_file, 2);
    assert!(imported.warnings.is_empty());
}

#[test]
fn a_comma_file_with_semicolons_in_its_header_cells_stays_comma_separated() {
    let text = "Item ID,Question ID,Answer,\"Notes; free; text\"\n4.1,4.1.q1,no,a;b\n";
    let imported = import(text, &Assessment::named("x"));
    assert_eq!(
        imported.assessment.answer("4.1", "4.1.q1"),
        Some(Answer::No)
    );
}

#[test]
fn items_without_rows_keep_what_they_had_and_items_with_rows_get_what_the_file_says() {
    let text = "Item ID,Question ID,Answer\n4.1,4.1.q1,No\n";
    let imported = import(text, &sample());
    assert_eq!(
        imported.assessment.answer("4.1", "4.1.q1"),
        Some(Answer::No)
    );
    // 4.1's other details are replaced by what the file says (nothing)...
    let record = imported.assessment.item("4.1").expect("answered");
    assert_eq!((record.notes.as_str(), record.due_date), ("", None));
    // ...and A.6.2.4, which has no rows, is untouched.
    assert_eq!(
        imported.assessment.answer("A.6.2.4", "A.6.2.4.q1"),
        Some(Answer::Partly)
    );
    // An item whose rows say nothing at all is removed, not kept as an empty record.
    let cleared = import("Item ID,Question ID,Answer\n4.1,4.1.q1,\n", &sample());
    assert_eq!(cleared.assessment.item("4.1"), None);
    assert_eq!(cleared.items_in_file, 1);
}

#[test]
fn unknown_items_and_questions_are_warnings_and_their_rows_are_left_out() {
    let text = "Item ID,Question ID,Answer\n4.1,4.1.q1,Yes\n99.9,99.9.q1,Yes\n4.1,4.1.q77,No\n";
    let imported = import(text, &Assessment::named("x"));
    let warnings: Vec<String> = imported.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(
        warnings,
        [
            "line 3: this catalog has no item \"99.9\"; the row is left out",
            "line 4: this catalog has no question \"4.1.q77\"; the row is left out",
        ]
    );
    assert_eq!(
        imported.assessment.answer("4.1", "4.1.q1"),
        Some(Answer::Yes)
    );
    assert_eq!(imported.items_in_file, 1);
}

fn check_error(text: &str, expected: CsvError) {
    let error = read_answers_csv(text, catalog(), &Assessment::named("x")).expect_err(text);
    assert_eq!(error, expected, "{text:?}");
    assert!(names_a_place(&error), "{error}");
}

fn invalid(line: u64, column: usize, column_name: &str, message: &str) -> CsvError {
    CsvError::Invalid {
        line,
        column,
        column_name: column_name.to_owned(),
        message: message.to_owned(),
    }
}

fn malformed(line: u64, message: &str) -> CsvError {
    CsvError::Malformed {
        line,
        message: message.to_owned(),
    }
}

#[test]
fn each_error_names_its_line_and_column() {
    let header = "Item ID,Question ID,Answer";
    let contradiction =
        "an item's notes, evidence, owner and due date must be the same on all its rows";
    let cases = [
        (
            format!("{header}\n4.1,4.1.q1,Yes\n4.1,4.1.q2,Maybe\n"),
            invalid(3, 3, "Answer", "\"Maybe\" is not an answer; use Yes, Partly, No or leave it empty"),
        ),
        (
            // Old Mac files end lines with CR alone.
            format!("{header}\r4.1,4.1.q1,Yes\r4.1,4.1.q2,Maybe\r"),
            invalid(3, 3, "Answer", "\"Maybe\" is not an answer; use Yes, Partly, No or leave it empty"),
        ),
        (
            format!("{header},Due date\n4.1,4.1.q1,Yes,2026-02-30\n"),
            invalid(2, 4, "Due date", "\"2026-02-30\" is not a day that exists in the calendar"),
        ),
        (
            format!("{header},Due date\n4.1,4.1.q1,Yes,31/01/2027\n"),
            invalid(2, 4, "Due date", "\"31/01/2027\" is not a date in the form YYYY-MM-DD"),
        ),
        (
            format!("{header}\n4.1,4.1.q1,Yes\n\n4.1,4.1.q1,No\n"),
            invalid(4, 2, "Question ID", "question 4.1.q1 already has a row (line 2)"),
        ),
        (
            format!("{header}\n4.1,4.2.q1,Yes\n"),
            invalid(2, 2, "Question ID", "question 4.2.q1 belongs to another item than 4.1"),
        ),
        (
            format!("{header}\n4.1,4.1.q1,Yes,surplus\n"),
            invalid(2, 4, "beyond the header", "the header ends at column 3, but this row has text here"),
        ),
        (
            format!("{header},Notes\n4.1,4.1.q1\n"),
            invalid(2, 3, "Answer", "the row ends before this column; the header has 4 columns"),
        ),
        (
            format!("{header},Owner\n4.1,4.1.q1,Yes,Ann\n4.1,4.1.q2,No,Bob\n"),
            invalid(3, 4, "Owner", &format!("differs from line 2 of the same item; {contradiction}")),
        ),
        (
            format!("Notes,{header}\r\n'x,4.1,4.1.q1,Yes\r\n\r\n\r\n'y,4.1,4.1.q2,No\r\n"),
            invalid(5, 1, "Notes", &format!("differs from line 2 of the same item; {contradiction}")),
        ),
        (
            format!("{header},Evidence\n4.1,4.1.q1,Yes,\"a\nb\"\n4.1,4.1.q2,No,\"a\nc\"\n"),
            invalid(4, 4, "Evidence", &format!("differs from line 2 of the same item; {contradiction}")),
        ),
        (
            format!("{header},answer\n4.1,4.1.q1,Yes,No\n"),
            invalid(1, 4, "answer", "the header has two columns named \"Answer\"; keep one"),
        ),
        (
            format!("{header}\n4.1,4.1.q1,\"Yes\n4.1,4.1.q2,No\n"),
            malformed(2, "a quoted cell starts here but its closing quote is missing"),
        ),
        (
            format!("{header}\n4.1,4.1.q1,\"Yes\"!\n"),
            malformed(
                2,
                "text follows the closing quote of a cell; a quote inside a quoted cell must be doubled (\"\")",
            ),
        ),
        (
            format!("{header}\n4.1,4.1.q1,Yes{}\n", ",".repeat(MAX_COLUMNS)),
            malformed(2, &format!("the row has more than {MAX_COLUMNS} cells")),
        ),
        (
            format!("{header},Notes\n4.1,4.1.q1,Yes,{}\n", "é".repeat(MAX_TEXT_CHARS + 1)),
            invalid(2, 4, "Notes", &format!("the cell is longer than {MAX_TEXT_CHARS} characters")),
        ),
        (
            format!("{header}\n{}", "x,y,\n".repeat(MAX_ROWS + 1)),
            malformed(MAX_ROWS as u64 + 2, &format!("the file has more than {MAX_ROWS} rows")),
        ),
        (
            "Item,Question ID,Answer\n4.1,4.1.q1,Yes\n".to_owned(),
            CsvError::MissingColumn {
                name: "Item ID".into(),
                expected: ANSWERS_HEADER.join(", "),
            },
        ),
        (format!("\u{feff}{header}\r\n\r\n"), CsvError::NoRows),
        ("\u{feff} \n".to_owned(), CsvError::Empty),
        (String::new(), CsvError::Empty),
        (
            " ".repeat(MAX_FILE_BYTES + 1),
            CsvError::TooLarge {
                size: MAX_FILE_BYTES + 1,
            },
        ),
    ];
    for (text, expected) in cases {
        check_error(&text, expected);
    }
}

#[test]
fn error_messages_read_as_the_user_sees_them() {
    let error = read_answers_csv(
        "Item ID,Question ID,Answer\n4.1,4.1.q1,Yes\n\n4.1,4.1.q2,Maybe\n",
        catalog(),
        &Assessment::named("x"),
    )
    .expect_err("refused");
    assert_eq!(
        error.to_string(),
        "line 4, column 3 (Answer): \"Maybe\" is not an answer; use Yes, Partly, No or leave it empty"
    );
    let missing =
        read_answers_csv("Answer\nYes\n", catalog(), &Assessment::named("x")).expect_err("refused");
    assert_eq!(
        missing.to_string(),
        "the header row has no column \"Item ID\"; the expected header is: Item ID, Item title, \
         Question ID, Question, Kind, Answer, Answer note, Notes, Evidence, Owner, Due date"
    );
}

#[test]
fn a_corpus_of_malformed_files_is_refused_without_panic_and_with_a_place() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(data("malformed"))
        .expect("the corpus folder exists")
        .map(|entry| entry.expect("readable").path())
        .collect();
    files.sort();
    assert!(files.len() >= 12, "the corpus has {} files", files.len());
    for file in files {
        // Browsers decode a chosen file as UTF-8, replacing invalid bytes; so does this test.
        let bytes = std::fs::read(&file).expect("readable");
        let text = String::from_utf8_lossy(&bytes);
        match read_answers_csv(&text, catalog(), &sample()) {
            Err(error) => assert!(names_a_place(&error), "{}: {error}", file.display()),
            Ok(imported) => panic!(
                "{} should be refused, but imported with {} warnings",
                file.display(),
                imported.warnings.len()
            ),
        }
    }
}

#[test]
fn neutralise_protects_formulas_and_apostrophes_only() {
    for (cell, written) in [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@a", "'@a"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("'x", "''x"),
        ("a=1", "a=1"),
        ("plain", "plain"),
        ("", ""),
    ] {
        assert_eq!(neutralise(cell), written, "{cell:?}");
        assert_eq!(unneutralise(written), cell, "{written:?}");
    }
    assert_eq!(with_bom("a,b\n".to_owned()), "\u{feff}a,b\n");
}

#[test]
fn tables_are_written_with_the_necessary_quotes_and_line_feeds() {
    let rows = vec![
        vec!["plain".to_owned(), "a,b".to_owned()],
        vec!["say \"hi\"".to_owned(), "two\nlines".to_owned()],
        vec!["=1+1".to_owned(), String::new()],
    ];
    assert_eq!(
        write_table(&["A", "B"], &rows),
        "A,B\nplain,\"a,b\"\n\"say \"\"hi\"\"\",\"two\nlines\"\n'=1+1,\n"
    );
    // A record of one empty cell is quoted, so that it is not read back as an empty line.
    assert_eq!(
        write_table(&["Only"], &[vec![String::new()]]),
        "Only\n\"\"\n"
    );
}

proptest! {
    /// Whatever the cells hold (quotes, commas, line breaks, formulas, a lone empty cell), a
    /// written table reads back as its header and its neutralised cells.
    #[test]
    fn a_written_table_reads_back_as_its_neutralised_cells(
        rows in prop::collection::vec(prop::collection::vec(tricky_text(), 1..4), 0..6)
    ) {
        let header = ["A", "B,\"quoted\""];
        let written = write_table(&header, &rows);
        let read: Vec<Vec<String>> = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(written.as_bytes())
            .records()
            .map(|record| record.expect("a record").iter().map(str::to_owned).collect())
            .collect();
        let mut expected = vec![header.map(str::to_owned).to_vec()];
        expected.extend(rows.iter().map(|row| row.iter().map(|cell| neutralise(cell)).collect()));
        prop_assert_eq!(read, expected);
    }
}
