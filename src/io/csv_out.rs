//! CSV export: spreadsheet files (RFC 4180 quoting, `\n` line ends), with every cell
//! neutralised so that a spreadsheet never runs user text as a formula. The columns, the
//! byte-order mark and the neutralisation are described in docs/CSV.md.
//!
//! The writer is a few lines here rather than the csv crate's: the crate's writer carries a
//! floating-point parser (for a quoting style the app does not use) that costs the page more
//! than everything below. A native test checks that the output is byte for byte what the csv
//! crate writes. Reading CSV still uses the csv crate.

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
pub fn write_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    write_record(&mut out, header.iter().copied());
    for row in rows {
        let cells: Vec<String> = row.iter().map(|cell| neutralise(cell)).collect();
        write_record(&mut out, cells.iter().map(String::as_str));
    }
    out
}

/// Appends one record and its line end. A cell is quoted when it holds a comma, a quote or a
/// line break (quotes inside are doubled). A record of one empty cell is written as `""`, as
/// the csv crate does, so that it is not read back as an empty line.
fn write_record<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    let start = out.len();
    let mut count = 0;
    for cell in cells {
        if count > 0 {
            out.push(',');
        }
        count += 1;
        if cell.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
    if count == 1 && out.len() == start {
        out.push_str("\"\"");
    }
    out.push('\n');
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
pub fn soa_csv(catalog: Catalog, assessment: &Assessment, summary: &Summary) -> String {
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
