//! The .xlsx file of a workbook description (`io::workbook_spec`), written with
//! rust_xlsxwriter. Pure: bytes in memory, which `platform::download` offers as a file.
//!
//! Every sheet gets a bold header row that stays in view (frozen), a filter over its columns
//! and the widths given; dates are written as spreadsheet dates and every text with
//! `write_string`, so a text such as "=SUM(A1)" stays text and never becomes a formula.

use crate::io::workbook_spec::{date_parts, Cell, SheetSpec, WorkbookSpec};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};

/// How a date shows in a cell: the same `YYYY-MM-DD` as the app and the CSV files.
const DATE_FORMAT: &str = "yyyy-mm-dd";

/// The .xlsx file of a workbook description.
pub fn write_xlsx(spec: &WorkbookSpec) -> Result<Vec<u8>, String> {
    let mut workbook = Workbook::new();
    let header = Format::new().set_bold().set_text_wrap();
    let date = Format::new().set_num_format(DATE_FORMAT);
    for sheet in &spec.sheets {
        let worksheet = workbook.add_worksheet();
        write_sheet(worksheet, sheet, &header, &date).map_err(|error| {
            format!(
                "the sheet \"{}\" could not be written ({error})",
                sheet.name
            )
        })?;
    }
    workbook
        .save_to_buffer()
        .map_err(|error| format!("the workbook could not be put together ({error})"))
}

fn write_sheet(
    worksheet: &mut Worksheet,
    sheet: &SheetSpec,
    header: &Format,
    date: &Format,
) -> Result<(), XlsxError> {
    worksheet.set_name(&sheet.name)?;
    for (column, spec) in sheet.columns.iter().enumerate() {
        let column = column_number(column)?;
        worksheet.write_string_with_format(0, column, &spec.header, header)?;
        worksheet.set_column_width(column, f64::from(spec.width))?;
    }
    for (at, row) in sheet.rows.iter().enumerate() {
        let row_number = u32::try_from(at + 1).map_err(|_| XlsxError::RowColumnLimitError)?;
        for (column, cell) in row.iter().enumerate() {
            let column = column_number(column)?;
            match cell {
                Cell::Text(text) => {
                    worksheet.write_string(row_number, column, text)?;
                }
                Cell::Number(text) => match text.parse::<f64>() {
                    Ok(number) if number.is_finite() => {
                        worksheet.write_number(row_number, column, number)?;
                    }
                    // Not a number after all: kept as the text it is rather than lost.
                    _ => {
                        worksheet.write_string(row_number, column, text)?;
                    }
                },
                Cell::Date(text) => {
                    let value = date_parts(text).and_then(|(year, month, day)| {
                        ExcelDateTime::from_ymd(year, month, day).ok()
                    });
                    match value {
                        Some(value) => {
                            worksheet
                                .write_datetime_with_format(row_number, column, &value, date)?;
                        }
                        // Not a date a spreadsheet can hold (such as one before 1900): kept as
                        // the text it is rather than lost.
                        None => {
                            worksheet.write_string(row_number, column, text)?;
                        }
                    }
                }
                Cell::Empty => {}
            }
        }
    }
    if let Some(last) = sheet.columns.len().checked_sub(1) {
        let last_row =
            u32::try_from(sheet.rows.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        worksheet.autofilter(0, 0, last_row, column_number(last)?)?;
        worksheet.set_freeze_panes(1, 0)?;
    }
    Ok(())
}

/// A column's number as rust_xlsxwriter counts them.
fn column_number(column: usize) -> Result<u16, XlsxError> {
    u16::try_from(column).map_err(|_| XlsxError::RowColumnLimitError)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::workbook_spec::{ColumnKind, ColumnSpec};
    use std::io::Read;

    fn spec() -> WorkbookSpec {
        let column = |header: &str, kind| ColumnSpec {
            header: header.to_owned(),
            width: 12,
            kind,
        };
        WorkbookSpec {
            sheets: vec![
                SheetSpec {
                    name: "Answers".to_owned(),
                    columns: vec![
                        column("Item ID", ColumnKind::Text),
                        column("Due date", ColumnKind::Date),
                        column("Likelihood", ColumnKind::Number),
                    ],
                    rows: vec![
                        vec![
                            Cell::Text("=SUM(A1)".to_owned()),
                            Cell::Date("2026-12-31".to_owned()),
                            Cell::Number("3".to_owned()),
                        ],
                        vec![Cell::Text("4.1".to_owned()), Cell::Empty, Cell::Empty],
                    ],
                },
                SheetSpec {
                    name: "Risks".to_owned(),
                    columns: vec![column("ID", ColumnKind::Text)],
                    rows: Vec::new(),
                },
            ],
        }
    }

    /// The text of one part of the .xlsx file (a zip archive).
    fn part(bytes: &[u8], name: &str) -> String {
        let mut archive =
            zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("the file is a zip archive");
        let mut text = String::new();
        archive
            .by_name(name)
            .unwrap_or_else(|_| panic!("the file has {name}"))
            .read_to_string(&mut text)
            .expect("the part is text");
        text
    }

    #[test]
    fn a_workbook_has_every_sheet_with_frozen_filtered_headers() {
        let bytes = write_xlsx(&spec()).expect("the workbook is written");
        let workbook = part(&bytes, "xl/workbook.xml");
        assert!(workbook.contains(r#"<sheet name="Answers""#), "{workbook}");
        assert!(workbook.contains(r#"<sheet name="Risks""#), "{workbook}");
        let answers = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(answers.contains(r#"ySplit="1""#), "{answers}");
        assert!(
            answers.contains(r#"<autoFilter ref="A1:C3"/>"#),
            "{answers}"
        );
        let risks = part(&bytes, "xl/worksheets/sheet2.xml");
        assert!(risks.contains(r#"<autoFilter ref="A1"/>"#), "{risks}");
    }

    #[test]
    fn formula_like_text_stays_text_and_dates_are_dates() {
        let bytes = write_xlsx(&spec()).expect("the workbook is written");
        let answers = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(!answers.contains("<f>"), "no formula in {answers}");
        // A2 is a shared string, B2 the serial number of 2026-12-31 with a date style, C2 a
        // number.
        assert!(answers.contains(r#"<c r="A2" t="s">"#), "{answers}");
        assert!(answers.contains("<v>46387</v>"), "{answers}");
        assert!(answers.contains(r#"<c r="C2"><v>3</v></c>"#), "{answers}");
        let strings = part(&bytes, "xl/sharedStrings.xml");
        assert!(strings.contains("=SUM(A1)"), "{strings}");
        let styles = part(&bytes, "xl/styles.xml");
        assert!(styles.contains(r#"formatCode="yyyy-mm-dd""#), "{styles}");
    }

    #[test]
    fn a_date_no_spreadsheet_holds_is_kept_as_text() {
        let mut early = spec();
        early.sheets[0].rows[0][1] = Cell::Date("1899-12-01".to_owned());
        let bytes = write_xlsx(&early).expect("the workbook is written");
        let answers = part(&bytes, "xl/worksheets/sheet1.xml");
        assert!(answers.contains(r#"<c r="B2" t="s">"#), "{answers}");
        assert!(part(&bytes, "xl/sharedStrings.xml").contains("1899-12-01"));
    }

    #[test]
    fn a_bad_sheet_name_is_refused_in_plain_words() {
        let mut long = spec();
        long.sheets[1].name = "A name far longer than thirty-one characters".to_owned();
        let error = write_xlsx(&long).expect_err("name too long");
        assert!(error.contains("\"A name far longer"), "{error}");
    }
}
