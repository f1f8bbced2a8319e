//! Build script: turns the catalog JSON files in `src/domain/catalog/` into Rust statics, so
//! the app carries the catalog as constant data with no parsing code and no start-up cost.
//!
//! The JSON files stay the source of truth that people edit and review; a malformed file fails
//! the build with a message naming the file and the problem.

use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

const CATALOG_DIR: &str = "src/domain/catalog";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Question {
    id: String,
    /// "requirement" or "good_practice"; a shared question takes its kind from its target.
    kind: Option<String>,
    /// Absent only on a shared question, which is shown with its target's wording.
    text: Option<String>,
    /// Guidance shown under the question (prose, loaded on demand).
    #[allow(dead_code)]
    hint: Option<String>,
    /// The clause question that answers this one ("one answer per fact").
    same_as: Option<String>,
}

/// What the build knows about every clause question, so that Annex A questions can share one.
struct SharedTargets {
    /// Clause question ID to (item ID, kind as Rust).
    targets: HashMap<String, (String, &'static str)>,
    /// Clause question ID to the controls that show it too.
    also_in: HashMap<String, Vec<String>>,
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
    // The control's purpose in one line of our own words, compiled in for the SoA's rows.
    purpose: String,
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HarmOption {
    id: String,
    label: String,
    severity: u8,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HarmQuestion {
    id: String,
    text: String,
    help: String,
    options: Vec<HarmOption>,
    suggests_risks: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HarmSection {
    id: String,
    part: String,
    title: String,
    intro: String,
    questions: Vec<HarmQuestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureOption {
    id: String,
    label: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Measure {
    id: String,
    text: String,
    help: String,
    options: Vec<MeasureOption>,
    addresses: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MeasureGroup {
    id: String,
    title: String,
    intro: String,
    measures: Vec<Measure>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FollowUp {
    text: String,
    options: Vec<MeasureOption>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FollowUps {
    likelihood: FollowUp,
    reversibility: FollowUp,
}

/// `impact.json`. Its wording (titles, intros, questions, help, option labels) is loaded on
/// demand by the app (`io::impact_text`); the build checks it is there and compiles in only
/// the shape that scoring needs.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ImpactFile {
    version: u32,
    follow_ups: FollowUps,
    harm_sections: Vec<HarmSection>,
    measure_groups: Vec<MeasureGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LibraryRisk {
    id: String,
    title: String,
    description: String,
    source: String,
    objective: String,
    controls: Vec<String>,
    likelihood: u8,
    consequence: u8,
    /// The kinds of AI system the risk applies to; empty for any system.
    fits: Vec<String>,
}

/// The kinds of AI system a library risk may be limited to (`LibraryRisk::fits`).
const SYSTEM_KINDS: [&str; 5] = [
    "classifies-or-scores",
    "ranks-or-recommends",
    "generates",
    "perceives",
    "controls-physical",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RiskLibraryFile {
    risks: Vec<LibraryRisk>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnexCEntry {
    id: String,
    title: String,
    explanation: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnexCFile {
    objectives: Vec<AnnexCEntry>,
    risk_sources: Vec<AnnexCEntry>,
}

/// Reads a catalog file, returning its text and its parsed form.
/// The longest purpose line of a control, in characters: one line of a table row.
const MAX_PURPOSE_CHARS: usize = 120;

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

/// The Rust name of a question's kind as written in the catalog file.
fn kind(name: Option<&str>, question: &str) -> &'static str {
    match name {
        Some("requirement") => "QuestionKind::Requirement",
        Some("good_practice") => "QuestionKind::GoodPractice",
        Some(other) => panic!("question {question} has an unknown kind {other:?}"),
        None => panic!("question {question} needs a kind: requirement or good_practice"),
    }
}

fn questions(
    list: &[Question],
    owner: &str,
    seen: &mut HashSet<String>,
    shared: &SharedTargets,
) -> String {
    let mut out = String::from("&[");
    for question in list {
        assert!(
            seen.insert(question.id.clone()),
            "question ID {} (in {owner}) appears twice",
            question.id
        );
        assert!(
            question.id.starts_with(&format!("{owner}.q")),
            "question {} must be numbered under its item {owner}",
            question.id
        );
        let (kind, same_as) = match &question.same_as {
            Some(target) => {
                assert!(
                    question.text.is_none() && question.kind.is_none() && question.hint.is_none(),
                    "question {} is answered under {target}, so it takes that question's \
                     wording and kind and has none of its own",
                    question.id
                );
                let (item, kind) = shared.targets.get(target).unwrap_or_else(|| {
                    panic!(
                        "question {} is answered under {target}, which is not a clause question",
                        question.id
                    )
                });
                (
                    *kind,
                    format!(
                        "Some(AnswerKey {{ item: {}, question: {} }})",
                        lit(item),
                        lit(target)
                    ),
                )
            }
            None => {
                assert!(
                    question
                        .text
                        .as_deref()
                        .is_some_and(|text| !text.trim().is_empty()),
                    "question {} has no wording",
                    question.id
                );
                (
                    kind(question.kind.as_deref(), &question.id),
                    "None".to_owned(),
                )
            }
        };
        let also_in = shared
            .also_in
            .get(&question.id)
            .map_or_else(|| "&[]".to_owned(), |controls| str_list(controls));
        let _ = write!(
            out,
            "Question {{ id: {}, kind: {kind}, same_as: {same_as}, also_in: {also_in} }}, ",
            lit(&question.id)
        );
    }
    out.push(']');
    out
}

/// Collects the clause questions that Annex A questions may share, and which controls do.
fn shared_targets(clauses: &ClausesFile, annex_a: &AnnexAFile) -> SharedTargets {
    let mut targets = HashMap::new();
    for item in clauses.clauses.iter().flat_map(|clause| &clause.items) {
        for question in &item.questions {
            assert!(
                question.same_as.is_none(),
                "clause question {} cannot be answered elsewhere; only Annex A questions share \
                 a clause question's answer",
                question.id
            );
            let kind = kind(question.kind.as_deref(), &question.id);
            targets.insert(question.id.clone(), (item.id.clone(), kind));
        }
    }
    let mut also_in: HashMap<String, Vec<String>> = HashMap::new();
    let controls = annex_a
        .areas
        .iter()
        .flat_map(|area| &area.sections)
        .flat_map(|section| &section.controls);
    for control in controls {
        for target in control.questions.iter().filter_map(|q| q.same_as.as_ref()) {
            also_in
                .entry(target.clone())
                .or_default()
                .push(control.id.clone());
        }
    }
    SharedTargets { targets, also_in }
}

fn clauses(
    file: &ClausesFile,
    item_ids: &mut HashSet<String>,
    question_ids: &mut HashSet<String>,
    shared: &SharedTargets,
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
                "  Item {{ id: {}, title: {}, purpose: \"\", heading: {}, questions: {}, \
                 documented: {}, roles: &[] }},",
                lit(&item.id),
                lit(&item.title),
                opt_lit(&item.heading),
                questions(&item.questions, &item.id, question_ids, shared),
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
    shared: &SharedTargets,
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
                let purpose = control.purpose.trim();
                assert!(
                    !purpose.is_empty() && purpose.chars().count() <= MAX_PURPOSE_CHARS,
                    "control {} needs a purpose of one line, at most {MAX_PURPOSE_CHARS} characters",
                    control.id
                );
                let _ = writeln!(
                    out,
                    "  Item {{ id: {}, title: {}, purpose: {}, heading: Some({}), questions: {}, \
                     documented: {}, roles: &[{}] }},",
                    lit(&control.id),
                    lit(&control.title),
                    lit(purpose),
                    lit(&section.id),
                    questions(&control.questions, &control.id, question_ids, shared),
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

fn str_list(items: &[String]) -> String {
    let quoted: Vec<String> = items.iter().map(|item| lit(item)).collect();
    format!("&[{}]", quoted.join(", "))
}

/// One Annex C list (objectives or risk sources) as a static, with the IDs it holds.
fn annex_c_list(name: &str, prefix: &str, entries: &[AnnexCEntry]) -> (String, HashSet<String>) {
    let mut ids = HashSet::new();
    let mut out = format!("pub static {name}: &[AnnexCEntry] = &[\n");
    for entry in entries {
        assert!(
            entry.id.starts_with(prefix) && ids.insert(entry.id.clone()),
            "Annex C entry {} is not a unique {prefix}n ID",
            entry.id
        );
        assert!(
            !entry.title.trim().is_empty() && !entry.explanation.trim().is_empty(),
            "Annex C entry {} needs a title and an explanation",
            entry.id
        );
        let _ = writeln!(
            out,
            "  AnnexCEntry {{ id: {}, title: {}, explanation: {} }},",
            lit(&entry.id),
            lit(&entry.title),
            lit(&entry.explanation)
        );
    }
    out.push_str("];\n");
    (out, ids)
}

/// The risk library: typical AI risks the user can start from. Its controls must be Annex A
/// controls of the catalog, and its sources and objectives Annex C entries.
fn risk_library(
    file: &RiskLibraryFile,
    control_ids: &HashSet<String>,
    annex_c_ids: &HashSet<String>,
) -> String {
    let mut seen = HashSet::new();
    let mut out = String::from("pub static RISK_LIBRARY: &[LibraryRisk] = &[\n");
    for risk in &file.risks {
        assert!(
            seen.insert(risk.id.clone()),
            "risk {} appears twice",
            risk.id
        );
        assert!(
            !risk.title.trim().is_empty() && !risk.description.trim().is_empty(),
            "risk {} needs a title and a description",
            risk.id
        );
        for control in &risk.controls {
            assert!(
                control_ids.contains(control),
                "risk {} names control {control}, which Annex A does not have",
                risk.id
            );
        }
        for reference in [&risk.source, &risk.objective] {
            assert!(
                annex_c_ids.contains(reference),
                "risk {} names {reference}, which Annex C does not have",
                risk.id
            );
        }
        assert!(
            (1..=5).contains(&risk.likelihood) && (1..=5).contains(&risk.consequence),
            "risk {} needs a likelihood and a consequence from 1 to 5",
            risk.id
        );
        let mut kinds = HashSet::new();
        for kind in &risk.fits {
            assert!(
                SYSTEM_KINDS.contains(&kind.as_str()) && kinds.insert(kind),
                "risk {} fits {kind}, which is not a kind of system or is named twice",
                risk.id
            );
        }
        let _ = writeln!(
            out,
            "  LibraryRisk {{ id: {}, title: {}, description: {}, source: {}, objective: {}, \
             controls: {}, likelihood: {}, consequence: {}, fits: {} }},",
            lit(&risk.id),
            lit(&risk.title),
            lit(&risk.description),
            lit(&risk.source),
            lit(&risk.objective),
            str_list(&risk.controls),
            risk.likelihood,
            risk.consequence,
            str_list(&risk.fits)
        );
    }
    out.push_str("];\n");
    out
}

/// The Rust name of an impact part as written in the catalog file.
fn impact_part(name: &str, section: &str) -> &'static str {
    match name {
        "individuals" => "ImpactPart::Individuals",
        "groups" => "ImpactPart::Groups",
        "society" => "ImpactPart::Society",
        other => panic!("impact section {section} names an unknown part {other:?}"),
    }
}

/// Checks that a text of the questionnaire is there; the app shows it as it is.
fn check_wording(owner: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{owner} needs its wording");
}

/// The IDs of options, checked to be the expected ones in order.
fn check_option_ids(owner: &str, found: Vec<&str>, expected: &[&str]) {
    assert_eq!(
        found, expected,
        "{owner} must have the options {expected:?} in this order"
    );
}

/// The impact questionnaire's shape: harm sections with the severity of each answer and the
/// library risks a serious answer suggests, and measures with the harms each one addresses.
/// Every harm must be addressed by at least one measure and suggest at least one risk, so a
/// serious answer always leads somewhere.
fn impact(file: &ImpactFile, risk_ids: &HashSet<String>) -> String {
    assert_eq!(
        file.version, 2,
        "impact.json must be the questionnaire's version 2"
    );
    for follow_up in [&file.follow_ups.likelihood, &file.follow_ups.reversibility] {
        check_wording("a follow-up question", &follow_up.text);
    }
    check_option_ids(
        "the likelihood follow-up",
        file.follow_ups
            .likelihood
            .options
            .iter()
            .map(|o| o.id.as_str())
            .collect(),
        &["unlikely", "possible", "likely"],
    );
    check_option_ids(
        "the reversibility follow-up",
        file.follow_ups
            .reversibility
            .options
            .iter()
            .map(|o| o.id.as_str())
            .collect(),
        &["easy", "effort", "hard"],
    );
    let mut seen = HashSet::new();
    let mut harm_ids = HashSet::new();
    let mut out = String::from("pub static HARM_SECTIONS: &[HarmSection] = &[\n");
    for section in &file.harm_sections {
        assert!(
            seen.insert(section.id.clone()),
            "impact section {} appears twice",
            section.id
        );
        check_wording(&section.id, &section.title);
        check_wording(&section.id, &section.intro);
        let _ = write!(
            out,
            "  HarmSection {{ id: {}, part: {}, questions: &[",
            lit(&section.id),
            impact_part(&section.part, &section.id)
        );
        for question in &section.questions {
            assert!(
                seen.insert(question.id.clone()),
                "impact question {} appears twice",
                question.id
            );
            harm_ids.insert(question.id.clone());
            check_wording(&question.id, &question.text);
            check_wording(&question.id, &question.help);
            let severities: Vec<u8> = question.options.iter().map(|o| o.severity).collect();
            assert_eq!(
                severities,
                [0, 1, 2, 3],
                "harm question {} needs four options of severity 0 to 3",
                question.id
            );
            check_option_ids(
                &question.id,
                question.options.iter().map(|o| o.id.as_str()).collect(),
                &["none", "minor", "serious", "severe"],
            );
            for option in &question.options {
                check_wording(&question.id, &option.label);
            }
            assert!(
                !question.suggests_risks.is_empty(),
                "harm question {} must suggest at least one library risk",
                question.id
            );
            for risk in &question.suggests_risks {
                assert!(
                    risk_ids.contains(risk),
                    "harm question {} suggests risk {risk}, which the risk library does not have",
                    question.id
                );
            }
            let _ = write!(
                out,
                "HarmQuestion {{ id: {}, suggests_risks: {} }}, ",
                lit(&question.id),
                str_list(&question.suggests_risks)
            );
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    let mut addressed = HashSet::new();
    out.push_str("pub static MEASURE_GROUPS: &[MeasureGroup] = &[\n");
    for group in &file.measure_groups {
        assert!(
            seen.insert(group.id.clone()),
            "measure group {} appears twice",
            group.id
        );
        check_wording(&group.id, &group.title);
        check_wording(&group.id, &group.intro);
        let _ = write!(
            out,
            "  MeasureGroup {{ id: {}, measures: &[",
            lit(&group.id)
        );
        for measure in &group.measures {
            assert!(
                seen.insert(measure.id.clone()),
                "measure {} appears twice",
                measure.id
            );
            check_wording(&measure.id, &measure.text);
            check_wording(&measure.id, &measure.help);
            check_option_ids(
                &measure.id,
                measure.options.iter().map(|o| o.id.as_str()).collect(),
                &["not_in_place", "partly", "in_place"],
            );
            for option in &measure.options {
                check_wording(&measure.id, &option.label);
            }
            for harm in &measure.addresses {
                assert!(
                    harm_ids.contains(harm),
                    "measure {} addresses {harm}, which is not a harm question",
                    measure.id
                );
                addressed.insert(harm.clone());
            }
            let _ = write!(
                out,
                "Measure {{ id: {}, addresses: {} }}, ",
                lit(&measure.id),
                str_list(&measure.addresses)
            );
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    let mut unaddressed: Vec<&String> = harm_ids.difference(&addressed).collect();
    unaddressed.sort();
    assert!(
        unaddressed.is_empty(),
        "no measure addresses the harms {unaddressed:?}"
    );
    out
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangeEntry {
    question: String,
    change: String,
    note: Option<String>,
    into: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CatalogRelease {
    version: String,
    previous: String,
    date: String,
    summary: String,
    changes: Vec<ChangeEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChangesFile {
    versions: Vec<CatalogRelease>,
}

/// The catalog's first published version, which has no entry in the change log.
const FIRST_CATALOG_VERSION: &str = "2026.11";

/// The change log as statics, and `CATALOG_VERSION` as the newest version it names. Each
/// entry must name a question of this catalog; a merge must name the question's `same_as`
/// target, and a change of meaning must say what changed.
fn catalog_changes(
    file: &ChangesFile,
    clauses: &ClausesFile,
    annex_a: &AnnexAFile,
    question_ids: &HashSet<String>,
) -> String {
    let same_as: HashMap<&str, &str> = clauses
        .clauses
        .iter()
        .flat_map(|clause| &clause.items)
        .flat_map(|item| &item.questions)
        .chain(
            annex_a
                .areas
                .iter()
                .flat_map(|area| &area.sections)
                .flat_map(|section| &section.controls)
                .flat_map(|control| &control.questions),
        )
        .filter_map(|q| Some((q.id.as_str(), q.same_as.as_deref()?)))
        .collect();
    let mut out = String::from("pub static CATALOG_RELEASES: &[CatalogRelease] = &[\n");
    let mut version = FIRST_CATALOG_VERSION.to_owned();
    for release in &file.versions {
        assert!(
            release.previous == version,
            "catalog release {} must follow {version}, the one before it",
            release.version
        );
        assert!(
            release.date.len() == 10 && !release.summary.trim().is_empty(),
            "catalog release {} needs a YYYY-MM-DD date and a summary",
            release.version
        );
        let _ = writeln!(
            out,
            "  CatalogRelease {{ version: {}, previous: {}, date: {}, summary: {}, changes: &[",
            lit(&release.version),
            lit(&release.previous),
            lit(&release.date),
            lit(&release.summary)
        );
        let mut listed = HashSet::new();
        for entry in &release.changes {
            let id = &entry.question;
            assert!(
                question_ids.contains(id) && listed.insert(id.clone()),
                "the change log of {} names question {id}, which the catalog does not have or \
                 which is listed twice",
                release.version
            );
            let change = match (entry.change.as_str(), &entry.into, &entry.note) {
                ("new", None, _) => "Change::New".to_owned(),
                ("reworded", None, _) => "Change::Reworded".to_owned(),
                ("changed", None, Some(note)) if !note.trim().is_empty() => {
                    "Change::Changed".to_owned()
                }
                ("merged", Some(into), _) => {
                    assert!(
                        same_as.get(id.as_str()) == Some(&into.as_str()),
                        "the change log merges {id} into {into}, but the catalog does not \
                         answer {id} under {into}"
                    );
                    format!("Change::Merged {{ into: {} }}", lit(into))
                }
                (other, _, _) => panic!(
                    "the change log's entry for {id} is not a valid change ({other:?}: new, \
                     reworded, changed with a note, or merged with into)"
                ),
            };
            let _ = writeln!(
                out,
                "    ChangeEntry {{ question: {}, change: {change}, note: {} }},",
                lit(id),
                lit(entry.note.as_deref().unwrap_or(""))
            );
        }
        out.push_str("  ]},\n");
        version = release.version.clone();
    }
    out.push_str("];\n");
    let _ = writeln!(
        out,
        "/// The catalog version: the newest in the change log (see `build.rs`).\n\
         pub const CATALOG_VERSION: &str = {};",
        lit(&version)
    );
    out
}

fn main() {
    let mut item_ids = HashSet::new();
    let mut question_ids = HashSet::new();
    let (clauses_source, clauses_file): (String, ClausesFile) = read("clauses.json");
    let (annex_a_source, annex_a_file): (String, AnnexAFile) = read("annex_a.json");
    let shared = shared_targets(&clauses_file, &annex_a_file);
    let mut code =
        String::from("// Generated by build.rs from src/domain/catalog/*.json. Do not edit.\n");
    code.push_str(&clauses(
        &clauses_file,
        &mut item_ids,
        &mut question_ids,
        &shared,
    ));
    code.push_str(&annex_a(
        &annex_a_file,
        &mut item_ids,
        &mut question_ids,
        &shared,
    ));
    let (_, changes_file): (String, ChangesFile) = read("changes.json");
    code.push_str(&catalog_changes(
        &changes_file,
        &clauses_file,
        &annex_a_file,
        &question_ids,
    ));
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR for build scripts");
    let control_ids: HashSet<String> = annex_a_file
        .areas
        .iter()
        .flat_map(|area| &area.sections)
        .flat_map(|section| &section.controls)
        .map(|control| control.id.clone())
        .collect();
    let (_, library_file): (String, RiskLibraryFile) = read("risk_library.json");
    let (impact_source, impact_file): (String, ImpactFile) = read("impact.json");
    // The EU AI Act data is only loaded on demand (its rules are in `domain::eu_ai_act`); it
    // is read here for the tag alone, so a changed file is never combined with a cached one.
    let (eu_ai_act_source, _): (String, serde_json::Value) = read("eu_ai_act.json");
    // The same holds for the frameworks' files (the NIST AI RMF crosswalk, the ISO/IEC 27001
    // hints), read and checked by `io::framework_data` when first needed.
    let (nist_source, _): (String, serde_json::Value) = read("nist_ai_rmf.json");
    let (iso27001_source, _): (String, serde_json::Value) = read("iso27001_reuse.json");
    let risk_ids: HashSet<String> = library_file
        .risks
        .iter()
        .map(|risk| risk.id.clone())
        .collect();
    let mut impact_code = String::from(
        "// Generated by build.rs from src/domain/catalog/impact.json and risk_library.json. Do not edit.\n",
    );
    impact_code.push_str(&impact(&impact_file, &risk_ids));
    let (_, annex_c_file): (String, AnnexCFile) = read("annex_c.json");
    let (objectives, mut annex_c_ids) =
        annex_c_list("ANNEX_C_OBJECTIVES", "C.2.", &annex_c_file.objectives);
    let (sources, source_ids) = annex_c_list("ANNEX_C_SOURCES", "C.3.", &annex_c_file.risk_sources);
    annex_c_ids.extend(source_ids);
    let annex_c_target = Path::new(&out_dir).join("annex_c_data.rs");
    std::fs::write(
        &annex_c_target,
        format!(
            "// Generated by build.rs from src/domain/catalog/annex_c.json. Do not edit.\n\
             {objectives}{sources}"
        ),
    )
    .unwrap_or_else(|error| panic!("cannot write {}: {error}", annex_c_target.display()));
    impact_code.push_str(&risk_library(&library_file, &control_ids, &annex_c_ids));
    let impact_target = Path::new(&out_dir).join("impact_data.rs");
    std::fs::write(&impact_target, impact_code)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", impact_target.display()));
    let _ = writeln!(
        code,
        "/// Changes whenever a catalog file changes; see `build.rs`.\n\
         pub const CATALOG_FILES_TAG: &str = {};",
        lit(&files_tag(&[
            &clauses_source,
            &annex_a_source,
            &impact_source,
            &eu_ai_act_source,
            &nist_source,
            &iso27001_source
        ]))
    );
    let target = Path::new(&out_dir).join("catalog_data.rs");
    std::fs::write(&target, code)
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", target.display()));
    println!("cargo:rerun-if-changed=build.rs");
}
