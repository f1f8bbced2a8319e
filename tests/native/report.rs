//! The readiness report as data and as Markdown: a small assessment gives every section in
//! order with the same facts the pages show, and user text cannot break the Markdown.

use crate::checks::{add_system, answer, date, decide};
use aims_assess::domain::action_plan::add_custom;
use aims_assess::domain::assessment::{Answer, Assessment};
use aims_assess::domain::catalog::{catalog, Item, QuestionKind, CATALOG_VERSION};
use aims_assess::domain::checks::check;
use aims_assess::domain::readiness::{verdict, DISCLAIMER};
use aims_assess::domain::report::{
    build, build_from, Block, ChartKind, Derived, Report, ReportContext, Table,
};
use aims_assess::domain::risk::Risk;
use aims_assess::domain::risk_criteria::Rating;
use aims_assess::domain::soa::Applicability;
use aims_assess::domain::system::LifeCycleStage;
use aims_assess::io::markdown::{escape, write_markdown};

/// User text that tries every trick: a cell separator, a line break, a script tag and a
/// heading on its own line.
const NASTY: &str = "Bias | drift\n# heading\n<script>alert(1)</script>";

fn context() -> ReportContext {
    ReportContext {
        today: Some(date("2026-11-23")),
        assessor: "Dana Auditor".into(),
        app_version: "9.9.9".into(),
        depth: Default::default(),
    }
}

/// A few answers, a justified exclusion, a system with a severe impact answer, a risk above
/// the acceptance limit (unaccepted) and an overdue own action.
fn fixture() -> Assessment {
    let mut assessment = Assessment::named("Board review");
    answer(&mut assessment, "4.1", &[Some(Answer::Yes)]);
    answer(&mut assessment, "6.1.2", &[Some(Answer::No)]);
    answer(&mut assessment, "A.2.2", &[Some(Answer::Partly)]);
    decide(
        &mut assessment,
        "A.10.4",
        Applicability::NotApplicable,
        "We do not supply AI to customers.\nNot planned either",
    );
    let system = add_system(&mut assessment, LifeCycleStage::Deployment);
    assessment
        .inventory
        .set_impact_answer(&system, "fairness.1", Some("severe"))
        .expect("known question and option");
    assessment
        .risks
        .add(Risk {
            title: NASTY.into(),
            system_id: system,
            source: "C.3.4".into(),
            inherent: Some(Rating::new(5, 5)),
            controls: vec!["A.6.2.4".into()],
            ..Risk::default()
        })
        .unwrap();
    let id = add_custom(&mut assessment.actions, "Train the support team".into()).unwrap();
    assessment
        .actions
        .edit_custom(&id, |action| action.due_date = Some(date("2026-01-31")))
        .expect("just added");
    assessment
}

fn section<'a>(report: &'a Report, id: &str) -> &'a [Block] {
    &report
        .sections
        .iter()
        .find(|section| section.id == id)
        .unwrap_or_else(|| panic!("section {id}"))
        .blocks
}

fn tables(blocks: &[Block]) -> Vec<&Table> {
    blocks
        .iter()
        .filter_map(|block| match block {
            Block::Table(table) => Some(table),
            _ => None,
        })
        .collect()
}

fn table<'a>(blocks: &'a [Block], caption: &str) -> &'a Table {
    tables(blocks)
        .into_iter()
        .find(|table| table.caption == caption)
        .unwrap_or_else(|| panic!("table {caption}"))
}

fn facts(blocks: &[Block]) -> Vec<(String, String)> {
    blocks
        .iter()
        .filter_map(|block| match block {
            Block::Facts(pairs) => Some(pairs.clone()),
            _ => None,
        })
        .flatten()
        .collect()
}

fn fact(blocks: &[Block], label: &str) -> String {
    facts(blocks)
        .into_iter()
        .find(|(term, _)| term == label)
        .unwrap_or_else(|| panic!("fact {label}"))
        .1
}

fn row<'a>(table: &'a Table, first_cell: &str) -> &'a [String] {
    table
        .rows
        .iter()
        .find(|row| row[0] == first_cell)
        .unwrap_or_else(|| panic!("row {first_cell} in {}", table.caption))
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|text| (*text).to_owned()).collect()
}

#[test]
fn a_report_from_results_already_worked_out_is_the_same_report() {
    use aims_assess::domain::action_plan::derive;
    use aims_assess::domain::scoring::Summary;
    let assessment = fixture();
    let context = context();
    let summary = Summary::compute(catalog(), &assessment);
    let verdict = verdict(catalog(), &assessment, context.today);
    let findings = check(catalog(), &assessment, context.today);
    let actions = derive(catalog(), &assessment, &summary);
    let derived = Derived {
        summary: &summary,
        verdict: &verdict,
        findings: &findings,
        wording: Default::default(),
        actions: &actions,
    };
    let from_parts = build_from(catalog(), &assessment, &context, &derived);
    assert_eq!(from_parts, build(catalog(), &assessment, &context));
    // The parts are really used: another verdict gives another report.
    let other = verdict_of_empty();
    let with_other = Derived {
        verdict: &other,
        ..derived
    };
    assert_ne!(
        build_from(catalog(), &assessment, &context, &with_other),
        from_parts
    );
}

/// The verdict of an empty assessment, which differs from the fixture's.
fn verdict_of_empty() -> aims_assess::domain::readiness::ReadinessVerdict {
    verdict(catalog(), &Assessment::named("Empty"), None)
}

#[test]
fn sections_come_in_report_order() {
    let report = build(catalog(), &fixture(), &context());
    let actual: Vec<(&str, &str)> = report
        .sections
        .iter()
        .map(|section| (section.id, section.title.as_str()))
        .collect();
    assert_eq!(
        actual,
        [
            ("summary", "Executive summary"),
            ("readiness", "Readiness"),
            ("verdict", "Readiness verdict"),
            ("certification", "Road to certification"),
            ("soa", "Statement of Applicability"),
            ("risks", "Risk register and treatment plan"),
            ("systems", "AI systems and impact assessments"),
            ("records", "Records of the management system"),
            ("actions", "Action plan"),
            ("findings", "Findings"),
            ("method", "Method"),
        ]
    );
}

#[test]
fn the_cover_names_what_is_given_and_says_what_is_missing() {
    let pair = |label: &str, value: &str| (label.to_owned(), value.to_owned());
    let cases = [
        (
            "named",
            {
                let mut assessment = fixture();
                assessment.profile.organisation = "Acme Ltd".into();
                assessment.profile.scope = "Hiring tools".into();
                assessment
            },
            context(),
            vec![
                pair("Organisation", "Acme Ltd"),
                pair("Scope", "Hiring tools"),
                pair("Date", "2026-11-23"),
                pair("Assessor", "Dana Auditor"),
                pair("Assessment", "Board review"),
                pair("App version", "AIMS Assess 9.9.9"),
                pair("Catalog version", CATALOG_VERSION),
            ],
        ),
        (
            "anonymous, blank and undated",
            {
                let mut assessment = Assessment::default();
                assessment.profile.organisation = "  ".into();
                assessment
            },
            ReportContext {
                today: None,
                assessor: String::new(),
                app_version: "1.0.0".into(),
                depth: Default::default(),
            },
            vec![
                pair("Organisation", "Anonymous organisation"),
                pair("Scope", "Not written yet"),
                pair("Date", "Unknown"),
                pair("Assessor", "Not named"),
                pair("Assessment", "Unnamed assessment"),
                pair("App version", "AIMS Assess 1.0.0"),
                pair("Catalog version", CATALOG_VERSION),
            ],
        ),
    ];
    for (name, assessment, context, expected) in cases {
        let report = build(catalog(), &assessment, &context);
        assert_eq!(report.cover, expected, "{name}");
    }
}

#[test]
fn the_summary_gives_the_figures_the_verdict_and_the_charts() {
    let assessment = fixture();
    let report = build(catalog(), &assessment, &context());
    let summary = section(&report, "summary");
    let verdicts = verdict(catalog(), &assessment, context().today);
    let headline = verdicts.stage_one.headline();
    assert!(headline.starts_with("Not ready for a stage 1 audit yet"));
    assert_eq!(fact(summary, "Stage 1 readiness"), headline);
    assert_eq!(
        fact(summary, "Stage 2 readiness"),
        verdicts.stage_two.headline()
    );
    assert!(summary.contains(&Block::Paragraph(DISCLAIMER.to_owned())));
    let [high, medium, low] =
        aims_assess::domain::checks::counts(&check(catalog(), &assessment, context().today));
    assert_eq!(
        fact(summary, "Findings"),
        format!("{high} high, {medium} medium, {low} low")
    );
    assert!(high > 0 && medium > 0);
    assert_eq!(fact(summary, "AI systems"), "1");
    assert_eq!(
        fact(summary, "Risks"),
        "1 (1 above the acceptance limit without acceptance)"
    );
    // 4.1 is fully implemented: one of the 32 clause items.
    assert_eq!(fact(summary, "Clauses 4 to 10"), "3%");
    let charts: Vec<ChartKind> = summary
        .iter()
        .filter_map(|block| match block {
            Block::Chart(kind) => Some(*kind),
            _ => None,
        })
        .collect();
    assert_eq!(
        charts,
        [
            ChartKind::ClauseBars,
            ChartKind::AreaRadar,
            ChartKind::HeatMap
        ]
    );
    let gaps = table(summary, "The five most important open actions");
    assert!(!gaps.rows.is_empty() && gaps.rows.len() <= 5, "{gaps:?}");
    assert_eq!(gaps.rows[0][0], "High", "the most urgent first");
}

#[test]
fn the_sections_state_what_the_pages_state() {
    let assessment = fixture();
    let report = build(catalog(), &assessment, &context());

    let readiness = section(&report, "readiness");
    // 4.1 is answered in full and fully implemented: one of clause 4's four items. Its
    // requirement questions count towards readiness; its good-practice questions, all
    // answered Yes too, have their own figure beside it.
    let clause = catalog().clause("4").expect("clause 4");
    let count = |items: &[Item], kind: QuestionKind| -> usize {
        items
            .iter()
            .flat_map(|item| item.questions)
            .filter(|question| question.kind == kind)
            .count()
    };
    let answered = format!(
        "{} of {}",
        count(&clause.items[..1], QuestionKind::Requirement),
        count(clause.items, QuestionKind::Requirement)
    );
    let good_answered = count(&clause.items[..1], QuestionKind::GoodPractice);
    let good_total = count(clause.items, QuestionKind::GoodPractice);
    assert!(good_answered > 0 && good_total > good_answered);
    let good_practice = format!(
        "{}% ({good_answered} of {good_total} answered)",
        good_answered * 100 / good_total
    );
    assert_eq!(clause.items.len(), 4);
    assert_eq!(
        row(table(readiness, "Readiness per clause"), "4"),
        strings(&["4", clause.title, "25%", &answered, &good_practice]).as_slice()
    );
    let items = table(readiness, "Status of every item");
    assert_eq!(
        items.rows.len(),
        catalog().clause_items().chain(catalog().controls()).count()
    );
    assert_eq!(row(items, "4.1")[2], "Fully implemented");
    assert_eq!(row(items, "A.10.4")[2], "Not applicable");

    let soa = table(section(&report, "soa"), "Statement of Applicability");
    assert_eq!(
        row(soa, "A.10.4")[2..4],
        strings(&[
            "No",
            "Excluded: We do not supply AI to customers.\nNot planned either"
        ])
    );
    // The risk's control applies because the risk's treatment uses it.
    assert_eq!(
        row(soa, "A.6.2.4")[2..4],
        strings(&["Yes", "Risk treatment (R1)"])
    );

    let risk_blocks = section(&report, "risks");
    assert_eq!(
        fact(risk_blocks, "Acceptance limit"),
        "A risk in Low or Medium may be kept without a named acceptance; a risk in High or \
         Critical needs a named person to accept it, with a date."
    );
    assert!(risk_blocks.contains(&Block::Paragraph(
        "Before treatment: 1 risk, 1 Critical".into()
    )));
    let risks = table(risk_blocks, "Risk register");
    let r1 = row(risks, "R1");
    assert_eq!(r1[1], NASTY, "user text goes in as it is");
    assert_eq!(r1[2], "S1 Scoring model");
    assert_eq!(r1[4], "—", "no owner named yet");
    assert_eq!(
        r1[5],
        assessment
            .risks
            .criteria
            .rating_text(Some(Rating::new(5, 5)))
    );
    assert_eq!(r1[9], "Needed, not given yet");

    let systems = table(section(&report, "systems"), "AI systems");
    let s1 = row(systems, "S1");
    // One harm answered as severe, its follow-ups open: counted as hard to undo, so level 4.
    assert_eq!(s1[3], "Level 4 (very high)");
    assert_eq!(s1[4], "Level 4 (very high), provisional");
    assert_eq!(s1[5], "No");
    assert_eq!(s1[6], "Version 1, draft");
    assert_eq!(s1[7], "Biased outcomes; Poor or unrepresentative data");
    assert_eq!(s1[8], "R1");

    let plan = table(section(&report, "actions"), "Every action");
    let own = row(plan, "A1");
    assert_eq!(own[1], "Own action");
    assert_eq!(own[7], "Yes", "overdue");

    let findings = table(section(&report, "findings"), "Consistency check");
    for finding in check(catalog(), &assessment, context().today) {
        assert!(
            findings.rows.iter().any(|row| row[2] == finding.message),
            "{}",
            finding.message
        );
    }
    assert!(findings
        .rows
        .iter()
        .any(|row| row[2].starts_with("A1 Train the support team was due on 2026-01-31")));

    let verdict_blocks = section(&report, "verdict");
    let requirements = table(verdict_blocks, "Requirements for a stage 1 audit");
    assert_eq!(requirements.rows.len(), 8);
    let requirements = table(verdict_blocks, "Requirements for a stage 2 audit");
    assert_eq!(requirements.rows.len(), 9);
    // Each blocker is one row, with the sentence the pages show.
    let blockers = table(verdict_blocks, "What stands in the way of stage 1");
    let expected: Vec<Vec<String>> = verdict(catalog(), &assessment, context().today)
        .stage_one
        .blockers
        .iter()
        .map(|b| vec![b.message()])
        .collect();
    assert_eq!(blockers.rows, expected);
}

#[test]
fn every_table_row_has_the_header_s_width() {
    let report = build(catalog(), &fixture(), &context());
    for section in &report.sections {
        for table in tables(&section.blocks) {
            for row in &table.rows {
                assert_eq!(row.len(), table.header.len(), "{}", table.caption);
            }
        }
    }
}

#[test]
fn an_empty_assessment_says_what_is_not_there() {
    let report = build(catalog(), &Assessment::default(), &context());
    let note = |id: &str, text: &str| {
        assert!(
            section(&report, id).contains(&Block::Paragraph(text.to_owned())),
            "{id}: {text}"
        );
    };
    note("risks", "No risks recorded yet.");
    note("risks", "No treatment actions recorded yet.");
    note("systems", "No AI systems recorded yet.");
    note("summary", "No open actions.");
    assert_eq!(
        fact(section(&report, "summary"), "Stage 1 readiness"),
        "Not started: nothing to judge for stage 1 yet"
    );
}

#[test]
fn the_method_points_to_iso_for_the_standard() {
    let report = build(catalog(), &Assessment::default(), &context());
    let text: Vec<&str> = section(&report, "method")
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert!(text
        .iter()
        .any(|p| p.contains("iso.org") && p.contains("our own")));
    assert!(text
        .iter()
        .any(|p| p.contains("the level of its worst harm, never an average")));
}

#[test]
fn escape_keeps_user_text_as_text() {
    let cases = [
        ("plain words", "plain words"),
        ("4.1 Context", "4.1 Context"),
        ("a|b", r"a\|b"),
        ("line one\nline two", "line one; line two"),
        ("Done.\r\nNext\rlast", "Done. Next; last"),
        ("  padded  \n\n  ", "padded"),
        ("# heading", r"\# heading"),
        ("<script>x</script>", r"\<script\>x\</script\>"),
        ("1. first", r"1\. first"),
        ("2026) item", r"2026\) item"),
        ("- item", r"\- item"),
        ("+ item", r"\+ item"),
        ("> quote", r"\> quote"),
        (
            "**bold** _it_ `code` ~x~",
            r"\*\*bold\*\* \_it\_ \`code\` \~x\~",
        ),
        ("![img](x) [link](y)", r"\!\[img\](x) \[link\](y)"),
        ("&lt;b&gt;", r"\&lt;b\&gt;"),
        (r"back\slash", r"back\\slash"),
        ("", ""),
    ];
    for (input, expected) in cases {
        assert_eq!(escape(input), expected, "{input:?}");
    }
}

/// The cells of a Markdown table line, splitting at pipes that are not escaped.
fn cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut chars = line.chars();
    while let Some(ch) = chars.next() {
        match ch {
            '\\' => {
                let cell = cells.last_mut().expect("one cell");
                cell.push(ch);
                cell.extend(chars.next());
            }
            '|' => cells.push(String::new()),
            _ => cells.last_mut().expect("one cell").push(ch),
        }
    }
    // Drop what is outside the leading and trailing pipes.
    cells[1..cells.len() - 1]
        .iter()
        .map(|cell| cell.trim().to_owned())
        .collect()
}

#[test]
fn markdown_has_headings_lists_and_tables() {
    let report = build(catalog(), &fixture(), &context());
    let markdown = write_markdown(&report);
    assert!(markdown.starts_with(
        "# ISO/IEC 42001 readiness report\n\n- **Organisation:** Anonymous organisation\n"
    ));
    let mut last = 0;
    for section in &report.sections {
        let heading = format!("\n## {}\n", section.title);
        let at = markdown[last..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} after the previous one"));
        last += at + heading.len();
    }
    assert!(markdown.contains(
        "\n*Consistency check*\n\n| Severity | Rule | Finding |\n| --- | --- | --- |\n| High |"
    ));
    assert!(markdown.contains("\n### Risk criteria\n"));
    assert!(markdown.contains("- **Version:** Draft\n"));
    assert!(!markdown.contains("\n\n\n"), "charts leave no empty gap");
}

#[test]
fn user_text_cannot_break_the_markdown() {
    let report = build(catalog(), &fixture(), &context());
    let markdown = write_markdown(&report);
    assert!(!markdown.contains("<script>"));
    assert!(markdown.contains(r"Bias \| drift; \# heading; \<script\>alert(1)\</script\>"));

    // Only the report's own headings start a line with '#'.
    let mut headings = vec![format!("# {}", report.title)];
    for section in &report.sections {
        headings.push(format!("## {}", section.title));
        for block in &section.blocks {
            if let Block::Subheading(text) = block {
                headings.push(format!("### {text}"));
            }
        }
    }
    for line in markdown.lines().filter(|line| line.starts_with('#')) {
        assert!(headings.iter().any(|h| h == line), "{line}");
    }

    // Every line of a table has the header's number of cells, the risk's row included.
    let mut width = None;
    for line in markdown.lines() {
        if !line.starts_with('|') {
            width = None;
            continue;
        }
        let count = cells(line).len();
        assert_eq!(*width.get_or_insert(count), count, "{line}");
    }
    let risk_line = markdown
        .lines()
        .find(|line| line.starts_with("| R1 |"))
        .expect("the risk's row");
    assert_eq!(cells(risk_line).len(), 11);
    assert_eq!(
        cells(risk_line)[1],
        r"Bias \| drift; \# heading; \<script\>alert(1)\</script\>"
    );
}

#[test]
fn the_excluded_control_s_justification_reaches_the_markdown() {
    let markdown = write_markdown(&build(catalog(), &fixture(), &context()));
    let soa = &markdown[markdown
        .find("\n*Statement of Applicability*\n")
        .expect("SoA table")..];
    let line = soa
        .lines()
        .find(|line| line.starts_with("| A.10.4 |"))
        .expect("the SoA row");
    assert!(
        line.contains("| No | Excluded: We do not supply AI to customers. Not planned either |"),
        "{line}"
    );
}

#[test]
fn the_records_section_has_a_table_per_register_in_use_and_a_line_per_empty_one() {
    use aims_assess::domain::records::RegisterKind::*;
    let mut assessment = fixture();
    let doc = crate::checks::add_record(&mut assessment, Documents, "AI | policy *v2*");
    crate::checks::set_list(&mut assessment, Documents, &doc, "items", &["5.2", "A.2.2"]);
    crate::checks::set(
        &mut assessment,
        Documents,
        &doc,
        &[
            ("version", "2"),
            ("approved_on", "2026-02-01"),
            ("sha256", &"a".repeat(64)),
        ],
    );
    let objective = crate::checks::add_record(&mut assessment, Objectives, "Fair outcomes");
    crate::checks::set(
        &mut assessment,
        Objectives,
        &objective,
        &[
            ("target", "5"),
            ("direction", "at-most"),
            ("unit", "%"),
            ("frequency", "monthly"),
        ],
    );
    crate::checks::measure(&mut assessment, &objective, "2026-11-01", "4.5");
    let report = build(catalog(), &assessment, &context());
    let records = section(&report, "records");
    let documents = table(records, "Documented information");
    assert_eq!(
        documents.header,
        strings(&[
            "ID",
            "Title",
            "Serves",
            "Version",
            "Approved on",
            "Next review",
            "Fingerprint"
        ])
    );
    assert_eq!(
        documents.rows,
        [strings(&[
            "DOC1",
            "AI | policy *v2*",
            "5.2, A.2.2",
            "2",
            "2026-02-01",
            "—",
            "Yes"
        ])]
    );
    let objectives = table(records, "AI objectives and measures");
    assert_eq!(
        row(objectives, "OBJ1"),
        strings(&[
            "OBJ1",
            "Fair outcomes",
            "at most 5 %",
            "Monthly",
            "—",
            "4.5 % on 2026-11-01",
            "Yes"
        ])
    );
    let lines: Vec<&String> = records
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph(text) => Some(text),
            _ => None,
        })
        .collect();
    assert_eq!(
        lines,
        [
            "Competence and awareness: no entries yet.",
            "Internal audits: no entries yet.",
            "Management reviews: no entries yet.",
            "Nonconformities and incidents: no entries yet.",
            "Suppliers and third-party AI components: no entries yet.",
        ]
    );
    // User text stays escaped in Markdown.
    let markdown = write_markdown(&report);
    assert!(markdown.contains(&escape("AI | policy *v2*")));
    assert!(!markdown.contains("| AI | policy *v2*"));
}

#[test]
fn the_road_to_certification_section_gives_targets_phases_and_warnings() {
    let mut assessment = fixture();
    assessment.certification.stage1_target = Some(date("2027-01-15"));
    assessment.certification.stage2_target = Some(date("2027-01-30"));
    let report = build(catalog(), &assessment, &context());
    let road = section(&report, "certification");
    assert_eq!(fact(road, "Stage 1 target"), "2027-01-15");
    assert_eq!(fact(road, "Stage 2 target"), "2027-01-30");
    let phases = table(road, "Phases");
    assert_eq!(phases.rows.len(), 8);
    assert_eq!(row(phases, "Stage 1 audit")[1], "Planned");
    let warnings = table(road, "Warnings");
    assert!(warnings
        .rows
        .iter()
        .any(|row| row[0].starts_with("Stage 2 (2027-01-30) is only 15 days after stage 1")));
    let ids: Vec<&str> = report.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        [
            "summary",
            "readiness",
            "verdict",
            "certification",
            "soa",
            "risks",
            "systems",
            "records",
            "actions",
            "findings",
            "method"
        ]
    );
}
