//! The answers CSV: one row per catalog question with its item's notes, evidence, owner and
//! due date, written for spreadsheets and read back after editing.
//!
//! Import replaces the records of the items that have rows in the file and keeps everything
//! else, so a spreadsheet with only some items still imports safely. Item details (notes,
//! evidence, owner, due date) repeat on each row of their item and must agree, so an edit made
//! on one row only is reported instead of half applied. docs/CSV.md describes the file.

use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::catalog::Catalog;
use crate::domain::catalog_text::CatalogText;
use crate::domain::catalog_update::{self, CatalogUpdate};
use crate::domain::date::IsoDate;
use crate::io::csv_in::{read_table, CsvError, CsvRow, CsvTable};
use crate::io::csv_out::{with_bom, write_table};
use crate::io::ImportWarning;

/// The columns of the answers CSV, in order.
pub const ANSWERS_HEADER: [&str; 11] = [
    "Item ID",
    "Item title",
    "Question ID",
    "Question",
    "Kind",
    "Answer",
    "Answer note",
    "Notes",
    "Evidence",
    "Owner",
    "Due date",
];

/// The columns that hold an item's details, in the order of `Details`.
const DETAIL_COLUMNS: [&str; 4] = ["Notes", "Evidence", "Owner", "Due date"];

/// An item's notes, evidence, owner and due date as written in one row.
type Details = [String; 4];

/// The answers as CSV: one row per question of every item (clause items, then Annex A
/// controls, in catalog order), answered or not, starting with a byte-order mark for Excel.
/// `wording` supplies the question texts when they are loaded; without it the Question
/// column is empty.
pub fn answers_csv(
    catalog: Catalog,
    assessment: &Assessment,
    wording: Option<&CatalogText>,
) -> String {
    with_bom(write_table(
        &ANSWERS_HEADER,
        &answers_rows(catalog, assessment, wording),
    ))
}

/// The rows of the answers CSV (and the workbook's Answers sheet), in `ANSWERS_HEADER`'s
/// columns, as texts before neutralising.
pub fn answers_rows(
    catalog: Catalog,
    assessment: &Assessment,
    wording: Option<&CatalogText>,
) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let empty = ItemRecord::default();
    for item in catalog.clause_items().chain(catalog.controls()) {
        let record = assessment.item(item.id).unwrap_or(&empty);
        let text = wording.and_then(|wording| wording.get(item.id));
        let due_date = record.due_date.map(|date| date.to_string());
        for question in item.questions {
            // A shared question shows the wording, answer and note of the clause question it
            // is answered under.
            let key = question.answer_key(item.id);
            let question_text = wording
                .and_then(|wording| wording.get(key.item))
                .or(text)
                .and_then(|text| text.question(key.question));
            let answer = assessment.answer_at(key);
            rows.push(vec![
                item.id.to_owned(),
                item.title.to_owned(),
                question.id.to_owned(),
                question_text.unwrap_or_default().to_owned(),
                question.kind.label().to_owned(),
                answer.map_or("", Answer::label).to_owned(),
                assessment.question_note(item.id, question.id).to_owned(),
                record.notes.clone(),
                record.evidence.clone(),
                record.owner.clone(),
                due_date.clone().unwrap_or_default(),
            ]);
        }
    }
    rows
}

/// An answers CSV read onto an assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvImport {
    /// The base assessment with the records of the items in the file replaced.
    pub assessment: Assessment,
    /// Rows left out (unknown item or question IDs), by line.
    pub warnings: Vec<ImportWarning>,
    /// How many catalog items have rows in the file.
    pub items_in_file: usize,
}

/// The first row read for an item, to compare its later rows with.
struct ItemSeen {
    item_id: &'static str,
    line: u64,
    details: Details,
}

/// The positions of the columns the import reads.
struct Columns {
    item: usize,
    question: usize,
    answer: usize,
    /// Absent in files written before answers had notes; then notes on answers are kept.
    answer_note: Option<usize>,
    details: [Option<usize>; 4],
}

impl Columns {
    fn find(table: &CsvTable) -> Result<Columns, CsvError> {
        let required = |name| table.required_column(name, &ANSWERS_HEADER);
        let mut details = [None; 4];
        for (slot, name) in details.iter_mut().zip(DETAIL_COLUMNS) {
            *slot = table.column(name)?;
        }
        Ok(Columns {
            item: required("Item ID")?,
            question: required("Question ID")?,
            answer: required("Answer")?,
            answer_note: table.column("Answer note")?,
            details,
        })
    }
}

/// A row left out of the import, for the user to see.
fn left_out(row: &CsvRow, message: String) -> ImportWarning {
    ImportWarning {
        path: format!("line {}", row.line),
        message,
    }
}

/// The answer in a cell: Yes, Partly or No in any case, or nothing when empty.
fn answer(cell: &str) -> Result<Option<Answer>, String> {
    let word = cell.trim();
    if word.is_empty() {
        return Ok(None);
    }
    Answer::ALL
        .into_iter()
        .find(|answer| answer.label().eq_ignore_ascii_case(word))
        .map(Some)
        .ok_or_else(|| {
            format!("\"{word}\" is not an answer; use Yes, Partly, No or leave it empty")
        })
}

/// Reads an answers CSV onto `base`: every item with rows in the file gets exactly what the
/// file says (answers, notes, evidence, owner, due date); everything else stays as in `base`.
/// Rows with unknown item or question IDs are left out with a warning, as in JSON import.
pub fn read_answers_csv(
    text: &str,
    catalog: Catalog,
    base: &Assessment,
) -> Result<CsvImport, CsvError> {
    let table = read_table(text)?;
    let columns = Columns::find(&table)?;
    if table.rows.is_empty() {
        return Err(CsvError::NoRows);
    }
    let mut assessment = base.clone();
    let mut warnings = Vec::new();
    let mut items: Vec<ItemSeen> = Vec::new();
    // Both lists stay as short as the catalog: a row adds to them only once it is known to
    // be new and valid, so the linear searches below stay cheap even for hostile files.
    let mut questions: Vec<(&'static str, u64)> = Vec::new();
    // Rows of questions answered under another question, checked once every row is read.
    let mut shared: Vec<SharedRow> = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let item_id = row.cell(Some(columns.item)).trim();
        let question_id = row.cell(Some(columns.question)).trim();
        let Some(item) = catalog.item(item_id) else {
            let message = format!("this catalog has no item \"{item_id}\"; the row is left out");
            warnings.push(left_out(row, message));
            continue;
        };
        let Some(question) = item.questions.iter().find(|q| q.id == question_id) else {
            let elsewhere = catalog
                .clause_items()
                .chain(catalog.controls())
                .any(|other| other.questions.iter().any(|q| q.id == question_id));
            if elsewhere {
                let message =
                    format!("question {question_id} belongs to another item than {item_id}");
                return Err(row.error(&table, columns.question, message));
            }
            let message =
                format!("this catalog has no question \"{question_id}\"; the row is left out");
            warnings.push(left_out(row, message));
            continue;
        };
        if let Some((_, line)) = questions.iter().find(|(id, _)| *id == question.id) {
            let message = format!("question {question_id} already has a row (line {line})");
            return Err(row.error(&table, columns.question, message));
        }
        let answer = answer(row.cell(Some(columns.answer)))
            .map_err(|m| row.error(&table, columns.answer, m))?;
        let details: Details = columns.details.map(|column| row.cell(column).to_owned());
        match items.iter().find(|seen| seen.item_id == item.id) {
            Some(seen) => {
                let differs = seen.details.iter().zip(&details).position(|(a, b)| a != b);
                // A detail can only differ in a column the file has.
                let column = differs.and_then(|i| columns.details.get(i).copied().flatten());
                if let Some(column) = column {
                    let message = format!(
                        "differs from line {} of the same item; an item's notes, evidence, \
                         owner and due date must be the same on all its rows",
                        seen.line
                    );
                    return Err(row.error(&table, column, message));
                }
            }
            None => {
                let [notes, evidence, owner, due_date] = &details;
                let due_date = match due_date.trim() {
                    "" => None,
                    date => Some(date.parse::<IsoDate>().map_err(|error| {
                        let column = columns.details[3].unwrap_or_default();
                        row.error(&table, column, error.to_string())
                    })?),
                };
                // The file decides everything about an item it has rows for: the record is
                // rebuilt from the file, and answers are added below row by row. A record
                // equal to the default is not stored, as everywhere else.
                let question_notes = match columns.answer_note {
                    Some(_) => Default::default(),
                    None => assessment
                        .item(item.id)
                        .map(|record| record.question_notes.clone())
                        .unwrap_or_default(),
                };
                let record = ItemRecord {
                    notes: notes.clone(),
                    evidence: evidence.clone(),
                    owner: owner.clone(),
                    due_date,
                    question_notes,
                    ..ItemRecord::default()
                };
                assessment.items.remove(item.id);
                if record != ItemRecord::default() {
                    assessment.items.insert(item.id.to_owned(), record);
                }
                items.push(ItemSeen {
                    item_id: item.id,
                    line: row.line,
                    details,
                });
            }
        }
        questions.push((question.id, row.line));
        let note = columns
            .answer_note
            .map(|column| row.cell(Some(column)).to_owned());
        if let Some(into) = question.same_as {
            shared.push(SharedRow {
                index,
                question: question.id,
                into: into.question,
                into_item: into.item,
                answer,
                note,
            });
            continue;
        }
        let recorded = answer.map_or(Ok(()), |answer| {
            assessment.set_answer(catalog, item.id, question.id, Some(answer))
        });
        if recorded.is_err() {
            // Both IDs come from the catalog, so the edit cannot be refused; should that ever
            // change, the row is reported rather than dropped.
            return Err(row.error(&table, columns.question, "this answer cannot be recorded"));
        }
        if let (Some(note), Some(column)) = (note, columns.answer_note) {
            if !note.is_empty() {
                // Only the length limit can refuse a note, and the message says so.
                assessment
                    .set_question_note(catalog, item.id, question.id, note)
                    .map_err(|error| row.error(&table, column, error.to_string()))?;
            }
        }
    }
    for row in shared {
        read_shared_row(&table, &columns, catalog, &mut assessment, &questions, row)?;
    }
    // Recording the file's answers is not looking again at the answers a catalog update
    // flagged: a check stays unless the file changes its answer.
    if let Some(before) = &base.catalog_update {
        let unchanged: Vec<_> = before
            .to_check
            .iter()
            .filter(|(question, _)| {
                let item = catalog_update::item_of(question);
                base.answer(item, question) == assessment.answer(item, question)
            })
            .map(|(question, reason)| (question.clone(), reason.clone()))
            .collect();
        // Answering settles checks, and a settled update with its list closed is dropped, so
        // the record may need to come back from the base.
        if !unchanged.is_empty() {
            let after = assessment
                .catalog_update
                .get_or_insert_with(|| CatalogUpdate {
                    to_check: Default::default(),
                    ..before.clone()
                });
            after.to_check.extend(unchanged);
        }
    }
    Ok(CsvImport {
        assessment,
        warnings,
        items_in_file: items.len(),
    })
}

/// A row of a question that is answered under another (clause) question.
struct SharedRow {
    /// The row's position in the table, to report an error at.
    index: usize,
    question: &'static str,
    into: &'static str,
    into_item: &'static str,
    answer: Option<Answer>,
    note: Option<String>,
}

/// Reads the row of a shared question. Where the file also has a row for the question it is
/// answered under, the two must agree; otherwise the row's answer and note are recorded there.
fn read_shared_row(
    table: &CsvTable,
    columns: &Columns,
    catalog: Catalog,
    assessment: &mut Assessment,
    questions: &[(&'static str, u64)],
    shared: SharedRow,
) -> Result<(), CsvError> {
    // The index comes from enumerating these very rows.
    let row = &table.rows[shared.index];
    let target_line = questions
        .iter()
        .find(|(id, _)| *id == shared.into)
        .map(|(_, line)| *line);
    let Some(target_line) = target_line else {
        let answered = shared.answer.map_or(Ok(()), |answer| {
            assessment.set_answer(catalog, shared.into_item, shared.into, Some(answer))
        });
        let noted = match shared.note {
            Some(note) if !note.is_empty() => {
                assessment.set_question_note(catalog, shared.into_item, shared.into, note)
            }
            _ => Ok(()),
        };
        let column = columns.answer_note.unwrap_or(columns.answer);
        return answered
            .and(noted)
            .map_err(|error| row.error(table, column, error.to_string()));
    };
    let kept = assessment.answer(shared.into_item, shared.into);
    if shared.answer.is_some() && shared.answer != kept {
        let message = format!(
            "{} is answered once, under {} (line {target_line}), which says \"{}\"; give the \
             same answer on both lines or leave this one empty",
            shared.question,
            shared.into,
            kept.map_or("no answer", Answer::label)
        );
        return Err(row.error(table, columns.answer, message));
    }
    if let (Some(note), Some(column)) = (&shared.note, columns.answer_note) {
        if !note.is_empty() && note != assessment.question_note(shared.into_item, shared.into) {
            let message = format!(
                "{} is answered once, under {} (line {target_line}), whose note differs; give \
                 the same note on both lines or leave this one empty",
                shared.question, shared.into
            );
            return Err(row.error(table, column, message));
        }
    }
    Ok(())
}
