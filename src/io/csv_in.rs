//! CSV reading shared by every CSV import: byte-order mark, comma or semicolon, CRLF, and
//! errors that name the line and column of the problem.
//!
//! Spreadsheets save CSV in several dialects: Excel adds a byte-order mark and, in many
//! European locales, separates cells with semicolons. Both are accepted. Errors carry the
//! 1-based line and, where there is one, the column, so the user can find the cell.
//!
//! The csv crate reads broken quoting leniently (an unclosed quote swallows the rest of the
//! file into one cell), so the text is first checked by a small scanner that refuses broken
//! quotes and absurdly wide rows with their line. Line numbers are counted from byte offsets,
//! because the csv crate's own line count skips blank lines and would point at the wrong row.

use crate::io::format::MAX_TEXT_CHARS;
use crate::io::MAX_FILE_BYTES;

/// The most data rows a CSV import reads; the answers CSV has a few hundred.
pub const MAX_ROWS: usize = 100_000;

/// The most cells in one row. Real files have about ten; a limit keeps a hostile file of
/// millions of separators from using gigabytes of memory.
pub const MAX_COLUMNS: usize = 1_000;

/// The column name given to cells to the right of the header's last column.
const BEYOND_HEADER: &str = "beyond the header";

/// Why a CSV file cannot be imported, with its place.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("the file is {size} bytes; files over 20 MB are refused")]
    TooLarge { size: usize },
    #[error("the file is empty")]
    Empty,
    #[error("the file has a header row but no rows below it")]
    NoRows,
    #[error("line {line}: {message}")]
    Malformed { line: u64, message: String },
    #[error("the header row has no column \"{name}\"; the expected header is: {expected}")]
    MissingColumn { name: String, expected: String },
    #[error("line {line}, column {column} ({column_name}): {message}")]
    Invalid {
        line: u64,
        /// 1-based.
        column: usize,
        column_name: String,
        message: String,
    },
}

/// A data row: its line in the file and its cells, with the neutralising apostrophe removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRow {
    /// The 1-based line the row starts on.
    pub line: u64,
    pub cells: Vec<String>,
}

/// A read CSV table: the header (trimmed) and the data rows. Blank rows are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvTable {
    /// The line of the header row (1 unless blank lines come first).
    pub header_line: u64,
    /// The column names, trimmed, without empty names at the end.
    pub header: Vec<String>,
    pub rows: Vec<CsvRow>,
}

/// Removes the apostrophe that export puts before cells a spreadsheet could run as formulas
/// (see `csv_out::neutralise`, which also protects cells that start with an apostrophe, so
/// exactly one is always removed).
pub fn unneutralise(cell: &str) -> String {
    cell.strip_prefix('\'').unwrap_or(cell).to_owned()
}

/// The separator: a semicolon when the header line (the first line with text) has more
/// semicolons than commas outside quotes, else a comma.
fn separator(text: &str) -> u8 {
    let (mut commas, mut semicolons) = (0usize, 0usize);
    let (mut quoted, mut started) = (false, false);
    for byte in text.bytes() {
        match byte {
            b'"' => quoted = !quoted,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semicolons += 1,
            b'\n' | b'\r' if !quoted && started => break,
            _ => {}
        }
        started |= !byte.is_ascii_whitespace();
    }
    if semicolons > commas {
        b';'
    } else {
        b','
    }
}

/// Whether the byte at `index` ends a line: a LF, or a CR not followed by LF (old Mac files).
/// A CRLF pair ends one line, at its LF.
fn ends_line(bytes: &[u8], index: usize) -> bool {
    match bytes.get(index) {
        Some(b'\n') => true,
        Some(b'\r') => bytes.get(index + 1) != Some(&b'\n'),
        _ => false,
    }
}

/// Where the scanner is within a cell.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scan {
    CellStart,
    Unquoted,
    Quoted,
    /// Just after a quote inside a quoted cell: either the closing quote or the first half of
    /// a doubled one.
    AfterQuote,
}

/// Refuses what the csv crate would read without complaint but wrongly: a quoted cell that is
/// never closed, text after a closing quote, and rows with more than `MAX_COLUMNS` cells.
/// A quote inside an unquoted cell is taken literally, as spreadsheets do.
fn check_quoting(text: &str, separator: u8) -> Result<(), CsvError> {
    let malformed = |line, message: &str| CsvError::Malformed {
        line,
        message: message.to_owned(),
    };
    let bytes = text.as_bytes();
    let (mut state, mut line, mut quote_line, mut cells) = (Scan::CellStart, 1u64, 1u64, 1usize);
    for (index, &byte) in bytes.iter().enumerate() {
        if ends_line(bytes, index) {
            line += 1;
        }
        state = match (state, byte) {
            (Scan::Quoted, b'"') => Scan::AfterQuote,
            (Scan::Quoted, _) => Scan::Quoted,
            (Scan::AfterQuote, b'"') => Scan::Quoted,
            (_, b'\n' | b'\r') => {
                cells = 1;
                Scan::CellStart
            }
            (_, byte) if byte == separator => {
                cells += 1;
                if cells > MAX_COLUMNS {
                    return Err(malformed(
                        line,
                        &format!("the row has more than {MAX_COLUMNS} cells"),
                    ));
                }
                Scan::CellStart
            }
            (Scan::AfterQuote, _) => {
                return Err(malformed(
                    line,
                    "text follows the closing quote of a cell; a quote inside a quoted cell \
                     must be doubled (\"\")",
                ))
            }
            (Scan::CellStart, b'"') => {
                quote_line = line;
                Scan::Quoted
            }
            (Scan::CellStart | Scan::Unquoted, _) => Scan::Unquoted,
        };
    }
    if state == Scan::Quoted {
        return Err(malformed(
            quote_line,
            "a quoted cell starts here but its closing quote is missing",
        ));
    }
    Ok(())
}

/// Turns byte offsets into 1-based line numbers. Offsets are asked for in increasing order,
/// so counting continues from the previous answer and the whole file is counted once.
struct LineCounter<'a> {
    bytes: &'a [u8],
    counted_to: usize,
    line: u64,
}

impl LineCounter<'_> {
    /// The line of the first byte at or after `offset` that is not a line break: a record's
    /// offset can point at blank lines skipped before it.
    fn line_at(&mut self, offset: u64) -> u64 {
        let mut offset = usize::try_from(offset).unwrap_or(usize::MAX);
        while matches!(self.bytes.get(offset), Some(b'\r' | b'\n')) {
            offset += 1;
        }
        if offset > self.counted_to && offset <= self.bytes.len() {
            let breaks = (self.counted_to..offset).filter(|&i| ends_line(self.bytes, i));
            self.line += breaks.count() as u64;
            self.counted_to = offset;
        }
        self.line
    }
}

/// Reads CSV text: optional byte-order mark, comma or semicolon, LF or CRLF. Checks the size
/// first, then quoting, then every row's width and cell lengths.
pub fn read_table(text: &str) -> Result<CsvTable, CsvError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(CsvError::TooLarge { size: text.len() });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(CsvError::Empty);
    }
    let separator = separator(text);
    check_quoting(text, separator)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut lines = LineCounter {
        bytes: text.as_bytes(),
        counted_to: 0,
        line: 1,
    };
    let mut table: Option<CsvTable> = None;
    let mut record = csv::StringRecord::new();
    loop {
        let line = match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => lines.line_at(record.position().map_or(0, csv::Position::byte)),
            // Text from a `&str` is valid UTF-8 and the scanner has checked the quoting, so
            // this is not expected. The csv crate's message is not formatted: that would add
            // its error formatting to the app for a message nobody should see.
            Err(error) => {
                let offset = error
                    .position()
                    .map_or_else(|| reader.position().byte(), csv::Position::byte);
                return Err(CsvError::Malformed {
                    line: lines.line_at(offset),
                    message: "this row cannot be read as CSV".into(),
                });
            }
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let Some(table) = &mut table else {
            let mut header: Vec<String> = record.iter().map(|c| c.trim().to_owned()).collect();
            while header.last().is_some_and(String::is_empty) {
                header.pop();
            }
            check_lengths(&record, line, &header)?;
            table = Some(CsvTable {
                header_line: line,
                header,
                rows: Vec::new(),
            });
            continue;
        };
        if table.rows.len() == MAX_ROWS {
            return Err(CsvError::Malformed {
                line,
                message: format!("the file has more than {MAX_ROWS} rows"),
            });
        }
        check_lengths(&record, line, &table.header)?;
        check_width(&record, line, &table.header)?;
        table.rows.push(CsvRow {
            line,
            cells: record.iter().map(unneutralise).collect(),
        });
    }
    table.ok_or(CsvError::Empty)
}

/// The name of a column for messages: its heading, or a note that it has none.
fn column_name(header: &[String], index: usize) -> String {
    header
        .get(index)
        .cloned()
        .unwrap_or_else(|| BEYOND_HEADER.to_owned())
}

/// Refuses cells longer than any text the app keeps.
fn check_lengths(record: &csv::StringRecord, line: u64, header: &[String]) -> Result<(), CsvError> {
    // A cell has at least as many bytes as characters, so only long cells are counted.
    match record
        .iter()
        .position(|cell| cell.len() > MAX_TEXT_CHARS && cell.chars().count() > MAX_TEXT_CHARS)
    {
        Some(index) => Err(CsvError::Invalid {
            line,
            column: index + 1,
            column_name: column_name(header, index),
            message: format!("the cell is longer than {MAX_TEXT_CHARS} characters"),
        }),
        None => Ok(()),
    }
}

/// Refuses rows with fewer cells than the header has columns, and text beyond them.
fn check_width(record: &csv::StringRecord, line: u64, header: &[String]) -> Result<(), CsvError> {
    let (width, columns) = (record.len(), header.len());
    if width < columns {
        return Err(CsvError::Invalid {
            line,
            column: width + 1,
            column_name: column_name(header, width),
            message: format!("the row ends before this column; the header has {columns} columns"),
        });
    }
    match record
        .iter()
        .enumerate()
        .skip(columns)
        .find(|(_, cell)| !cell.trim().is_empty())
    {
        Some((index, _)) => Err(CsvError::Invalid {
            line,
            column: index + 1,
            column_name: BEYOND_HEADER.to_owned(),
            message: format!("the header ends at column {columns}, but this row has text here"),
        }),
        None => Ok(()),
    }
}

impl CsvTable {
    /// The position of a column, found by name regardless of case and surrounding spaces.
    /// A name that heads two columns is an error: which one is meant cannot be known.
    pub fn column(&self, name: &str) -> Result<Option<usize>, CsvError> {
        let mut found = self
            .header
            .iter()
            .enumerate()
            .filter(|(_, heading)| heading.eq_ignore_ascii_case(name))
            .map(|(index, _)| index);
        let first = found.next();
        match found.next() {
            Some(second) => Err(CsvError::Invalid {
                line: self.header_line,
                column: second + 1,
                column_name: column_name(&self.header, second),
                message: format!("the header has two columns named \"{name}\"; keep one"),
            }),
            None => Ok(first),
        }
    }

    /// Like `column`, for a column the import cannot do without. `expected` is the header
    /// the error message shows.
    pub fn required_column(&self, name: &str, expected: &[&str]) -> Result<usize, CsvError> {
        self.column(name)?.ok_or_else(|| CsvError::MissingColumn {
            name: name.to_owned(),
            expected: expected.join(", "),
        })
    }
}

impl CsvRow {
    /// The cell in a column, or an empty text for a column the file does not have. (Rows
    /// shorter than the header are refused when the table is read.)
    pub fn cell(&self, column: Option<usize>) -> &str {
        column
            .and_then(|index| self.cells.get(index))
            .map_or("", String::as_str)
    }

    /// An error about the cell in a column (0-based) of this row.
    pub fn error(&self, table: &CsvTable, column: usize, message: impl Into<String>) -> CsvError {
        CsvError::Invalid {
            line: self.line,
            column: column + 1,
            column_name: column_name(&table.header, column),
            message: message.into(),
        }
    }
}
