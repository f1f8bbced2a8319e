//! The full report for the auditor: every answer with its question, note, evidence, owner,
//! due date, documents and review comments; each AI system's record and impact answers; every
//! register entry; and the top gaps naming their failing questions in both reports.

use crate::checks::{add_system, answer, date};
use aims_assess::domain::action_plan::{derive, ActionKind};
use aims_assess::domain::assessment::{Answer, Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::catalog_text::CatalogText;
use aims_assess::domain::checks::check;
use aims_assess::domain::impact_text::ImpactText;
use aims_assess::domain::readiness::verdict;
use aims_assess::domain::records::RegisterKind;
use aims_assess::domain::report::{
    build, build_from, missing_lines, Block, Depth, Derived, Report, ReportContext, Wording,
};
use aims_assess::domain::scoring::Summary;
use aims_assess::domain::system::LifeCycleStage;
use aims_assess::io::catalog_text::parse_whole_catalog_text;
use aims_assess::io::impact_text::parse_impact_text;
use aims_assess::io::markdown::write_markdown;

fn questions() -> CatalogText {
    parse_whole_catalog_text(
        include_str!("../../src/domain/catalog/clauses.json"),
        include_str!("../../src/domain/catalog/annex_a.json"),
    )
    .expect("the catalog files parse")
}

fn impact_wording() -> ImpactText {
    parse_impact_text(include_str!("../../src/domain/catalog/impact.json")).expect("readable")
}

fn context(depth: Depth) -> ReportContext {
    ReportContext {
        today: Some(date("2026-11-23")),
        assessor: "Dana Auditor".into(),
        app_version: "9.9.9".into(),
        depth,
    }
}

/// 5.2 answered Yes, No, Partly with a note on the "Partly", evidence, an owner and a due
/// date, a document serving it, an open and a resolved comment; a described system with a
/// severe harm; an objective in the register.
fn fixture() -> Assessment {
    let mut assessment = Assessment::named("Audit file");
    let c = catalog();
    answer(
        &mut assessment,
        "5.2",
        &[Some(Answer::Yes), Some(Answer::Partly), Some(Answer::No)],
    );
    let partly = c.item("5.2").unwrap().questions[1].id;
    assessment
        .set_question_note(c, "5.2", partly, "Approved in draft only".into())
        .unwrap();
    assessment
        .set_text(
            c,
            "5.2",
            TextField::Evidence,
            "Board minutes 2026-10-01".into(),
        )
        .unwrap();
    assessment
        .set_text(c, "5.2", TextField::Owner, "Head of Data".into())
        .unwrap();
    assessment
        .set_due_date(c, "5.2", Some(date("2027-01-31")))
        .unwrap();
    let doc = assessment
        .records
        .add(RegisterKind::Documents, "AI policy".into())
        .unwrap();
    assessment
        .records
        .set_list(
            c,
            RegisterKind::Documents,
            &doc,
            "items",
            vec!["5.2".into()],
        )
        .unwrap();
    assessment
        .records
        .set_value(RegisterKind::Documents, &doc, "version", "2.1".into())
        .unwrap();
    let open = assessment
        .comments
        .add(
            c,
            "5.2",
            "Lead auditor".into(),
            None,
            "Show the signed copy".into(),
        )
        .unwrap();
    let resolved = assessment
        .comments
        .add(
            c,
            "5.2",
            "Lead auditor".into(),
            None,
            "Name the owner".into(),
        )
        .unwrap();
    assessment.comments.set_resolved(&resolved, true).unwrap();
    assert_ne!(open, resolved);
    let system = add_system(&mut assessment, LifeCycleStage::Deployment);
    assessment
        .inventory
        .edit(&system, |s| s.purpose = "Ranks loan applications".into())
        .unwrap();
    assessment
        .inventory
        .set_impact_answer(&system, "fairness.1", Some("severe"))
        .unwrap();
    assessment
        .records
        .add(RegisterKind::Objectives, "Every system assessed".into())
        .unwrap();
    assessment
}

fn report(
    assessment: &Assessment,
    depth: Depth,
    questions: &CatalogText,
    impact: &ImpactText,
) -> Report {
    let context = context(depth);
    let summary = Summary::compute(catalog(), assessment);
    let verdict = verdict(catalog(), assessment, context.today);
    let findings = check(catalog(), assessment, context.today);
    let actions = derive(catalog(), assessment, &summary);
    let derived = Derived {
        summary: &summary,
        verdict: &verdict,
        findings: &findings,
        actions: &actions,
        wording: Wording {
            questions: Some(questions),
            impact: Some(impact),
        },
    };
    build_from(catalog(), assessment, &context, &derived)
}

fn section<'a>(report: &'a Report, id: &str) -> &'a [Block] {
    &report
        .sections
        .iter()
        .find(|section| section.id == id)
        .unwrap_or_else(|| panic!("section {id}"))
        .blocks
}

/// Every text of a list of blocks, one per line.
fn text_of(blocks: &[Block]) -> String {
    let mut out = Vec::new();
    for block in blocks {
        match block {
            Block::Paragraph(text) | Block::Subheading(text) => out.push(text.clone()),
            Block::Facts(pairs) => {
                out.extend(pairs.iter().map(|(term, value)| format!("{term}: {value}")))
            }
            Block::Table(table) => {
                out.push(table.caption.clone());
                out.extend(table.rows.iter().map(|row| row.join(" | ")));
            }
            Block::Chart(_) => {}
        }
    }
    out.join("\n")
}

#[test]
fn the_full_report_adds_the_answers_after_readiness_and_the_summary_does_not() {
    let (questions, impact) = (questions(), impact_wording());
    let assessment = fixture();
    let ids = |report: &Report| report.sections.iter().map(|s| s.id).collect::<Vec<_>>();
    let summary = report(&assessment, Depth::Summary, &questions, &impact);
    let full = report(&assessment, Depth::Full, &questions, &impact);
    assert!(!ids(&summary).contains(&"answers"));
    assert_eq!(ids(&full)[..3], ["summary", "readiness", "answers"]);
    assert_eq!(ids(&full).len(), ids(&summary).len() + 1);
    assert_eq!(full.sections[2].title, "Answers item by item");
    assert_ne!(summary.title, full.title);
    // The default, and what `build` makes, is the summary.
    assert_eq!(
        ids(&build(catalog(), &assessment, &ReportContext::default())),
        ids(&summary)
    );
    let (short, long) = (write_markdown(&summary), write_markdown(&full));
    assert!(
        long.len() > short.len(),
        "{} vs {}",
        long.len(),
        short.len()
    );
    assert!(!short.contains("Show the signed copy"));
    assert!(long.contains("Show the signed copy"));
    assert!(long.contains("Approved in draft only"));
}

#[test]
fn each_item_gives_its_questions_answers_notes_evidence_documents_and_comments() {
    let (questions, impact) = (questions(), impact_wording());
    let full = report(&fixture(), Depth::Full, &questions, &impact);
    let text = text_of(section(&full, "answers"));
    let item = catalog().item("5.2").unwrap();
    let wording = |index: usize| {
        questions
            .get("5.2")
            .and_then(|t| t.question(item.questions[index].id))
            .unwrap()
            .to_owned()
    };
    assert!(text.contains(&format!("5.2 {}", item.title)));
    assert!(
        text.contains(&format!(
            "{} | {} | Partly | Approved in draft only",
            item.questions[1].id,
            wording(1)
        )),
        "{text}"
    );
    assert!(text.contains(&format!(
        "{} | {} | Yes | —",
        item.questions[0].id,
        wording(0)
    )));
    assert!(text.contains("Evidence: Board minutes 2026-10-01"));
    assert!(text.contains("Owner: Head of Data"));
    assert!(text.contains("Due date: 2027-01-31"));
    assert!(text.contains("Documents: DOC1 AI policy (version 2.1)"));
    assert!(text.contains("Open | Lead auditor | — | Show the signed copy"));
    assert!(text.contains("Resolved | Lead auditor | — | Name the owner"));
    // An item with nothing recorded is only named.
    assert!(!text.contains("Answers to 4.1"));
    assert!(text.contains("4.1, "));
}

#[test]
fn without_the_wording_questions_are_named_by_id() {
    let assessment = fixture();
    let full = build(catalog(), &assessment, &context(Depth::Full));
    let text = text_of(section(&full, "answers"));
    assert!(text.contains("| (wording not loaded) | Partly | Approved in draft only"));
    let systems = text_of(section(&full, "systems"));
    assert!(systems.contains("The questionnaire's wording is not loaded"));
}

#[test]
fn each_system_gives_its_description_level_and_answers() {
    let (questions, impact) = (questions(), impact_wording());
    let full = report(&fixture(), Depth::Full, &questions, &impact);
    let systems = text_of(section(&full, "systems"));
    assert!(systems.contains("S1 Scoring model"));
    assert!(systems.contains("Purpose and intended use: Ranks loan applications"));
    assert!(systems.contains("Impact level after measures: Level 4 (very high), provisional"));
    assert!(systems.contains("Impact assessment answers of S1"));
    assert!(systems.contains(impact.question("fairness.1")));
    assert!(systems.contains(impact.option("fairness.1", "severe")));
    let summary = report(&fixture(), Depth::Summary, &questions, &impact);
    assert!(!text_of(section(&summary, "systems")).contains("Ranks loan applications"));
}

#[test]
fn every_register_entry_is_given_with_its_fields() {
    let (questions, impact) = (questions(), impact_wording());
    let full = report(&fixture(), Depth::Full, &questions, &impact);
    let records = text_of(section(&full, "records"));
    assert!(records.contains("DOC1 AI policy"));
    assert!(records.contains("Version: 2.1"));
    assert!(records.contains("OBJ1 Every system assessed"));
    // Empty fields are named once rather than listed with dashes.
    assert!(
        records.contains("Not recorded: Owner, Approved by"),
        "{records}"
    );
    assert!(!records.contains("Owner: —"));
    let summary = report(&fixture(), Depth::Summary, &questions, &impact);
    assert!(!text_of(section(&summary, "records")).contains("Version: 2.1"));
}

#[test]
fn the_top_gaps_name_the_failing_questions() {
    let (questions, impact) = (questions(), impact_wording());
    let assessment = fixture();
    let summary = report(&assessment, Depth::Summary, &questions, &impact);
    let gaps = section(&summary, "summary")
        .iter()
        .find_map(|block| match block {
            Block::Table(table) if table.caption.starts_with("The five most important") => {
                Some(table)
            }
            _ => None,
        })
        .expect("the top gaps");
    assert_eq!(gaps.header[2], "What is missing");
    let item = catalog().item("5.2").unwrap();
    let no = questions
        .get("5.2")
        .unwrap()
        .question(item.questions[2].id)
        .unwrap();
    let partly = questions
        .get("5.2")
        .unwrap()
        .question(item.questions[1].id)
        .unwrap();
    let row = gaps
        .rows
        .iter()
        .find(|row| row[1].contains("5.2"))
        .expect("the gap of 5.2");
    assert!(row[2].contains(&format!("No: {no}")), "{row:?}");
    assert!(row[2].contains(&format!("Partly: {partly}")), "{row:?}");
    assert!(!row[2].contains("Yes:"));

    // The same lines for the action plan, with the question ID while the wording is loading.
    let planned = derive(
        catalog(),
        &assessment,
        &Summary::compute(catalog(), &assessment),
    );
    let action = planned
        .iter()
        .find(|a| a.kind == ActionKind::Item && a.item_id.as_deref() == Some("5.2"))
        .unwrap();
    // `answer` cycles Yes, Partly, No over the item's questions: one in three is answered Yes.
    let lines = missing_lines(&assessment, action, None);
    assert_eq!(
        lines.len(),
        item.questions.len() - item.questions.len().div_ceil(3)
    );
    assert_eq!(
        lines[..2],
        [
            format!("Partly: question {}", item.questions[1].id),
            format!("No: question {}", item.questions[2].id),
        ]
    );
}
