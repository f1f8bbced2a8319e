//! Anonymising an assessment for sharing as a benchmark: the organisation's name, people's
//! names and free text are removed, while answers and decisions stay (the exceptions, risk
//! titles and the AI system inventory, are below).
//!
//! Kept: every answer, due dates, the size band and AI roles (choices from fixed lists, the
//! context a benchmark needs and too coarse to name anyone), SoA decisions and inclusion
//! reasons, and the SoA version; for each AI system its ID, roles, kinds of data, life-cycle
//! stage, degree of automation, capabilities, impact answers, follow-ups and context choices,
//! assessment and approval dates, and earlier versions (their free texts removed the same way). Removed: the assessment's
//! and organisation's names, the sector and scope (free text, which could name anyone), the
//! SoA approver, each item's notes, evidence and owner, and every free text of an AI system
//! (its name becomes "AI system S1" and so on, since a system needs a name). An exclusion's
//! justification, the reason an impact section does not apply and the name of an impact
//! assessment's approver are replaced by fixed sentences rather than emptied, so that a
//! justified exclusion stays justified, a section stays not applicable, an approval stays an
//! approval, and every score and level of the copy equals the original's.
//! The organisation's own controls keep their IDs and decisions; the title becomes "Own
//! control O1" and so on and the description is removed.
//!
//! In the risk register the copy keeps the criteria, each risk's title, references (system,
//! Annex C source and objective, Annex A controls), ratings, treatment, status and dates, and
//! removes each risk's description and owner, the acceptance rationale, and every treatment
//! action's description and owner. Titles stay because without them the register says nothing
//! to a reader; they are meant to name a risk, not a person. The name of whoever accepted a
//! risk is replaced by a fixed one rather than emptied, so that an accepted risk stays
//! accepted and the register's findings are the same as the original's.
//!
//! In the action plan the copy keeps every key, ID, item link, priority, status and due date,
//! and removes the notes of each update and of each custom action, and a custom action's
//! owner; its title becomes "Action A1" and so on, since an action needs a title and the
//! user's own words could name anyone. Reviewer comments keep their ID, item, date and
//! resolved flag; the author is removed and the text replaced by a fixed sentence, so the copy
//! still shows where a reviewer asked for something and whether it was dealt with.
//!
//! In the registers of the management system the copy keeps every entry's ID, dates, numbers,
//! choices, ticked choices, clause items and AI systems, the fingerprints of documents and the
//! measurements' dates and values, and the entries' names (a document's or audit's title, an
//! objective, a role, a supplier and its component), which name things rather than people,
//! except an incident's title, which often tells who was involved and becomes "Entry INC1"
//! and so on. The fields that name people are emptied: owners, the people in a role and a
//! supplier's contact; those whose being filled in is itself a fact an auditor looks for (who
//! approved a document, who audited, who attended a review) are replaced by `REMOVED_NAME`.
//! Other short texts that may name people or places (where a document, an audit report or the
//! minutes are kept, the file a fingerprint was taken of, the evidence of competence) and
//! notes are removed; the remaining free texts (descriptions, findings, decisions, causes,
//! corrective actions and the like) are replaced by `REMOVED_TEXT` when filled in, so that
//! what is filled in and what is missing stays the same. Measurements' comments are removed.
//! The certification plan's dates stay; the user's own template texts are removed, since they
//! are the organisation's documents in its own words.
//!
//! Each AI system's EU AI Act record keeps its answers, obligation statuses and review date;
//! the notes on obligations are removed and the reviewer's name is replaced by `REMOVED_NAME`.
//! Whether the organisation holds ISO/IEC 27001 certification stays, like the size band.

use crate::domain::action_plan::ActionUpdate;
use crate::domain::assessment::{Assessment, ItemRecord};
use crate::domain::records::{FieldKind, RegisterKind, Registers};
use crate::domain::system::{ImpactRecord, SystemText};

/// The name of every anonymised copy.
pub const ANONYMISED_NAME: &str = "Anonymised assessment";

/// What replaces a written exclusion justification in an anonymised copy.
pub const REMOVED_JUSTIFICATION: &str = "Justification removed in the anonymised copy.";

/// What replaces the name of the person who accepted a risk in an anonymised copy.
pub const REMOVED_NAME: &str = "Name removed in the anonymised copy";

/// What replaces the reason why an impact assessment section does not apply.
pub const REMOVED_REASON: &str = "Reason removed in the anonymised copy.";

/// What replaces a filled-in free text of a register entry in an anonymised copy.
pub const REMOVED_TEXT: &str = "Text removed in the anonymised copy.";

/// What replaces the text of a reviewer comment in an anonymised copy.
pub const REMOVED_COMMENT: &str = "Comment removed in the anonymised copy.";

/// A copy of the assessment with names and free text removed, as described in the module
/// documentation. A non-empty exclusion justification becomes `REMOVED_JUSTIFICATION` rather
/// than empty, so justified exclusions stay justified and every score of the copy
/// (`domain::scoring::Summary`) equals the original's; likewise a risk's acceptance keeps a
/// name (`REMOVED_NAME`) when it had one.
pub fn anonymise(assessment: &Assessment) -> Assessment {
    let mut copy = assessment.clone();
    copy.name = ANONYMISED_NAME.to_owned();
    copy.profile.organisation.clear();
    copy.profile.sector.clear();
    copy.profile.scope.clear();
    copy.profile.assessor.clear();
    copy.soa.approved_by.clear();
    for record in copy.items.values_mut() {
        record.notes.clear();
        record.question_notes.clear();
        record.evidence.clear();
        record.owner.clear();
    }
    // A record left with nothing in it is not kept, as elsewhere in the model.
    copy.items
        .retain(|_, record| *record != ItemRecord::default());
    for decision in copy.soa.decisions.values_mut() {
        if !decision.justification.trim().is_empty() {
            decision.justification = REMOVED_JUSTIFICATION.to_owned();
        }
    }
    // An own control needs a title to be told apart; the user's words could name anyone.
    for control in &mut copy.soa.own_controls {
        control.title = format!("Own control {}", control.id);
        control.description.clear();
    }
    for system in &mut copy.inventory.systems {
        let approved = !system.impact.approved_by.trim().is_empty();
        for field in SystemText::ALL {
            // Emptying a text is always within the limits.
            let _emptied = system.set_text(field, String::new());
        }
        system.name = format!("AI system {}", system.id);
        if approved {
            // The approval stays visible as a fact; only the name goes.
            REMOVED_NAME.clone_into(&mut system.impact.approved_by);
        }
        anonymise_impact_extras(&mut system.impact);
        for version in &mut system.impact_history {
            anonymise_impact_version(version);
        }
        // The EU AI Act classification's answers and statuses are choices and stay; the
        // reviewer's name becomes a fixed one so a reviewed classification stays reviewed.
        if !system.eu_ai_act.reviewed_by.trim().is_empty() {
            REMOVED_NAME.clone_into(&mut system.eu_ai_act.reviewed_by);
        }
        for progress in system.eu_ai_act.obligations.values_mut() {
            progress.note.clear();
        }
    }
    for risk in &mut copy.risks.risks {
        risk.description.clear();
        risk.owner.clear();
        risk.acceptance.rationale.clear();
        if !risk.acceptance.accepted_by.trim().is_empty() {
            risk.acceptance.accepted_by = REMOVED_NAME.to_owned();
        }
        for action in &mut risk.actions {
            action.description.clear();
            action.owner.clear();
        }
    }
    for update in copy.actions.updates.values_mut() {
        update.notes.clear();
        // The owner of an action from a register, like every other owner; its due date stays.
        update.owner.clear();
    }
    // An update left with nothing in it is not kept, as elsewhere in the model.
    copy.actions
        .updates
        .retain(|_, update| *update != ActionUpdate::default());
    for action in &mut copy.actions.custom {
        action.title = format!("Action {}", action.id);
        action.owner.clear();
        action.notes.clear();
    }
    for comment in &mut copy.comments.comments {
        comment.author.clear();
        comment.text = REMOVED_COMMENT.to_owned();
    }
    anonymise_records(&mut copy.records);
    copy.template_texts.clear();
    copy
}

/// What the anonymised copy does with one text field of a register.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordText {
    Keep,
    Remove,
    /// Replaced by `REMOVED_NAME` when filled in.
    Name,
    /// Replaced by `REMOVED_TEXT` when filled in.
    Text,
}

/// How the anonymised copy treats the text field `key` of `kind`'s entries (fields that are
/// not texts are kept). A field not named here is removed if it is one line, which could be a
/// name, and replaced if it is longer text.
pub fn record_text(kind: RegisterKind, key: &str, field_kind: FieldKind) -> RecordText {
    match (kind, key) {
        // An incident's title is kept here and then replaced by its ID (`anonymise_records`).
        (_, "title" | "objective" | "role" | "supplier" | "component" | "version" | "unit") => {
            RecordText::Keep
        }
        (_, "approved_by" | "auditor" | "attendees") => RecordText::Name,
        _ if field_kind == FieldKind::LongText && key != "notes" => RecordText::Text,
        _ => RecordText::Remove,
    }
}

/// Removes names and free text from the registers, as the module documentation says.
fn anonymise_records(registers: &mut Registers) {
    for kind in RegisterKind::ALL {
        let spec = kind.spec();
        for record in &mut registers.get_mut(kind).records {
            for measurement in &mut record.measurements {
                measurement.comment.clear();
            }
        }
        let ids: Vec<String> = registers
            .get(kind)
            .records
            .iter()
            .map(|record| record.id.clone())
            .collect();
        for id in ids {
            for field in spec.fields {
                let rule = match field.kind {
                    FieldKind::Text | FieldKind::LongText => {
                        record_text(kind, field.key, field.kind)
                    }
                    _ => RecordText::Keep,
                };
                let filled = registers
                    .get(kind)
                    .record(&id)
                    .is_some_and(|record| !record.text(field.key).trim().is_empty());
                let replacement = match rule {
                    RecordText::Keep => continue,
                    RecordText::Remove => String::new(),
                    RecordText::Name if filled => REMOVED_NAME.to_owned(),
                    RecordText::Text if filled => REMOVED_TEXT.to_owned(),
                    RecordText::Name | RecordText::Text => continue,
                };
                // Emptying a text or setting a short fixed one is always within the limits.
                let _replaced = registers.set_value(kind, &id, field.key, replacement);
            }
            if kind == RegisterKind::Incidents {
                // An incident's own words often tell who was involved; it keeps a name by ID.
                let name = format!("Entry {id}");
                let _renamed = registers.set_value(kind, &id, spec.name_field, name);
            }
        }
    }
}

/// Replaces the reasons why impact sections do not apply, which are free text.
fn anonymise_impact_extras(record: &mut ImpactRecord) {
    for reason in record.not_applicable.values_mut() {
        if !reason.trim().is_empty() {
            REMOVED_REASON.clone_into(reason);
        }
    }
}

/// Empties every free text of an earlier impact assessment version, as for the current one.
fn anonymise_impact_version(record: &mut ImpactRecord) {
    let approved = !record.approved_by.trim().is_empty();
    for text in [
        &mut record.legal_effects,
        &mut record.vulnerable_groups,
        &mut record.jurisdictions,
        &mut record.benefits,
        &mut record.assessor,
        &mut record.approved_by,
        &mut record.notes,
    ] {
        text.clear();
    }
    if approved {
        REMOVED_NAME.clone_into(&mut record.approved_by);
    }
    anonymise_impact_extras(record);
}
