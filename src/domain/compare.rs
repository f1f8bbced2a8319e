//! Comparing two assessments, for the import preview: what a file would change compared with
//! the assessment the user has now.
//!
//! The counts are what a user needs to decide between replacing, importing as new and
//! cancelling: how many answers, item details, SoA decisions and risks would change, and which
//! items.

use crate::domain::assessment::Assessment;
use crate::domain::catalog::Catalog;

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
    /// Whether the SoA's version or approver differ.
    pub soa_details_changed: bool,
    /// Risks that differ in anything, matched by ID (including risks on one side only).
    pub risks_changed: usize,
    /// Whether the risk criteria (scales, bands, table or acceptance limit) differ.
    pub risk_criteria_changed: bool,
    /// Whether the assessments have different names.
    pub name_changed: bool,
    /// The IDs of the items with any difference, in catalog order.
    pub changed_items: Vec<&'static str>,
}

impl Comparison {
    /// Whether the two assessments hold the same content.
    pub fn is_identical(&self) -> bool {
        *self
            == Comparison {
                name_changed: self.name_changed,
                ..Comparison::default()
            }
    }
}

/// Compares two assessments item by item against the catalog.
pub fn compare(catalog: Catalog, current: &Assessment, incoming: &Assessment) -> Comparison {
    let mut comparison = Comparison {
        profile_changed: current.profile != incoming.profile,
        soa_details_changed: current.soa.version != incoming.soa.version
            || current.soa.approved_by != incoming.soa.approved_by,
        name_changed: current.name != incoming.name,
        risks_changed: risks_changed(current, incoming),
        risk_criteria_changed: current.risks.criteria != incoming.risks.criteria,
        ..Comparison::default()
    };
    let items = catalog.clause_items().chain(catalog.controls());
    for item in items {
        let before = current.item(item.id);
        let after = incoming.item(item.id);
        let mut changed = false;
        for question in item.questions {
            if current.answer(item.id, question.id) != incoming.answer(item.id, question.id) {
                comparison.answers_changed += 1;
                changed = true;
            }
        }
        let details = |record: Option<&crate::domain::assessment::ItemRecord>| {
            record.map(|r| {
                (
                    r.notes.clone(),
                    r.evidence.clone(),
                    r.owner.clone(),
                    r.due_date,
                )
            })
        };
        let empty = Some((String::new(), String::new(), String::new(), None));
        let (before_details, after_details) = (
            details(before).or_else(|| empty.clone()),
            details(after).or(empty),
        );
        if before_details != after_details {
            comparison.details_changed += 1;
            changed = true;
        }
        if item.is_control() && current.soa.decision(item.id) != incoming.soa.decision(item.id) {
            comparison.decisions_changed += 1;
            changed = true;
        }
        if changed {
            comparison.changed_items.push(item.id);
        }
    }
    comparison
}

/// How many risks differ between the two registers: changed ones, and those only one side has.
fn risks_changed(current: &Assessment, incoming: &Assessment) -> usize {
    let (before, after) = (&current.risks, &incoming.risks);
    let changed_or_removed = before
        .risks
        .iter()
        .filter(|risk| after.get(&risk.id) != Some(*risk))
        .count();
    let added = after
        .risks
        .iter()
        .filter(|risk| before.get(&risk.id).is_none())
        .count();
    changed_or_removed + added
}
