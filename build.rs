//! Build script: turns the catalog JSON files in `src/domain/catalog/` into Rust statics, so
//! the app carries the catalog as constant data with no parsing code and no start-up cost.
//!
//! The JSON files stay the source of truth that people edit and review; a malformed file fails
//! the build with a message naming the file and the problem.

use serde::Deserialize;
use std::collections::HashSet;
use std::fmt::Write as _;
use std::path::Path;

const CATALOG_DIR: &str = "src/domain/catalog";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    id: String,
    text: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Heading {
    id: String,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClauseItem {
    id: String,
    title: String,
    heading: Option<String>,
    explanation: String,
    questions: Vec<Question>,
    evidence: Vec<String>,
    documented_information: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Clause {
    id: String,
    title: String,
    summary: String,
    headings: Vec<Heading>,
    items: Vec<ClauseItem>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClausesFile {
    clauses: Vec<Clause>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Control {
    id: String,
    title: String,
    // Guidance and pitfalls are long prose that the app loads only when an Annex A page is
    // opened (see src/state/guidance.rs); the build checks they are present but does not embed
    // them.
    guidance: String,
    pitfalls: Vec<String>,
    questions: Vec<Question>,
    evidence: Vec<String>,
    documented_information: Option<String>,
    roles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Section {
    id: String,
    title: Option<String>,
    objective: String,
    controls: Vec<Control>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Area {
    id: String,
    title: String,
    sections: Vec<Section>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnexAFile {
    areas: Vec<Area>,
}

fn read<T: for<'de> Deserialize<'de>>(file: &str) -> T {
    let path = Path::new(CATALOG_DIR).join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("{} is not a valid catalog file: {error}", path.display()))
}

/// A Rust string literal for `text` (Debug formatting of `str` escapes exactly what Rust needs).
fn lit(text: &str) -> String {
    format!("{text:?}")
}

fn opt_lit(text: &Option<String>) -> String {
    match text {
        Some(text) => format!("Some({})", lit(text)),
        None => "None".to_owned(),
    }
}

fn str_slice(texts: &[String]) -> String {
    let parts: Vec<String> = texts.iter().map(|text| lit(text)).collect();
    format!("&[{}]", parts.join(", "))
}

fn questions(list: &[Question], owner: &str, seen: &mut HashSet<String>) -> String {
    let mut out = String::from("&[");
    for question in list {
        assert!(
            seen.insert(question.id.clone()),
            "question ID {} (in {owner}) appears twice",
            question.id
        );
        let _ = write!(
            out,
            "Question {{ id: {}, text: {} }}, ",
            lit(&question.id),
            lit(&question.text)
        );
    }
    out.push(']');
    out
}

fn clauses(
    file: &ClausesFile,
    item_ids: &mut HashSet<String>,
    question_ids: &mut HashSet<String>,
) -> String {
    let mut out = String::from("pub static CLAUSES: &[Clause] = &[\n");
    for clause in &file.clauses {
        let headings: Vec<String> = clause
            .headings
            .iter()
            .map(|heading| {
                format!(
                    "Heading {{ id: {}, title: {}, objective: None }}",
                    lit(&heading.id),
                    lit(&heading.title)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "Clause {{ id: {}, title: {}, summary: {}, headings: &[{}], items: &[",
            lit(&clause.id),
            lit(&clause.title),
            lit(&clause.summary),
            headings.join(", ")
        );
        for item in &clause.items {
            assert!(
                item_ids.insert(item.id.clone()),
                "item ID {} appears twice",
                item.id
            );
            if let Some(heading) = &item.heading {
                assert!(
                    clause.headings.iter().any(|h| &h.id == heading),
                    "item {} names heading {heading}, which clause {} does not have",
                    item.id,
                    clause.id
                );
            }
            let _ = writeln!(
                out,
                "  Item {{ id: {}, title: {}, heading: {}, explanation: {}, questions: {}, \
                 evidence: {}, documented_information: {}, roles: &[] }},",
                lit(&item.id),
                lit(&item.title),
                opt_lit(&item.heading),
                lit(&item.explanation),
                questions(&item.questions, &item.id, question_ids),
                str_slice(&item.evidence),
                opt_lit(&item.documented_information)
            );
        }
        out.push_str("]},\n");
    }
    out.push_str("];\n");
    out
}

/// The Rust name of an AI role as written in the catalog file.
fn role(name: &str, control: &str) -> &'static str {
    match name {
        "provider" => "AiRole::Provider",
        "producer" => "AiRole::Producer",
        "customer" => "AiRole::Customer",
        "user" => "AiRole::User",
        "partner" => "AiRole::Partner",
        other => panic!("control {control} names an unknown AI role {other:?}"),
    }
}

fn annex_a(
    file: &AnnexAFile,
    item_ids: &mut HashSet<String>,
    question_ids: &mut HashSet<String>,
) -> String {
    let mut out = String::from("pub static ANNEX_A: &[Clause] = &[\n");
    for area in &file.areas {
        let headings: Vec<String> = area
            .sections
            .iter()
            .map(|section| {
                format!(
                    "Heading {{ id: {}, title: {}, objective: Some({}) }}",
                    lit(&section.id),
                    lit(section.title.as_deref().unwrap_or("Objective")),
                    lit(&section.objective)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "Clause {{ id: {}, title: {}, summary: \"\", headings: &[{}], items: &[",
            lit(&area.id),
            lit(&area.title),
            headings.join(", ")
        );
        for section in &area.sections {
            for control in &section.controls {
                assert!(
                    item_ids.insert(control.id.clone()),
                    "control ID {} appears twice",
                    control.id
                );
                assert!(
                    !control.guidance.trim().is_empty() && !control.pitfalls.is_empty(),
                    "control {} needs guidance and at least one pitfall",
                    control.id
                );
                let roles: Vec<&str> = control
                    .roles
                    .iter()
                    .map(|name| role(name, &control.id))
                    .collect();
                let _ = writeln!(
                    out,
                    "  Item {{ id: {}, title: {}, heading: Some({}), explanation: \"\", \
                     questions: {}, evidence: {}, documented_information: {}, roles: &[{}] }},",
                    lit(&control.id),
                    lit(&control.title),
                    lit(&section.id),
                    questions(&control.questions, &control.id, question_ids),
                    str_slice(&control.evidence),
                    opt_lit(&control.documented_information),
                    roles.join(", ")
                );
            }
        }
        out.push_str("]},\n");
    }
    out.push_str("];\n");
    out
}

fn main() {
    let mut item_ids = HashSet::new();
    let mut question_ids = HashSet::new();
    let clauses_file: ClausesFile = read("clauses.json");
    let mut code =
        String::from("// Generated by build.rs from src/domain/catalog/*.json. Do not edit.\n");
    code.push_str(&clauses(&clauses_file, &mut item_ids, &mut question_ids));
    let annex_a_file: AnnexAFile = read("annex_a.json");
    code.push_str(&annex_a(&annex_a_file, &mut item_ids, &mut question_ids));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let target = Path::new(&out_dir).join("catalog_data.rs");
    std::fs::write(&target, code)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", target.display()));
    println!("cargo:rerun-if-changed=build.rs");
}
