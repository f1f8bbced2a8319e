//! The shape of the AI system impact questionnaire (version 2) and the library of typical AI
//! risks, compiled in from `catalog/impact.json` and `catalog/risk_library.json` by `build.rs`.
//!
//! The questionnaire has two kinds of question. A *harm* question asks how badly the system
//! could hurt people, groups or society in one way, on a four-step severity scale, and names
//! the library risks a serious answer suggests. A *measure* question asks whether one measure
//! is in place, and names the harms that measure addresses, so a measure can only lower the
//! harms it is about (docs/impact-method.md).
//!
//! Only the shape is compiled in: IDs, severities, which measure addresses which harm and which
//! risks a harm suggests. The wording is most of the file and only the questionnaire pages show
//! it, so it is loaded on demand from the same file (`io::impact_text`, `state::impact_text`).
//! Every question, help text and risk description is our own wording.

/// Which part of the questionnaire a harm section belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImpactPart {
    /// Consequences for individual people.
    Individuals,
    /// Consequences for groups of people.
    Groups,
    /// Consequences for society as a whole.
    Society,
}

impl ImpactPart {
    pub const ALL: [ImpactPart; 3] = [
        ImpactPart::Individuals,
        ImpactPart::Groups,
        ImpactPart::Society,
    ];

    /// The heading of the part.
    pub fn title(self) -> &'static str {
        match self {
            ImpactPart::Individuals => "Individuals",
            ImpactPart::Groups => "Groups",
            ImpactPart::Society => "Society",
        }
    }

    /// A short name for element IDs.
    pub fn slug(self) -> &'static str {
        match self {
            ImpactPart::Individuals => "individuals",
            ImpactPart::Groups => "groups",
            ImpactPart::Society => "society",
        }
    }
}

/// How badly a harm could hurt, as answered to its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    None,
    Minor,
    Serious,
    Severe,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::None,
        Severity::Minor,
        Severity::Serious,
        Severity::Severe,
    ];

    /// The option ID that stands for this severity in every harm question.
    pub fn option_id(self) -> &'static str {
        match self {
            Severity::None => "none",
            Severity::Minor => "minor",
            Severity::Serious => "serious",
            Severity::Severe => "severe",
        }
    }

    pub fn from_option_id(option_id: &str) -> Option<Severity> {
        Severity::ALL
            .into_iter()
            .find(|severity| severity.option_id() == option_id)
    }

    /// The word for the severity.
    pub fn label(self) -> &'static str {
        match self {
            Severity::None => "no harm",
            Severity::Minor => "minor",
            Severity::Serious => "serious",
            Severity::Severe => "severe",
        }
    }

    /// The rating the severity starts a harm at (0 for no harm, 1 to 3 otherwise).
    pub fn base(self) -> u8 {
        self as u8
    }
}

/// Whether a measure is in place, as answered to its question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeasureState {
    NotInPlace,
    Partly,
    InPlace,
}

impl MeasureState {
    pub const ALL: [MeasureState; 3] = [
        MeasureState::NotInPlace,
        MeasureState::Partly,
        MeasureState::InPlace,
    ];

    /// The option ID that stands for this state in every measure question.
    pub fn option_id(self) -> &'static str {
        match self {
            MeasureState::NotInPlace => "not_in_place",
            MeasureState::Partly => "partly",
            MeasureState::InPlace => "in_place",
        }
    }

    pub fn from_option_id(option_id: &str) -> Option<MeasureState> {
        MeasureState::ALL
            .into_iter()
            .find(|state| state.option_id() == option_id)
    }

    /// The words for the state.
    pub fn label(self) -> &'static str {
        match self {
            MeasureState::NotInPlace => "not in place",
            MeasureState::Partly => "partly in place",
            MeasureState::InPlace => "in place",
        }
    }
}

/// One harm question: its ID and the library risks a serious or severe answer suggests.
#[derive(Debug, PartialEq, Eq)]
pub struct HarmQuestion {
    pub id: &'static str,
    pub suggests_risks: &'static [&'static str],
}

/// A titled group of harm questions, which can be marked as not applicable with a reason.
#[derive(Debug, PartialEq, Eq)]
pub struct HarmSection {
    pub id: &'static str,
    pub part: ImpactPart,
    pub questions: &'static [HarmQuestion],
}

/// One measure question: its ID and the harm questions the measure addresses.
#[derive(Debug, PartialEq, Eq)]
pub struct Measure {
    pub id: &'static str,
    /// Harm question IDs; empty for a general measure that lowers no harm by itself.
    pub addresses: &'static [&'static str],
}

/// A titled group of measures.
#[derive(Debug, PartialEq, Eq)]
pub struct MeasureGroup {
    pub id: &'static str,
    pub measures: &'static [Measure],
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

/// Every harm question with its section, in questionnaire order.
pub fn all_harms() -> impl Iterator<Item = (&'static HarmSection, &'static HarmQuestion)> {
    HARM_SECTIONS.iter().flat_map(|section| {
        section
            .questions
            .iter()
            .map(move |question| (section, question))
    })
}

/// Every measure, in questionnaire order.
pub fn all_measures() -> impl Iterator<Item = &'static Measure> {
    MEASURE_GROUPS
        .iter()
        .flat_map(|group| group.measures.iter())
}

/// The harm question with the given ID, with its section.
pub fn harm(question_id: &str) -> Option<(&'static HarmSection, &'static HarmQuestion)> {
    all_harms().find(|(_, question)| question.id == question_id)
}

/// The measure with the given ID.
pub fn measure(measure_id: &str) -> Option<&'static Measure> {
    all_measures().find(|measure| measure.id == measure_id)
}

/// The harm section with the given ID.
pub fn section(section_id: &str) -> Option<&'static HarmSection> {
    HARM_SECTIONS
        .iter()
        .find(|section| section.id == section_id)
}

/// The measures that address a harm, in questionnaire order.
pub fn measures_for(harm_id: &str) -> Vec<&'static Measure> {
    all_measures()
        .filter(|measure| measure.addresses.contains(&harm_id))
        .collect()
}

/// Whether `option_id` is an answer to the question `question_id` (harm or measure).
pub fn is_option_of(question_id: &str, option_id: &str) -> Option<bool> {
    if harm(question_id).is_some() {
        Some(Severity::from_option_id(option_id).is_some())
    } else if measure(question_id).is_some() {
        Some(MeasureState::from_option_id(option_id).is_some())
    } else {
        None
    }
}

/// The library risk with the given ID.
pub fn library_risk(risk_id: &str) -> Option<&'static LibraryRisk> {
    RISK_LIBRARY.iter().find(|risk| risk.id == risk_id)
}
