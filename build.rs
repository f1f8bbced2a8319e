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

/// Reads a catalog file, returning its text and its parsed form.
fn read<T: for<'de> Deserialize<'de>>(file: &str) -> (String, T) {
    let path = Path::new(CATALOG_DIR).join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()));
    let parsed = serde_json::from_str(&text)
        .unwrap_or_else(|error| panic!("{} is not a valid catalog file: {error}", path.display()));
    (text, parsed)
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

/// The prose is not compiled in (the app loads it on demand, see src/state/catalog_text.rs),
/// but an item without it is a broken catalog, so the build refuses it.
fn check_prose(id: &str, explanation: &str, evidence: &[String]) {
    assert!(
        !explanation.trim().is_empty() && !evidence.is_empty(),
        "item {id} needs an explanation and evidence examples"
    );
}

/// A short tag that changes whenever a catalog file changes (64-bit FNV-1a of the files). The
/// app adds it to the URLs of the catalog files so browsers never mix cached prose from an
/// older version with this build.
fn files_tag(sources: &[&str]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for source in sources {
        for byte in source.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

fn questions(list: &[Question], owner: &str, seen: &mut HashSet<String>) -> String {
    let mut out = String::from("&[");
    for question in list {
        assert!(
            seen.insert(question.id.clone()),
            "question ID {} (in {owner}) appears twice",
            question.id
        );
        assert!(
            !question.text.trim().is_empty(),
            "question {} has no wording",
            question.id
        );
        let _ = write!(out, "Question {{ id: {} }}, ", lit(&question.id));
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
            check_prose(&item.id, &item.explanation, &item.evidence);
            let _ = writeln!(
                out,
                "  Item {{ id: {}, title: {}, heading: {}, questions: {}, \
                 documented: {}, roles: &[] }},",
                lit(&item.id),
                lit(&item.title),
                opt_lit(&item.heading),
                questions(&item.questions, &item.id, question_ids),
                item.documented_information.is_some()
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
                check_prose(&control.id, &control.guidance, &control.evidence);
                let _ = writeln!(
                    out,
                    "  Item {{ id: {}, title: {}, heading: Some({}), questions: {}, \
                     documented: {}, roles: &[{}] }},",
                    lit(&control.id),
                    lit(&control.title),
                    lit(&section.id),
                    questions(&control.questions, &control.id, question_ids),
                    control.documented_information.is_some(),
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
    let (clauses_source, clauses_file): (String, ClausesFile) = read("clauses.json");
    let mut code =
        String::from("// Generated by build.rs from src/domain/catalog/*.json. Do not edit.\n");
    code.push_str(&clauses(&clauses_file, &mut item_ids, &mut question_ids));
    let (annex_a_source, annex_a_file): (String, AnnexAFile) = read("annex_a.json");
    code.push_str(&annex_a(&annex_a_file, &mut item_ids, &mut question_ids));
    let _ = writeln!(
        code,
        "/// Changes whenever a catalog file changes; see `build.rs`.\n\
         pub const CATALOG_FILES_TAG: &str = {};",
        lit(&files_tag(&[&clauses_source, &annex_a_source]))
    );
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let target = Path::new(&out_dir).join("catalog_data.rs");
    std::fs::write(&target, code)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", target.display()));
    println!("cargo:rerun-if-changed=build.rs");
}
