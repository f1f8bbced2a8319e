//! The workbook export's description: every sheet in order with the CSV files' headers, typed
//! cells (dates as dates, numbers as numbers, formula-like text as text), sheet names that a
//! spreadsheet accepts, and a JSON form the workbook writer reads.

use aims_assess::domain::action_plan::derive;
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::catalog_text::{CatalogText, ItemText};
use aims_assess::domain::records::RegisterKind;
use aims_assess::domain::risk::Risk;
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::scoring::Summary;
use aims_assess::io::csv_answers::ANSWERS_HEADER;
use aims_assess::io::csv_risks::RISKS_HEADER;
use aims_assess::io::workbook::{
    cell, sheet_name, workbook, Cell, ColumnKind, SheetSpec, WorkbookSources, WorkbookSpec,
    IMPACT_HEADER, MAX_CELL_CHARS,
};

fn sample() -> Assessment {
    let c = catalog();
    let mut a = Assessment::named("Baseline");
    a.set_answer(c, "4.1", "4.1.q1", Some(Answer::Yes)).unwrap();
    a.set_question_note(c, "4.1", "4.1.q1", "=1+2".into())
        .unwrap();
    a.set_text(c, "4.1", TextField::Owner, "Ana".into())
        .unwrap();
    a.set_due_date(c, "4.1", Some("2027-01-31".parse().unwrap()))
        .unwrap();
    a.risks
        .add(Risk {
            title: "Biased shortlists".into(),
            inherent: Some(Rating::new(4, 5)),
            next_review: Some("2027-05-10".parse().unwrap()),
            ..Risk::default()
        })
        .unwrap();
    let system = a.inventory.add("Hiring assistant".into()).unwrap();
    let record = &mut a
        .inventory
        .systems
        .iter_mut()
        .find(|s| s.id == system)
        .unwrap()
        .impact;
    record.assessor = "Ana".into();
    record.date = Some("2026-11-20".parse().unwrap());
    let doc = a
        .records
        .add(RegisterKind::Documents, "AI policy".into())
        .unwrap();
    a.records
        .set_value(
            RegisterKind::Documents,
            &doc,
            "next_review",
            "2027-06-30".into(),
        )
        .unwrap();
    a
}

fn wording() -> CatalogText {
    CatalogText::new(vec![(
        "4.1".to_owned(),
        ItemText {
            hints: Vec::new(),
            questions: vec![("4.1.q1".to_owned(), "Is the context known?".to_owned())],
            ..ItemText::default()
        },
    )])
}

fn build(assessment: &Assessment, wording: Option<&CatalogText>) -> WorkbookSpec {
    let summary = Summary::compute(catalog(), assessment);
    let actions = derive(catalog(), assessment, &summary);
    workbook(&WorkbookSources {
        catalog: catalog(),
        assessment,
        summary: &summary,
        actions: &actions,
        today: Some("2026-12-07".parse().unwrap()),
        wording,
    })
}

fn sheet<'a>(spec: &'a WorkbookSpec, name: &str) -> &'a SheetSpec {
    spec.sheets
        .iter()
        .find(|sheet| sheet.name == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

fn headers(sheet: &SheetSpec) -> Vec<&str> {
    sheet.columns.iter().map(|c| c.header.as_str()).collect()
}

/// The cell under `header` in the first row whose first cell is `key`.
fn at<'a>(sheet: &'a SheetSpec, key: &str, header: &str) -> &'a Cell {
    let column = headers(sheet)
        .iter()
        .position(|h| *h == header)
        .unwrap_or_else(|| panic!("no column {header} in {}", sheet.name));
    let row = sheet
        .rows
        .iter()
        .find(|row| row.first() == Some(&Cell::Text(key.to_owned())))
        .unwrap_or_else(|| panic!("no row {key} in {}", sheet.name));
    &row[column]
}

#[test]
fn the_workbook_has_every_sheet_in_order() {
    let spec = build(&sample(), None);
    let names: Vec<&str> = spec.sheets.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Answers",
            "Statement of Applicability",
            "Risks",
            "Impact assessments",
            "Action plan",
            "Documented information",
            "AI objectives and measures",
            "Competence and awareness",
            "Internal audits",
            "Management reviews",
            "Nonconformities and incidents",
            "Suppliers and third-party AI",
            "Objective measurements",
        ]
    );
    for sheet in &spec.sheets {
        assert!(sheet.name.chars().count() <= 31, "{}", sheet.name);
        assert!(!sheet.columns.is_empty(), "{}", sheet.name);
        for row in &sheet.rows {
            assert!(row.len() <= sheet.columns.len(), "{}", sheet.name);
        }
        for column in &sheet.columns {
            assert!((8..=60).contains(&column.width), "{column:?}");
        }
    }
}

#[test]
fn sheets_have_the_csv_headers_and_values() {
    let spec = build(&sample(), Some(&wording()));
    let answers = sheet(&spec, "Answers");
    assert_eq!(headers(answers), ANSWERS_HEADER);
    let question = &answers.rows[0];
    assert_eq!(question[2], Cell::Text("4.1.q1".into()));
    assert_eq!(question[3], Cell::Text("Is the context known?".into()));
    assert_eq!(question[5], Cell::Text("Yes".into()));
    // The formula-like note stays a text, as typed, with no apostrophe in front.
    assert_eq!(question[6], Cell::Text("=1+2".into()));
    assert_eq!(question[10], Cell::Date("2027-01-31".into()));
    assert_eq!(answers.rows[1][3], Cell::Empty, "no wording loaded for it");
    let risks = sheet(&spec, "Risks");
    assert_eq!(headers(risks), RISKS_HEADER);
    assert_eq!(
        at(risks, "R1", "Title"),
        &Cell::Text("Biased shortlists".into())
    );
    assert_eq!(
        at(risks, "R1", "Inherent likelihood"),
        &Cell::Number("4".into())
    );
    assert_eq!(
        at(risks, "R1", "Next review"),
        &Cell::Date("2027-05-10".into())
    );
    assert_eq!(at(risks, "R1", "Residual likelihood"), &Cell::Empty);
    let impact = sheet(&spec, "Impact assessments");
    assert_eq!(headers(impact), IMPACT_HEADER);
    assert_eq!(at(impact, "S1", "Version"), &Cell::Number("1".into()));
    assert_eq!(at(impact, "S1", "Status"), &Cell::Text("Draft".into()));
    assert_eq!(
        at(impact, "S1", "Assessment date"),
        &Cell::Date("2026-11-20".into())
    );
    let documents = sheet(&spec, "Documented information");
    assert_eq!(headers(documents)[0], "ID");
    assert_eq!(
        at(documents, "DOC1", "Title"),
        &Cell::Text("AI policy".into())
    );
    let review = documents
        .columns
        .iter()
        .find(|c| c.header == "Next review")
        .expect("a Next review column");
    assert_eq!(review.kind, ColumnKind::Date);
    assert_eq!(
        at(documents, "DOC1", "Next review"),
        &Cell::Date("2027-06-30".into())
    );
    let plan = sheet(&spec, "Action plan");
    assert!(!plan.rows.is_empty(), "the partial answers give actions");
}

#[test]
fn cells_take_their_columns_kind_and_otherwise_stay_text() {
    assert_eq!(
        cell(Some(ColumnKind::Date), "2027-01-31".into()),
        Cell::Date("2027-01-31".into())
    );
    assert_eq!(
        cell(Some(ColumnKind::Date), "2027-02-30".into()),
        Cell::Text("2027-02-30".into())
    );
    assert_eq!(
        cell(Some(ColumnKind::Date), "soon".into()),
        Cell::Text("soon".into())
    );
    assert_eq!(
        cell(Some(ColumnKind::Number), "2.50".into()),
        Cell::Number("2.50".into())
    );
    assert_eq!(
        cell(Some(ColumnKind::Number), "-3".into()),
        Cell::Number("-3".into())
    );
    for not_plain in ["NaN", "1e5", "+1", ".5", "1.", "1,000", "1234567890123456"] {
        assert_eq!(
            cell(Some(ColumnKind::Number), not_plain.into()),
            Cell::Text(not_plain.into())
        );
    }
    assert_eq!(
        cell(Some(ColumnKind::Text), "=SUM(A1)".into()),
        Cell::Text("=SUM(A1)".into())
    );
    assert_eq!(
        cell(Some(ColumnKind::Text), "42".into()),
        Cell::Text("42".into())
    );
    assert_eq!(cell(Some(ColumnKind::Number), String::new()), Cell::Empty);
    assert_eq!(cell(None, "extra".into()), Cell::Text("extra".into()));
    let Cell::Text(long) = cell(Some(ColumnKind::Text), "é".repeat(40_000)) else {
        panic!("a text");
    };
    assert_eq!(long.chars().count(), MAX_CELL_CHARS);
    assert!(long.ends_with("[cut: the whole text is in the JSON file]"));
}

#[test]
fn sheet_names_are_short_clean_and_unique() {
    let taken = vec!["Risks".to_owned(), "Risks (2)".to_owned()];
    assert_eq!(sheet_name("Risks", &[]), "Risks");
    assert_eq!(sheet_name("risks", &taken), "risks (3)");
    assert_eq!(sheet_name("a/b: [c]?*\\", &[]), "ab c");
    assert_eq!(sheet_name("", &[]), "Sheet");
    assert_eq!(
        sheet_name("Suppliers and third-party AI components", &[]),
        "Suppliers and third-party AI"
    );
    assert_eq!(sheet_name(&"x".repeat(40), &[]), "x".repeat(31));
    let long = "Suppliers and third-party AI components";
    let first = sheet_name(long, &[]);
    let second = sheet_name(long, std::slice::from_ref(&first));
    assert_eq!(second, "Suppliers and third-party (2)");
}
