//! Document templates: every template generates from a sample assessment (a small recruiting
//! firm using a CV-screening tool) with the expected headings and facts, from an empty one with
//! placeholders and no empty headings, and user text can never become Markdown.

use aims_assess::domain::assessment::{Assessment, TextField};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::date::IsoDate;
use aims_assess::domain::profile::SizeBand;
use aims_assess::domain::records::RegisterKind;
use aims_assess::domain::risk_criteria::Axis;
use aims_assess::domain::role::AiRole;
use aims_assess::domain::system::{DataKind, LifeCycleStage};
use aims_assess::domain::templates::{
    generate, template, TemplateSpec, PLACEHOLDER_START, TEMPLATES,
};
use aims_assess::io::markdown::escape;
use std::collections::BTreeSet;

const ORG: &str = "Brightlane Recruiting Ltd";
const SYSTEM: &str = "CV Screener Pro";
const OBJECTIVES: [&str; 2] = [
    "Every shortlist is checked by a recruiter",
    "Selection rates stay within four fifths across groups",
];
const ROLES: [&str; 2] = ["Recruiter using the screening tool", "HR systems lead"];

fn today() -> Option<IsoDate> {
    Some("2026-11-23".parse().expect("a valid date"))
}

fn add(assessment: &mut Assessment, kind: RegisterKind, name: &str, values: &[(&str, &str)]) {
    let id = assessment.records.add(kind, name.into()).expect("room");
    for (key, value) in values {
        assessment
            .records
            .set_value(kind, &id, key, (*value).into())
            .expect("a valid value");
    }
}

/// A small recruiting firm that uses a bought-in CV-screening tool in hiring.
fn sample() -> Assessment {
    sample_named(ORG, SYSTEM)
}

fn sample_named(organisation: &str, system_name: &str) -> Assessment {
    let mut a = Assessment::named("2026 baseline");
    let profile = &mut a.profile;
    profile.organisation = organisation.into();
    profile.sector = "Recruitment services".into();
    profile.size = Some(SizeBand::Small);
    profile.roles = BTreeSet::from([AiRole::Customer, AiRole::User]);
    profile.scope = "Use of AI tools in candidate screening at the London office.".into();
    let id = a.inventory.add(system_name.into()).expect("room");
    a.inventory
        .edit(&id, |system| {
            system.purpose = "Ranks applicants' CVs against the job description".into();
            system.roles = BTreeSet::from([AiRole::Customer, AiRole::User]);
            system.stage = Some(LifeCycleStage::OperationAndMonitoring);
            system.affected = "Job applicants".into();
            system.owner = "Head of Talent".into();
            system.data = BTreeSet::from([DataKind::Personal]);
            system.third_party = "Vendor's hosted ranking model".into();
        })
        .expect("just added");
    let criteria = &mut a.risks.criteria;
    criteria
        .rename_level(Axis::Likelihood, 1, "Hardly ever".into())
        .expect("a level");
    criteria
        .rename_band(3, "Intolerable".into())
        .expect("a band");
    criteria.set_acceptable_up_to(2).expect("a band");
    add(
        &mut a,
        RegisterKind::Objectives,
        OBJECTIVES[0],
        &[
            (
                "measure",
                "Share of shortlists with a recorded recruiter check",
            ),
            ("target", "100"),
            ("direction", "at-least"),
            ("unit", "%"),
            ("frequency", "monthly"),
            ("owner", "Head of Talent"),
        ],
    );
    add(&mut a, RegisterKind::Objectives, OBJECTIVES[1], &[]);
    add(
        &mut a,
        RegisterKind::Competence,
        ROLES[0],
        &[
            (
                "competence",
                "Knows the tool's limits and when to override it",
            ),
            ("status", "partly"),
        ],
    );
    add(
        &mut a,
        RegisterKind::Competence,
        ROLES[1],
        &[("people", "1")],
    );
    add(
        &mut a,
        RegisterKind::Audits,
        "Internal audit 2026",
        &[("planned_on", "2026-12-01")],
    );
    add(
        &mut a,
        RegisterKind::Reviews,
        "Management review Q1 2027",
        &[("planned_on", "2027-01-15"), ("attendees", "Directors")],
    );
    a.set_text(
        catalog(),
        "5.2",
        TextField::Owner,
        "Managing Director".into(),
    )
    .expect("known item");
    a
}

fn headings(markdown: &str) -> Vec<&str> {
    markdown
        .lines()
        .filter(|line| line.starts_with('#'))
        .collect()
}

fn expected_headings(slug: &str) -> Vec<&'static str> {
    match slug {
        "ai-policy" => vec![
            "# AI policy",
            "## Purpose",
            "## Scope",
            "## Our principles",
            "## Commitments",
            "## AI objectives",
            "## Related policies",
            "## Communication and review",
        ],
        "scope" => vec![
            "# Scope of the AI management system",
            "## Organisation",
            "## Scope statement",
            "## AI systems in scope",
            "## Boundaries and exclusions",
            "## Issues and interested parties considered",
        ],
        "roles" => vec![
            "# Roles and responsibilities",
            "## Top management",
            "## Management system roles",
            "## Roles whose work affects AI systems",
            "## Owners of AI systems",
            "## Raising concerns",
        ],
        "risk-procedure" => vec![
            "# AI risk assessment and treatment procedure",
            "## Purpose",
            "## When risks are assessed",
            "## Risk criteria",
            "### Likelihood scale",
            "### Consequence scale",
            "### Risk levels",
            "### Acceptance",
            "## Steps",
            "## Treatment options",
            "## Records",
        ],
        "impact-procedure" => vec![
            "# AI system impact assessment procedure",
            "## Purpose",
            "## When an assessment is made",
            "## Method",
            "## Who takes part",
            "## Current assessments",
            "## Records",
        ],
        "objectives-plan" => vec![
            "# AI objectives plan",
            "## Purpose",
            "## Objectives and measures",
            "## Plans to reach them",
            "## Review",
        ],
        "life-cycle" => vec![
            "# AI system life-cycle procedure",
            "## Purpose",
            "## Systems covered",
            "## Goals for responsible development",
            "## Stages and approvals",
            "## Verification and validation",
            "## Operation, monitoring and logs",
            "## Technical documentation",
        ],
        "data-management" => vec![
            "# Data management for AI systems",
            "## Purpose",
            "## Data used by our AI systems",
            "## Obtaining data",
            "## Data quality",
            "## Provenance",
            "## Preparation",
        ],
        "incident-response" => vec![
            "# AI incident response",
            "## Purpose",
            "## Reporting",
            "## Response",
            "## Informing others",
            "## Records",
        ],
        "audit-programme" => vec![
            "# Internal audit programme",
            "## Purpose",
            "## Planned and held audits",
            "## Frequency and coverage",
            "## Auditors",
            "## Reporting and follow-up",
        ],
        "management-review" => vec![
            "# Management review agenda and minutes",
            "## Meeting",
            "## Agenda",
            "## Objectives to report on",
            "## Earlier reviews",
            "## Minutes",
            "### Conclusions",
            "### Decisions and actions",
            "### Changes to the management system",
        ],
        other => panic!("no expected headings for {other}"),
    }
}

/// Facts of the sample each template must show, beyond the organisation's name.
fn expected_facts(slug: &str) -> Vec<&'static str> {
    match slug {
        "ai-policy" => vec![OBJECTIVES[0], OBJECTIVES[1], "Managing Director", "AI user"],
        "scope" => vec![
            SYSTEM,
            "Job applicants",
            "Recruitment services",
            "10-49 people",
        ],
        "roles" => vec![SYSTEM, ROLES[0], ROLES[1], "Head of Talent", "Partly met"],
        "risk-procedure" => vec!["Hardly ever", "Intolerable", "Low, Medium, High"],
        "impact-procedure" => vec![SYSTEM, "Job applicants", "Version 1, draft"],
        "objectives-plan" => vec![OBJECTIVES[0], OBJECTIVES[1], "at least 100 %", "Monthly"],
        "life-cycle" => vec![SYSTEM, "Operation and monitoring"],
        "data-management" => vec![SYSTEM, "Personal data", "hosted ranking model"],
        "incident-response" => vec![SYSTEM, "Job applicants"],
        "audit-programme" => vec!["Internal audit 2026", "2026-12-01"],
        "management-review" => vec![
            "Management review Q1 2027",
            "2027-01-15",
            "Directors",
            OBJECTIVES[0],
        ],
        other => panic!("no expected facts for {other}"),
    }
}

#[test]
fn every_template_generates_its_headings_and_the_recorded_facts() {
    let assessment = sample();
    for spec in TEMPLATES {
        let markdown = generate(spec, &assessment, today());
        assert_eq!(
            headings(&markdown),
            expected_headings(spec.slug),
            "{}",
            spec.slug
        );
        for fact in [ORG, "2026-11-23"]
            .into_iter()
            .chain(expected_facts(spec.slug))
        {
            assert!(
                markdown.contains(&escape(fact)),
                "{} lacks {fact}:\n{markdown}",
                spec.slug
            );
        }
        assert!(
            markdown.contains("starting point") && markdown.contains("bought from ISO"),
            "{} lacks the note at its top",
            spec.slug
        );
        let note = markdown.lines().position(|line| line.starts_with("> "));
        assert_eq!(
            note,
            Some(2),
            "{}: the note comes right after the title",
            spec.slug
        );
    }
}

#[test]
fn generation_is_deterministic_and_uses_only_the_given_date() {
    let assessment = sample();
    for spec in TEMPLATES {
        assert_eq!(
            generate(spec, &assessment, today()),
            generate(spec, &assessment, today())
        );
        let undated = generate(spec, &assessment, None);
        assert!(!undated.contains("2026-11-23"), "{}", spec.slug);
        assert!(undated.contains("[to be completed: date]"), "{}", spec.slug);
    }
}

/// Every heading is followed by something other than another heading.
fn assert_no_empty_headings(slug: &str, markdown: &str) {
    let lines: Vec<&str> = markdown.lines().filter(|l| !l.trim().is_empty()).collect();
    for (index, line) in lines.iter().enumerate() {
        if line.starts_with('#') {
            let next = lines.get(index + 1);
            assert!(
                next.is_some_and(|next| !next.starts_with('#')),
                "{slug}: heading {line:?} is empty"
            );
        }
    }
}

#[test]
fn an_empty_assessment_gives_placeholders_and_no_empty_headings() {
    let empty = Assessment::default();
    let mut total = 0;
    for spec in TEMPLATES {
        let markdown = generate(spec, &empty, today());
        total += markdown.len();
        assert_eq!(
            headings(&markdown),
            expected_headings(spec.slug),
            "{}",
            spec.slug
        );
        assert!(
            markdown.contains("[to be completed: organisation name]"),
            "{}",
            spec.slug
        );
        assert_no_empty_headings(spec.slug, &markdown);
        // Every placeholder is whole: it says what is missing and is closed.
        for (at, _) in markdown.match_indices(PLACEHOLDER_START) {
            let rest = &markdown[at + PLACEHOLDER_START.len()..];
            let end = rest.find(']').expect("a closed placeholder");
            assert!(!rest[..end].trim().is_empty(), "{}", spec.slug);
            assert!(!rest[..end].contains('\n'), "{}", spec.slug);
        }
    }
    assert!(total < 40_000, "the templates grew to {total} bytes");
}

#[test]
fn the_sample_has_no_empty_headings_either() {
    let assessment = sample();
    for spec in TEMPLATES {
        assert_no_empty_headings(spec.slug, &generate(spec, &assessment, today()));
    }
}

/// Unescaped `|` in a table row, so the number of cells.
fn cell_separators(row: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for ch in row.chars() {
        match ch {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if ch != '\\' {
            escaped = false;
        }
    }
    count
}

#[test]
fn user_text_with_markdown_characters_is_escaped() {
    const NASTY: &str = "# Evil * [link](x) | cell <script>\n- list";
    let mut assessment = sample_named(NASTY, NASTY);
    assessment.profile.scope = NASTY.into();
    assessment.profile.sector = NASTY.into();
    assessment
        .records
        .set_value(RegisterKind::Objectives, "OBJ2", "owner", NASTY.into())
        .expect("an objective");
    for spec in TEMPLATES {
        let markdown = generate(spec, &assessment, today());
        assert_eq!(
            headings(&markdown),
            expected_headings(spec.slug),
            "{}",
            spec.slug
        );
        assert!(markdown.contains(&escape(NASTY)), "{}", spec.slug);
        assert!(!markdown.contains("<script>"), "{}", spec.slug);
        assert!(!markdown.contains("[link]"), "{}", spec.slug);
        assert!(!markdown.lines().any(|l| l == "- list"), "{}", spec.slug);
        // Every row of a table has as many cells as its header.
        let mut columns = None;
        for line in markdown.lines() {
            if line.starts_with('|') {
                let cells = cell_separators(line);
                assert_eq!(
                    *columns.get_or_insert(cells),
                    cells,
                    "{}: {line}",
                    spec.slug
                );
            } else {
                columns = None;
            }
        }
    }
}

#[test]
fn every_served_id_is_in_the_catalog_and_slugs_are_unique() {
    let mut slugs = BTreeSet::new();
    for spec in TEMPLATES {
        assert!(slugs.insert(spec.slug), "{} is repeated", spec.slug);
        assert!(!spec.serves.is_empty(), "{}", spec.slug);
        for id in spec.serves {
            assert!(catalog().item(id).is_some(), "{}: {id}", spec.slug);
        }
        assert!(!spec.title.is_empty() && !spec.summary.is_empty());
        assert_eq!(template(spec.slug), Some(spec));
    }
    assert_eq!(slugs.len(), 11);
    assert_eq!(template("no-such-template"), None);
}

#[test]
fn an_unknown_template_still_gets_the_note_and_a_placeholder() {
    let spec = TemplateSpec {
        slug: "own",
        title: "Own document",
        serves: &["7.5.1"],
        summary: "Something of the user's.",
    };
    let markdown = generate(&spec, &Assessment::default(), None);
    assert_no_empty_headings("own", &markdown);
    assert!(markdown.contains(PLACEHOLDER_START));
}

#[test]
fn a_document_in_the_register_fills_the_approval() {
    let mut assessment = sample();
    let id = assessment
        .records
        .add(RegisterKind::Documents, "AI policy".into())
        .expect("room");
    for (key, value) in [
        ("approved_by", "Board of directors"),
        ("approved_on", "2026-10-01"),
        ("version", "1.0"),
    ] {
        assessment
            .records
            .set_value(RegisterKind::Documents, &id, key, value.into())
            .expect("a valid value");
    }
    assessment
        .records
        .set_list(
            catalog(),
            RegisterKind::Documents,
            &id,
            "items",
            vec!["A.2.2".into()],
        )
        .expect("known item");
    let policy = generate(
        template("ai-policy").expect("a template"),
        &assessment,
        today(),
    );
    assert!(policy.contains("**Approved by:** Board of directors"));
    assert!(policy.contains("**Approved on:** 2026-10-01"));
    assert!(policy.contains("**Version:** 1.0"));
    let scope = generate(template("scope").expect("a template"), &assessment, today());
    assert!(scope.contains("**Approved by:** [to be completed: who approves this document]"));
}
