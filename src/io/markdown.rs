//! The readiness report (`domain::report`) as a Markdown document: headings, lists of facts and
//! GitHub-flavoured tables, with every text escaped so it reads as text and nothing else.
//!
//! Each text is written on one line with Markdown's special characters backslash-escaped, so a
//! user's `#`, `|`, `<script>` or line break can neither open a block, end a table cell, nor
//! become markup. Charts write nothing: the tables carry their figures.

use crate::domain::report::{Block, Report, Table};

pub use crate::domain::markdown_text::escape;

fn line(out: &mut String, prefix: &str, text: &str) {
    out.push_str(prefix);
    out.push_str(&escape(text));
    out.push('\n');
}

fn fact(out: &mut String, label: &str, value: &str) {
    out.push_str("- **");
    out.push_str(&escape(label));
    out.push_str(":** ");
    out.push_str(&escape(value));
    out.push('\n');
}

/// One table row; missing cells are written empty and extra ones dropped, so every row has
/// the header's number of columns.
fn row(out: &mut String, cells: &[String], columns: usize) {
    out.push('|');
    for index in 0..columns {
        out.push(' ');
        out.push_str(&escape(cells.get(index).map_or("", String::as_str)));
        out.push_str(" |");
    }
    out.push('\n');
}

fn table(out: &mut String, table: &Table) {
    if !table.caption.trim().is_empty() {
        out.push('*');
        out.push_str(&escape(&table.caption));
        out.push_str("*\n\n");
    }
    let columns = table.header.len();
    row(out, &table.header, columns);
    out.push('|');
    out.push_str(&" --- |".repeat(columns));
    out.push('\n');
    for cells in &table.rows {
        row(out, cells, columns);
    }
}

/// The report as Markdown: `# title`, the cover as a list, then each section under `##`.
pub fn write_markdown(report: &Report) -> String {
    let mut out = String::new();
    line(&mut out, "# ", &report.title);
    out.push('\n');
    for (label, value) in &report.cover {
        fact(&mut out, label, value);
    }
    for section in &report.sections {
        out.push('\n');
        line(&mut out, "## ", &section.title);
        for block in &section.blocks {
            // Charts leave no trace, not even a blank line.
            if !matches!(block, Block::Chart(_)) {
                out.push('\n');
            }
            match block {
                Block::Paragraph(text) => line(&mut out, "", text),
                Block::Facts(pairs) => {
                    for (label, value) in pairs {
                        fact(&mut out, label, value);
                    }
                }
                Block::Table(content) => table(&mut out, content),
                Block::Subheading(text) => line(&mut out, "### ", text),
                Block::Chart(_) => {}
            }
        }
    }
    out
}
