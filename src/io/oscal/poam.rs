//! The OSCAL plan of action and milestones: one item per open action of the action plan (not
//! done), with its priority, status, owner and due date as properties and its notes as
//! remarks. The system it is for is named by a UUID derived from the assessment's name.

use super::{prop_value, user_line, user_prose, Context, Metadata, OscalError, Prop};
use crate::domain::action_plan::{ActionStatus, PlannedAction};
use crate::domain::assessment::Assessment;
use crate::domain::catalog::Catalog;
use serde::Serialize;

/// A POA&M file: its one top-level key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PoamFile {
    #[serde(rename = "plan-of-action-and-milestones")]
    pub plan: PoamModel,
}

/// The plan-of-action-and-milestones model.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PoamModel {
    pub uuid: String,
    pub metadata: Metadata,
    pub system_id: SystemId,
    pub poam_items: Vec<PoamItem>,
}

/// The identifier of the system the plan is for.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SystemId {
    pub identifier_type: String,
    pub id: String,
}

/// One open action.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PoamItem {
    pub uuid: String,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

/// The open actions of `actions` (the derived action plan of `assessment`) as an OSCAL POA&M.
/// A plan with no open action cannot be written: OSCAL requires at least one item.
pub fn poam_model(
    catalog: Catalog,
    assessment: &Assessment,
    actions: &[PlannedAction],
    context: &Context,
) -> Result<PoamFile, OscalError> {
    let items: Vec<PoamItem> = actions
        .iter()
        .filter(|action| action.status != ActionStatus::Done)
        .map(|action| poam_item(catalog, action, context))
        .collect();
    if items.is_empty() {
        return Err(OscalError::NoOpenActions);
    }
    let name = user_line(&assessment.name, "Assessment");
    let mut metadata = context.metadata(format!("{name}: plan of action and milestones"), "1");
    metadata.remarks = Some("The action plan's actions that are not done.".to_owned());
    // The system ID stays the same from one export to the next, so that plans exported on
    // different days can be matched: it is derived from the name, not from the export's seed.
    let system = Context {
        timestamp: context.timestamp.clone(),
        uuids: super::Uuids { seed: 0 },
    };
    Ok(PoamFile {
        plan: PoamModel {
            uuid: context.uuid("poam"),
            metadata,
            system_id: SystemId {
                identifier_type: "https://ietf.org/rfc/rfc4122".to_owned(),
                id: system.uuid(&format!("system:{}", assessment.name)),
            },
            poam_items: items,
        },
    })
}

/// One open action as a POA&M item.
fn poam_item(catalog: Catalog, action: &PlannedAction, context: &Context) -> PoamItem {
    let mut props = vec![
        Prop::ours("priority", action.priority.slug()),
        Prop::ours("status", action.status.slug()),
        Prop::ours(
            "kind",
            &action.kind.label().to_ascii_lowercase().replace(' ', "-"),
        ),
    ];
    props.extend(Prop::ours_text("owner", &action.owner));
    if let Some(due) = action.due_date {
        props.push(Prop::ours("due-date", &due.to_string()));
    }
    if let Some(item) = action.item_id.as_deref() {
        props.extend(Prop::ours_text("item", item));
    }
    if let Some(risk) = action.risk_id.as_deref() {
        props.extend(Prop::ours_text("risk", risk));
    }
    if let Some((kind, id)) = &action.record {
        props.extend(Prop::ours_text(
            "record",
            &format!("{} {id}", kind.spec().slug),
        ));
    }
    let mut description = vec![format!("{}.", action.kind.label())];
    if let Some(item) = action.item_id.as_deref().and_then(|id| catalog.item(id)) {
        description.push(format!("For {} {}.", item.id, item.title));
    }
    if let Some(risk) = action.risk_id.as_deref().and_then(prop_value) {
        description.push(format!("For risk {}.", user_line(&risk, "")));
    }
    description.push(format!("Priority: {}.", action.priority.label()));
    if let Some(owner) = prop_value(&action.owner) {
        description.push(format!("Owner: {}.", user_line(&owner, "")));
    }
    if let Some(due) = action.due_date {
        description.push(format!("Due: {due}."));
    }
    PoamItem {
        uuid: context.uuid(&format!("poam-item-{}", action.key)),
        title: user_line(&action.title, "Untitled action"),
        description: description.join(" "),
        props,
        remarks: user_prose(&action.notes),
    }
}
