//! CSV export: spreadsheet files written with the csv crate's writer (RFC 4180 quoting, `\n`
//! line ends), with every cell neutralised so that a spreadsheet never runs user text as a
//! formula. The columns, the byte-order mark and the neutralisation are described in
//! docs/CSV.md.

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

/// Writes a header row and data rows as UTF-8 CSV text (comma-separated, no byte-order mark),
/// neutralising every data cell. Callers that want a byte-order mark add it with `with_bom`.
///
/// A cell is quoted when it holds a comma, a quote or a line break (quotes inside are
/// doubled), and a record of one empty cell is written as `""` so that it is not read back as
/// an empty line: the csv crate's rules for the necessary quotes.
pub fn write_table(header: &[&str], rows: &[Vec<String>]) -> String {
    // A flexible writer into memory cannot fail: its only errors are rows of different
    // lengths (which a flexible writer allows) and the sink's, and a `Vec` takes every byte.
    // Should that ever change, an empty file is safer to hand out than half of one.
    let bytes = written_table(header, rows).unwrap_or_default();
    // The writer adds only ASCII quotes, commas and line ends to whole UTF-8 texts, so the
    // bytes are UTF-8; the lossy conversion only spares a second path for the impossible case.
    String::from_utf8(bytes)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned())
}

fn written_table(header: &[&str], rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .from_writer(Vec::new());
    writer.write_record(header)?;
    for row in rows {
        writer.write_record(row.iter().map(|cell| neutralise(cell)))?;
    }
    writer
        .into_inner()
        .map_err(|error| csv::Error::from(error.into_error()))
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
pub const SOA_HEADER: [&str; 10] = [
    "ID",
    "Title",
    "Purpose",
    "Area",
    "Applicable",
    "Inclusion reasons",
    "Exclusion justification",
    "Implementation status",
    "Owner",
    "Notes",
];

/// The Statement of Applicability as CSV: one row per Annex A control, then one per own
/// control (area "Own controls", purpose its description). Reasons are the effective ones
/// (`domain::soa`), separated by "; ".
pub fn soa_csv(catalog: Catalog, assessment: &Assessment, summary: &Summary) -> String {
    write_table(&SOA_HEADER, &soa_rows(catalog, assessment, summary))
}

/// The rows of the SoA CSV (and the workbook's SoA sheet), in `SOA_HEADER`'s columns, as
/// texts before neutralising.
pub fn soa_rows(catalog: Catalog, assessment: &Assessment, summary: &Summary) -> Vec<Vec<String>> {
    soa::rows(catalog, assessment, summary)
        .into_iter()
        .map(|row| {
            let reasons = row.reasons_text();
            let status = row.status_text().to_owned();
            vec![
                row.control_id,
                row.title,
                row.purpose,
                row.area,
                row.applicability.label().to_owned(),
                reasons,
                row.justification,
                status,
                row.owner,
                row.notes,
            ]
        })
        .collect()
}
