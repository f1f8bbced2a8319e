//! The NIST AI RMF crosswalk as CSV: one row per pair of an AI RMF subcategory and an
//! ISO/IEC 42001 item, with the subcategory's coverage and the item's status in the open
//! assessment. Written only; docs/crosswalks.md describes the columns.
//!
//! Like every CSV of the app, the file starts with a byte-order mark and every cell is
//! neutralised (`io::csv_out`).

use crate::domain::catalog::Catalog;
use crate::domain::nist_crosswalk::{Crosswalk, CrosswalkCoverage};
use crate::domain::scoring::Summary;
use crate::io::csv_out::{with_bom, write_table};

/// The columns of the crosswalk CSV, in order.
pub const NIST_HEADER: [&str; 9] = [
    "Function",
    "Category",
    "Subcategory",
    "Subcategory in brief (our words)",
    "Subcategory coverage",
    "ISO/IEC 42001 ID",
    "ISO/IEC 42001 title",
    "Status",
    "Mapping source",
];

/// A coverage figure as written in the file: "62%", or "Not applicable" when every mapped
/// item is a justified exclusion.
pub fn coverage_text(percent: Option<u32>) -> String {
    percent.map_or_else(
        || "Not applicable".to_owned(),
        |percent| format!("{percent}%"),
    )
}

/// The crosswalk with the open assessment's coverage and statuses, as CSV.
pub fn nist_csv(
    crosswalk: &Crosswalk,
    coverage: &CrosswalkCoverage,
    summary: &Summary,
    catalog: Catalog,
) -> String {
    let source = format!(
        "{} ({}), checked {}",
        crosswalk.source.title, crosswalk.source.url, crosswalk.source.last_checked
    );
    let mut rows = Vec::new();
    for (function, category, subcategory) in crosswalk.subcategories() {
        let covered = coverage_text(
            coverage
                .subcategory(&subcategory.id)
                .and_then(|entry| entry.percent()),
        );
        for id in &subcategory.iso {
            let title = catalog.item(id).map_or("", |item| item.title);
            rows.push(vec![
                function.name.clone(),
                category.id.clone(),
                subcategory.id.clone(),
                subcategory.summary.clone(),
                covered.clone(),
                id.clone(),
                title.to_owned(),
                summary.item(id).status().label().to_owned(),
                source.clone(),
            ]);
        }
    }
    with_bom(write_table(&NIST_HEADER, &rows))
}
