//! The answers CSV: one row per catalog question with its item's notes, evidence, owner and
//! due date, written for spreadsheets and read back after editing.
