//! The action plan CSV: one row per planned action, for sharing the plan or tracking it in a
//! spreadsheet. It is written only, never read back: the plan is derived from the assessment,
//! whose own files carry what users record (docs/CSV.md).

use crate::domain::action_plan::PlannedAction;
use crate::domain::date::IsoDate;
use crate::io::csv_out::{with_bom, write_table};

/// The columns of the action plan CSV, in order.
pub const ACTIONS_HEADER: [&str; 11] = [
    "Key", "Kind", "Item", "Risk", "Action", "Owner", "Due date", "Priority", "Status", "Overdue",
    "Notes",
];

/// The actions as CSV, in the order given (usually the list as shown), starting with a
/// byte-order mark for Excel. Overdue is `Yes` or `No` against `today`, and empty when today's
/// date is unknown.
pub fn write_actions_csv(actions: &[&PlannedAction], today: Option<IsoDate>) -> String {
    with_bom(write_table(&ACTIONS_HEADER, &actions_rows(actions, today)))
}

/// The rows of the action plan CSV (and the workbook's Action plan sheet), in
/// `ACTIONS_HEADER`'s columns, as texts before neutralising.
pub fn actions_rows(actions: &[&PlannedAction], today: Option<IsoDate>) -> Vec<Vec<String>> {
    actions
        .iter()
        .map(|action| {
            let overdue = match today {
                None => "",
                Some(_) if action.is_overdue(today) => "Yes",
                Some(_) => "No",
            };
            vec![
                action.key.clone(),
                action.kind.label().to_owned(),
                action.item_id.clone().unwrap_or_default(),
                action.risk_id.clone().unwrap_or_default(),
                action.title.clone(),
                action.owner.clone(),
                action
                    .due_date
                    .map_or(String::new(), |date| date.to_string()),
                action.priority.label().to_owned(),
                action.status.label().to_owned(),
                overdue.to_owned(),
                action.notes.clone(),
            ]
        })
        .collect()
}
