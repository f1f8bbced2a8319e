//! Named actions on the records of the management system (the seven registers), the road to
//! certification's target dates and the templates' texts, with the undo of a deleted entry
//! or measurement.

use crate::domain::records::{Decimal, Measurement, Record, RegisterKind};
use crate::domain::templates::{self, TemplateSpec};
use crate::io::csv_records;
use crate::platform::{clock, crypto, upload::PickedFile};
use crate::state::actions::date_from_input;
use crate::state::export::export_stem;
use crate::state::notices::Spot;
use crate::state::AppState;
use leptos::prelude::*;

/// What "Undo" on a register page puts back.
#[derive(Debug, Clone, PartialEq)]
pub enum RecordUndo {
    /// A deleted entry and where it was.
    Entry(RegisterKind, usize, Record),
    /// A deleted measurement of an objective.
    Measurement(String, Measurement),
}

/// State of the register pages beyond the assessment: the last delete, for "Undo".
#[derive(Clone, Copy)]
pub struct RecordsState {
    pub deleted: RwSignal<Option<RecordUndo>>,
}

impl RecordsState {
    pub fn new() -> RecordsState {
        RecordsState {
            deleted: RwSignal::new(None),
        }
    }

    /// The state provided by `App`; a missing one is a programming error.
    pub fn expect() -> RecordsState {
        use_context::<RecordsState>().expect("RecordsState is provided by App")
    }

    /// The message of the undo notice, while there is something to undo.
    pub fn undo_message(&self) -> Option<String> {
        self.deleted.with(|deleted| match deleted.as_ref()? {
            RecordUndo::Entry(kind, _, record) => Some(format!(
                "{} {} was deleted.",
                record.id,
                quoted_name(*kind, record)
            )),
            RecordUndo::Measurement(id, measurement) => Some(format!(
                "The measurement of {} on {} was deleted.",
                id, measurement.date
            )),
        })
    }

    /// Deletes an entry, keeping it for "Undo".
    pub fn delete(&self, state: AppState, kind: RegisterKind, id: &str) {
        let mut removed = None;
        state.edit_at(Spot::Records, |assessment| {
            removed = Some(assessment.records.remove(kind, id)?);
            Ok::<(), crate::domain::records::RecordError>(())
        });
        if let Some((index, record)) = removed {
            self.deleted
                .set(Some(RecordUndo::Entry(kind, index, record)));
        }
    }

    /// Deletes a measurement of an objective, keeping it for "Undo".
    pub fn delete_measurement(&self, state: AppState, id: &str, index: usize) {
        let mut removed = None;
        state.edit_at(Spot::Records, |assessment| {
            removed = Some(assessment.records.remove_measurement(id, index)?);
            Ok::<(), crate::domain::records::RecordError>(())
        });
        if let Some(measurement) = removed {
            self.deleted
                .set(Some(RecordUndo::Measurement(id.to_owned(), measurement)));
        }
    }

    /// Puts the last deleted entry or measurement back.
    pub fn undo(&self, state: AppState) {
        let Some(undo) = self.deleted.get_untracked() else {
            return;
        };
        state.edit_at(Spot::Records, |assessment| match undo {
            RecordUndo::Entry(kind, index, record) => {
                assessment.records.restore(kind, index, record);
                Ok(())
            }
            RecordUndo::Measurement(id, measurement) => {
                assessment.records.add_measurement(&id, measurement)
            }
        });
        self.deleted.set(None);
    }
}

impl Default for RecordsState {
    fn default() -> Self {
        RecordsState::new()
    }
}

/// An entry's name in quotes, or "(no name)".
pub fn quoted_name(kind: RegisterKind, record: &Record) -> String {
    let name = record.text(kind.spec().name_field).trim();
    if name.is_empty() {
        "(no name)".to_owned()
    } else {
        format!("\"{name}\"")
    }
}

impl AppState {
    /// Adds an entry to a register and returns its ID, or `None` (with a message) when the
    /// name is empty.
    pub fn add_record(&self, kind: RegisterKind, name: &str) -> Option<String> {
        let name = name.trim();
        let spec = kind.spec();
        if name.is_empty() {
            self.report_error_at(
                Spot::Records,
                format!("Fill in \"{}\" first.", spec.add_label),
            );
            return None;
        }
        let mut id = None;
        self.edit_at(Spot::Records, |assessment| {
            id = Some(assessment.records.add(kind, name.to_owned())?);
            Ok::<(), crate::domain::records::RecordError>(())
        });
        id
    }

    /// Sets one field of an entry; a value that does not suit the field is refused with a
    /// message and the entry stays as it was.
    pub fn set_record_value(&self, kind: RegisterKind, id: &str, key: &str, value: String) {
        self.edit_at(Spot::Records, |assessment| {
            assessment.records.set_value(kind, id, key, value)
        });
    }

    /// Sets a list field of an entry (items, systems, ticked choices).
    pub fn set_record_list(&self, kind: RegisterKind, id: &str, key: &str, entries: Vec<String>) {
        self.edit_at(Spot::Records, |assessment| {
            assessment
                .records
                .set_list(crate::domain::catalog::catalog(), kind, id, key, entries)
        });
    }

    /// One field of an entry, following every change ("" once the entry is gone).
    pub fn record_value(
        &self,
        kind: RegisterKind,
        id: String,
        key: &'static str,
    ) -> Signal<String> {
        let assessment = self.assessment;
        Signal::derive(move || {
            assessment.with(|a| {
                a.records
                    .get(kind)
                    .record(&id)
                    .map(|record| record.text(key).to_owned())
                    .unwrap_or_default()
            })
        })
    }

    /// Adds a measurement to an objective from the form's texts; returns whether it was added
    /// (the form keeps what was typed otherwise).
    pub fn add_measurement(&self, id: &str, date: &str, value: &str, comment: &str) -> bool {
        let date = match date_from_input(date) {
            Ok(Some(date)) => date,
            Ok(None) => {
                self.report_error_at(Spot::Records, "Give the date of the measurement.");
                return false;
            }
            Err(error) => {
                self.report_error_at(Spot::Records, format!("Date of the measurement: {error}."));
                return false;
            }
        };
        let value = match Decimal::parse(value) {
            Ok(value) => value,
            Err(error) => {
                self.report_error_at(Spot::Records, format!("Value of the measurement: {error}."));
                return false;
            }
        };
        let mut added = false;
        self.edit_at(Spot::Records, |assessment| {
            assessment.records.add_measurement(
                id,
                Measurement {
                    date,
                    value,
                    comment: comment.trim().to_owned(),
                },
            )?;
            added = true;
            Ok::<(), crate::domain::records::RecordError>(())
        });
        added
    }

    /// Takes the SHA-256 fingerprint of a chosen file and records it, with the file's name,
    /// on a document entry. The file is read in the browser only.
    pub fn take_fingerprint(&self, id: String, file: PickedFile) {
        let state = *self;
        state.inform_at(
            Spot::Records,
            format!("Taking the fingerprint of {}...", file.name()),
        );
        leptos::task::spawn_local(async move {
            match crypto::sha256_hex(&file).await {
                Ok(hex) => {
                    let kind = RegisterKind::Documents;
                    state.set_record_value(kind, &id, "sha256", hex);
                    state.set_record_value(kind, &id, "fingerprint_of", file.name());
                    state.inform_at(
                        Spot::Records,
                        format!(
                            "Fingerprint of {} recorded. The file itself was not kept.",
                            file.name()
                        ),
                    );
                }
                Err(error) => state
                    .report_error_at(Spot::Records, format!("No fingerprint was taken: {error}.")),
            }
        });
    }

    /// Checks a chosen file against a document's recorded fingerprint and says whether it is
    /// the same file.
    pub fn check_fingerprint(&self, id: String, file: PickedFile) {
        let state = *self;
        leptos::task::spawn_local(async move {
            let recorded = state.assessment.with_untracked(|a| {
                a.records
                    .get(RegisterKind::Documents)
                    .record(&id)
                    .map(|record| record.text("sha256").to_owned())
                    .unwrap_or_default()
            });
            match crypto::sha256_hex(&file).await {
                Ok(hex) if hex == recorded => state.inform_at(
                    Spot::Records,
                    format!("{} matches the fingerprint recorded for {id}: it is the same file.", file.name()),
                ),
                Ok(hex) => state.report_error_at(
                    Spot::Records,
                    format!(
                        "{} does not match the fingerprint recorded for {id}: it is a different file or version (its fingerprint is {hex}).",
                        file.name()
                    ),
                ),
                Err(error) => state.report_error_at(
                    Spot::Records,
                    format!("The file could not be checked: {error}."),
                ),
            }
        });
    }

    /// Sets or clears (empty text) the target date of a stage of the certification audit.
    pub fn set_stage_target(&self, stage: u8, text: &str) {
        let date = match date_from_input(text) {
            Ok(date) => date,
            Err(error) => {
                self.report_error_at(
                    Spot::Certification,
                    format!("That date was not kept: {error}."),
                );
                return;
            }
        };
        self.edit_at(Spot::Certification, |assessment| {
            match stage {
                1 => assessment.certification.stage1_target = date,
                _ => assessment.certification.stage2_target = date,
            }
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Keeps the user's edited text of a template; the text the app generates is never
    /// stored, so an unedited template follows the assessment.
    pub fn set_template_text(&self, slug: &str, text: String) {
        self.edit_at(Spot::Templates, |assessment| {
            let old = assessment
                .template_texts
                .get(slug)
                .map_or("", String::as_str);
            crate::domain::limits::check_text_change(old, &text)?;
            assessment.template_texts.insert(slug.to_owned(), text);
            Ok::<(), crate::domain::limits::LimitError>(())
        });
    }

    /// Drops the user's edits of a template, so it is generated afresh.
    pub fn reset_template_text(&self, slug: &str) {
        self.edit_at(Spot::Templates, |assessment| {
            assessment.template_texts.remove(slug);
            Ok::<(), std::convert::Infallible>(())
        });
    }

    /// Offers a register as a CSV file; the objectives register also offers its measurements
    /// as a second file.
    pub fn export_register_csv(&self, kind: RegisterKind) {
        let (stem, text, measurements) = self.assessment.with_untracked(|a| {
            let register = a.records.get(kind);
            let measurements = (kind == RegisterKind::Objectives
                && register
                    .records
                    .iter()
                    .any(|record| !record.measurements.is_empty()))
            .then(|| csv_records::measurements_csv(register));
            (
                export_stem(&a.name),
                csv_records::register_csv(kind, register),
                measurements,
            )
        });
        let today = clock::today_text();
        let filename = csv_records::register_csv_file_name(&stem, kind, &today);
        self.offer(Spot::Records, filename, "text/csv;charset=utf-8", Ok(text));
        if let Some(measurements) = measurements {
            let filename = csv_records::measurements_csv_file_name(&stem, &today);
            self.offer(
                Spot::Records,
                filename,
                "text/csv;charset=utf-8",
                Ok(measurements),
            );
        }
    }

    /// A template's text as the user sees it: their edited copy, or the text generated from
    /// the assessment as it stands.
    pub fn template_text(&self, spec: &'static TemplateSpec) -> Memo<String> {
        let assessment = self.assessment;
        Memo::new(move |_| {
            assessment.with(|a| match a.template_texts.get(spec.slug) {
                Some(edited) => edited.clone(),
                None => templates::generate(spec, a, clock::today()),
            })
        })
    }

    /// Offers a template's current text as a Markdown file.
    pub fn export_template(&self, spec: &'static TemplateSpec, text: String) {
        let stem = self.assessment.with_untracked(|a| export_stem(&a.name));
        let filename = format!("{stem}-{}-{}.md", spec.slug, clock::today_text());
        self.offer(
            Spot::Templates,
            filename,
            "text/markdown;charset=utf-8",
            Ok(text),
        );
    }

    /// Records an adopted template in the documents register: an entry with the template's
    /// title, the items it serves and today's date as where it came from. Returns its ID.
    pub fn adopt_template(&self, spec: &'static TemplateSpec) -> Option<String> {
        let mut id = None;
        let today = clock::today_text();
        self.edit_at(Spot::Templates, |assessment| {
            let kind = RegisterKind::Documents;
            let new_id = assessment.records.add(kind, spec.title.to_owned())?;
            let serves = spec.serves.iter().map(|item| (*item).to_owned()).collect();
            assessment.records.set_list(
                crate::domain::catalog::catalog(),
                kind,
                &new_id,
                "items",
                serves,
            )?;
            assessment.records.set_value(
                kind,
                &new_id,
                "notes",
                format!(
                    "Adopted from the AIMS Assess template \"{}\" on {today}.",
                    spec.title
                ),
            )?;
            id = Some(new_id);
            Ok::<(), crate::domain::records::RecordError>(())
        });
        if let Some(id) = &id {
            self.inform_at(
                Spot::Templates,
                format!("Recorded as {id} in the documents register. Give it an owner, a version and its approval there."),
            );
        }
        id
    }
}
