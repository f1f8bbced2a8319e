//! The OSCAL profile: the Statement of Applicability's selection. It imports the exported
//! catalog by its file name and includes every clause item (an AI management system must meet
//! them all) and each Annex A control that applies, with the reasons and justification
//! recorded in the SoA added to the control.
//!
//! The organisation's own controls exist in no published catalog, so the profile carries them
//! as a small OSCAL catalog of their own inside its back matter (Base64) and imports that too.

use super::catalog::{CatalogFile, CatalogModel, Control};
use super::{
    base64, catalog_file_name, catalog_id, own_control_id, prop_value, to_json, user_line,
    user_prose, BackMatter, Base64, Context, Part, Prop, Resource, Rlink,
};
use crate::domain::assessment::Assessment;
use crate::domain::catalog::{Catalog, CATALOG_VERSION};
use crate::domain::soa::Applicability;
use serde::Serialize;

/// A profile file: its one top-level key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProfileFile {
    pub profile: ProfileModel,
}

/// The profile model.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ProfileModel {
    pub uuid: String,
    pub metadata: super::Metadata,
    pub imports: Vec<Import>,
    pub merge: Merge,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modify: Option<Modify>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub back_matter: Option<BackMatter>,
}

/// One imported catalog and the controls taken from it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Import {
    pub href: String,
    pub include_controls: Vec<SelectControls>,
}

/// A selection of controls by ID.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct SelectControls {
    pub with_ids: Vec<String>,
}

/// How the imported controls are combined: kept in their catalog's structure.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Merge {
    pub as_is: bool,
}

/// Changes to the imported controls.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Modify {
    pub alters: Vec<Alter>,
}

/// What is added to one control.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Alter {
    pub control_id: String,
    pub adds: Vec<Add>,
}

/// Parts added at the end of a control.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Add {
    pub position: String,
    pub parts: Vec<Part>,
}

/// The Statement of Applicability of `assessment` as an OSCAL profile.
pub fn profile_model(catalog: Catalog, assessment: &Assessment, context: &Context) -> ProfileFile {
    let soa = &assessment.soa;
    let applies = |control_id: &str| {
        soa.effective_applicability(control_id, &assessment.risks) == Applicability::Applicable
    };
    let mut catalog_ids: Vec<String> = catalog
        .clause_items()
        .map(|item| catalog_id(item.id))
        .collect();
    let mut alters = Vec::new();
    for control in catalog.controls().filter(|control| applies(control.id)) {
        catalog_ids.push(catalog_id(control.id));
        alters.extend(decision_alter(
            assessment,
            control.id,
            catalog_id(control.id),
        ));
    }
    let mut imports = vec![Import {
        href: catalog_file_name(CATALOG_VERSION),
        include_controls: vec![SelectControls {
            with_ids: catalog_ids,
        }],
    }];
    let own_ids: Vec<String> = soa
        .own_controls
        .iter()
        .filter(|control| applies(&control.id))
        .map(|control| own_control_id(&control.id))
        .collect();
    let catalog_resource = Resource {
        uuid: context.uuid("catalog-resource"),
        title: Some(
            "The AIMS Assess catalog of ISO/IEC 42001 (exported beside this profile)".to_owned(),
        ),
        description: None,
        rlinks: vec![Rlink {
            href: catalog_file_name(CATALOG_VERSION),
            media_type: Some("application/oscal.catalog+json".to_owned()),
        }],
        base64: None,
    };
    let mut resources = vec![catalog_resource];
    if !own_ids.is_empty() {
        let own = own_controls_catalog(assessment, context);
        let resource_uuid = context.uuid("own-controls-resource");
        imports.push(Import {
            href: format!("#{resource_uuid}"),
            include_controls: vec![SelectControls { with_ids: own_ids }],
        });
        for control in soa
            .own_controls
            .iter()
            .filter(|control| applies(&control.id))
        {
            alters.extend(decision_alter(
                assessment,
                &control.id,
                own_control_id(&control.id),
            ));
        }
        resources.push(Resource {
            uuid: resource_uuid,
            title: Some("The organisation's own controls".to_owned()),
            description: Some("Controls added to the SoA.".to_owned()),
            rlinks: Vec::new(),
            base64: Some(Base64 {
                filename: "own-controls.json".to_owned(),
                media_type: "application/oscal.catalog+json".to_owned(),
                value: base64(to_json(&own).as_bytes()),
            }),
        });
    }
    let mut metadata = context.metadata(
        format!(
            "{}: Statement of Applicability",
            user_line(&assessment.name, "Assessment")
        ),
        soa.display_version(),
    );
    metadata
        .props
        .extend(Prop::ours_text("approved-by", &soa.approved_by));
    metadata.remarks = Some("Every clause item, and each control that applies.".to_owned());
    ProfileFile {
        profile: ProfileModel {
            uuid: context.uuid("profile"),
            metadata,
            imports,
            merge: Merge { as_is: true },
            modify: (!alters.is_empty()).then_some(Modify { alters }),
            back_matter: Some(BackMatter { resources }),
        },
    }
}

/// The SoA's reasons and justification for an included control, added to it as a part; `None`
/// when the SoA records neither.
fn decision_alter(assessment: &Assessment, control_id: &str, oscal_id: String) -> Option<Alter> {
    let soa = &assessment.soa;
    let reasons = soa.effective_reasons(control_id, &assessment.risks);
    let justification = soa.decision(control_id).justification;
    if reasons.is_empty() && justification.trim().is_empty() {
        return None;
    }
    let mut part = Part::ours("soa-decision")
        .with_id(format!("{oscal_id}_soa"))
        .with_prose(user_prose(&justification));
    part.props = reasons
        .iter()
        .map(|reason| Prop::ours("inclusion-reason", reason.slug()))
        .collect();
    Some(Alter {
        control_id: oscal_id,
        adds: vec![Add {
            position: "ending".to_owned(),
            parts: vec![part],
        }],
    })
}

/// The organisation's own controls as a small catalog.
fn own_controls_catalog(assessment: &Assessment, context: &Context) -> CatalogFile {
    let controls = assessment
        .soa
        .own_controls
        .iter()
        .map(|control| {
            let id = own_control_id(&control.id);
            let mut parts = Vec::new();
            if let Some(prose) = user_prose(&control.description) {
                parts.push(
                    Part::core("statement")
                        .with_id(format!("{id}_smt"))
                        .with_prose(Some(prose)),
                );
            }
            Control {
                title: user_line(&control.title, "Untitled control"),
                class: "own-control".to_owned(),
                props: prop_value(&control.id)
                    .map(|label| vec![Prop::core("label", &label)])
                    .unwrap_or_default(),
                parts,
                id,
            }
        })
        .collect();
    CatalogFile {
        catalog: CatalogModel {
            uuid: context.uuid("own-controls-catalog"),
            metadata: context.metadata(
                format!(
                    "{}: own controls",
                    user_line(&assessment.name, "Assessment")
                ),
                "1",
            ),
            groups: Vec::new(),
            controls,
            back_matter: None,
        },
    }
}
