//! Comparing two assessments: for the import preview, what a file would change in the open
//! assessment (`compare`, counts), and for a baseline, what changed since then, named
//! (`changes`): each changed answer by question from what to what, each changed field of an
//! item or a risk before and after, each AI system's impact level before and after, whether
//! each item got better or worse, and how readiness moved.
//!
//! Items are compared against the catalog, risks, AI systems, comments, custom actions and
//! register entries by their IDs (so their order alone is no change); statuses, scores, the
//! direction of a change and readiness come from `scoring::Summary`, never from rules of their
//! own. docs/compare.md describes the comparison with worked examples.

use crate::domain::assessment::{Answer, Assessment, ItemRecord};
use crate::domain::catalog::{Catalog, Clause, Item, QuestionKind};
use crate::domain::date::IsoDate;
use crate::domain::impact;
use crate::domain::records::RegisterKind;
use crate::domain::risk::{Risk, TreatmentAction};
use crate::domain::risk_criteria::RiskCriteria;
use crate::domain::scoring::{floor_percent, ItemScore, PartReadiness, Readiness, Status, Summary};
use crate::domain::soa::{Applicability, ControlDecision};
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
        comparison.decisions_changed += usize::from(change.decision_changed());
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

/// One answer that differs, with the answers on both sides (`None`: not answered).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerChange {
    pub question_id: &'static str,
    pub kind: QuestionKind,
    /// For a question answered under another item's question (`Question::same_as`): that
    /// item, whose answer this is.
    pub kept_under: Option<&'static str>,
    pub before: Option<Answer>,
    pub after: Option<Answer>,
}

/// An answer as the comparison shows it: its word, or "Not answered".
pub fn answer_text(answer: Option<Answer>) -> &'static str {
    answer.map_or("Not answered", Answer::label)
}

/// A recorded field of an item that the comparison reports before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemField {
    Notes,
    Evidence,
    Owner,
    DueDate,
    /// The note on one question's answer (the question is named beside the change).
    AnswerNote(&'static str),
    /// The SoA decision (Annex A controls only).
    Decision,
}

impl ItemField {
    /// The field's name as the page and the CSV file show it.
    pub fn label(self) -> &'static str {
        match self {
            ItemField::Notes => "Notes",
            ItemField::Evidence => "Evidence",
            ItemField::Owner => "Owner",
            ItemField::DueDate => "Due date",
            ItemField::AnswerNote(_) => "Note on the answer",
            ItemField::Decision => "SoA decision",
        }
    }
}

/// One field that differs, with its text on both sides ("" where it is empty).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange<F> {
    pub field: F,
    pub before: String,
    pub after: String,
}

/// How one item differs between a baseline and the current assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemChange {
    pub item_id: &'static str,
    pub status_before: Status,
    pub status_after: Status,
    /// The score of the item's requirement questions on each side, from `scoring::Summary`.
    pub score_before: ItemScore,
    pub score_after: ItemScore,
    /// Questions kept in this item's own record whose answer differs (including answered on
    /// one side only); an answer kept under another item counts there.
    pub answers_changed: usize,
    /// Every question of the item whose answer differs, in catalog order, shared ones too.
    pub answers: Vec<AnswerChange>,
    /// The notes, evidence, owner, due date, notes on answers and SoA decision that differ, in
    /// that order.
    pub details: Vec<FieldChange<ItemField>>,
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

/// Whether an item got better or worse, by `scoring::Summary`: better when its status rose,
/// or, with the same status, when its requirement questions earned more points; worse the
/// other way round. Leaving or entering the scope is neither, nor is a change that moves no
/// score (notes, owner, a good-practice answer, an answer that earns the same points).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Better,
    Worse,
    Scope,
    Unchanged,
}

impl Direction {
    /// The word the page and the CSV file show.
    pub fn label(self) -> &'static str {
        match self {
            Direction::Better => "Improved",
            Direction::Worse => "Worsened",
            Direction::Scope => "Scope changed",
            Direction::Unchanged => "Same score",
        }
    }
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

    /// Whether the item got better or worse (see `Direction`).
    pub fn direction(&self) -> Direction {
        match self.trend() {
            Trend::Improved => Direction::Better,
            Trend::Worsened => Direction::Worse,
            Trend::Scope => Direction::Scope,
            Trend::Same => match self
                .score_after
                .half_points
                .cmp(&self.score_before.half_points)
            {
                std::cmp::Ordering::Greater => Direction::Better,
                std::cmp::Ordering::Less => Direction::Worse,
                std::cmp::Ordering::Equal => Direction::Unchanged,
            },
        }
    }

    /// The share of the requirement points earned before and after, in whole percent
    /// (`None` for an item without requirement questions).
    pub fn percent(&self) -> Delta {
        let percent =
            |score: &ItemScore| (score.questions > 0).then(|| floor_percent(score.fraction()));
        Delta {
            before: percent(&self.score_before),
            after: percent(&self.score_after),
        }
    }

    /// The notes before and after, when they differ.
    pub fn notes(&self) -> Option<(&str, &str)> {
        self.detail(ItemField::Notes)
            .map(|change| (change.before.as_str(), change.after.as_str()))
    }

    /// The change of one field, when it differs.
    pub fn detail(&self, field: ItemField) -> Option<&FieldChange<ItemField>> {
        self.details.iter().find(|change| change.field == field)
    }

    /// Whether the notes, evidence, owner, due date or a note on an answer differ.
    pub fn details_changed(&self) -> bool {
        self.details
            .iter()
            .any(|change| change.field != ItemField::Decision)
    }

    /// Whether the SoA decision differs.
    pub fn decision_changed(&self) -> bool {
        self.detail(ItemField::Decision).is_some()
    }

    /// Whether anything recorded for the item itself differs (the import preview's measure:
    /// a shared answer counts under the item that keeps it).
    fn is_change(&self) -> bool {
        self.answers_changed > 0
            || !self.details.is_empty()
            || self.status_before != self.status_after
    }

    /// Whether anything shown for the item differs, shared answers included.
    fn is_visible_change(&self) -> bool {
        self.is_change() || !self.answers.is_empty()
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

/// The fields that differ of one risk, named, with their texts before and after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryFields {
    pub id: String,
    pub fields: Vec<FieldChange<&'static str>>,
}

/// An AI system's impact level before and after (`None` on the side where the system is
/// missing), in the words of `impact::ImpactResult::summary`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelChange {
    pub id: String,
    pub name: String,
    pub change: EntryChange,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// How many items changed, by direction, for a summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ChangeCounts {
    pub items: usize,
    pub improved: usize,
    pub worsened: usize,
    pub scope: usize,
    /// Items whose score did not move (notes, details or answers that earn the same points).
    pub same_score: usize,
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
    /// The fields that differ of each changed risk, in the order of `risks_changed`.
    pub risk_fields: Vec<EntryFields>,
    /// The impact level of every AI system added, removed or changed, before and after, in
    /// that order.
    pub system_levels: Vec<LevelChange>,
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
            *match item.direction() {
                Direction::Better => &mut counts.improved,
                Direction::Worse => &mut counts.worsened,
                Direction::Scope => &mut counts.scope,
                Direction::Unchanged => &mut counts.same_score,
            } += 1;
        }
        counts
    }
}

/// Which changed items to show, by direction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DirectionFilter {
    #[default]
    All,
    /// Items that got better (`Direction::Better`).
    Better,
    /// Items that got worse (`Direction::Worse`).
    Worse,
}

impl DirectionFilter {
    pub const ALL: [DirectionFilter; 3] = [
        DirectionFilter::All,
        DirectionFilter::Better,
        DirectionFilter::Worse,
    ];

    /// The option's text.
    pub fn label(self) -> &'static str {
        match self {
            DirectionFilter::All => "Every change",
            DirectionFilter::Better => "Got better",
            DirectionFilter::Worse => "Got worse",
        }
    }

    /// The option's value in a form.
    pub fn slug(self) -> &'static str {
        match self {
            DirectionFilter::All => "all",
            DirectionFilter::Better => "better",
            DirectionFilter::Worse => "worse",
        }
    }

    pub fn from_slug(slug: &str) -> DirectionFilter {
        DirectionFilter::ALL
            .into_iter()
            .find(|filter| filter.slug() == slug)
            .unwrap_or_default()
    }

    fn keeps(self, direction: Direction) -> bool {
        match self {
            DirectionFilter::All => true,
            DirectionFilter::Better => direction == Direction::Better,
            DirectionFilter::Worse => direction == Direction::Worse,
        }
    }
}

/// Which changed items to show: those of one clause or Annex A area (`part`, such as "4" or
/// "A.6"; `None` for all) that moved the chosen way.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemFilter {
    pub part: Option<String>,
    pub direction: DirectionFilter,
}

impl Changes {
    /// The changed items the filter keeps, in catalog order.
    pub fn filtered_items(&self, catalog: Catalog, filter: &ItemFilter) -> Vec<&ItemChange> {
        self.items
            .iter()
            .filter(|change| filter.direction.keeps(change.direction()))
            .filter(|change| match &filter.part {
                None => true,
                Some(part) => catalog
                    .part_of(change.item_id)
                    .is_some_and(|found| found.id == part),
            })
            .collect()
    }
}

/// A text cut for display to at most `limit` characters (then "…" added), at a space near the
/// end when there is one, with line breaks kept. Shorter texts come back whole.
pub fn shortened(text: &str, limit: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let cut: String = text.chars().take(limit).collect();
    // Cutting at the last space within the final fifth keeps words whole without losing much.
    let keep = cut
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map(|(at, _)| at)
        .filter(|&at| cut[..at].chars().count() >= limit * 4 / 5)
        .unwrap_or(cut.len());
    format!("{}…", cut[..keep].trim_end())
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
        .map(|item| {
            let (b, a) = (before.item(item.id), after.item(item.id));
            ItemChange {
                status_before: b.status(),
                status_after: a.status(),
                score_before: b.score,
                score_after: a.score,
                ..item_change(item, baseline, current)
            }
        })
        .filter(ItemChange::is_visible_change)
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
    let risk_fields = risks
        .changed
        .iter()
        .filter_map(|risk| {
            let old = baseline.risks.get(&risk.id)?;
            Some(EntryFields {
                id: risk.id.clone(),
                fields: risk_fields(&baseline.risks.criteria, old, &current.risks.criteria, risk),
            })
        })
        .collect();
    let level = |system: &AiSystem| impact::score(&system.impact).summary();
    let mut system_levels = Vec::new();
    for (list, change) in [
        (&systems.added, EntryChange::Added),
        (&systems.removed, EntryChange::Removed),
        (&systems.changed, EntryChange::Changed),
    ] {
        system_levels.extend(list.iter().map(|system| LevelChange {
            id: system.id.clone(),
            name: system.display_name(),
            change,
            before: baseline.inventory.get(&system.id).map(level),
            after: current.inventory.get(&system.id).map(level),
        }));
    }
    Changes {
        risk_fields,
        system_levels,
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

/// The answers, details and SoA decision of one item compared (statuses and scores left
/// unset).
fn item_change(item: &'static Item, before: &Assessment, after: &Assessment) -> ItemChange {
    let empty = ItemRecord::default();
    let b = before.item(item.id).unwrap_or(&empty);
    let a = after.item(item.id).unwrap_or(&empty);
    let answers: Vec<AnswerChange> = item
        .questions
        .iter()
        .filter_map(|question| {
            let key = question.answer_key(item.id);
            let change = AnswerChange {
                question_id: question.id,
                kind: question.kind,
                kept_under: (key.item != item.id).then_some(key.item),
                before: before.answer_at(key),
                after: after.answer_at(key),
            };
            (change.before != change.after).then_some(change)
        })
        .collect();
    let mut details = Vec::new();
    let mut differ = |field, old: String, new: String| {
        if old != new {
            details.push(FieldChange {
                field,
                before: old,
                after: new,
            });
        }
    };
    let date = |date: Option<IsoDate>| date.map_or(String::new(), |date| date.to_string());
    differ(ItemField::Notes, b.notes.clone(), a.notes.clone());
    differ(ItemField::Evidence, b.evidence.clone(), a.evidence.clone());
    differ(ItemField::Owner, b.owner.clone(), a.owner.clone());
    differ(ItemField::DueDate, date(b.due_date), date(a.due_date));
    for question in item.questions.iter().filter(|q| q.same_as.is_none()) {
        let note = |record: &ItemRecord| {
            record
                .question_notes
                .get(question.id)
                .cloned()
                .unwrap_or_default()
        };
        differ(ItemField::AnswerNote(question.id), note(b), note(a));
    }
    if item.is_control() {
        let (old, new) = (before.soa.decision(item.id), after.soa.decision(item.id));
        if old != new {
            // Two decisions can differ in what no text shows (never in practice); the change
            // is still listed, with the same words on both sides.
            details.push(FieldChange {
                field: ItemField::Decision,
                before: decision_text(&old),
                after: decision_text(&new),
            });
        }
    }
    ItemChange {
        item_id: item.id,
        status_before: Status::NotAssessed,
        status_after: Status::NotAssessed,
        score_before: ItemScore::default(),
        score_after: ItemScore::default(),
        answers_changed: answers
            .iter()
            .filter(|change| change.kept_under.is_none())
            .count(),
        answers,
        details,
    }
}

/// An SoA decision in words: "Applicable (Risk treatment)", "Not applicable: <why>",
/// "Undecided".
pub fn decision_text(decision: &ControlDecision) -> String {
    let reasons: Vec<&str> = decision.reasons.iter().map(|r| r.label()).collect();
    let reasons = if reasons.is_empty() {
        String::new()
    } else {
        format!(" ({})", reasons.join(", "))
    };
    match decision.applicability {
        Applicability::Applicable => format!("Applicable{reasons}"),
        Applicability::Undecided => format!("Undecided{reasons}"),
        Applicability::NotApplicable if decision.justification.trim().is_empty() => {
            "Not applicable, without a justification".to_owned()
        }
        Applicability::NotApplicable => {
            format!("Not applicable: {}", decision.justification.trim())
        }
    }
}

/// The fields of a risk that differ, named as on the risk's page, each in words: ratings by
/// each side's own criteria, dates as ISO dates, lists joined with "; ".
fn risk_fields(
    criteria_before: &RiskCriteria,
    before: &Risk,
    criteria_after: &RiskCriteria,
    after: &Risk,
) -> Vec<FieldChange<&'static str>> {
    let date = |date: Option<IsoDate>| date.map_or(String::new(), |date| date.to_string());
    let texts = |criteria: &RiskCriteria, risk: &Risk| -> Vec<(&'static str, String)> {
        vec![
            ("Title", risk.title.clone()),
            ("Description", risk.description.clone()),
            ("AI system", risk.system_id.clone()),
            ("Risk source", risk.source.clone()),
            ("Objective", risk.objective.clone()),
            ("Owner", risk.owner.clone()),
            (
                "Rating before treatment",
                criteria.rating_text(risk.inherent),
            ),
            (
                "Treatment",
                risk.treatment
                    .map_or("Not chosen", |treatment| treatment.label())
                    .to_owned(),
            ),
            ("Controls", risk.controls.join("; ")),
            ("Treatment actions", actions_text(&risk.actions)),
            (
                "Rating after treatment",
                criteria.rating_text(risk.residual),
            ),
            ("Accepted by", risk.acceptance.accepted_by.clone()),
            ("Acceptance date", date(risk.acceptance.date)),
            ("Acceptance rationale", risk.acceptance.rationale.clone()),
            ("Status", risk.status.label().to_owned()),
            ("Assessed on", date(risk.assessed_on)),
            ("Next review", date(risk.next_review)),
        ]
    };
    texts(criteria_before, before)
        .into_iter()
        .zip(texts(criteria_after, after))
        .filter(|((_, old), (_, new))| old != new)
        .map(|((field, old), (_, new))| FieldChange {
            field,
            before: old,
            after: new,
        })
        .collect()
}

/// A risk's treatment actions in one line each: "Retrain the model (owner Ana, due
/// 2026-06-30, done)".
fn actions_text(actions: &[TreatmentAction]) -> String {
    actions
        .iter()
        .map(|action| {
            let mut parts = Vec::new();
            if !action.owner.trim().is_empty() {
                parts.push(format!("owner {}", action.owner.trim()));
            }
            if let Some(due) = action.due_date {
                parts.push(format!("due {due}"));
            }
            if action.done {
                parts.push("done".to_owned());
            }
            let description = match action.description.trim() {
                "" => "Untitled action",
                text => text,
            };
            if parts.is_empty() {
                description.to_owned()
            } else {
                format!("{description} ({})", parts.join(", "))
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
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
