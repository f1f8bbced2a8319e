//! The EU AI Act classification of one AI system: the decision path (which questions are
//! asked, given the answers so far) and the verdict it leads to, with the article and point
//! that decided each class, per docs/eu-ai-act.md.
//!
//! Only IDs and rules live here, compiled in, so the systems list can show every system's class
//! and stored answers can be checked on load. The wording of the questions, the obligations
//! with their ISO/IEC 42001 items, the application dates and their sources are data
//! (`catalog/eu_ai_act.json`), loaded on demand by the page that shows them
//! (`domain::eu_ai_act_text`).

use crate::domain::eu_ai_act_record::{EuAiActRecord, ObligationProgress};
use std::collections::BTreeMap;

/// "Yes" and "no", the answers of most questions.
const YES_NO: &[&str] = &["yes", "no"];

/// One question of the decision path: its ID and the IDs of its possible answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionSpec {
    pub id: &'static str,
    pub answers: &'static [&'static str],
}

const fn q(id: &'static str, answers: &'static [&'static str]) -> QuestionSpec {
    QuestionSpec { id, answers }
}

/// The Annex III areas, by the same slugs the impact assessment uses
/// (`impact_record::AnnexIiiArea::slug`), with their point number and the points of each.
pub const ANNEX_III_AREAS: &[(&str, &str, &[&str])] = &[
    ("biometrics", "1", &["1a", "1b", "1c"]),
    ("critical-infrastructure", "2", &["2"]),
    ("education", "3", &["3a", "3b", "3c", "3d"]),
    ("employment", "4", &["4a", "4b"]),
    ("essential-services", "5", &["5a", "5b", "5c", "5d"]),
    ("law-enforcement", "6", &["6a", "6b", "6c", "6d", "6e"]),
    ("migration", "7", &["7a", "7b", "7c", "7d"]),
    ("justice-and-democracy", "8", &["8a", "8b"]),
];

/// The answer to the area question that means "none of the areas", as the impact assessment
/// names it.
pub const AREA_NOT_LISTED: &str = "not-listed";

/// The prohibited practices of Article 5(1), by question ID and point.
const PROHIBITED: &[(&str, &str)] = &[
    ("prohibited.manipulation", "a"),
    ("prohibited.vulnerabilities", "b"),
    ("prohibited.social_scoring", "c"),
    ("prohibited.crime_prediction", "d"),
    ("prohibited.face_scraping", "e"),
    ("prohibited.emotion_at_work", "f"),
    ("prohibited.sensitive_categorisation", "g"),
    ("prohibited.realtime_identification", "h"),
];

/// Every question of the decision path, in the order the page asks them.
pub const QUESTIONS: &[QuestionSpec] = &[
    q("role.provider", YES_NO),
    q("role.deployer", YES_NO),
    q("role.importer", YES_NO),
    q("role.distributor", YES_NO),
    q("role.product_manufacturer", YES_NO),
    q("prohibited.manipulation", YES_NO),
    q("prohibited.vulnerabilities", YES_NO),
    q("prohibited.social_scoring", YES_NO),
    q("prohibited.crime_prediction", YES_NO),
    q("prohibited.face_scraping", YES_NO),
    q(
        "prohibited.emotion_at_work",
        &["yes", "medical_or_safety", "no"],
    ),
    q("prohibited.sensitive_categorisation", YES_NO),
    q(
        "prohibited.realtime_identification",
        &["yes", "authorised_exception", "no"],
    ),
    q("annex_i.product", YES_NO),
    q("annex_i.third_party", YES_NO),
    q(
        "annex_iii.area",
        &[
            "biometrics",
            "critical-infrastructure",
            "education",
            "employment",
            "essential-services",
            "law-enforcement",
            "migration",
            "justice-and-democracy",
            AREA_NOT_LISTED,
        ],
    ),
    q("annex_iii.biometrics", &["1a", "1b", "1c", "none"]),
    q("annex_iii.critical-infrastructure", &["2", "none"]),
    q("annex_iii.education", &["3a", "3b", "3c", "3d", "none"]),
    q("annex_iii.employment", &["4a", "4b", "none"]),
    q(
        "annex_iii.essential-services",
        &["5a", "5b", "5c", "5d", "none"],
    ),
    q(
        "annex_iii.law-enforcement",
        &["6a", "6b", "6c", "6d", "6e", "none"],
    ),
    q("annex_iii.migration", &["7a", "7b", "7c", "7d", "none"]),
    q("annex_iii.justice-and-democracy", &["8a", "8b", "none"]),
    q("art6_3.profiling", YES_NO),
    q("art6_3.exception", &["a", "b", "c", "d", "none"]),
    q("deployer.public", YES_NO),
    q("art50.interacts", YES_NO),
    q("art50.synthetic", YES_NO),
    q("art50.emotion_or_categorisation", YES_NO),
    q("art50.deep_fake", YES_NO),
    q("gpai.model", YES_NO),
    q("gpai.systemic", YES_NO),
];

/// The IDs of the obligations the data file describes; a stored status names one of them.
pub const OBLIGATION_IDS: &[&str] = &[
    "ai_literacy",
    "stop_prohibited",
    "risk_management",
    "data_governance",
    "technical_documentation",
    "record_keeping",
    "transparency",
    "human_oversight",
    "accuracy_robustness",
    "quality_management",
    "conformity_assessment",
    "registration",
    "post_market_monitoring",
    "incident_reporting",
    "fundamental_rights_impact",
    "exception_record",
    "gpai_copyright",
    "gpai_training_summary",
];

/// The question with this ID.
pub fn question(id: &str) -> Option<&'static QuestionSpec> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// Whether `answer` is one of the answers of question `question_id`.
pub fn is_known_answer(question_id: &str, answer: &str) -> bool {
    question(question_id).is_some_and(|question| question.answers.contains(&answer))
}

/// Whether `id` names an obligation.
pub fn is_known_obligation(id: &str) -> bool {
    OBLIGATION_IDS.contains(&id)
}

/// The organisation's roles towards a system, as the Act names them (Article 3(3)-(7) and
/// Article 25(3) for product manufacturers).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum EuRole {
    Provider,
    Deployer,
    Importer,
    Distributor,
    ProductManufacturer,
}

impl EuRole {
    pub const ALL: [EuRole; 5] = [
        EuRole::Provider,
        EuRole::Deployer,
        EuRole::Importer,
        EuRole::Distributor,
        EuRole::ProductManufacturer,
    ];

    /// The name used in the data file and in question IDs (`role.<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            EuRole::Provider => "provider",
            EuRole::Deployer => "deployer",
            EuRole::Importer => "importer",
            EuRole::Distributor => "distributor",
            EuRole::ProductManufacturer => "product_manufacturer",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EuRole::Provider => "Provider",
            EuRole::Deployer => "Deployer",
            EuRole::Importer => "Importer",
            EuRole::Distributor => "Distributor",
            EuRole::ProductManufacturer => "Product manufacturer",
        }
    }

    pub fn from_slug(slug: &str) -> Option<EuRole> {
        EuRole::ALL.into_iter().find(|role| role.slug() == slug)
    }

    fn question_id(self) -> &'static str {
        match self {
            EuRole::Provider => "role.provider",
            EuRole::Deployer => "role.deployer",
            EuRole::Importer => "role.importer",
            EuRole::Distributor => "role.distributor",
            EuRole::ProductManufacturer => "role.product_manufacturer",
        }
    }
}

/// A class of the Act a system can fall in. A system can be in several at once; a prohibited
/// practice overrides the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    Prohibited,
    HighRisk,
    /// Listed in Annex III but not high-risk by an Article 6(3) exception, which the provider
    /// must document.
    NotHighRiskByException,
    Transparency,
    GpaiModel,
    GpaiModelSystemicRisk,
    NoneOfThese,
}

impl Class {
    pub fn label(self) -> &'static str {
        match self {
            Class::Prohibited => "Prohibited practice",
            Class::HighRisk => "High-risk",
            Class::NotHighRiskByException => "Not high-risk by an exception",
            Class::Transparency => "Transparency duties",
            Class::GpaiModel => "General-purpose AI model",
            Class::GpaiModelSystemicRisk => "General-purpose AI model with systemic risk",
            Class::NoneOfThese => "None of these",
        }
    }

    /// The name used in the data file and in element IDs.
    pub fn slug(self) -> &'static str {
        match self {
            Class::Prohibited => "prohibited",
            Class::HighRisk => "high-risk",
            Class::NotHighRiskByException => "exception",
            Class::Transparency => "transparency",
            Class::GpaiModel => "gpai",
            Class::GpaiModelSystemicRisk => "gpai-systemic",
            Class::NoneOfThese => "none",
        }
    }
}

/// What holds for a system and decides which obligations apply to it (the data file's
/// `when`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// Every AI system, whatever its class (Article 4).
    AnySystem,
    Prohibited,
    /// High-risk by either route.
    HighRisk,
    HighRiskAnnexI,
    HighRiskAnnexIii,
    /// High-risk under Annex III, outside point 2 (where Article 27 asks for no assessment).
    HighRiskAnnexIiiNotPoint2,
    /// A fundamental rights impact assessment is due from a deployer (Article 27(1)).
    FundamentalRightsAssessment,
    /// A deployer that is a public body uses a high-risk Annex III system (Article 49(3)).
    PublicDeployerHighRisk,
    Exception,
    Art50Interacts,
    Art50Synthetic,
    Art50EmotionOrCategorisation,
    Art50DeepFake,
    Gpai,
    GpaiSystemic,
}

impl Condition {
    pub const ALL: [Condition; 15] = [
        Condition::AnySystem,
        Condition::Prohibited,
        Condition::HighRisk,
        Condition::HighRiskAnnexI,
        Condition::HighRiskAnnexIii,
        Condition::HighRiskAnnexIiiNotPoint2,
        Condition::FundamentalRightsAssessment,
        Condition::PublicDeployerHighRisk,
        Condition::Exception,
        Condition::Art50Interacts,
        Condition::Art50Synthetic,
        Condition::Art50EmotionOrCategorisation,
        Condition::Art50DeepFake,
        Condition::Gpai,
        Condition::GpaiSystemic,
    ];

    /// The name used in the data file.
    pub fn slug(self) -> &'static str {
        match self {
            Condition::AnySystem => "any_system",
            Condition::Prohibited => "prohibited",
            Condition::HighRisk => "high_risk",
            Condition::HighRiskAnnexI => "high_risk_annex_i",
            Condition::HighRiskAnnexIii => "high_risk_annex_iii",
            Condition::HighRiskAnnexIiiNotPoint2 => "high_risk_annex_iii_not_point_2",
            Condition::FundamentalRightsAssessment => "fundamental_rights_assessment",
            Condition::PublicDeployerHighRisk => "public_deployer_high_risk",
            Condition::Exception => "exception",
            Condition::Art50Interacts => "art50_1",
            Condition::Art50Synthetic => "art50_2",
            Condition::Art50EmotionOrCategorisation => "art50_3",
            Condition::Art50DeepFake => "art50_4",
            Condition::Gpai => "gpai",
            Condition::GpaiSystemic => "gpai_systemic",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Condition> {
        Condition::ALL
            .into_iter()
            .find(|condition| condition.slug() == slug)
    }
}

/// One class that applies, with what decided it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub class: Class,
    /// The article and point, such as "Annex III point 4(a), employment (Art. 6(2))".
    pub citation: String,
    /// Why, in plain words.
    pub reason: String,
}

impl Finding {
    /// The finding in one line, such as "High-risk: Annex III point 4(a), employment (Art. 6(2))".
    pub fn headline(&self) -> String {
        format!("{}: {}", self.class.label(), self.citation)
    }
}

/// The classification of a system from its answers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Verdict {
    /// Every class that applies, most severe first. Empty while the path has open questions
    /// and nothing is decided yet.
    pub findings: Vec<Finding>,
    /// The roles answered "yes".
    pub roles: Vec<EuRole>,
    /// What holds, for choosing obligations.
    pub conditions: Vec<Condition>,
    /// The questions on the path that are not answered yet.
    pub open_questions: Vec<&'static str>,
}

impl Verdict {
    /// Whether every question on the path is answered.
    pub fn is_complete(&self) -> bool {
        self.open_questions.is_empty()
    }

    pub fn has(&self, condition: Condition) -> bool {
        self.conditions.contains(&condition)
    }

    pub fn has_class(&self, class: Class) -> bool {
        self.findings.iter().any(|finding| finding.class == class)
    }

    /// The verdict in a few words for lists: the classes with their citations, or where the
    /// path stands.
    pub fn summary(&self) -> String {
        if self.findings.is_empty() {
            return "Not classified yet".to_owned();
        }
        let mut text = self
            .findings
            .iter()
            .map(Finding::headline)
            .collect::<Vec<_>>()
            .join("; ");
        if !self.is_complete() {
            text.push_str(" (questions still open)");
        }
        text
    }
}

/// The answers, read through the path's rules.
struct Path<'a> {
    answers: &'a BTreeMap<String, String>,
}

impl Path<'_> {
    fn answer(&self, id: &str) -> Option<&str> {
        self.answers.get(id).map(String::as_str)
    }

    fn yes(&self, id: &str) -> bool {
        self.answer(id) == Some("yes")
    }

    /// The Annex III area chosen (not "not listed"), with its point number.
    fn area(&self) -> Option<(&'static str, &'static str)> {
        let chosen = self.answer("annex_iii.area")?;
        ANNEX_III_AREAS
            .iter()
            .find(|(slug, _, _)| *slug == chosen)
            .map(|(slug, number, _)| (*slug, *number))
    }

    /// The Annex III point chosen within the chosen area, such as "4a".
    fn annex_iii_point(&self) -> Option<&str> {
        let (area, _) = self.area()?;
        let point = self.answer(&format!("annex_iii.{area}"))?;
        (point != "none").then_some(point)
    }

    fn prohibited_points(&self) -> Vec<(&'static str, &'static str)> {
        PROHIBITED
            .iter()
            .filter(|(id, _)| self.yes(id))
            .map(|(id, point)| (*id, *point))
            .collect()
    }
}

/// The questions on the path for these answers, in order: those that matter given the answers
/// so far. Answers to questions off the path are kept (the user may come back) but ignored.
pub fn path(answers: &BTreeMap<String, String>) -> Vec<&'static str> {
    let path = Path { answers };
    let mut asked: Vec<&'static str> = EuRole::ALL.iter().map(|role| role.question_id()).collect();
    asked.extend(PROHIBITED.iter().map(|(id, _)| *id));
    if !path.prohibited_points().is_empty() {
        return asked;
    }
    asked.push("annex_i.product");
    if path.yes("annex_i.product") {
        asked.push("annex_i.third_party");
    }
    asked.push("annex_iii.area");
    if let Some((area, _)) = path.area() {
        if let Some(question) = QUESTIONS
            .iter()
            .find(|question| question.id.strip_prefix("annex_iii.") == Some(area))
        {
            asked.push(question.id);
        }
    }
    if path.annex_iii_point().is_some() {
        asked.push("art6_3.profiling");
        if path.answer("art6_3.profiling") == Some("no") {
            asked.push("art6_3.exception");
        }
        if path.yes("role.deployer") && annex_iii_high_risk(&path).is_some() {
            asked.push("deployer.public");
        }
    }
    asked.extend([
        "art50.interacts",
        "art50.synthetic",
        "art50.emotion_or_categorisation",
        "art50.deep_fake",
        "gpai.model",
    ]);
    if path.yes("gpai.model") {
        asked.push("gpai.systemic");
    }
    asked
}

/// The Annex III point that makes the system high-risk: listed, and either profiling people or
/// without an exception (Article 6(2) and 6(3)).
fn annex_iii_high_risk<'a>(path: &'a Path<'_>) -> Option<&'a str> {
    let point = path.annex_iii_point()?;
    // The exception question is on the path only once profiling is answered "no".
    let high_risk = match path.answer("art6_3.profiling") {
        Some("yes") => true,
        Some("no") => path.answer("art6_3.exception") == Some("none"),
        _ => false,
    };
    high_risk.then_some(point)
}

/// "4a" as "4(a)"; a point without a letter ("2") as it is.
fn point_label(point: &str) -> String {
    match point.split_at_checked(1) {
        Some((number, letter)) if !letter.is_empty() => format!("{number}({letter})"),
        _ => point.to_owned(),
    }
}

/// The Annex III area's short name, as the impact assessment writes it.
fn area_name(area: &str) -> &'static str {
    crate::domain::impact_record::AnnexIiiArea::from_slug(area)
        .map_or("", crate::domain::impact_record::AnnexIiiArea::short_name)
}

/// What the Article 5(1) point forbids, in a few words of our own.
fn prohibited_words(point: &str) -> &'static str {
    match point {
        "a" => "manipulative or deceptive techniques that distort behaviour and cause significant harm",
        "b" => "exploiting people's vulnerabilities (age, disability, social or economic situation)",
        "c" => "social scoring that leads to unjustified or unrelated detrimental treatment",
        "d" => "predicting that a person will commit a crime from profiling or personality traits alone",
        "e" => "building facial recognition databases by untargeted scraping of images",
        "f" => "recognising emotions at work or in education, other than for medical or safety reasons",
        "g" => "categorising people by biometric data to infer sensitive traits such as race, beliefs or sexual orientation",
        _ => "real-time remote biometric identification in public spaces for law enforcement, outside the authorised exceptions",
    }
}

/// What the Article 6(3) exception point covers, in a few words of our own.
fn exception_words(point: &str) -> &'static str {
    match point {
        "a" => "performs a narrow procedural task",
        "b" => "improves the result of a human activity already completed",
        "c" => "detects decision patterns or departures from them without replacing or swaying the human assessment",
        _ => "performs a preparatory task to an assessment",
    }
}

/// Classifies a system from its decision-path answers. Every class that applies is listed with
/// the article and point that decided it; a prohibited practice overrides the rest; "None of
/// these" needs every question on the path answered.
pub fn classify(answers: &BTreeMap<String, String>) -> Verdict {
    let path_answers = Path { answers };
    let asked = path(answers);
    let open_questions = asked
        .iter()
        .copied()
        .filter(|id| path_answers.answer(id).is_none())
        .collect();
    let roles = EuRole::ALL
        .into_iter()
        .filter(|role| path_answers.yes(role.question_id()))
        .collect();
    let mut verdict = Verdict {
        findings: Vec::new(),
        roles,
        conditions: vec![Condition::AnySystem],
        open_questions,
    };
    let prohibited = path_answers.prohibited_points();
    if !prohibited.is_empty() {
        for (_, point) in prohibited {
            verdict.findings.push(Finding {
                class: Class::Prohibited,
                citation: format!("Art. 5(1)({point})"),
                reason: format!(
                    "The system is used for {}, a practice the Act forbids. It may not be placed on the market, put into service or used in the EU; no other class matters until it stops.",
                    prohibited_words(point)
                ),
            });
        }
        verdict.conditions.push(Condition::Prohibited);
        return verdict;
    }
    classify_high_risk(&path_answers, &mut verdict);
    classify_transparency(&path_answers, &mut verdict);
    classify_gpai(&path_answers, &mut verdict);
    if verdict.findings.is_empty() && verdict.is_complete() {
        verdict.findings.push(Finding {
            class: Class::NoneOfThese,
            citation: "no point of Art. 5, 6, 50 or 51 to 55 applies".to_owned(),
            reason: "The answers place the system in none of the Act's classes. The duty of AI literacy (Art. 4) still applies to every provider and deployer.".to_owned(),
        });
    }
    verdict
}

fn classify_high_risk(path: &Path<'_>, verdict: &mut Verdict) {
    if path.yes("annex_i.product") && path.yes("annex_i.third_party") {
        verdict.findings.push(Finding {
            class: Class::HighRisk,
            citation: "Art. 6(1), Annex I product legislation".to_owned(),
            reason: "The system is a product, or a safety component of a product, covered by the EU laws listed in Annex I, and that law asks for a third-party conformity assessment.".to_owned(),
        });
        verdict.conditions.push(Condition::HighRisk);
        verdict.conditions.push(Condition::HighRiskAnnexI);
    }
    let Some(((area, _), point)) = path.area().zip(path.annex_iii_point()) else {
        return;
    };
    let listed = format!(
        "Annex III point {}, {}",
        point_label(point),
        area_name(area)
    );
    if let Some(point) = annex_iii_high_risk(path) {
        let reason = if path.yes("art6_3.profiling") {
            "The use is listed in Annex III, and because the system profiles people the Art. 6(3) exceptions are not available (Art. 6(3), last subparagraph)."
        } else {
            "The use is listed in Annex III, and none of the Art. 6(3) exceptions applies."
        };
        verdict.findings.push(Finding {
            class: Class::HighRisk,
            citation: format!("{listed} (Art. 6(2))"),
            reason: reason.to_owned(),
        });
        if !verdict.has(Condition::HighRisk) {
            verdict.conditions.push(Condition::HighRisk);
        }
        verdict.conditions.push(Condition::HighRiskAnnexIii);
        if point != "2" {
            verdict
                .conditions
                .push(Condition::HighRiskAnnexIiiNotPoint2);
            let public = path.yes("deployer.public");
            if public || point == "5b" || point == "5c" {
                verdict
                    .conditions
                    .push(Condition::FundamentalRightsAssessment);
            }
            if public {
                verdict.conditions.push(Condition::PublicDeployerHighRisk);
            }
        }
    } else if let Some(exception) = path
        .answer("art6_3.exception")
        .filter(|answer| *answer != "none" && path.answer("art6_3.profiling") == Some("no"))
    {
        verdict.findings.push(Finding {
            class: Class::NotHighRiskByException,
            citation: format!("Art. 6(3)({exception}), for {listed}"),
            reason: format!(
                "The use is listed in Annex III, but the system only {} and does not profile people. The provider must document this assessment before the system is placed on the market (Art. 6(4)).",
                exception_words(exception)
            ),
        });
        verdict.conditions.push(Condition::Exception);
    }
}

fn classify_transparency(path: &Path<'_>, verdict: &mut Verdict) {
    let duties = [
        (
            "art50.interacts",
            "1",
            Condition::Art50Interacts,
            "The system talks or writes with people directly: the provider must make sure they are told they are dealing with an AI system, unless that is obvious.",
        ),
        (
            "art50.synthetic",
            "2",
            Condition::Art50Synthetic,
            "The system generates synthetic audio, images, video or text: the provider must mark its outputs in a machine-readable way as artificially generated.",
        ),
        (
            "art50.emotion_or_categorisation",
            "3",
            Condition::Art50EmotionOrCategorisation,
            "The system recognises emotions or categorises people by biometric data: the deployer must tell the people exposed to it.",
        ),
        (
            "art50.deep_fake",
            "4",
            Condition::Art50DeepFake,
            "The system makes deep fakes (or text published to inform the public): the deployer must disclose that the content was generated or manipulated.",
        ),
    ];
    for (id, point, condition, reason) in duties {
        if path.yes(id) {
            verdict.findings.push(Finding {
                class: Class::Transparency,
                citation: format!("Art. 50({point})"),
                reason: reason.to_owned(),
            });
            verdict.conditions.push(condition);
        }
    }
}

fn classify_gpai(path: &Path<'_>, verdict: &mut Verdict) {
    if !path.yes("gpai.model") {
        return;
    }
    verdict.conditions.push(Condition::Gpai);
    if path.yes("gpai.systemic") {
        verdict.findings.push(Finding {
            class: Class::GpaiModelSystemicRisk,
            citation: "Art. 51 and Art. 55 (with Art. 53)".to_owned(),
            reason: "The system is or contains a general-purpose AI model you provide, and the model has high-impact capabilities (or was designated): the duties of every such model apply, plus evaluation, risk mitigation, incident reporting and cybersecurity for systemic risk.".to_owned(),
        });
        verdict.conditions.push(Condition::GpaiSystemic);
    } else {
        verdict.findings.push(Finding {
            class: Class::GpaiModel,
            citation: "Art. 53".to_owned(),
            reason: "The system is or contains a general-purpose AI model you provide: technical documentation, information for those who build on it, a copyright policy and a summary of the training content are due.".to_owned(),
        });
    }
}

/// The answer the impact assessment's Annex III area suggests for the area question, when the
/// impact assessment has one and the path has none yet. It is shown as a suggestion; the user
/// chooses.
pub fn suggested_area(
    answers: &BTreeMap<String, String>,
    impact_area: Option<crate::domain::impact_record::AnnexIiiArea>,
) -> Option<&'static str> {
    if answers.contains_key("annex_iii.area") {
        return None;
    }
    impact_area.map(crate::domain::impact_record::AnnexIiiArea::slug)
}

/// Why an edit of a system's EU AI Act record was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EuAiActError {
    #[error("the classification has no question {0}")]
    UnknownQuestion(String),
    #[error("{answer} is not an answer to question {question}")]
    UnknownAnswer { question: String, answer: String },
    #[error("the classification has no obligation {0}")]
    UnknownObligation(String),
}

/// Records an answer of the decision path, or clears it (`None`). Answers to questions that
/// drop off the path are kept, so changing an answer back restores the path as it was.
pub fn set_answer(
    record: &mut EuAiActRecord,
    question_id: &str,
    answer: Option<&str>,
) -> Result<(), EuAiActError> {
    if question(question_id).is_none() {
        return Err(EuAiActError::UnknownQuestion(question_id.to_owned()));
    }
    match answer {
        Some(answer) if is_known_answer(question_id, answer) => {
            record
                .answers
                .insert(question_id.to_owned(), answer.to_owned());
        }
        Some(answer) => {
            return Err(EuAiActError::UnknownAnswer {
                question: question_id.to_owned(),
                answer: answer.to_owned(),
            })
        }
        None => {
            record.answers.remove(question_id);
        }
    }
    Ok(())
}

/// The progress of an obligation, to change; refused for an obligation the app does not know.
pub fn obligation_mut<'a>(
    record: &'a mut EuAiActRecord,
    obligation_id: &str,
) -> Result<&'a mut ObligationProgress, EuAiActError> {
    if !is_known_obligation(obligation_id) {
        return Err(EuAiActError::UnknownObligation(obligation_id.to_owned()));
    }
    Ok(record
        .obligations
        .entry(obligation_id.to_owned())
        .or_default())
}
