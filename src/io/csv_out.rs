//! CSV export: spreadsheet files written with the csv crate, with every cell neutralised so
//! that a spreadsheet never runs user text as a formula. The columns, the byte-order mark and
//! the neutralisation are described in docs/CSV.md.

use crate::domain::catalog::Catalog;
use crate::domain::soa;
use crate::domain::{assessment::Assessment, scoring::Summary};

/// Characters that make spreadsheets treat a cell as a formula (or, for TAB and CR, that some
/// spreadsheets strip before checking for one).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The cell as written: text that a spreadsheet would read as a formula gets a leading
/// apostrophe, which spreadsheets show as plain text. Text that already starts with an
/// apostrophe gets one too, so that import (`csv_in::unneutralise`) can always remove exactly
/// one and every text comes back unchanged. Everything else is written as it is.
pub fn neutralise(cell: &str) -> String {
    if cell.starts_with(FORMULA_STARTS) || cell.starts_with('\'') {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Why a CSV file could not be written. Writing to memory fails only if memory runs out, so
/// the error carries no detail (formatting the csv crate's errors would add ~20 KB to the
/// app for a message nobody will see).
#[derive(Debug, thiserror::Error)]
#[error("the CSV file could not be written")]
pub struct CsvWriteError;

/// Writes a header row and data rows as UTF-8 CSV text (comma-separated, no byte-order mark),
/// neutralising every cell. Callers that want a byte-order mark add it with `with_bom`.
pub fn write_table(header: &[&str], rows: &[Vec<String>]) -> Result<String, CsvWriteError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(header).map_err(|_| CsvWriteError)?;
    for row in rows {
        writer
            .write_record(row.iter().map(|cell| neutralise(cell)))
            .map_err(|_| CsvWriteError)?;
    }
    let bytes = writer.into_inner().map_err(|_| CsvWriteError)?;
    String::from_utf8(bytes).map_err(|_| CsvWriteError)
}

/// The byte-order mark that tells Excel a CSV file is UTF-8. Without it, Excel reads the file
/// in the computer's legacy code page and garbles every non-ASCII letter.
pub const UTF8_BOM: &str = "\u{feff}";

/// The text with the UTF-8 byte-order mark in front.
pub fn with_bom(text: String) -> String {
    let mut marked = String::with_capacity(UTF8_BOM.len() + text.len());
    marked.push_str(UTF8_BOM);
    marked.push_str(&text);
    marked
}

/// The columns of the SoA export, in order.
pub const SOA_HEADER: [&str; 9] = [
    "ID",
    "Title",
    "Area",
    "Applicable",
    "Inclusion reasons",
    "Exclusion justification",
    "Implementation status",
    "Owner",
    "Notes",
];

/// The Statement of Applicability as CSV: one row per control. Reasons are separated by "; ".
pub fn soa_csv(
    catalog: Catalog,
    assessment: &Assessment,
    summary: &Summary,
) -> Result<String, CsvWriteError> {
    let rows: Vec<Vec<String>> = soa::rows(catalog, assessment, summary)
        .into_iter()
        .map(|row| {
            let reasons = row.reasons_text();
            vec![
                row.control_id.to_owned(),
                row.title.to_owned(),
                row.area,
                row.applicability.label().to_owned(),
                reasons,
                row.justification,
                row.status.label().to_owned(),
                row.owner,
                row.notes,
            ]
        })
        .collect();
    write_table(&SOA_HEADER, &rows)
}
