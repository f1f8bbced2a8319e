//! The action plan: one action per gap the assessment shows, derived afresh from the answers,
//! the SoA and the risk register, plus the actions users add themselves.
//!
//! Derived actions are never stored. What a user adds to one (a priority other than the
//! proposed one, a status, notes; for an action from a register also an owner and a due date)
//! is kept by the action's key, so it stays attached while the answers change, and simply has
//! no effect once the gap is closed.

use crate::domain::assessment::{Answer, Assessment, EditError, TextField};
use crate::domain::catalog::{Catalog, QuestionKind};
use crate::domain::checks;
use crate::domain::date::IsoDate;
use crate::domain::limits::{self, Bounded, GrowingList, LimitError};
use crate::domain::records::{Record, RegisterKind};
use crate::domain::risk::Risk;
use crate::domain::scoring::{Status, Summary};
use std::collections::BTreeMap;

/// Where an action stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ActionStatus {
    #[default]
    Open,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 3] = [
        ActionStatus::Open,
        ActionStatus::InProgress,
        ActionStatus::Done,
    ];

    /// The word the user sees.
    pub fn label(self) -> &'static str {
        match self {
            ActionStatus::Open => "Open",
            ActionStatus::InProgress => "In progress",
            ActionStatus::Done => "Done",
        }
    }

    /// The word in files.
    pub fn slug(self) -> &'static str {
        match self {
            ActionStatus::Open => "open",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ActionStatus> {
        ActionStatus::ALL
            .into_iter()
            .find(|status| status.slug() == slug)
    }
}

/// How soon an action should be done. `High` sorts first.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Priority {
    High,
    #[default]
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Priority::High, Priority::Medium, Priority::Low];

    /// The word the user sees.
    pub fn label(self) -> &'static str {
        match self {
            Priority::High => "High",
            Priority::Medium => "Medium",
            Priority::Low => "Low",
        }
    }

    /// The word in files.
    pub fn slug(self) -> &'static str {
        match self {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Priority> {
        Priority::ALL
            .into_iter()
            .find(|priority| priority.slug() == slug)
    }
}

/// What a user recorded for a derived action, kept by the action's key (see `ActionKey`).
/// An update equal to the default is not stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionUpdate {
    /// A priority chosen by the user instead of the proposed one.
    pub priority: Option<Priority>,
    pub status: ActionStatus,
    pub notes: String,
    /// Who is responsible, for an action from a register (a review decision, a corrective
    /// action, a competence gap), whose register entry keeps no owner for it. Not used for
    /// other actions: an item's actions take the item's owner, a treatment action its own,
    /// a custom action its own.
    pub owner: String,
    /// When it is due, for an action from a register; not used for other actions, like
    /// `owner`.
    pub due_date: Option<IsoDate>,
}

/// An action a user added by hand ("A1", "A2", ...).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CustomAction {
    /// "A1", "A2", ...; never reused within an assessment.
    pub id: String,
    pub title: String,
    /// The clause item or control it belongs to, empty for none.
    pub item_id: String,
    pub owner: String,
    pub due_date: Option<IsoDate>,
    pub priority: Priority,
    pub status: ActionStatus,
    pub notes: String,
}

/// The stored part of the action plan: updates of derived actions and the user's own actions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionPlan {
    /// Updates by derived action key, such as "item:6.1.2" or "risk:R3:1".
    pub updates: BTreeMap<String, ActionUpdate>,
    /// The user's own actions, in the order they were added.
    pub custom: Vec<CustomAction>,
    /// The number the next custom action's ID gets; it only grows.
    pub next_number: u32,
}

/// Which gap an action comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionKind {
    /// An item (clause item or applicable control) answered but not fully implemented.
    Item,
    /// An item that calls for documented information and has no evidence recorded.
    DocumentedInformation,
    /// A treatment action of a live risk.
    RiskTreatment,
    /// A decision of a management review held.
    ReviewDecision,
    /// The corrective action of a nonconformity or incident that is not closed.
    CorrectiveAction,
    /// A role whose competence is not met or only partly met.
    CompetenceGap,
    /// An action the user added.
    Custom,
}

impl ActionKind {
    pub const ALL: [ActionKind; 7] = [
        ActionKind::Item,
        ActionKind::DocumentedInformation,
        ActionKind::RiskTreatment,
        ActionKind::ReviewDecision,
        ActionKind::CorrectiveAction,
        ActionKind::CompetenceGap,
        ActionKind::Custom,
    ];

    /// The words the user sees (and the CSV's Kind column).
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::Item => "Gap",
            ActionKind::DocumentedInformation => "Documented information",
            ActionKind::RiskTreatment => "Risk treatment",
            ActionKind::ReviewDecision => "Review decision",
            ActionKind::CorrectiveAction => "Corrective action",
            ActionKind::CompetenceGap => "Competence",
            ActionKind::Custom => "Own action",
        }
    }
}

/// One action of the plan as the screens and exports show it, derived by `derive`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlannedAction {
    /// Stable key: "item:6.1.2", "doc:7.5.1", "risk:R3:1" (actions counted from 1) or a custom
    /// action's ID ("A2").
    pub key: String,
    pub kind: ActionKind,
    pub title: String,
    /// The clause item or control the action belongs to.
    pub item_id: Option<String>,
    /// The risk whose treatment the action is.
    pub risk_id: Option<String>,
    /// The register entry the action comes from (a review, an incident, a role).
    pub record: Option<(RegisterKind, String)>,
    /// From the item's record, the treatment action, the custom action or (for an action from
    /// a register) the plan's update.
    pub owner: String,
    pub due_date: Option<IsoDate>,
    /// The band of the risk a treatment action belongs to, as the risk stands now
    /// (`Risk::current_rating`); `None` for other actions and unrated risks. Actions of equal
    /// priority are ordered by it, most serious first.
    pub risk_band: Option<u8>,
    /// What the rule in docs/actions.md proposes.
    pub proposed_priority: Priority,
    /// The user's choice, or the proposed priority when there is none.
    pub priority: Priority,
    pub status: ActionStatus,
    pub notes: String,
}

impl PlannedAction {
    /// Whether the action is not done and its due date is before `today` (unknown today:
    /// never overdue).
    pub fn is_overdue(&self, today: Option<IsoDate>) -> bool {
        self.status != ActionStatus::Done
            && self
                .due_date
                .zip(today)
                .is_some_and(|(due, today)| due < today)
    }
}

/// An action edit that names an action that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ActionError {
    #[error("there is no action {0}")]
    UnknownAction(String),
    #[error(transparent)]
    Limit(#[from] LimitError),
}

impl Bounded for CustomAction {
    fn texts(&self) -> Vec<&str> {
        vec![
            &self.id,
            &self.title,
            &self.item_id,
            &self.owner,
            &self.notes,
        ]
    }
}

/// Every action of the plan, in the order of the catalog: for each item its gap, its
/// documented information and the custom actions attached to it; then the treatment actions of
/// live risks in register order; then the custom actions attached to no item, as added.
/// `summary` is `Summary::compute` of the same assessment.
pub fn derive(catalog: Catalog, assessment: &Assessment, summary: &Summary) -> Vec<PlannedAction> {
    let plan = &assessment.actions;
    let register = &assessment.risks;
    // A risk is judged as it stands: its inherent level until its treatment is done.
    let above_limit = |risk: &Risk| {
        register
            .band(risk.current_rating())
            .is_some_and(|band| register.criteria.needs_acceptance(band))
    };
    let derived = |key: String, kind, title, proposed, item_id, risk_id| {
        let update = plan.updates.get(&key).cloned().unwrap_or_default();
        PlannedAction {
            key,
            kind,
            title,
            item_id,
            risk_id,
            record: None,
            owner: String::new(),
            due_date: None,
            risk_band: None,
            proposed_priority: proposed,
            priority: update.priority.unwrap_or(proposed),
            status: update.status,
            notes: update.notes,
        }
    };
    let custom = |action: &CustomAction| PlannedAction {
        key: action.id.clone(),
        kind: ActionKind::Custom,
        title: action.title.clone(),
        item_id: Some(action.item_id.clone()).filter(|id| !id.is_empty()),
        risk_id: None,
        record: None,
        owner: action.owner.clone(),
        due_date: action.due_date,
        risk_band: None,
        proposed_priority: action.priority,
        priority: action.priority,
        status: action.status,
        notes: action.notes.clone(),
    };
    let mut actions = Vec::new();
    for item in catalog.clause_items().chain(catalog.controls()) {
        let record = assessment.item(item.id);
        let owner = record.map_or("", |record| record.owner.as_str());
        let due_date = record.and_then(|record| record.due_date);
        let status = summary.item(item.id).status();
        let name = format!("{} {}", item.id, item.title);
        let mut with_item = |mut action: PlannedAction| {
            owner.clone_into(&mut action.owner);
            action.due_date = due_date;
            actions.push(action);
        };
        let gap = match status {
            Status::NotImplemented => Some(("Implement", Priority::Medium)),
            Status::PartiallyImplemented => Some(("Close the gaps in", Priority::Medium)),
            Status::LargelyImplemented => Some(("Close the last gaps in", Priority::Low)),
            _ => None,
        };
        if let Some((verb, proposed)) = gap {
            let urgent = status == Status::NotImplemented
                && (!item.is_control()
                    || register.risks.iter().any(|risk| {
                        risk.status.is_live()
                            && risk.controls.iter().any(|id| id == item.id)
                            && above_limit(risk)
                    }));
            with_item(derived(
                format!("item:{}", item.id),
                ActionKind::Item,
                format!("{verb} {name}"),
                if urgent { Priority::High } else { proposed },
                Some(item.id.to_owned()),
                None,
            ));
        }
        let assessed = !matches!(status, Status::NotAssessed | Status::NotApplicable);
        if assessed && item.documented && !checks::has_documents(assessment, item.id) {
            with_item(derived(
                format!("doc:{}", item.id),
                ActionKind::DocumentedInformation,
                format!("Record the documented information for {name}"),
                if item.is_control() {
                    Priority::Medium
                } else {
                    Priority::High
                },
                Some(item.id.to_owned()),
                None,
            ));
        }
        actions.extend(
            plan.custom
                .iter()
                .filter(|a| a.item_id == item.id)
                .map(custom),
        );
    }
    let top = u8::try_from(register.criteria.bands.len().saturating_sub(1)).unwrap_or(u8::MAX);
    for risk in register.risks.iter().filter(|risk| risk.status.is_live()) {
        let band = register.band(risk.current_rating());
        let proposed = match band {
            Some(band) if band >= top || above_limit(risk) => Priority::High,
            Some(0) => Priority::Low,
            _ => Priority::Medium,
        };
        for (index, step) in risk.actions.iter().enumerate() {
            let number = index + 1;
            let title = match step.description.trim() {
                "" => format!("Treatment action {number} of {}", risk.id),
                text => text.to_owned(),
            };
            let mut action = derived(
                format!("risk:{}:{number}", risk.id),
                ActionKind::RiskTreatment,
                title,
                proposed,
                None,
                Some(risk.id.clone()),
            );
            action.owner.clone_from(&step.owner);
            action.due_date = step.due_date;
            action.risk_band = band;
            if step.done {
                action.status = ActionStatus::Done;
            } else if action.status == ActionStatus::Done {
                // The treatment action is the truth about done; a stale "done" reads as open.
                action.status = ActionStatus::Open;
            }
            actions.push(action);
        }
    }
    for (key, kind, title, proposed, (register, id)) in record_actions(assessment) {
        let mut action = derived(key, kind, title, proposed, None, None);
        action.record = Some((register, id));
        // The register entry keeps no owner or due date for its action; the plan does.
        if let Some(update) = plan.updates.get(&action.key) {
            action.owner.clone_from(&update.owner);
            action.due_date = update.due_date;
        }
        actions.push(action);
    }
    actions.extend(
        plan.custom
            .iter()
            .filter(|a| catalog.item(&a.item_id).is_none())
            .map(custom),
    );
    actions
}

/// A decision line without its bullet ("- ", "* " or "• "), trimmed.
fn decision_text(line: &str) -> &str {
    let line = line.trim();
    ["- ", "* ", "• "]
        .iter()
        .find_map(|bullet| line.strip_prefix(bullet))
        .unwrap_or(line)
        .trim()
}

/// The decisions of a review, one per non-blank line, numbered from 1.
pub fn review_decisions(review: &Record) -> impl Iterator<Item = (usize, &str)> {
    review
        .text("decisions")
        .lines()
        .map(decision_text)
        .filter(|line| !line.is_empty())
        .enumerate()
        .map(|(index, line)| (index + 1, line))
}

/// Whether a nonconformity or incident is still being handled (an entry without a status
/// counts as open).
pub fn incident_open(incident: &Record) -> bool {
    incident.text("status") != "closed"
}

type RecordAction = (String, ActionKind, String, Priority, (RegisterKind, String));

/// The actions the registers ask for, in register order: each decision of a held review, the
/// corrective action of each incident not closed, and each role whose competence is not met.
fn record_actions(assessment: &Assessment) -> Vec<RecordAction> {
    let entries = |kind: RegisterKind| assessment.records.get(kind).records.iter();
    let mut found = Vec::new();
    for review in entries(RegisterKind::Reviews).filter(|r| checks::held_on(r).is_some()) {
        for (number, decision) in review_decisions(review) {
            found.push((
                format!("review:{}:{number}", review.id),
                ActionKind::ReviewDecision,
                decision.to_owned(),
                Priority::Medium,
                (RegisterKind::Reviews, review.id.clone()),
            ));
        }
    }
    for incident in entries(RegisterKind::Incidents).filter(|i| incident_open(i)) {
        let Some(first) = incident
            .text("corrective_action")
            .lines()
            .map(str::trim)
            .find(|line| !line.is_empty())
        else {
            continue;
        };
        // A near miss harmed no one, so its corrective action is less pressing.
        let proposed = if incident.text("kind") == "near-miss" {
            Priority::Medium
        } else {
            Priority::High
        };
        found.push((
            format!("incident:{}", incident.id),
            ActionKind::CorrectiveAction,
            first.to_owned(),
            proposed,
            (RegisterKind::Incidents, incident.id.clone()),
        ));
    }
    for role in entries(RegisterKind::Competence) {
        let (verb, proposed) = match role.text("status") {
            "gap" => ("Build the competence of", Priority::High),
            "partly" => ("Complete the competence of", Priority::Medium),
            _ => continue,
        };
        found.push((
            format!("competence:{}", role.id),
            ActionKind::CompetenceGap,
            format!(
                "{verb} {}",
                checks::record_name(RegisterKind::Competence, role)
            ),
            proposed,
            (RegisterKind::Competence, role.id.clone()),
        ));
    }
    found
}

/// What an action key points at.
enum Target {
    /// An item's gap or documented information (the item's record holds owner and due date).
    Item,
    /// A treatment action: the risk's and the action's positions.
    Risk(usize, usize),
    /// A custom action's position.
    Custom(usize),
    /// An action of a register entry, which keeps no owner or due date for it: the plan's
    /// update does.
    Record,
}

fn target(catalog: Catalog, assessment: &Assessment, key: &str) -> Result<Target, ActionError> {
    let item = |id: &str| catalog.item(id);
    let found = if let Some(id) = key.strip_prefix("item:") {
        item(id).map(|_| Target::Item)
    } else if let Some(id) = key.strip_prefix("doc:") {
        item(id)
            .filter(|item| item.documented)
            .map(|_| Target::Item)
    } else if let Some((kind, id)) = record_key(key) {
        assessment
            .records
            .get(kind)
            .record(id)
            .map(|_| Target::Record)
    } else if let Some(rest) = key.strip_prefix("risk:") {
        rest.rsplit_once(':').and_then(|(risk_id, number)| {
            let number = number.parse::<usize>().ok()?.checked_sub(1)?;
            let risks = &assessment.risks.risks;
            let index = risks.iter().position(|risk| risk.id == risk_id)?;
            (number < risks[index].actions.len()).then_some(Target::Risk(index, number))
        })
    } else {
        assessment
            .actions
            .custom
            .iter()
            .position(|action| action.id == key)
            .map(Target::Custom)
    };
    found.ok_or_else(|| ActionError::UnknownAction(key.to_owned()))
}

/// The register and entry ID of a record action's key ("review:REV1:2", "incident:INC1",
/// "competence:COMP1").
fn record_key(key: &str) -> Option<(RegisterKind, &str)> {
    let (prefix, rest) = key.split_once(':')?;
    let kind = match prefix {
        "review" => RegisterKind::Reviews,
        "incident" => RegisterKind::Incidents,
        "competence" => RegisterKind::Competence,
        _ => return None,
    };
    let id = rest.split_once(':').map_or(rest, |(id, _)| id);
    Some((kind, id))
}

/// Changes the stored update of a derived action, dropping it when it ends up the default.
/// A new update is refused when the plan keeps as many as allowed (one that would stay the
/// default needs no room), and new notes or a new owner when they are over the text limit.
fn edit_update(
    plan: &mut ActionPlan,
    key: &str,
    change: impl FnOnce(&mut ActionUpdate),
) -> Result<(), ActionError> {
    let before = plan.updates.get(key).cloned();
    let mut update = before.clone().unwrap_or_default();
    change(&mut update);
    limits::check_text_change(before.as_ref().map_or("", |old| &old.notes), &update.notes)?;
    limits::check_text_change(before.as_ref().map_or("", |old| &old.owner), &update.owner)?;
    if update == ActionUpdate::default() {
        plan.updates.remove(key);
    } else {
        if before.is_none() {
            limits::check_room(GrowingList::ActionUpdates, plan.updates.len())?;
        }
        plan.updates.insert(key.to_owned(), update);
    }
    Ok(())
}

/// The item ID of an item or documented information key.
fn item_of(key: &str) -> &str {
    key.split_once(':').map_or(key, |(_, id)| id)
}

/// Sets who is responsible: the item's owner for item and documented information actions,
/// the treatment action's owner for risk actions, the custom action's own, and the plan's
/// update for actions from a register.
pub fn set_owner(
    assessment: &mut Assessment,
    catalog: Catalog,
    key: &str,
    owner: String,
) -> Result<(), ActionError> {
    match target(catalog, assessment, key)? {
        Target::Item => assessment
            .set_text(catalog, item_of(key), TextField::Owner, owner)
            .map_err(|error| match error {
                EditError::Limit(limit) => ActionError::Limit(limit),
                _ => ActionError::UnknownAction(key.to_owned()),
            })?,
        Target::Risk(risk, step) => {
            let slot = &mut assessment.risks.risks[risk].actions[step].owner;
            limits::check_text_change(slot, &owner)?;
            *slot = owner;
        }
        Target::Custom(index) => {
            let slot = &mut assessment.actions.custom[index].owner;
            limits::check_text_change(slot, &owner)?;
            *slot = owner;
        }
        Target::Record => edit_update(&mut assessment.actions, key, |u| u.owner = owner)?,
    }
    Ok(())
}

/// Sets or clears the due date, where `set_owner` sets the owner.
pub fn set_due_date(
    assessment: &mut Assessment,
    catalog: Catalog,
    key: &str,
    due_date: Option<IsoDate>,
) -> Result<(), ActionError> {
    match target(catalog, assessment, key)? {
        Target::Item => assessment
            .set_due_date(catalog, item_of(key), due_date)
            .map_err(|_| ActionError::UnknownAction(key.to_owned()))?,
        Target::Risk(risk, step) => assessment.risks.risks[risk].actions[step].due_date = due_date,
        Target::Custom(index) => assessment.actions.custom[index].due_date = due_date,
        Target::Record => edit_update(&mut assessment.actions, key, |u| u.due_date = due_date)?,
    }
    Ok(())
}

/// Sets where an action stands. A treatment action is done exactly when its status is Done;
/// "In progress" is kept in the plan's updates.
pub fn set_status(
    assessment: &mut Assessment,
    catalog: Catalog,
    key: &str,
    status: ActionStatus,
) -> Result<(), ActionError> {
    let done = status == ActionStatus::Done;
    match target(catalog, assessment, key)? {
        Target::Item | Target::Record => {
            edit_update(&mut assessment.actions, key, |u| u.status = status)?
        }
        Target::Risk(risk, step) => {
            let kept = if done { ActionStatus::Open } else { status };
            edit_update(&mut assessment.actions, key, |u| u.status = kept)?;
            assessment.risks.risks[risk].actions[step].done = done;
        }
        Target::Custom(index) => assessment.actions.custom[index].status = status,
    }
    Ok(())
}

/// Chooses a priority for an action, or (`None`) goes back to the proposed one. A custom
/// action has no proposal apart from its own priority, so `None` leaves it as it is.
pub fn set_priority(
    assessment: &mut Assessment,
    catalog: Catalog,
    key: &str,
    priority: Option<Priority>,
) -> Result<(), ActionError> {
    match target(catalog, assessment, key)? {
        Target::Custom(index) => {
            if let Some(priority) = priority {
                assessment.actions.custom[index].priority = priority;
            }
        }
        _ => edit_update(&mut assessment.actions, key, |u| u.priority = priority)?,
    }
    Ok(())
}

/// Replaces an action's notes (kept in the plan, not in the item's notes).
pub fn set_notes(
    assessment: &mut Assessment,
    catalog: Catalog,
    key: &str,
    notes: String,
) -> Result<(), ActionError> {
    match target(catalog, assessment, key)? {
        Target::Custom(index) => {
            let slot = &mut assessment.actions.custom[index].notes;
            limits::check_text_change(slot, &notes)?;
            *slot = notes;
        }
        _ => edit_update(&mut assessment.actions, key, |u| u.notes = notes)?,
    }
    Ok(())
}

/// Adds a custom action with a fresh ID ("A1", "A2", ...) and returns the ID. IDs are never
/// given twice: numbering continues after the highest ever issued. Refused when the plan holds
/// as many own actions as allowed, when no ID number is left, or when the title is over the
/// limit.
pub fn add_custom(plan: &mut ActionPlan, title: String) -> Result<String, ActionError> {
    limits::check_room(GrowingList::OwnActions, plan.custom.len())?;
    limits::check_new_text(&title)?;
    let ids = plan.custom.iter().map(|action| action.id.as_str());
    let (id, next_number) = limits::issue_id(GrowingList::OwnActions, "A", plan.next_number, ids)?;
    plan.next_number = next_number;
    plan.custom.push(CustomAction {
        id: id.clone(),
        title,
        ..CustomAction::default()
    });
    Ok(id)
}

/// Removes a custom action and returns it with its position, so the removal can be undone.
pub fn remove_custom(
    plan: &mut ActionPlan,
    id: &str,
) -> Result<(usize, CustomAction), ActionError> {
    let index = plan
        .custom
        .iter()
        .position(|action| action.id == id)
        .ok_or_else(|| ActionError::UnknownAction(id.to_owned()))?;
    Ok((index, plan.custom.remove(index)))
}

/// Puts a removed custom action back where it was (or at the end, if the list got shorter).
pub fn restore_custom(plan: &mut ActionPlan, index: usize, action: CustomAction) {
    plan.custom.insert(index.min(plan.custom.len()), action);
}

impl ActionPlan {
    /// Changes a custom action's own fields (title, item, ...). A change that makes a text
    /// longer than the limit is refused and leaves the action as it was.
    pub fn edit_custom(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut CustomAction),
    ) -> Result<(), ActionError> {
        let action = self
            .custom
            .iter_mut()
            .find(|action| action.id == id)
            .ok_or_else(|| ActionError::UnknownAction(id.to_owned()))?;
        limits::edit_checked(action, change)?;
        Ok(())
    }

    /// Keeps the updates in step when treatment action `number` (counted from 1) of a risk is
    /// removed: its update is dropped and returned, and the later actions' updates move down
    /// one number, as their keys do.
    pub fn treatment_action_removed(
        &mut self,
        risk_id: &str,
        number: usize,
    ) -> Option<ActionUpdate> {
        let prefix = format!("risk:{risk_id}:");
        let later: Vec<(usize, ActionUpdate)> = self
            .updates
            .iter()
            .filter_map(|(key, update)| {
                let n = key.strip_prefix(&prefix)?.parse::<usize>().ok()?;
                (n > number).then(|| (n, update.clone()))
            })
            .collect();
        let removed = self.updates.remove(&format!("{prefix}{number}"));
        for (n, _) in &later {
            self.updates.remove(&format!("{prefix}{n}"));
        }
        for (n, update) in later {
            self.updates.insert(format!("{prefix}{}", n - 1), update);
        }
        removed
    }
}

/// Which actions the plan shows. `None` in a field shows all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActionFilter {
    pub status: Option<ActionStatus>,
    pub priority: Option<Priority>,
    pub kind: Option<ActionKind>,
    /// Only actions of this owner (compared without surrounding spaces); `""` for actions
    /// without an owner.
    pub owner: Option<String>,
    /// Only actions past their due date and not done.
    pub overdue_only: bool,
}

/// The order of the plan. Every order ends with the order `derive` gives (the catalog's), so
/// the list never jumps between equal actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ActionOrder {
    /// High first; within a priority, treatment actions of the most serious risks (by the
    /// band the risk stands in now) before less serious ones and before every other action;
    /// then by due date. The dashboard's and the report's five most important actions are
    /// the first open ones in this order.
    #[default]
    Priority,
    /// Earliest due date first, undated last, then by priority.
    DueDate,
    /// As `derive` lists them: by item in catalog order, then risk and other actions.
    Item,
    /// Open, then in progress, then done; then by priority.
    Status,
}

/// How many gaps the dashboard and the report show as the most important.
pub const TOP_GAPS: usize = 5;

/// The most important open gaps: the actions not done, in priority order, at most
/// `TOP_GAPS`. The dashboard and the report show the same ones.
pub fn top_gaps(actions: &[PlannedAction], today: Option<IsoDate>) -> Vec<&PlannedAction> {
    listed(
        actions,
        &ActionFilter::default(),
        ActionOrder::Priority,
        today,
    )
    .into_iter()
    .filter(|action| action.status != ActionStatus::Done)
    .take(TOP_GAPS)
    .collect()
}

/// The actions (as `derive` returns them) the filter lets through, in the given order, with
/// overdue judged against `today`.
pub fn listed<'a>(
    actions: &'a [PlannedAction],
    filter: &ActionFilter,
    order: ActionOrder,
    today: Option<IsoDate>,
) -> Vec<&'a PlannedAction> {
    let mut list: Vec<&PlannedAction> = actions
        .iter()
        .filter(|action| {
            filter.status.is_none_or(|status| action.status == status)
                && filter.priority.is_none_or(|p| action.priority == p)
                && filter.kind.is_none_or(|kind| action.kind == kind)
                && filter
                    .owner
                    .as_ref()
                    .is_none_or(|owner| action.owner.trim() == owner.trim())
                && (!filter.overdue_only || action.is_overdue(today))
        })
        .collect();
    // Undated last: `None` sorts after every date.
    let due = |action: &PlannedAction| (action.due_date.is_none(), action.due_date);
    // Most serious risk first; `Reverse(None)` sorts after every band, so actions without a
    // risk band come last within their priority.
    let severity = |action: &PlannedAction| std::cmp::Reverse(action.risk_band);
    // One stable sort: equal actions keep `derive`'s order.
    list.sort_by(|left, right| match order {
        ActionOrder::Priority => left
            .priority
            .cmp(&right.priority)
            .then(severity(left).cmp(&severity(right)))
            .then(due(left).cmp(&due(right))),
        ActionOrder::DueDate => due(left)
            .cmp(&due(right))
            .then(left.priority.cmp(&right.priority)),
        ActionOrder::Item => std::cmp::Ordering::Equal,
        ActionOrder::Status => left
            .status
            .cmp(&right.status)
            .then(left.priority.cmp(&right.priority)),
    });
    list
}

/// The owners named in a list of actions, each once, in alphabetical order, for filtering by
/// owner. Gathered in a set rather than sorted: a sort of our own here would add its own copy
/// of the standard library's stable sort to the Wasm module.
pub fn owners(actions: &[PlannedAction]) -> Vec<String> {
    let mut names = std::collections::BTreeSet::new();
    for action in actions {
        let owner = action.owner.trim();
        if !owner.is_empty() {
            names.insert(owner.to_owned());
        }
    }
    names.into_iter().collect()
}

/// A question answered "No" or "Partly": part of what an item's action has to close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenQuestion {
    pub question_id: &'static str,
    pub kind: QuestionKind,
    pub answer: Answer,
}

/// The questions of an item answered "No" or "Partly", in catalog order: what an action such
/// as "Close the gaps in 4.3" is about, so the plan can name them instead of leaving the user
/// to look them up. Requirement and good-practice questions both appear, with their kind,
/// since a good-practice gap is worth closing too even though it does not block readiness.
pub fn open_questions(
    catalog: Catalog,
    assessment: &Assessment,
    item_id: &str,
) -> Vec<OpenQuestion> {
    let Some(item) = catalog.item(item_id) else {
        return Vec::new();
    };
    item.questions
        .iter()
        .filter_map(|question| {
            let answer = assessment.answer_at(question.answer_key(item.id))?;
            matches!(answer, Answer::No | Answer::Partly).then_some(OpenQuestion {
                question_id: question.id,
                kind: question.kind,
                answer,
            })
        })
        .collect()
}
