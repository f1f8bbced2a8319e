//! Comparing two assessments: for the import preview, what a file would change in the open
//! assessment (`compare`, counts), and for a baseline, what changed item by item since then and
//! how readiness moved (`changes`).
//!
//! Items are compared against the catalog, risks, AI systems, comments, custom actions and
//! register entries by their IDs (so their order alone is no change); statuses and readiness come from
//! `scoring::Summary`, never from rules of their own.

use crate::domain::assessment::{Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, Clause, Item};
use crate::domain::records::RegisterKind;
use crate::domain::risk::Risk;
use crate::domain::scoring::{PartReadiness, Readiness, Status, Summary};
use crate::domain::system::AiSystem;

/// How a register entry differs between two assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryChange {
    Added,
    Removed,
    Changed,
}

/// One register entry that differs, by register and ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordChange {
    pub register: RegisterKind,
    pub id: String,
    pub change: EntryChange,
}

/// What would change if `incoming` replaced `current`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Comparison {
    /// Questions whose answer differs (including answered on one side only).
    pub answers_changed: usize,
    /// Items whose notes, evidence, owner or due date differ.
    pub details_changed: usize,
    /// Annex A controls whose SoA decision differs.
    pub decisions_changed: usize,
    /// Whether the organisation profile differs.
    pub profile_changed: bool,
    /// Whether the SoA's version, approver, own controls or their decisions differ.
    pub soa_details_changed: bool,
    /// Risks that differ in anything, matched by ID (including risks on one side only).
    pub risks_changed: usize,
    /// Whether the risk criteria (scales, bands, table or acceptance limit) differ.
    pub risk_criteria_changed: bool,
    /// AI systems that differ in anything (impact assessment included), matched by ID
    /// (including systems on one side only).
    pub systems_changed: usize,
    /// Reviewer comments that differ in anything, matched by ID (including comments on one
    /// side only).
    pub comments_changed: usize,
    /// Action plan entries that differ: updates of derived actions, matched by key, and the
    /// user's own actions, matched by ID (including entries on one side only).
    pub actions_changed: usize,
    /// Register entries added, removed or changed, by register and ID, in the order of the
    /// registers and, within one, of the incoming list (then the removed entries).
    pub record_changes: Vec<RecordChange>,
    /// Whether the certification audit's target dates differ.
    pub certification_changed: bool,
    /// Templates whose own text differs (including edited on one side only).
    pub templates_changed: usize,
    /// Whether the assessments have different names.
    pub name_changed: bool,
    /// The IDs of the items with any difference, in catalog order.
    pub changed_items: Vec<&'static str>,
}

impl Comparison {
    /// Whether the two assessments hold the same content (the name aside).
    pub fn is_identical(&self) -> bool {
        *self
            == Comparison {
                name_changed: self.name_changed,
                ..Comparison::default()
            }
    }

    /// Each part that differs, as a short phrase for a list ("3 answers", "the risk
    /// criteria"), in the order of the app's pages; parts without a difference are left out,
    /// so an identical pair gives an empty list.
    pub fn differences(&self) -> Vec<String> {
        let counted = [
            (self.answers_changed, "answer", "answers"),
            (
                self.details_changed,
                "item's notes, evidence, owner or due date",
                "items' notes, evidence, owners or due dates",
            ),
            (self.decisions_changed, "SoA decision", "SoA decisions"),
            (self.systems_changed, "AI system", "AI systems"),
            (self.risks_changed, "risk", "risks"),
            (
                self.actions_changed,
                "action plan entry",
                "action plan entries",
            ),
            (
                self.comments_changed,
                "reviewer comment",
                "reviewer comments",
            ),
        ];
        let mut parts: Vec<String> = counted
            .into_iter()
            .filter(|(count, _, _)| *count > 0)
            .map(|(count, one, many)| format!("{count} {}", if count == 1 { one } else { many }))
            .collect();
        for kind in RegisterKind::ALL {
            let count = self
                .record_changes
                .iter()
                .filter(|change| change.register == kind)
                .count();
            if count > 0 {
                let entries = if count == 1 { "entry" } else { "entries" };
                parts.push(format!("{count} {entries} of {}", kind.spec().title));
            }
        }
        if self.templates_changed > 0 {
            let count = self.templates_changed;
            let templates = if count == 1 { "template" } else { "templates" };
            parts.push(format!("{count} {templates}"));
        }
        let flags = [
            (self.profile_changed, "the organisation profile"),
            (
                self.soa_details_changed,
                "the SoA's version, approver or own controls",
            ),
            (self.risk_criteria_changed, "the risk criteria"),
            (
                self.certification_changed,
                "the certification audit's target dates",
            ),
        ];
        parts.extend(
            flags
                .into_iter()
                .filter(|(changed, _)| *changed)
                .map(|(_, part)| part.to_owned()),
        );
        parts
    }
}

/// Whether the own controls or their decisions differ (Annex A decisions are compared per
/// control with the items).
fn own_controls_differ(before: &crate::domain::soa::Soa, after: &crate::domain::soa::Soa) -> bool {
    before.own_controls != after.own_controls
        || before
            .own_controls
            .iter()
            .any(|control| before.decision(&control.id) != after.decision(&control.id))
}

/// Compares two assessments item by item against the catalog.
pub fn compare(catalog: Catalog, current: &Assessment, incoming: &Assessment) -> Comparison {
    let (plan_before, plan_after) = (&current.actions, &incoming.actions);
    let updates_changed = plan_before
        .updates
        .iter()
        .filter(|(key, update)| plan_after.updates.get(*key) != Some(*update))
        .count()
        + plan_after
            .updates
            .iter()
            .filter(|(key, _)| !plan_before.updates.contains_key(*key))
            .count();
    let mut comparison = Comparison {
        profile_changed: current.profile != incoming.profile,
        soa_details_changed: current.soa.version != incoming.soa.version
            || current.soa.approved_by != incoming.soa.approved_by
            || own_controls_differ(&current.soa, &incoming.soa),
        name_changed: current.name != incoming.name,
        risks_changed: by_id(&current.risks.risks, &incoming.risks.risks, |r| &r.id).count(),
        risk_criteria_changed: current.risks.criteria != incoming.risks.criteria,
        systems_changed: by_id(
            &current.inventory.systems,
            &incoming.inventory.systems,
            |s| &s.id,
        )
        .count(),
        comments_changed: by_id(
            &current.comments.comments,
            &incoming.comments.comments,
            |c| &c.id,
        )
        .count(),
        actions_changed: updates_changed
            + by_id(&plan_before.custom, &plan_after.custom, |a| &a.id).count(),
        record_changes: record_changes(current, incoming),
        certification_changed: current.certification != incoming.certification,
        templates_changed: changed_keys(&current.template_texts, &incoming.template_texts),
        ..Comparison::default()
    };
    for item in catalog.clause_items().chain(catalog.controls()) {
        let change = item_change(item, current, incoming);
        comparison.answers_changed += change.answers_changed;
        comparison.details_changed += usize::from(change.details_changed());
        comparison.decisions_changed += usize::from(change.decision_changed);
        if change.is_change() {
            comparison.changed_items.push(item.id);
        }
    }
    comparison
}

/// The register entries that differ, matched by ID within each register.
fn record_changes(current: &Assessment, incoming: &Assessment) -> Vec<RecordChange> {
    let mut changes = Vec::new();
    for kind in RegisterKind::ALL {
        let diff = by_id(
            &current.records.get(kind).records,
            &incoming.records.get(kind).records,
            |record| &record.id,
        );
        let mut push = |entries: Vec<&crate::domain::records::Record>, change| {
            changes.extend(entries.into_iter().map(|record| RecordChange {
                register: kind,
                id: record.id.clone(),
                change,
            }));
        };
        push(diff.added, EntryChange::Added);
        push(diff.changed, EntryChange::Changed);
        push(diff.removed, EntryChange::Removed);
    }
    changes
}

/// How many keys have a different value in the two maps (including keys on one side only).
fn changed_keys(
    before: &std::collections::BTreeMap<String, String>,
    after: &std::collections::BTreeMap<String, String>,
) -> usize {
    before
        .iter()
        .filter(|(key, value)| after.get(*key) != Some(*value))
        .count()
        + after
            .keys()
            .filter(|key| !before.contains_key(*key))
            .count()
}

/// How one item differs between a baseline and the current assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemChange {
    pub item_id: &'static str,
    pub status_before: Status,
    pub status_after: Status,
    /// Questions whose answer differs (including answered on one side only).
    pub answers_changed: usize,
    /// The notes before and after, only when they differ.
    pub notes: Option<(String, String)>,
    pub evidence_changed: bool,
    pub owner_changed: bool,
    pub due_date_changed: bool,
    /// Whether the SoA decision differs (Annex A controls only).
    pub decision_changed: bool,
}

/// Which way an item's status moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// A higher status (Not assessed < Not implemented < Partially < Largely < Fully).
    Improved,
    Worsened,
    /// Into or out of "Not applicable": the control left or re-entered the scope.
    Scope,
    /// The same status; only answers within it, notes or other details changed.
    Same,
}

impl ItemChange {
    /// Which way the status moved.
    pub fn trend(&self) -> Trend {
        match (self.status_before, self.status_after) {
            (before, after) if before == after => Trend::Same,
            (Status::NotApplicable, _) | (_, Status::NotApplicable) => Trend::Scope,
            (before, after) if after > before => Trend::Improved,
            _ => Trend::Worsened,
        }
    }

    /// Whether the notes, evidence, owner or due date differ.
    pub fn details_changed(&self) -> bool {
        self.notes.is_some() || self.evidence_changed || self.owner_changed || self.due_date_changed
    }

    /// Whether anything differs at all.
    fn is_change(&self) -> bool {
        self.answers_changed > 0
            || self.details_changed()
            || self.decision_changed
            || self.status_before != self.status_after
    }
}

/// A readiness percentage before and after (`None` where there is nothing to score).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Delta {
    pub before: Option<u32>,
    pub after: Option<u32>,
}

impl Delta {
    fn of(before: &Readiness, after: &Readiness) -> Delta {
        Delta {
            before: before.percent(),
            after: after.percent(),
        }
    }

    /// The change in percentage points, when both sides have a figure.
    pub fn delta(&self) -> Option<i32> {
        Some(self.after? as i32 - self.before? as i32)
    }

    /// Whether the figure differs.
    pub fn changed(&self) -> bool {
        self.before != self.after
    }
}

/// The readiness of one clause or Annex A area before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartDelta {
    /// "4" to "10", or "A.2" to "A.10".
    pub id: &'static str,
    pub title: &'static str,
    pub readiness: Delta,
}

/// A risk or AI system, named for a list of changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: String,
    /// The title or name to show (never empty).
    pub name: String,
}

/// How many items changed, by trend, for a summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub items: usize,
    pub improved: usize,
    pub worsened: usize,
    pub scope: usize,
    /// Items whose status stayed the same (answers within it, notes or details changed).
    pub same_status: usize,
}

/// What changed from a baseline to the current assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Only the items with a difference, in catalog order.
    pub items: Vec<ItemChange>,
    pub risks_added: Vec<Named>,
    pub risks_removed: Vec<Named>,
    pub risks_changed: Vec<Named>,
    pub systems_added: Vec<Named>,
    pub systems_removed: Vec<Named>,
    pub systems_changed: Vec<Named>,
    /// Every clause 4 to 10, in catalog order.
    pub clauses: Vec<PartDelta>,
    /// Every Annex A area A.2 to A.10, in catalog order.
    pub areas: Vec<PartDelta>,
    /// Readiness over clauses 4 to 10.
    pub clause_total: Delta,
    /// Readiness over the Annex A controls in scope.
    pub annex_a: Delta,
    /// Readiness over every item in scope.
    pub overall: Delta,
    /// Share of all questions answered.
    pub completeness: Delta,
}

impl Changes {
    /// Whether nothing differs in items, risks or systems.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
            && [
                &self.risks_added,
                &self.risks_removed,
                &self.risks_changed,
                &self.systems_added,
                &self.systems_removed,
                &self.systems_changed,
            ]
            .iter()
            .all(|list| list.is_empty())
    }

    /// The changed items counted by trend.
    pub fn counts(&self) -> ChangeCounts {
        let mut counts = ChangeCounts {
            items: self.items.len(),
            ..ChangeCounts::default()
        };
        for item in &self.items {
            *match item.trend() {
                Trend::Improved => &mut counts.improved,
                Trend::Worsened => &mut counts.worsened,
                Trend::Scope => &mut counts.scope,
                Trend::Same => &mut counts.same_status,
            } += 1;
        }
        counts
    }
}

/// What changed from `baseline` to `current`: items, risks, systems and readiness.
pub fn changes(catalog: Catalog, baseline: &Assessment, current: &Assessment) -> Changes {
    let (before, after) = (
        Summary::compute(catalog, baseline),
        Summary::compute(catalog, current),
    );
    let items = catalog
        .clause_items()
        .chain(catalog.controls())
        .map(|item| ItemChange {
            status_before: before.item(item.id).status(),
            status_after: after.item(item.id).status(),
            ..item_change(item, baseline, current)
        })
        .filter(ItemChange::is_change)
        .collect();
    let risk = |r: &Risk| Named {
        id: r.id.clone(),
        name: r.display_title().to_owned(),
    };
    let system = |s: &AiSystem| Named {
        id: s.id.clone(),
        name: s.display_name(),
    };
    let risks = by_id(&baseline.risks.risks, &current.risks.risks, |r| &r.id);
    let systems = by_id(
        &baseline.inventory.systems,
        &current.inventory.systems,
        |s| &s.id,
    );
    let completeness = |summary: &Summary| summary.overall.completeness_percent();
    Changes {
        items,
        risks_added: risks.added.into_iter().map(risk).collect(),
        risks_removed: risks.removed.into_iter().map(risk).collect(),
        risks_changed: risks.changed.into_iter().map(risk).collect(),
        systems_added: systems.added.into_iter().map(system).collect(),
        systems_removed: systems.removed.into_iter().map(system).collect(),
        systems_changed: systems.changed.into_iter().map(system).collect(),
        clauses: part_deltas(catalog.clauses(), &before.clauses, &after.clauses),
        areas: part_deltas(catalog.annex_a_areas(), &before.areas, &after.areas),
        clause_total: Delta::of(&before.clause_total, &after.clause_total),
        annex_a: Delta::of(&before.annex_a, &after.annex_a),
        overall: Delta::of(&before.overall, &after.overall),
        completeness: Delta {
            before: completeness(&before),
            after: completeness(&after),
        },
    }
}

/// The answers, details and SoA decision of one item compared (statuses left unset).
fn item_change(item: &'static Item, before: &Assessment, after: &Assessment) -> ItemChange {
    let empty = ItemRecord::default();
    let b = before.item(item.id).unwrap_or(&empty);
    let a = after.item(item.id).unwrap_or(&empty);
    ItemChange {
        item_id: item.id,
        status_before: Status::NotAssessed,
        status_after: Status::NotAssessed,
        answers_changed: item
            .questions
            .iter()
            .filter(|q| b.answers.get(q.id) != a.answers.get(q.id))
            .count(),
        notes: (b.notes != a.notes).then(|| (b.notes.clone(), a.notes.clone())),
        evidence_changed: b.evidence != a.evidence,
        owner_changed: b.owner != a.owner,
        due_date_changed: b.due_date != a.due_date,
        decision_changed: item.is_control()
            && before.soa.decision(item.id) != after.soa.decision(item.id),
    }
}

/// The readiness of each part before and after; the summaries list the parts in catalog order.
fn part_deltas(
    parts: &'static [Clause],
    before: &[PartReadiness],
    after: &[PartReadiness],
) -> Vec<PartDelta> {
    parts
        .iter()
        .zip(before.iter().zip(after))
        .map(|(part, (b, a))| PartDelta {
            id: part.id,
            title: part.title,
            readiness: Delta::of(&b.readiness, &a.readiness),
        })
        .collect()
}

/// Two lists matched by ID: entries only `after` has, only `before` has (taken from that
/// side), and entries in both that differ (taken from `after`). The order of a list is no
/// change.
struct ById<'a, T> {
    added: Vec<&'a T>,
    removed: Vec<&'a T>,
    changed: Vec<&'a T>,
}

impl<T> ById<'_, T> {
    fn count(&self) -> usize {
        self.added.len() + self.removed.len() + self.changed.len()
    }
}

fn by_id<'a, T: PartialEq>(before: &'a [T], after: &'a [T], id: fn(&T) -> &String) -> ById<'a, T> {
    let find = |list: &'a [T], wanted: &String| list.iter().find(|entry| id(entry) == wanted);
    let mut diff = ById {
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
    };
    for entry in after {
        match find(before, id(entry)) {
            None => diff.added.push(entry),
            Some(old) if old != entry => diff.changed.push(entry),
            Some(_) => {}
        }
    }
    diff.removed = before
        .iter()
        .filter(|entry| find(after, id(entry)).is_none())
        .collect();
    diff
}
