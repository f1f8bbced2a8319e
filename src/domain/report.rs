//! The readiness report as plain data: a cover and sections of paragraphs, key/value lists and
//! tables of text, built from one assessment with the same domain rules every page uses.
//!
//! The report page renders it as HTML and `io::markdown` writes it as Markdown, so the two
//! always say the same. User text goes in exactly as typed; renderers escape it.

use crate::domain::action_plan::{self, open_questions, ActionKind, ActionStatus, PlannedAction};
use crate::domain::annex_c;
use crate::domain::assessment::{Answer, Assessment};
use crate::domain::catalog::{Catalog, Clause, Item, QuestionKind, CATALOG_VERSION};
use crate::domain::catalog_text::CatalogText;
use crate::domain::certification;
use crate::domain::checks::{self, Finding};
use crate::domain::date::IsoDate;
use crate::domain::impact::{self, ANNEX_III_FLOOR};
use crate::domain::impact_catalog::{self, all_harms, MEASURE_GROUPS};
use crate::domain::impact_text::{explain_level, ImpactText};
use crate::domain::readiness::{self, ReadinessVerdict, DISCLAIMER};
use crate::domain::records::{Choice, FieldKind, Record, RegisterKind};
use crate::domain::risk::{residual_text, Risk, RiskRegister};
use crate::domain::risk_criteria::{Axis, RiskCriteria};
use crate::domain::scoring::{PartReadiness, Readiness, Summary};
use crate::domain::soa;
use crate::domain::system::AiSystem;

/// How much the report says: the summary for a board (figures, charts, tables) or the full
/// report for an auditor, which adds every answer with its question, note, evidence and
/// review comments, each AI system's record and impact answers, and every register entry.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Depth {
    #[default]
    Summary,
    Full,
}

impl Depth {
    /// The choice's name on the report page.
    pub fn label(self) -> &'static str {
        match self {
            Depth::Summary => "Summary for the board",
            Depth::Full => "Full report for the auditor",
        }
    }

    /// The word the Markdown file's name carries ("report" or "full-report").
    pub fn file_word(self) -> &'static str {
        match self {
            Depth::Summary => "report",
            Depth::Full => "full-report",
        }
    }
}

/// The wording the app loads on first use (the questions of the gap analysis and of the
/// impact assessment); while it is not loaded, the report names questions by their IDs.
#[derive(Debug, Clone, Copy, Default)]
pub struct Wording<'a> {
    pub questions: Option<&'a CatalogText>,
    pub impact: Option<&'a ImpactText>,
}

/// What the report needs besides the assessment: the day it is made, who made it, and the
/// app's version (all supplied by the page, since the domain knows no clock).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportContext {
    /// Today; `None` when unknown, in which case nothing counts as overdue.
    pub today: Option<IsoDate>,
    /// Who prepared the report; may be empty.
    pub assessor: String,
    pub app_version: String,
    /// The summary or the full report.
    pub depth: Depth,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub title: String,
    /// The cover facts, as (label, value).
    pub cover: Vec<(String, String)>,
    pub sections: Vec<Section>,
}

/// One numbered part of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// A stable anchor, such as "summary" or "soa".
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One piece of a section's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Paragraph(String),
    /// A definition list, as (term, description).
    Facts(Vec<(String, String)>),
    Table(Table),
    /// Where the HTML view draws a chart; its figures are also in the section tables.
    Chart(ChartKind),
    Subheading(String),
}

/// The charts the HTML view draws from the assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    /// Readiness of clauses 4 to 10 as bars.
    ClauseBars,
    /// Readiness of the Annex A areas as a radar.
    AreaRadar,
    /// The risks before and after treatment on the criteria's lookup table.
    HeatMap,
}

/// A table of text with a caption and a header row; every row has as many cells as the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The section IDs and titles, in report order; "answers" is in the full report only.
pub const SECTIONS: [(&str, &str); 12] = [
    ("summary", "Executive summary"),
    ("readiness", "Readiness"),
    ("answers", "Answers item by item"),
    ("verdict", "Readiness verdict"),
    ("certification", "Road to certification"),
    ("soa", "Statement of Applicability"),
    ("risks", "Risk register and treatment plan"),
    ("systems", "AI systems and impact assessments"),
    ("records", "Records of the management system"),
    ("actions", "Action plan"),
    ("findings", "Findings"),
    ("method", "Method"),
];

/// A table, or `empty` as a paragraph when there are no rows.
fn table(caption: &str, header: &[&str], rows: Vec<Vec<String>>, empty: &str) -> Block {
    if rows.is_empty() {
        return Block::Paragraph(empty.to_owned());
    }
    Block::Table(Table {
        caption: caption.to_owned(),
        header: header.iter().map(|h| (*h).to_owned()).collect(),
        rows,
    })
}

/// A list of facts from (term, description) pairs.
fn facts<const N: usize>(pairs: [(&str, String); N]) -> Block {
    Block::Facts(pairs.map(|(k, v)| (k.to_owned(), v)).into())
}

/// The text, or `missing` when it is blank.
fn or(text: &str, missing: &str) -> String {
    match text.trim() {
        "" => missing.to_owned(),
        text => text.to_owned(),
    }
}

/// A date, or a dash when there is none.
fn date(date: Option<IsoDate>) -> String {
    date.map_or_else(|| "—".to_owned(), |date| date.to_string())
}

/// A whole percentage, or a dash when there is nothing to measure.
fn percent(value: Option<u32>) -> String {
    value.map_or_else(|| "—".to_owned(), |p| format!("{p}%"))
}

fn yes_no(value: bool) -> String {
    (if value { "Yes" } else { "No" }).to_owned()
}

/// The results the report shows that are worked out from the assessment by other rules: its
/// scores, the readiness verdict, the consistency check (as of the report's date) and the
/// action plan. The app holds them already, so it passes them in (`build_from`).
pub struct Derived<'a> {
    pub summary: &'a Summary,
    pub verdict: &'a ReadinessVerdict,
    pub findings: &'a [Finding],
    pub actions: &'a [PlannedAction],
    /// The questions' wording, when loaded.
    pub wording: Wording<'a>,
}

/// What several sections share, worked out once.
struct Basis<'a> {
    catalog: Catalog,
    assessment: &'a Assessment,
    today: Option<IsoDate>,
    summary: &'a Summary,
    verdict: &'a ReadinessVerdict,
    findings: &'a [Finding],
    actions: &'a [PlannedAction],
    wording: Wording<'a>,
}

/// Builds the report of an assessment.
pub fn build(catalog: Catalog, assessment: &Assessment, context: &ReportContext) -> Report {
    let summary = Summary::compute(catalog, assessment);
    let verdict = readiness::verdict(catalog, assessment, context.today);
    let findings = checks::check(catalog, assessment, context.today);
    let actions = action_plan::derive(catalog, assessment, &summary);
    let derived = Derived {
        summary: &summary,
        verdict: &verdict,
        findings: &findings,
        actions: &actions,
        wording: Wording::default(),
    };
    build_from(catalog, assessment, context, &derived)
}

/// Builds the report of an assessment from results already worked out; `derived` must be of
/// this assessment (and its findings of the report's date), as `build` works them out.
pub fn build_from(
    catalog: Catalog,
    assessment: &Assessment,
    context: &ReportContext,
    derived: &Derived,
) -> Report {
    let today = context.today;
    let basis = Basis {
        catalog,
        assessment,
        today,
        summary: derived.summary,
        verdict: derived.verdict,
        findings: derived.findings,
        actions: derived.actions,
        wording: derived.wording,
    };
    let full = context.depth == Depth::Full;
    let profile = &assessment.profile;
    let cover = [
        (
            "Organisation",
            or(&profile.organisation, "Anonymous organisation"),
        ),
        ("Scope", or(&profile.scope, "Not written yet")),
        (
            "Date",
            today.map_or_else(|| "Unknown".to_owned(), |d| d.to_string()),
        ),
        ("Assessor", or(&context.assessor, "Not named")),
        ("Assessment", or(&assessment.name, "Unnamed assessment")),
        (
            "App version",
            format!("AIMS Assess {}", context.app_version),
        ),
        ("Catalog version", CATALOG_VERSION.to_owned()),
    ]
    .map(|(k, v)| (k.to_owned(), v))
    .into();
    let mut contents = vec![
        ("summary", summary_section(&basis)),
        ("readiness", readiness_section(&basis)),
    ];
    if full {
        contents.push(("answers", answers_section(&basis)));
    }
    let mut systems = systems_section(assessment);
    let records = records_section(assessment, full);
    if full {
        systems.extend(system_details(assessment, basis.wording.impact));
    }
    contents.extend([
        ("verdict", verdict_section(basis.verdict)),
        ("certification", certification_section(&basis)),
        ("soa", soa_section(&basis)),
        ("risks", risk_section(assessment)),
        ("systems", systems),
        ("records", records),
        ("actions", actions_section(basis.actions, today)),
        ("findings", findings_section(basis.findings)),
        ("method", method(&assessment.risks)),
    ]);
    let title = if full {
        "ISO/IEC 42001 readiness report for the auditor"
    } else {
        "ISO/IEC 42001 readiness report"
    };
    Report {
        title: title.to_owned(),
        cover,
        sections: contents
            .into_iter()
            .map(|(id, blocks)| Section {
                id,
                title: section_title(id).to_owned(),
                blocks,
            })
            .collect(),
    }
}

/// The title of a section by its ID.
pub fn section_title(id: &str) -> &'static str {
    SECTIONS
        .iter()
        .find(|(known, _)| *known == id)
        .map_or("", |(_, title)| *title)
}

/// The headline figures, the charts and the most urgent actions.
fn summary_section(basis: &Basis) -> Vec<Block> {
    let Basis {
        assessment,
        today,
        summary,
        verdict,
        findings,
        actions,
        ..
    } = *basis;
    let register = &assessment.risks;
    let [high, medium, low] = checks::counts(findings);
    let open: Vec<&PlannedAction> = actions
        .iter()
        .filter(|a| a.status != ActionStatus::Done)
        .collect();
    let overdue = open.iter().filter(|a| a.is_overdue(today)).count();
    let overall = &summary.overall;
    let top_gaps = action_plan::top_gaps(actions, today)
        .into_iter()
        .map(|a| {
            vec![
                a.priority.label().to_owned(),
                a.title.clone(),
                or(
                    &missing_lines(assessment, a, basis.wording.questions).join("\n"),
                    "—",
                ),
                or(&a.owner, "—"),
                date(a.due_date),
            ]
        })
        .collect();
    vec![
        facts([
            ("Overall readiness", percent(overall.percent())),
            ("Clauses 4 to 10", percent(summary.clause_total.percent())),
            ("Annex A", percent(summary.annex_a.percent())),
            (
                "Completeness",
                format!(
                    "{} of {} questions answered ({})",
                    overall.answered,
                    overall.questions,
                    percent(overall.completeness_percent())
                ),
            ),
            ("Stage 1 readiness", verdict.stage_one.headline()),
            ("Stage 2 readiness", verdict.stage_two.headline()),
        ]),
        Block::Paragraph(DISCLAIMER.to_owned()),
        facts([
            (
                "Findings",
                format!("{high} high, {medium} medium, {low} low"),
            ),
            (
                "Open actions",
                format!("{} ({overdue} overdue)", open.len()),
            ),
            ("AI systems", assessment.inventory.systems.len().to_string()),
            (
                "Risks",
                format!(
                    "{} ({} above the acceptance limit without acceptance)",
                    register.risks.len(),
                    register.unaccepted_count()
                ),
            ),
        ]),
        Block::Chart(ChartKind::ClauseBars),
        Block::Chart(ChartKind::AreaRadar),
        Block::Chart(ChartKind::HeatMap),
        table(
            "The five most important open actions",
            &["Priority", "Action", "What is missing", "Owner", "Due date"],
            top_gaps,
            "No open actions.",
        ),
    ]
}

/// The wording of a question of an item, when loaded.
fn question_text<'a>(
    wording: Option<&'a CatalogText>,
    item_id: &str,
    question_id: &str,
) -> Option<&'a str> {
    wording
        .and_then(|text| text.get(item_id))
        .and_then(|item| item.question(question_id))
}

fn answer_label(answer: Answer) -> &'static str {
    match answer {
        Answer::No => "No",
        Answer::Partly => "Partly",
        Answer::Yes => "Yes",
    }
}

/// What an action has to close, one line each: for an item, each question answered "No" or
/// "Partly" with its answer and wording ("No: Is the AI policy approved?"); for missing
/// documented information, a line saying so. The action plan, the dashboard's top gaps and
/// the report all name the failing questions with this function.
pub fn missing_lines(
    assessment: &Assessment,
    action: &PlannedAction,
    wording: Option<&CatalogText>,
) -> Vec<String> {
    match (action.kind, action.item_id.as_deref()) {
        (ActionKind::Item, Some(item_id)) => {
            let open = open_questions(crate::domain::catalog::catalog(), assessment, item_id);
            if open.is_empty() {
                return vec!["Some questions are not answered yet.".to_owned()];
            }
            open.into_iter()
                .map(|open| {
                    let practice = match open.kind {
                        QuestionKind::GoodPractice => " (good practice)",
                        QuestionKind::Requirement => "",
                    };
                    let text = question_text(wording, item_id, open.question_id)
                        .map_or_else(|| format!("question {}", open.question_id), str::to_owned);
                    format!("{}: {text}{practice}", answer_label(open.answer))
                })
                .collect()
        }
        (ActionKind::DocumentedInformation, _) => {
            vec!["No document or evidence is recorded for this item.".to_owned()]
        }
        _ => Vec::new(),
    }
}

/// Readiness per clause and area, and every item's status.
fn readiness_section(basis: &Basis) -> Vec<Block> {
    let Basis {
        catalog,
        assessment,
        summary,
        ..
    } = *basis;
    let part_rows = |parts: &'static [Clause], figures: &[PartReadiness]| -> Vec<Vec<String>> {
        parts
            .iter()
            .zip(figures)
            .map(|(part, figure)| part_row(part.id, part.title, &figure.readiness))
            .collect()
    };
    let mut clause_rows = part_rows(catalog.clauses(), &summary.clauses);
    clause_rows.push(part_row("", "Clauses 4 to 10", &summary.clause_total));
    let mut area_rows = part_rows(catalog.annex_a_areas(), &summary.areas);
    area_rows.push(part_row(
        "",
        "Annex A (controls in scope)",
        &summary.annex_a,
    ));
    let item_rows = catalog
        .clause_items()
        .chain(catalog.controls())
        .map(|item| {
            let record = assessment.item(item.id);
            vec![
                item.id.to_owned(),
                item.title.to_owned(),
                summary.item(item.id).status().label().to_owned(),
                or(record.map_or("", |r| &r.owner), "—"),
                date(record.and_then(|r| r.due_date)),
            ]
        })
        .collect();
    let readiness_header = [
        "ID",
        "Title",
        "Readiness",
        "Requirement questions answered",
        "Good practice",
    ];
    vec![
        table("Readiness per clause", &readiness_header, clause_rows, ""),
        table(
            "Readiness per Annex A area",
            &readiness_header,
            area_rows,
            "",
        ),
        table(
            "Status of every item",
            &["ID", "Title", "Status", "Owner", "Due date"],
            item_rows,
            "",
        ),
        answer_notes_table(catalog, assessment),
    ]
}

/// Every answer with a note (the reason behind a "Partly" or "No", say), in catalog order. A
/// question shared by a clause item and a control is listed once, under the clause item.
fn answer_notes_table(catalog: Catalog, assessment: &Assessment) -> Block {
    let rows = catalog
        .clause_items()
        .chain(catalog.controls())
        .flat_map(|item| item.questions.iter().map(move |question| (item, question)))
        .filter(|(_, question)| question.same_as.is_none())
        .filter_map(|(item, question)| {
            let note = assessment.question_note(item.id, question.id);
            (!note.is_empty()).then(|| {
                vec![
                    question.id.to_owned(),
                    item.title.to_owned(),
                    assessment
                        .answer(item.id, question.id)
                        .map_or("Not answered", |answer| answer.label())
                        .to_owned(),
                    note.to_owned(),
                ]
            })
        })
        .collect();
    table(
        "Notes on answers",
        &["Question", "Item", "Answer", "Note"],
        rows,
        "No answer has a note.",
    )
}

/// Both verdicts: each stage's headline, requirements and blockers (one row per item or
/// record).
fn verdict_section(verdict: &ReadinessVerdict) -> Vec<Block> {
    let mut blocks = vec![Block::Paragraph(DISCLAIMER.to_owned())];
    for stage in [&verdict.stage_one, &verdict.stage_two] {
        let name = stage.stage.name();
        let requirement_rows = stage
            .requirements
            .iter()
            .map(|(requirement, met)| {
                vec![
                    requirement.label().to_owned(),
                    (if *met { "Met" } else { "Not met" }).to_owned(),
                    requirement.explanation().to_owned(),
                ]
            })
            .collect();
        let blocker_rows = stage.blockers.iter().map(|b| vec![b.message()]).collect();
        blocks.push(Block::Paragraph(stage.headline()));
        blocks.push(table(
            &format!("Requirements for a {name} audit"),
            &["Requirement", "Result", "What it takes"],
            requirement_rows,
            "",
        ));
        blocks.push(table(
            &format!("What stands in the way of {name}"),
            &["Blocker"],
            blocker_rows,
            "Nothing stands in the way.",
        ));
    }
    blocks
}

/// The Statement of Applicability, as its printed document states it.
fn soa_section(basis: &Basis) -> Vec<Block> {
    let Basis {
        catalog,
        assessment,
        summary,
        ..
    } = *basis;
    let register = &assessment.risks;
    let [applicable, excluded, undecided] =
        soa::decision_counts(catalog, &assessment.soa, register);
    let soa_rows = soa::rows(catalog, assessment, summary)
        .into_iter()
        .map(|row| {
            vec![
                row.control_id.to_owned(),
                row.title.to_owned(),
                row.applicability.label().to_owned(),
                row.rationale(),
                row.status_text().to_owned(),
                or(&row.owner, "—"),
            ]
        })
        .collect();
    vec![
        facts([
            ("Version", assessment.soa.display_version().to_owned()),
            ("Approved by", assessment.soa.display_approver().to_owned()),
            (
                "Controls",
                format!("{applicable} applicable, {excluded} excluded, {undecided} undecided"),
            ),
        ]),
        Block::Paragraph(
            "Controls A.2.2 to A.10.4 are those of ISO/IEC 42001:2023, Annex A, listed by number \
             and title; controls O1, O2, ... are the organisation's own. \
             Implementation status is derived from the self-assessment answers."
                .to_owned(),
        ),
        table(
            "Statement of Applicability",
            &[
                "ID",
                "Control",
                "Applicable",
                "Reason for inclusion or justification for exclusion",
                "Implementation status",
                "Owner",
            ],
            soa_rows,
            "",
        ),
    ]
}

/// The risk criteria, the register and the treatment actions.
fn risk_section(assessment: &Assessment) -> Vec<Block> {
    let register = &assessment.risks;
    let criteria = &register.criteria;
    // Live risks only, as on the heat maps.
    let ratings = |pick: fn(&Risk) -> Option<_>| {
        let live = register.risks.iter().filter(|risk| risk.status.is_live());
        live.map(pick).collect::<Vec<_>>()
    };
    let risk_rows = register
        .risks
        .iter()
        .map(|risk| risk_row(assessment, risk))
        .collect();
    let action_rows = register
        .risks
        .iter()
        .flat_map(|risk| risk.actions.iter().map(move |step| (risk, step)))
        .map(|(risk, step)| {
            vec![
                risk.id.clone(),
                or(&step.description, "Action without a description"),
                or(&step.owner, "—"),
                date(step.due_date),
                yes_no(step.done),
            ]
        })
        .collect();
    vec![
        Block::Subheading("Risk criteria".to_owned()),
        facts([
            ("Likelihood levels", criteria.scale_key(Axis::Likelihood)),
            ("Consequence levels", criteria.scale_key(Axis::Consequence)),
            (
                "Bands",
                format!("{} (least serious first)", criteria.bands.join(", ")),
            ),
            ("Acceptance limit", criteria.acceptance_rule()),
        ]),
        lookup_table(criteria),
        Block::Subheading("Risks and their treatment".to_owned()),
        Block::Paragraph(criteria.heat_summary("Before treatment", &ratings(|r| r.inherent))),
        Block::Paragraph(criteria.heat_summary("After treatment", &ratings(|r| r.residual))),
        table(
            "Risk register",
            &[
                "ID",
                "Risk",
                "AI system",
                "Source",
                "Owner",
                "Before treatment",
                "Treatment",
                "Controls",
                "After treatment",
                "Acceptance",
                "Status",
            ],
            risk_rows,
            "No risks recorded yet.",
        ),
        table(
            "Treatment actions",
            &["Risk", "Action", "Owner", "Due date", "Done"],
            action_rows,
            "No treatment actions recorded yet.",
        ),
    ]
}

/// Each AI system with its impact level and risks.
fn systems_section(assessment: &Assessment) -> Vec<Block> {
    let register = &assessment.risks;
    let system_rows = assessment
        .inventory
        .systems
        .iter()
        .map(|system| {
            let result = impact::score(&system.impact);
            let suggested: Vec<&str> = impact::suggestions_for(system, &result)
                .iter()
                .filter_map(|s| impact_catalog::library_risk(s.risk_id))
                .map(|risk| risk.title)
                .collect();
            let linked: Vec<&str> = register
                .risks
                .iter()
                .filter(|risk| risk.system_id == system.id)
                .map(|risk| risk.id.as_str())
                .collect();
            vec![
                system.id.clone(),
                system.display_name(),
                system
                    .stage
                    .map_or("Not set", |stage| stage.label())
                    .to_owned(),
                result
                    .before
                    .map_or_else(|| "Not assessed yet".to_owned(), |level| level.label()),
                result.summary(),
                result.annex_iii.map_or_else(
                    || "No".to_owned(),
                    |area| format!("Yes: {}", area.short_name()),
                ),
                format!(
                    "Version {}, {}",
                    system.impact.version,
                    system.impact.status_label().to_lowercase()
                ),
                or(&suggested.join("; "), "None"),
                or(&linked.join(", "), "None"),
            ]
        })
        .collect();
    vec![table(
        "AI systems",
        &[
            "ID",
            "AI system",
            "Life-cycle stage",
            "Impact before measures",
            "Impact level (after measures)",
            "EU AI Act Annex III area",
            "Assessment",
            "Risks the answers suggest",
            "Risks in the register",
        ],
        system_rows,
        "No AI systems recorded yet.",
    )]
}

/// Every action of the plan, in the catalog's order.
fn actions_section(actions: &[PlannedAction], today: Option<IsoDate>) -> Vec<Block> {
    let plan_rows = actions
        .iter()
        .map(|a| {
            vec![
                a.key.clone(),
                a.kind.label().to_owned(),
                a.title.clone(),
                or(&a.owner, "—"),
                date(a.due_date),
                a.priority.label().to_owned(),
                a.status.label().to_owned(),
                yes_no(a.is_overdue(today)),
            ]
        })
        .collect();
    vec![table(
        "Every action",
        &[
            "Key", "Kind", "Action", "Owner", "Due date", "Priority", "Status", "Overdue",
        ],
        plan_rows,
        "No actions: no gap is found in what is answered so far.",
    )]
}

/// Every finding of the consistency check.
fn findings_section(findings: &[Finding]) -> Vec<Block> {
    let finding_rows = findings
        .iter()
        .map(|f| {
            vec![
                f.severity.label().to_owned(),
                f.rule.label().to_owned(),
                f.message.clone(),
            ]
        })
        .collect();
    vec![table(
        "Consistency check",
        &["Severity", "Rule", "Finding"],
        finding_rows,
        "No findings.",
    )]
}

/// A clause's or area's line: ID, title, readiness, requirement questions answered, and the
/// good-practice figure.
fn part_row(id: &str, title: &str, readiness: &Readiness) -> Vec<String> {
    let good = &readiness.good_practice;
    vec![
        id.to_owned(),
        title.to_owned(),
        percent(readiness.percent()),
        format!("{} of {}", readiness.answered, readiness.questions),
        match good.percent() {
            Some(share) => format!(
                "{share}% ({} of {} answered)",
                good.answered, good.questions
            ),
            None => "—".to_owned(),
        },
    ]
}

/// The band of every combination, likelihood from the highest level down.
fn lookup_table(criteria: &RiskCriteria) -> Block {
    let mut header = vec!["Likelihood".to_owned()];
    header.extend(
        criteria
            .consequence
            .iter()
            .enumerate()
            .map(|(i, n)| format!("{} {n}", i + 1)),
    );
    let columns = criteria.consequence.len().max(1);
    let mut rows: Vec<Vec<String>> = criteria
        .likelihood
        .iter()
        .zip(criteria.table.chunks(columns))
        .enumerate()
        .map(|(index, (name, bands))| {
            let mut row = vec![format!("{} {name}", index + 1)];
            row.extend(
                bands
                    .iter()
                    .map(|band| criteria.band_name(*band).to_owned()),
            );
            row
        })
        .collect();
    rows.reverse();
    Block::Table(Table {
        caption: "Lookup table: the band of each combination, likelihood down the side and \
                  consequence across"
            .to_owned(),
        header,
        rows,
    })
}

/// One risk of the register, as the printed treatment plan states it.
fn risk_row(assessment: &Assessment, risk: &Risk) -> Vec<String> {
    let register = &assessment.risks;
    let criteria = &register.criteria;
    let system = match assessment.inventory.get(&risk.system_id) {
        _ if risk.system_id.is_empty() => "Whole organisation".to_owned(),
        Some(system) => format!("{} {}", risk.system_id, system.display_name()),
        None => format!("{} (no longer in the inventory)", risk.system_id),
    };
    let controls: Vec<String> = risk
        .controls
        .iter()
        .map(|id| {
            // An own control's title is the organisation's, kept in the SoA.
            let title = assessment
                .soa
                .control_title(crate::domain::catalog::catalog(), id)
                .unwrap_or("");
            format!("{id} {title}")
        })
        .collect();
    vec![
        risk.id.clone(),
        risk.display_title().to_owned(),
        system,
        annex_c::risk_source(&risk.source).map_or_else(
            || "Not chosen".to_owned(),
            |e| format!("{} {}", e.id, e.title),
        ),
        or(&risk.owner, "—"),
        criteria.rating_text(risk.inherent),
        risk.treatment
            .map_or("Not chosen", |t| t.label())
            .to_owned(),
        or(&controls.join("; "), "—"),
        residual_text(criteria, risk),
        acceptance_text(register, risk),
        risk.status.label().to_owned(),
    ]
}

/// Who accepted the risk and when, or whether an acceptance is needed.
fn acceptance_text(register: &RiskRegister, risk: &Risk) -> String {
    let acceptance = &risk.acceptance;
    let needed = register
        .band(risk.accepted_rating())
        .is_some_and(|band| register.criteria.needs_acceptance(band));
    if acceptance.accepted_by.trim().is_empty()
        && acceptance.date.is_none()
        && acceptance.rationale.trim().is_empty()
    {
        let text = if needed {
            "Needed, not given yet"
        } else {
            "Not needed"
        };
        return text.to_owned();
    }
    let mut text = format!(
        "By {}, {}.",
        or(&acceptance.accepted_by, "no name given"),
        acceptance
            .date
            .map_or_else(|| "no date".to_owned(), |d| d.to_string())
    );
    if !acceptance.rationale.trim().is_empty() {
        text.push(' ');
        text.push_str(acceptance.rationale.trim());
    }
    if needed && !acceptance.is_complete() {
        text.push_str(" (Incomplete: a name and a date are needed.)");
    }
    text
}

/// How the figures are worked out, in brief.
fn method(register: &RiskRegister) -> Vec<Block> {
    let criteria = &register.criteria;
    vec![
        Block::Subheading("Scoring".to_owned()),
        Block::Paragraph(
            "Each question checks either something ISO/IEC 42001 requires (a requirement \
             question) or good practice beyond it. Only requirement questions count here; \
             good-practice questions have their own figure and never block. Each question is \
             answered Yes (1 point), Partly (half a point) or No (nothing); an unanswered \
             question earns nothing. An item's score is its points divided by its number of \
             requirement questions, and its status follows from the score:"
                .to_owned(),
        ),
        facts([
            ("Not assessed", "no question answered".to_owned()),
            ("Not implemented", "below 25%".to_owned()),
            ("Partially implemented", "25% or more, below 75%".to_owned()),
            ("Largely implemented", "75% or more, below 100%".to_owned()),
            (
                "Fully implemented",
                "100%: every requirement question answered Yes".to_owned(),
            ),
            (
                "Not applicable",
                "an Annex A control excluded in the SoA with a written justification".to_owned(),
            ),
        ]),
        Block::Paragraph(
            "Readiness is the average score of the items it covers, each item weighing the same, \
             rounded down to a whole percent. Clauses 4 to 10 always count; an Annex A control \
             leaves the figures only when it is excluded with a written justification, and an \
             undecided control counts as applicable. A question an Annex A control shares with \
             a clause item is answered once and counts in both. Completeness is the share of \
             requirement questions answered at all."
                .to_owned(),
        ),
        Block::Subheading("Readiness verdict".to_owned()),
        Block::Paragraph(format!(
            "The verdict reads \"Looks ready for a stage 1 audit\" when every requirement in the \
             section \"Readiness verdict\" is met, and \"Not started\" while nothing is answered \
             or recorded. Overdue work, unanswered control questions and missing evidence for \
             items that call for no documented information appear among the findings but do not \
             block it. {DISCLAIMER}"
        )),
        Block::Subheading("Impact assessments".to_owned()),
        Block::Paragraph(format!(
            "An AI system's impact level runs from 1 (little) to 4 (very high) and is the level of \
             its worst harm, never an average. Each harm starts at its severity (minor 1, serious \
             2, severe 3), goes up one when it is hard to undo or the system reaches more than \
             10,000 people a year, and down one when it is unlikely. After measures, a harm is \
             one level lower when every measure that addresses it is in place. A use in an area \
             the EU AI Act lists as high-risk (Annex III) makes the level at least \
             {ANNEX_III_FLOOR}. Sections marked as not applicable are not asked. While a question \
             the result depends on is open, the more serious answer is assumed and the level is \
             provisional."
        )),
        Block::Subheading("Risk criteria".to_owned()),
        Block::Paragraph(format!(
            "Risks are rated on {} likelihood levels and {} consequence levels; the lookup table \
             gives the band of each combination. {} A risk's current level is its rating before \
             treatment until the treatment is done, then its rating after treatment; an \
             acceptance is judged on the rating after treatment once estimated.",
            criteria.likelihood.len(),
            criteria.consequence.len(),
            criteria.acceptance_rule()
        )),
        Block::Subheading("About the standard".to_owned()),
        Block::Paragraph(
            "Clause and control numbers and titles follow ISO/IEC 42001:2023; every explanation \
             in this report is our own plain-language summary, not the text of the standard. The \
             standard itself, with its full requirements, is sold by ISO (iso.org) and by \
             national standards bodies."
                .to_owned(),
        ),
    ]
}

/// The target dates, the phases, the open actions against the dates and the warnings.
fn certification_section(basis: &Basis) -> Vec<Block> {
    let road = certification::timeline_from(
        basis.assessment,
        basis.catalog,
        basis.today,
        basis.summary,
        basis.actions,
    );
    let phase_rows = road
        .phases
        .iter()
        .map(|phase| {
            vec![
                phase.kind.label().to_owned(),
                phase.state.label().to_owned(),
                date(phase.date),
                phase.detail.clone(),
            ]
        })
        .collect();
    let action_rows = road
        .actions
        .iter()
        .map(|action| {
            vec![
                action.key.clone(),
                action.title.clone(),
                date(action.due_date),
                action.slot.label().to_owned(),
                yes_no(action.overdue),
            ]
        })
        .collect();
    let warning_rows = road
        .warnings
        .iter()
        .map(|warning| vec![warning.message.clone()])
        .collect();
    vec![
        facts([
            ("Stage 1 target", date(road.stage1_target)),
            ("Stage 2 target", date(road.stage2_target)),
        ]),
        table(
            "Phases",
            &["Phase", "State", "Date", "Read from"],
            phase_rows,
            "",
        ),
        table(
            "Warnings",
            &["Warning"],
            warning_rows,
            "No warnings: the plan can reach the target dates as far as the assessment shows.",
        ),
        table(
            "Open actions against the target dates",
            &["Key", "Action", "Due date", "Falls", "Overdue"],
            action_rows,
            "No open actions.",
        ),
    ]
}

/// The label of the choice `slug` of a choice field, or the slug itself.
fn choice_label(kind: RegisterKind, key: &str, slug: &str) -> String {
    let choices: &[Choice] = match kind.spec().field(key).map(|field| field.kind) {
        Some(FieldKind::Choice(choices)) | Some(FieldKind::Checklist(choices)) => choices,
        _ => &[],
    };
    choices
        .iter()
        .find(|choice| choice.slug == slug)
        .map_or_else(|| or(slug, "—"), |choice| choice.label.to_owned())
}

/// "3 of 7" ticks of a checklist field.
fn ticked(kind: RegisterKind, record: &Record, key: &str) -> String {
    let all = match kind.spec().field(key).map(|field| field.kind) {
        Some(FieldKind::Checklist(choices)) => choices.len(),
        _ => 0,
    };
    format!("{} of {all}", record.list(key).len())
}

/// The header and row of an entry, with the fields an auditor reads first.
fn record_columns(kind: RegisterKind, record: &Record) -> (&'static [&'static str], Vec<String>) {
    let text = |key: &str| or(record.text(key), "—");
    let day = |key: &str| date(record.date(key));
    let name = or(record.text(kind.spec().name_field), "—");
    match kind {
        RegisterKind::Documents => (
            &[
                "ID",
                "Title",
                "Serves",
                "Version",
                "Approved on",
                "Next review",
                "Fingerprint",
            ],
            vec![
                record.id.clone(),
                name,
                or(&record.list("items").join(", "), "—"),
                text("version"),
                day("approved_on"),
                day("next_review"),
                yes_no(!record.text("sha256").is_empty()),
            ],
        ),
        RegisterKind::Objectives => {
            let latest = checks::latest_measurement(record);
            (
                &[
                    "ID",
                    "Objective",
                    "Target",
                    "How often",
                    "Owner",
                    "Latest measurement",
                    "On target",
                ],
                vec![
                    record.id.clone(),
                    name,
                    or(&checks::target_text(record), "—"),
                    choice_label(kind, "frequency", record.text("frequency")),
                    text("owner"),
                    latest.map_or_else(
                        || "—".to_owned(),
                        |m| {
                            format!(
                                "{} on {}",
                                checks::with_unit(record, &m.value.to_string()),
                                m.date
                            )
                        },
                    ),
                    latest
                        .and_then(|m| checks::meets_target(record, m.value))
                        .map_or_else(|| "—".to_owned(), yes_no),
                ],
            )
        }
        RegisterKind::Competence => (
            &["ID", "Role", "Competence", "Evidence", "Refresh due"],
            vec![
                record.id.clone(),
                name,
                choice_label(kind, "status", record.text("status")),
                text("evidence"),
                day("refresh_due"),
            ],
        ),
        RegisterKind::Audits => (
            &[
                "ID",
                "Audit",
                "Planned for",
                "Held on",
                "Auditor",
                "Independence",
            ],
            vec![
                record.id.clone(),
                name,
                day("planned_on"),
                day("held_on"),
                text("auditor"),
                choice_label(kind, "independence", record.text("independence")),
            ],
        ),
        RegisterKind::Reviews => (
            &[
                "ID",
                "Review",
                "Planned for",
                "Held on",
                "Inputs considered",
                "Decisions",
            ],
            vec![
                record.id.clone(),
                name,
                day("planned_on"),
                day("held_on"),
                ticked(kind, record, "inputs"),
                action_plan::review_decisions(record).count().to_string(),
            ],
        ),
        RegisterKind::Incidents => (
            &[
                "ID",
                "What happened",
                "Kind",
                "Occurred on",
                "Status",
                "Corrective action",
            ],
            vec![
                record.id.clone(),
                name,
                choice_label(kind, "kind", record.text("kind")),
                day("occurred_on"),
                choice_label(kind, "status", record.text("status")),
                yes_no(!record.text("corrective_action").trim().is_empty()),
            ],
        ),
        RegisterKind::Suppliers => (
            &[
                "ID",
                "Supplier",
                "Component or service",
                "Assessed on",
                "Next review",
                "Contract settles",
            ],
            vec![
                record.id.clone(),
                name,
                text("component"),
                day("assessed_on"),
                day("next_review"),
                ticked(kind, record, "clauses"),
            ],
        ),
    }
}

/// One table per register that has entries, and a line for each empty one.
fn records_section(assessment: &Assessment, full: bool) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut empty = Vec::new();
    for kind in RegisterKind::ALL {
        let spec = kind.spec();
        let records = &assessment.records.get(kind).records;
        if records.is_empty() {
            empty.push(spec.title);
            continue;
        }
        let mut header: &[&str] = &[];
        let rows = records
            .iter()
            .map(|record| {
                let (columns, row) = record_columns(kind, record);
                header = columns;
                row
            })
            .collect();
        blocks.push(Block::Subheading(format!(
            "{} ({})",
            spec.title, spec.serves
        )));
        blocks.push(table(spec.title, header, rows, ""));
        if full {
            blocks.extend(record_details(kind, records));
        }
    }
    for title in empty {
        blocks.push(Block::Paragraph(format!("{title}: no entries yet.")));
    }
    blocks
}

/// Whether an item has anything recorded: an answer, a note, evidence, an owner, a due date,
/// a review comment or a document that serves it.
fn item_has_record(assessment: &Assessment, item: &Item) -> bool {
    let answered = item
        .questions
        .iter()
        .any(|question| assessment.answer(item.id, question.id).is_some());
    let record = assessment.item(item.id).is_some_and(|r| {
        !r.notes.trim().is_empty()
            || !r.evidence.trim().is_empty()
            || !r.owner.trim().is_empty()
            || r.due_date.is_some()
    });
    answered
        || record
        || assessment.comments.for_item(item.id).next().is_some()
        || !documents_serving(assessment, item.id).is_empty()
}

/// The documents of the register that serve an item, as "DOC1 AI policy (version 2)".
fn documents_serving(assessment: &Assessment, item_id: &str) -> Vec<String> {
    let kind = RegisterKind::Documents;
    assessment
        .records
        .get(kind)
        .records
        .iter()
        .filter(|record| record.list("items").iter().any(|id| id == item_id))
        .map(|record| {
            let name = or(record.text(kind.spec().name_field), "Untitled document");
            match record.text("version").trim() {
                "" => format!("{} {name}", record.id),
                version => format!("{} {name} (version {version})", record.id),
            }
        })
        .collect()
}

/// Every item with something recorded: its status, owner, due date, evidence, documents and
/// notes, each question with its answer and note, and the review comments, open and
/// resolved. Items with nothing recorded are named in one line at the end.
fn answers_section(basis: &Basis) -> Vec<Block> {
    let Basis {
        catalog,
        assessment,
        summary,
        wording,
        ..
    } = *basis;
    let mut blocks = vec![Block::Paragraph(
        "Each item with its answers, the note behind each answer, the evidence and documents \
         recorded for it, who owns it and by when, and the reviewers' comments. Questions \
         marked \"good practice\" go beyond what the standard requires and do not count in \
         readiness."
            .to_owned(),
    )];
    let mut untouched = Vec::new();
    for item in catalog.clause_items().chain(catalog.controls()) {
        if !item_has_record(assessment, item) {
            untouched.push(item.id);
            continue;
        }
        let record = assessment.item(item.id);
        let text = |pick: fn(&crate::domain::assessment::ItemRecord) -> &String| {
            or(record.map_or("", |r| pick(r).as_str()), "—")
        };
        blocks.push(Block::Subheading(format!("{} {}", item.id, item.title)));
        blocks.push(Block::Facts(compact(vec![
            (
                "Status".to_owned(),
                summary.item(item.id).status().label().to_owned(),
            ),
            ("Owner".to_owned(), text(|r| &r.owner)),
            ("Due date".to_owned(), date(record.and_then(|r| r.due_date))),
            ("Evidence".to_owned(), text(|r| &r.evidence)),
            (
                "Documents".to_owned(),
                or(&documents_serving(assessment, item.id).join("\n"), "—"),
            ),
            ("Notes".to_owned(), text(|r| &r.notes)),
        ])));
        let rows = item
            .questions
            .iter()
            .map(|question| {
                let practice = match question.kind {
                    QuestionKind::GoodPractice => " (good practice)",
                    QuestionKind::Requirement => "",
                };
                vec![
                    question.id.to_owned(),
                    format!(
                        "{}{practice}",
                        question_text(wording.questions, item.id, question.id)
                            .unwrap_or("(wording not loaded)")
                    ),
                    assessment
                        .answer(item.id, question.id)
                        .map_or("Not answered", answer_label)
                        .to_owned(),
                    or(assessment.question_note(item.id, question.id), "—"),
                ]
            })
            .collect();
        blocks.push(table(
            &format!("Answers to {}", item.id),
            &["ID", "Question", "Answer", "Note"],
            rows,
            "",
        ));
        let comments: Vec<Vec<String>> = assessment
            .comments
            .for_item(item.id)
            .map(|comment| {
                vec![
                    comment.id.clone(),
                    (if comment.resolved { "Resolved" } else { "Open" }).to_owned(),
                    or(&comment.author, "—"),
                    date(comment.date),
                    comment.text.clone(),
                ]
            })
            .collect();
        if !comments.is_empty() {
            blocks.push(table(
                &format!("Review comments on {}", item.id),
                &["ID", "State", "By", "Date", "Comment"],
                comments,
                "",
            ));
        }
    }
    if !untouched.is_empty() {
        blocks.push(Block::Subheading("Items with nothing recorded".to_owned()));
        blocks.push(Block::Paragraph(untouched.join(", ")));
    }
    blocks
}

/// The facts of an AI system's record and of its impact assessment's context, as the printed
/// impact assessment states them.
pub fn system_facts(system: &AiSystem) -> Vec<(String, String)> {
    let dash = |text: &str| or(text, "—");
    let roles: Vec<&str> = system.roles.iter().map(|role| role.label()).collect();
    let data: Vec<&str> = system.data.iter().map(|kind| kind.label()).collect();
    let record = &system.impact;
    [
        ("System ID", system.id.clone()),
        ("Purpose and intended use", dash(&system.purpose)),
        ("Your roles", dash(&roles.join(", "))),
        (
            "Life-cycle stage",
            dash(system.stage.map_or("", |stage| stage.label())),
        ),
        ("Who uses it", dash(&system.users)),
        ("Who is affected", dash(&system.affected)),
        ("Data used", dash(&data.join(", "))),
        ("Other data used", dash(&system.data_notes)),
        (
            "Degree of automation",
            dash(
                system
                    .automation
                    .map_or("", |automation| automation.label()),
            ),
        ),
        ("Deployment context", dash(&system.context)),
        ("Third-party components", dash(&system.third_party)),
        ("Owner", dash(&system.owner)),
        (
            "Impact assessment",
            format!(
                "Version {}, {}",
                record.version,
                record.status_label().to_lowercase()
            ),
        ),
        (
            "EU AI Act Annex III area",
            record
                .annex_iii
                .map_or_else(|| "Not answered".to_owned(), |area| area.label().to_owned()),
        ),
        (
            "People reached",
            record.people_reached.map_or_else(
                || "Not answered".to_owned(),
                |people| people.label().to_owned(),
            ),
        ),
        (
            "Legal effects and fundamental rights",
            dash(&record.legal_effects),
        ),
        (
            "Vulnerable groups affected",
            dash(&record.vulnerable_groups),
        ),
        ("Where it is used", dash(&record.jurisdictions)),
        ("Intended benefits", dash(&record.benefits)),
        ("Assessor", dash(&record.assessor)),
        ("Approved by", dash(&record.approved_by)),
        ("Assessment date", date(record.date)),
        ("Notes", dash(&record.notes)),
    ]
    .map(|(term, value)| (term.to_owned(), value))
    .into()
}

/// Every question of a system's impact assessment with its answer, as (section, question,
/// answer): harms with their likelihood and reversibility, then the measures; a section
/// marked as not applicable gives its reason once instead.
pub fn impact_answer_rows(system: &AiSystem, text: &ImpactText) -> Vec<[String; 3]> {
    let record = &system.impact;
    let answer = |id: &str| {
        record.answers.get(id).map_or_else(
            || "Unanswered".to_owned(),
            |option| text.option(id, option).to_owned(),
        )
    };
    let mut rows = Vec::new();
    for (section, harm) in all_harms() {
        let title = text.title(section.id).to_owned();
        if let Some(reason) = record.not_applicable.get(section.id) {
            if section
                .questions
                .first()
                .is_some_and(|first| first.id == harm.id)
            {
                rows.push([
                    title,
                    "Does the section apply?".to_owned(),
                    format!("No: {reason}"),
                ]);
            }
            continue;
        }
        let mut given = answer(harm.id);
        if let Some(follow_up) = record.follow_ups.get(harm.id) {
            if let Some(likelihood) = follow_up.likelihood {
                given.push_str(&format!("; {}", likelihood.label()));
            }
            if let Some(reversibility) = follow_up.reversibility {
                given.push_str(&format!("; {}", reversibility.label()));
            }
        }
        rows.push([title, text.question(harm.id).to_owned(), given]);
    }
    for group in MEASURE_GROUPS {
        for measure in group.measures {
            rows.push([
                text.title(group.id).to_owned(),
                text.question(measure.id).to_owned(),
                answer(measure.id),
            ]);
        }
    }
    rows
}

/// Each AI system's record, the level of its latest impact assessment with the reasons, and
/// every answer (when the questionnaire's wording is loaded).
fn system_details(assessment: &Assessment, wording: Option<&ImpactText>) -> Vec<Block> {
    let mut blocks = Vec::new();
    for system in &assessment.inventory.systems {
        let result = impact::score(&system.impact);
        blocks.push(Block::Subheading(format!(
            "{} {}",
            system.id,
            system.display_name()
        )));
        blocks.push(Block::Facts(compact(system_facts(system))));
        let mut level = vec![
            (
                "Impact level before measures".to_owned(),
                result
                    .before
                    .map_or_else(|| "Not assessed yet".to_owned(), |level| level.label()),
            ),
            ("Impact level after measures".to_owned(), result.summary()),
        ];
        match wording {
            Some(text) => {
                let reasons = explain_level(&result, text);
                if !reasons.is_empty() {
                    level.push(("Why".to_owned(), reasons.join("\n")));
                }
                let rows = impact_answer_rows(system, text)
                    .into_iter()
                    .map(Vec::from)
                    .collect();
                blocks.push(Block::Facts(level));
                blocks.push(table(
                    &format!("Impact assessment answers of {}", system.id),
                    &["Section", "Question", "Answer"],
                    rows,
                    "",
                ));
            }
            None => {
                blocks.push(Block::Facts(level));
                blocks.push(Block::Paragraph(
                    "The questionnaire's wording is not loaded, so the answers are left out."
                        .to_owned(),
                ));
            }
        }
    }
    blocks
}

/// Each entry of a register with every field that has a value and its measurements; the
/// fields left empty are named in one line, "Not recorded".
fn record_details(kind: RegisterKind, records: &[Record]) -> Vec<Block> {
    let spec = kind.spec();
    let mut blocks = Vec::new();
    for record in records {
        let name = or(record.text(spec.name_field), "—");
        blocks.push(Block::Subheading(format!("{} {name}", record.id)));
        let mut pairs: Vec<(String, String)> = spec
            .fields
            .iter()
            .filter(|field| field.key != spec.name_field)
            .map(|field| (field.label.to_owned(), or(&record.display(field), "—")))
            .collect();
        if !record.measurements.is_empty() {
            let lines: Vec<String> = record
                .measurements
                .iter()
                .map(|m| {
                    let value = checks::with_unit(record, &m.value.to_string());
                    match m.comment.trim() {
                        "" => format!("{}: {value}", m.date),
                        comment => format!("{}: {value} ({comment})", m.date),
                    }
                })
                .collect();
            pairs.push(("Measurements".to_owned(), lines.join("\n")));
        }
        blocks.push(Block::Facts(compact(pairs)));
    }
    blocks
}

/// The facts that have a value, then one fact "Not recorded" naming the others, so an
/// auditor sees what is missing without a page of dashes.
fn compact(pairs: Vec<(String, String)>) -> Vec<(String, String)> {
    let (given, missing): (Vec<_>, Vec<_>) = pairs.into_iter().partition(|(_, value)| value != "—");
    let mut facts = given;
    if !missing.is_empty() {
        let names: Vec<String> = missing.into_iter().map(|(term, _)| term).collect();
        facts.push(("Not recorded".to_owned(), names.join(", ")));
    }
    facts
}
