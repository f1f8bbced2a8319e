//! The AI system impact questionnaire and the library of typical AI risks, compiled in from
//! `catalog/impact.json` and `catalog/risk_library.json` by `build.rs`.
//!
//! The questionnaire comes as two parallel statics: `IMPACT_SECTIONS` holds what scoring needs
//! (IDs, points, dependencies) and `IMPACT_TEXT` the wording, which only the questionnaire
//! and its print view show. The split dates from when every page was a Wasm build of its own
//! and has no other reason; the questionnaire's second version joins them. Every question,
//! help text and risk description is our own wording.

/// Which part of the questionnaire a section belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImpactPart {
    /// Consequences for individual people.
    Individuals,
    /// Consequences for groups of people.
    Groups,
    /// Consequences for society as a whole.
    Society,
    /// Measures already in place that reduce the consequences.
    Mitigation,
}

impl ImpactPart {
    pub const ALL: [ImpactPart; 4] = [
        ImpactPart::Individuals,
        ImpactPart::Groups,
        ImpactPart::Society,
        ImpactPart::Mitigation,
    ];

    /// The heading of the part.
    pub fn title(self) -> &'static str {
        match self {
            ImpactPart::Individuals => "Individuals",
            ImpactPart::Groups => "Groups",
            ImpactPart::Society => "Society",
            ImpactPart::Mitigation => "Measures in place",
        }
    }
}

/// What a question's answer does to the result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionKind {
    /// Decides which later questions apply; it scores no points.
    Screening,
    /// Its points add to the impact points (0 none to 3 severe).
    Impact,
    /// Its points add to the mitigation points (0 not in place to 2 in place).
    Mitigation,
}

/// One answer option and its points.
#[derive(Debug, PartialEq, Eq)]
pub struct ImpactOption {
    pub id: &'static str,
    pub points: u8,
}

/// A question that is only asked when an earlier question got one of the given answers.
#[derive(Debug, PartialEq, Eq)]
pub struct Dependency {
    pub question: &'static str,
    pub options: &'static [&'static str],
}

/// One question of the questionnaire.
#[derive(Debug, PartialEq, Eq)]
pub struct ImpactQuestion {
    pub id: &'static str,
    pub kind: QuestionKind,
    pub options: &'static [ImpactOption],
    pub depends_on: Option<Dependency>,
    /// The library risk that a serious or severe answer suggests.
    pub suggests_risk: Option<&'static str>,
}

impl ImpactQuestion {
    /// The option with the given ID.
    pub fn option(&self, option_id: &str) -> Option<&'static ImpactOption> {
        self.options.iter().find(|option| option.id == option_id)
    }

    /// The most points any option scores.
    pub fn max_points(&self) -> u32 {
        self.options
            .iter()
            .map(|option| u32::from(option.points))
            .max()
            .unwrap_or(0)
    }
}

/// A titled group of questions.
#[derive(Debug, PartialEq, Eq)]
pub struct ImpactSection {
    pub id: &'static str,
    pub part: ImpactPart,
    pub questions: &'static [ImpactQuestion],
}

/// The wording of a section, parallel to `IMPACT_SECTIONS`.
#[derive(Debug, PartialEq, Eq)]
pub struct SectionText {
    pub title: &'static str,
    pub intro: &'static str,
    /// Parallel to the section's questions.
    pub questions: &'static [QuestionText],
}

/// The wording of a question, parallel to its `ImpactQuestion`.
#[derive(Debug, PartialEq, Eq)]
pub struct QuestionText {
    pub text: &'static str,
    pub help: &'static str,
    /// Parallel to the question's options.
    pub options: &'static [&'static str],
}

/// A typical AI risk the user can start from: our own wording, with a suggested risk source
/// and objective (Annex C IDs), treating controls and a starting likelihood and consequence
/// on a 1-5 scale.
#[derive(Debug, PartialEq, Eq)]
pub struct LibraryRisk {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub source: &'static str,
    pub objective: &'static str,
    pub controls: &'static [&'static str],
    pub likelihood: u8,
    pub consequence: u8,
    /// The kinds of AI system the risk applies to, from `SYSTEM_KINDS`; empty when it applies
    /// to any system. A hallucination risk, say, fits only systems that generate content.
    pub fits: &'static [&'static str],
}

/// The kinds of AI system a library risk can be limited to (`LibraryRisk::fits`).
pub const SYSTEM_KINDS: [&str; 5] = [
    "classifies-or-scores",
    "ranks-or-recommends",
    "generates",
    "perceives",
    "controls-physical",
];

impl LibraryRisk {
    /// Whether the risk applies to a system of the given kind (any kind when `fits` is empty).
    pub fn fits_kind(&self, kind: &str) -> bool {
        self.fits.is_empty() || self.fits.contains(&kind)
    }
}

include!(concat!(env!("OUT_DIR"), "/impact_data.rs"));

/// Every question with its section, in questionnaire order.
pub fn all_questions() -> impl Iterator<Item = (&'static ImpactSection, &'static ImpactQuestion)> {
    IMPACT_SECTIONS.iter().flat_map(|section| {
        section
            .questions
            .iter()
            .map(move |question| (section, question))
    })
}

/// The question with the given ID.
pub fn question(question_id: &str) -> Option<&'static ImpactQuestion> {
    all_questions()
        .map(|(_, question)| question)
        .find(|question| question.id == question_id)
}

/// The wording of the question with the given ID.
pub fn question_text(question_id: &str) -> Option<&'static QuestionText> {
    IMPACT_SECTIONS
        .iter()
        .zip(IMPACT_TEXT)
        .flat_map(|(section, text)| section.questions.iter().zip(text.questions))
        .find(|(question, _)| question.id == question_id)
        .map(|(_, text)| text)
}

/// The library risk with the given ID.
pub fn library_risk(risk_id: &str) -> Option<&'static LibraryRisk> {
    RISK_LIBRARY.iter().find(|risk| risk.id == risk_id)
}
