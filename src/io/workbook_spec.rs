//! The description of a workbook that `io::workbook` builds and `io::xlsx` writes: sheets,
//! their columns (header, width, kind) and typed cells.

/// A whole workbook: its sheets in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkbookSpec {
    pub sheets: Vec<SheetSpec>,
}

/// One sheet: a header row of `columns`, then `rows` (each as long as `columns` or shorter).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetSpec {
    /// The tab's name: at most 31 characters, none of `[]:*?/\`, unique in the workbook.
    pub name: String,
    pub columns: Vec<ColumnSpec>,
    pub rows: Vec<Vec<Cell>>,
}

/// One column: its header, its width in characters and what its cells hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColumnSpec {
    pub header: String,
    pub width: u16,
    pub kind: ColumnKind,
}

/// What a column's cells hold, which decides how a text from a row builder becomes a cell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    Text,
    Number,
    Date,
}

/// One cell. Numbers are kept as their decimal text, as the row builders give them; the
/// writer reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// Text, always written as text: a text that starts with "=" stays text, never a formula.
    Text(String),
    /// A number as plain decimal text (`is_plain_number`), such as "2.5" or "-3".
    Number(String),
    /// A calendar date as `YYYY-MM-DD`, written as a spreadsheet date.
    Date(String),
    Empty,
}

/// The most characters a spreadsheet cell holds (Excel's limit).
pub const MAX_CELL_CHARS: usize = 32_767;

/// The most characters of a sheet name (Excel's limit).
pub const MAX_SHEET_NAME_CHARS: usize = 31;

/// The characters a sheet name may not contain.
pub const SHEET_NAME_FORBIDDEN: [char; 7] = ['[', ']', ':', '*', '?', '/', '\\'];

/// A date written as `YYYY-MM-DD` as its year, month and day, or `None` when the text is not
/// in that form. Whether the day exists is the writer's check.
pub fn date_parts(text: &str) -> Option<(u16, u8, u8)> {
    let bytes = text.as_bytes();
    let shape = bytes.len() == 10
        && bytes.iter().enumerate().all(|(at, byte)| match at {
            4 | 7 => *byte == b'-',
            _ => byte.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    let year = text.get(0..4)?.parse().ok()?;
    let month = text.get(5..7)?.parse().ok()?;
    let day = text.get(8..10)?.parse().ok()?;
    Some((year, month, day))
}

/// Whether a text is a plain decimal number: an optional minus, digits, and optionally a point
/// followed by digits, with at most 15 digits in all (what a spreadsheet keeps exactly).
pub fn is_plain_number(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
    digits(whole) && fraction.is_none_or(digits) && whole.len() + fraction.map_or(0, str::len) <= 15
}
