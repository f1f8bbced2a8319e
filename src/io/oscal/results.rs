//! The OSCAL assessment results: one result of the self-assessment, with one observation per
//! item in scope (its answers, evidence and notes), one observation per consistency-check
//! finding, and one finding per item that states whether it is satisfied and links both.
//!
//! There is no separate OSCAL assessment plan: the required import of one points to a
//! back-matter resource that says so.

use super::{
    catalog_file_name, catalog_id, objective_id, prop_value, question_part_id, user_line,
    user_prose, BackMatter, Context, Metadata, Prop, Resource, Rlink,
};
use crate::domain::assessment::{Answer, Assessment};
use crate::domain::catalog::{Catalog, CATALOG_VERSION};
use crate::domain::checks::{self, Place};
use crate::domain::date::IsoDate;
use crate::domain::scoring::{Status, Summary};
use serde::Serialize;

/// An assessment-results file: its one top-level key.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResultsFile {
    pub assessment_results: ResultsModel,
}

/// The assessment-results model.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ResultsModel {
    pub uuid: String,
    pub metadata: Metadata,
    pub import_ap: ImportAp,
    pub results: Vec<AssessmentResult>,
    pub back_matter: BackMatter,
}

/// The reference to the assessment plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportAp {
    pub href: String,
}

/// One result: what was reviewed, what was seen and what was found.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct AssessmentResult {
    pub uuid: String,
    pub title: String,
    pub description: String,
    pub start: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    pub reviewed_controls: ReviewedControls,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub observations: Vec<Observation>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub findings: Vec<Finding>,
}

/// The controls the result covers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReviewedControls {
    pub control_selections: Vec<ControlSelection>,
}

/// A selection of controls by ID.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ControlSelection {
    pub include_controls: Vec<ControlId>,
}

/// One control, by ID.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ControlId {
    pub control_id: String,
}

/// Something seen during the assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Observation {
    pub uuid: String,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    pub methods: Vec<String>,
    pub types: Vec<String>,
    pub collected: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub relevant_evidence: Vec<Evidence>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}

/// Evidence as the user recorded it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub description: String,
}

/// What was concluded about one item.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Finding {
    pub uuid: String,
    pub title: String,
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub props: Vec<Prop>,
    pub target: Target,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_observations: Vec<RelatedObservation>,
}

/// The objective a finding is about and its state.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Target {
    #[serde(rename = "type")]
    pub kind: String,
    pub target_id: String,
    pub status: TargetStatus,
}

/// Whether the objective is satisfied.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TargetStatus {
    pub state: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

/// A link from a finding to an observation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct RelatedObservation {
    pub observation_uuid: String,
}

/// "Fully implemented" is satisfied; everything else (including not yet assessed) is not.
fn state_of(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::FullyImplemented | Status::NotApplicable => ("satisfied", "pass"),
        Status::NotAssessed => ("not-satisfied", "other"),
        _ => ("not-satisfied", "fail"),
    }
}

/// A rule's name in kebab case ("UnansweredQuestions" -> "unanswered-questions").
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for character in name.chars() {
        if character.is_ascii_uppercase() && !out.is_empty() {
            out.push('-');
        }
        out.push(character.to_ascii_lowercase());
    }
    out
}

/// The item a consistency-check finding is about, if it is about a clause item or control.
fn item_of(place: &Place) -> Option<&str> {
    match place {
        Place::Item(id) | Place::SoaControl(id) => Some(id),
        _ => None,
    }
}

/// The assessment's state as OSCAL assessment results. `today` dates the consistency check
/// (for overdue rules), as on the Check page.
pub fn results_model(
    catalog: Catalog,
    assessment: &Assessment,
    today: Option<IsoDate>,
    context: &Context,
) -> ResultsFile {
    let summary = Summary::compute(catalog, assessment);
    let check_findings = checks::check(catalog, assessment, today);
    let now = context.timestamp().to_owned();
    let mut observations = Vec::new();
    let mut findings = Vec::new();
    let mut reviewed = Vec::new();

    let check_observations: Vec<(Option<String>, Observation)> = check_findings
        .iter()
        .enumerate()
        .map(|(index, finding)| {
            let rule = kebab(&format!("{:?}", finding.rule));
            let mut props = vec![
                Prop::ours("severity", &finding.severity.label().to_ascii_lowercase()),
                Prop::ours("rule", &rule),
            ];
            props.extend(Prop::ours_text("place", finding.place.id()));
            let observation = Observation {
                uuid: context.uuid(&format!("check-{index}")),
                title: format!("Consistency check: {}", finding.severity.label()),
                description: user_prose(&finding.message)
                    .unwrap_or_else(|| "A consistency-check finding.".to_owned()),
                props,
                methods: vec!["EXAMINE".to_owned()],
                types: vec!["finding".to_owned()],
                collected: now.clone(),
                relevant_evidence: Vec::new(),
                remarks: None,
            };
            (item_of(&finding.place).map(str::to_owned), observation)
        })
        .collect();

    for item in catalog.clause_items().chain(catalog.controls()) {
        let item_summary = summary.item(item.id);
        if item_summary.excluded {
            continue;
        }
        let oscal_id = catalog_id(item.id);
        reviewed.push(ControlId {
            control_id: oscal_id.clone(),
        });
        let status = item_summary.status();
        let record = assessment.item(item.id);
        let score = &item_summary.score;
        let mut props = vec![Prop::ours("status", status.slug())];
        props.push(Prop::ours(
            "answered",
            &format!("{} of {}", score.answered, score.questions),
        ));
        for question in item.questions {
            if let Some(answer) = assessment.answer_at(question.answer_key(item.id)) {
                let value = match answer {
                    Answer::Yes => "yes",
                    Answer::Partly => "partly",
                    Answer::No => "no",
                };
                let mut prop = Prop::ours("answer", value);
                prop.class = Some(question_part_id(item.id, question.id));
                props.push(prop);
            }
        }
        if let Some(record) = record {
            props.extend(Prop::ours_text("owner", &record.owner));
            if let Some(due) = record.due_date {
                props.push(Prop::ours("due-date", &due.to_string()));
            }
        }
        let observation_uuid = context.uuid(&format!("observation-{}", item.id));
        let evidence = record
            .and_then(|record| user_prose(&record.evidence))
            .map(|description| vec![Evidence { description }])
            .unwrap_or_default();
        observations.push(Observation {
            uuid: observation_uuid.clone(),
            title: format!("Answers and evidence for {} {}", item.id, item.title),
            description: format!(
                "{} of {} questions answered; status: {}.",
                score.answered,
                score.questions,
                status.label()
            ),
            props,
            methods: vec!["INTERVIEW".to_owned(), "EXAMINE".to_owned()],
            types: vec!["control-objective".to_owned()],
            collected: now.clone(),
            relevant_evidence: evidence,
            remarks: record.and_then(|record| user_prose(&record.notes)),
        });
        let mut related = vec![RelatedObservation { observation_uuid }];
        related.extend(
            check_observations
                .iter()
                .filter(|(place, _)| place.as_deref() == Some(item.id))
                .map(|(_, observation)| RelatedObservation {
                    observation_uuid: observation.uuid.clone(),
                }),
        );
        let (state, reason) = state_of(status);
        findings.push(Finding {
            uuid: context.uuid(&format!("finding-{}", item.id)),
            title: format!("{} {}", item.id, item.title),
            description: format!("{}: {}.", item.id, status.label()),
            props: vec![Prop::ours("status", status.slug())],
            target: Target {
                kind: "objective-id".to_owned(),
                target_id: objective_id(item.id),
                status: TargetStatus {
                    state: state.to_owned(),
                    reason: Some(reason.to_owned()),
                },
            },
            related_observations: related,
        });
    }
    observations.extend(
        check_observations
            .into_iter()
            .map(|(_, observation)| observation),
    );

    let name = user_line(&assessment.name, "Assessment");
    let plan_uuid = context.uuid("assessment-plan-resource");
    let mut result_props = Vec::new();
    if let Some(percent) = summary.overall.percent() {
        result_props.push(Prop::ours("readiness-percent", &percent.to_string()));
    }
    result_props.extend(Prop::ours_text("catalog-version", CATALOG_VERSION));
    let organisation = prop_value(&assessment.profile.organisation);
    result_props.extend(organisation.map(|name| Prop::ours("organisation", &name)));
    ResultsFile {
        assessment_results: ResultsModel {
            uuid: context.uuid("assessment-results"),
            metadata: context.metadata(format!("{name}: ISO/IEC 42001 self-assessment results"), "1"),
            import_ap: ImportAp {
                href: format!("#{plan_uuid}"),
            },
            results: vec![AssessmentResult {
                uuid: context.uuid("result"),
                title: format!("Self-assessment {name}"),
                description: "A self-assessment against ISO/IEC 42001 made with AIMS Assess.".to_owned(),
                start: now.clone(),
                props: result_props,
                reviewed_controls: ReviewedControls {
                    control_selections: vec![ControlSelection {
                        include_controls: reviewed,
                    }],
                },
                observations,
                findings,
            }],
            back_matter: BackMatter {
                resources: vec![
                    Resource {
                        uuid: plan_uuid,
                        title: Some("No separate assessment plan".to_owned()),
                        description: Some("A self-assessment with AIMS Assess's questions; there is no OSCAL assessment plan.".to_owned()),
                        rlinks: Vec::new(),
                        base64: None,
                    },
                    Resource {
                        uuid: context.uuid("catalog-resource"),
                        title: Some("The AIMS Assess catalog of ISO/IEC 42001".to_owned()),
                        description: None,
                        rlinks: vec![Rlink {
                            href: catalog_file_name(CATALOG_VERSION),
                            media_type: Some("application/oscal.catalog+json".to_owned()),
                        }],
                        base64: None,
                    },
                ],
            },
        },
    }
}
