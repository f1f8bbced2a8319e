//! The OSCAL catalog: clauses 4 to 10 and the Annex A areas as groups, their grouping headings
//! as groups inside them, and every clause item and Annex A control as a control.
//!
//! IDs and titles are the published ones; all prose is the app's own. The prose is loaded on
//! demand in the app, so it is passed in: without it, the catalog still has every group,
//! control and question part, only without their wording.

use super::{
    catalog_id, objective_id, question_part_id, BackMatter, Context, Metadata, Part, Prop,
};
use crate::domain::catalog::{Catalog, Clause, Item, QuestionKind, CATALOG_VERSION};
use crate::domain::catalog_text::{CatalogText, ItemText};
use serde::Serialize;

/// A catalog file: its one top-level key.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CatalogFile {
    pub catalog: CatalogModel,
}

/// The catalog model.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CatalogModel {
    pub uuid: String,
    pub metadata: Metadata,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub back_matter: Option<BackMatter>,
}

/// A group of controls: a clause, an Annex A area or a heading inside one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub id: String,
    pub class: String,
    pub title: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub controls: Vec<Control>,
}

/// A control: a clause item, an Annex A control or an own control.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Control {
    pub id: String,
    pub class: String,
    pub title: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
}

/// The catalog of every clause item and Annex A control, with the prose when `text` is given.
pub fn catalog_model(
    catalog: Catalog,
    text: Option<&CatalogText>,
    context: &Context,
) -> CatalogFile {
    let groups = catalog
        .clauses()
        .iter()
        .map(|clause| part_group(clause, "clause", text))
        .chain(
            catalog
                .annex_a_areas()
                .iter()
                .map(|area| part_group(area, "annex-a-area", text)),
        )
        .collect();
    let mut metadata = context.metadata(
        "ISO/IEC 42001 clauses and Annex A controls (AIMS Assess catalog)".to_owned(),
        CATALOG_VERSION,
    );
    metadata.remarks = Some(
        match text {
            Some(_) => "IDs and titles: ISO/IEC 42001:2023. All other text is our own.",
            None => "IDs and titles: ISO/IEC 42001:2023. Written without the prose.",
        }
        .to_owned(),
    );
    CatalogFile {
        catalog: CatalogModel {
            uuid: context.uuid("catalog"),
            metadata,
            groups,
            controls: Vec::new(),
            back_matter: None,
        },
    }
}

/// A clause or Annex A area as a group: its items without a heading as controls, and each
/// heading as a group of the items under it.
fn part_group(part: &'static Clause, class: &str, text: Option<&CatalogText>) -> Group {
    let mut groups: Vec<Group> = part
        .headings
        .iter()
        .map(|heading| Group {
            id: catalog_id(heading.id),
            class: "heading".to_owned(),
            title: heading.title.to_owned(),
            props: vec![Prop::core("label", heading.id)],
            parts: heading
                .objective
                .map(|objective| {
                    vec![Part::ours("objective")
                        .with_id(format!("{}_objective", catalog_id(heading.id)))
                        .with_prose(Some(objective.to_owned()))]
                })
                .unwrap_or_default(),
            groups: Vec::new(),
            controls: Vec::new(),
        })
        .collect();
    let mut controls = Vec::new();
    for item in part.items {
        let control = item_control(item, text.and_then(|text| text.get(item.id)));
        let heading = item
            .heading
            .and_then(|id| groups.iter_mut().find(|group| group.id == catalog_id(id)));
        match heading {
            Some(group) => group.controls.push(control),
            None => controls.push(control),
        }
    }
    groups.retain(|group| !group.controls.is_empty() || !group.parts.is_empty());
    Group {
        id: catalog_id(part.id),
        class: class.to_owned(),
        title: part.title.to_owned(),
        props: vec![Prop::core("label", part.id)],
        parts: Some(part.summary.trim())
            .filter(|summary| !summary.is_empty())
            .map(|summary| {
                vec![Part::core("overview")
                    .with_id(format!("{}_ovw", catalog_id(part.id)))
                    .with_prose(Some(summary.to_owned()))]
            })
            .unwrap_or_default(),
        groups,
        controls,
    }
}

/// A markdown list of our own sentences.
fn bullet_list(lines: &[String]) -> Option<String> {
    let items: Vec<String> = lines
        .iter()
        .map(|line| line.trim())
        .filter(|line| !line.is_empty())
        .map(|line| format!("- {line}"))
        .collect();
    (!items.is_empty()).then(|| items.join("\n"))
}

/// A clause item or Annex A control as a control, with its questions as assessment
/// objectives.
fn item_control(item: &'static Item, text: Option<&ItemText>) -> Control {
    let id = catalog_id(item.id);
    let mut props = vec![Prop::core("label", item.id)];
    if item.documented {
        props.push(Prop::ours("documented-information", "required"));
    }
    props.extend(
        item.roles
            .iter()
            .map(|role| Prop::ours("ai-role", role.slug())),
    );
    let mut parts = Vec::new();
    if !item.purpose.is_empty() {
        parts.push(
            Part::ours("purpose")
                .with_id(format!("{id}_pur"))
                .with_prose(Some(item.purpose.to_owned())),
        );
    }
    if let Some(explanation) = text
        .map(|text| text.explanation.trim())
        .filter(|t| !t.is_empty())
    {
        parts.push(
            Part::core("guidance")
                .with_id(format!("{id}_gdn"))
                .with_prose(Some(explanation.to_owned())),
        );
    }
    let questions = item
        .questions
        .iter()
        .map(|question| {
            let mut part = Part::core("assessment-objective")
                .with_id(question_part_id(item.id, question.id))
                .with_prose(
                    text.and_then(|text| text.question(question.id))
                        .map(str::to_owned),
                );
            part.props.push(Prop::core("label", question.id));
            part.props.push(Prop::ours(
                "question-kind",
                match question.kind {
                    QuestionKind::Requirement => "requirement",
                    QuestionKind::GoodPractice => "good-practice",
                },
            ));
            if let Some(key) = question.same_as {
                part.props.push(Prop::ours("answered-under", key.question));
            }
            if let Some(hint) = text.and_then(|text| text.hint(question.id)) {
                part.parts
                    .push(Part::core("guidance").with_prose(Some(hint.to_owned())));
            }
            part
        })
        .collect();
    let mut objective = Part::core("assessment-objective").with_id(objective_id(item.id));
    objective.parts = questions;
    parts.push(objective);
    if let Some(text) = text {
        if let Some(evidence) = bullet_list(&text.evidence) {
            parts.push(
                Part::ours("evidence-examples")
                    .with_id(format!("{id}_evd"))
                    .with_prose(Some(evidence)),
            );
        }
        if let Some(documented) = text
            .documented_information
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            parts.push(
                Part::ours("documented-information")
                    .with_id(format!("{id}_doc"))
                    .with_prose(Some(documented.to_owned())),
            );
        }
        if let Some(pitfalls) = bullet_list(&text.pitfalls) {
            parts.push(
                Part::ours("pitfalls")
                    .with_id(format!("{id}_pit"))
                    .with_prose(Some(pitfalls)),
            );
        }
    }
    Control {
        id,
        class: if item.is_control() {
            "annex-a-control"
        } else {
            "clause-item"
        }
        .to_owned(),
        title: item.title.to_owned(),
        props,
        parts,
    }
}
