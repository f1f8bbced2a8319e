//! Rating an AI system impact assessment (method version 2): each harm on its own, the
//! system by its worst harm, before and after the measures that address each harm.
//!
//! The method is documented for users in docs/impact-method.md and shown in the app. A
//! reviewer can recompute every figure by hand:
//!
//! 1. A harm question answered above "no harm" is a *harm*. Its severity gives a starting
//!    rating: minor 1, serious 2, severe 3.
//! 2. The rating goes up by one when the harm is hard or impossible to undo, or when the
//!    system reaches more than 10,000 people a year (once, even if both hold).
//! 3. It goes down by one when the harm is unlikely as the system is used today.
//! 4. The result, kept between 1 and 4, is the harm's level *before measures*.
//! 5. *After measures*, a harm is one level lower (never below 1) when every measure that
//!    addresses it is answered "in place". A measure only ever lowers the harms it addresses.
//! 6. The system's level is its worst harm's level, before and after measures; with no harm it
//!    is 1. Sections marked as not applicable are not asked and so can never lower it.
//! 7. A use in an area the EU AI Act's Annex III lists makes both levels at least 3.
//! 8. Until a question the result depends on is answered, the more serious answer is assumed
//!    (a harm counts as hard to undo, likely enough, and reaching many people; a measure as not
//!    in place), the result is provisional and the open questions are listed.
//!
//! Whole numbers only; every rule has a table test in tests/native/impact.rs.

use crate::domain::impact_catalog::{
    all_harms, library_risk, measures_for, HarmQuestion, HarmSection, LibraryRisk, Measure,
    MeasureState, Severity, HARM_SECTIONS,
};
use crate::domain::impact_record::{
    AnnexIiiArea, ImpactRecord, Likelihood, PeopleReached, Reversibility,
};
use crate::domain::system::AiSystem;

/// The level a use in an Annex III area guarantees at least.
pub const ANNEX_III_FLOOR: u8 = 3;

/// From how many people a year the reach of a harm raises its rating.
pub const MANY_PEOPLE: PeopleReached = PeopleReached::MoreThan10000;

/// An impact level from 1 to 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ImpactLevel(u8);

impl ImpactLevel {
    /// The level with the given number, clamped to 1-4.
    pub fn new(number: u8) -> ImpactLevel {
        ImpactLevel(number.clamp(1, 4))
    }

    pub fn number(self) -> u8 {
        self.0
    }

    /// The word for the level.
    pub fn name(self) -> &'static str {
        match self.0 {
            1 => "little",
            2 => "moderate",
            3 => "high",
            _ => "very high",
        }
    }

    /// "Level 3 (high)".
    pub fn label(self) -> String {
        format!("Level {} ({})", self.0, self.name())
    }
}

/// A harm's rating before measures, from its severity and follow-ups, as the rule table says.
/// `hard_to_undo` and `many_people` raise it by one together; `unlikely` lowers it by one.
pub fn rate(severity: Severity, hard_to_undo: bool, many_people: bool, unlikely: bool) -> u8 {
    let raised = severity.base() + u8::from(hard_to_undo || many_people);
    raised.saturating_sub(u8::from(unlikely)).clamp(1, 4)
}

/// One measure that addresses a harm, with its answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MeasureCheck {
    pub measure: &'static Measure,
    /// `None` while unanswered.
    pub state: Option<MeasureState>,
}

/// One harm of the assessment, rated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HarmRating {
    pub section: &'static HarmSection,
    pub question: &'static HarmQuestion,
    /// Minor, serious or severe.
    pub severity: Severity,
    pub likelihood: Option<Likelihood>,
    pub reversibility: Option<Reversibility>,
    /// Whether the harm counts as hard to undo (answered so, or not answered yet).
    pub hard_to_undo: bool,
    /// Whether the system counts as reaching many people (answered so, or not answered yet).
    pub many_people: bool,
    /// Whether the reach is assumed because it is not answered yet.
    pub reach_assumed: bool,
    /// Whether the harm is answered as unlikely.
    pub unlikely: bool,
    pub before: ImpactLevel,
    /// The measures that address this harm, in questionnaire order.
    pub measures: Vec<MeasureCheck>,
    /// Whether every measure that addresses it is in place, which lowers it by one.
    pub reduced: bool,
    pub after: ImpactLevel,
}

/// Something the result still waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenPoint {
    /// Whether the system is used in an Annex III area.
    AnnexIii,
    /// How many people the system reaches.
    PeopleReached,
    /// A harm question of an applicable section.
    Harm(&'static str),
    /// How likely a harm is.
    Likelihood(&'static str),
    /// Whether a harm could be undone.
    Reversibility(&'static str),
    /// A measure that addresses a harm.
    Measure(&'static str),
    /// A section marked as not applicable without a reason.
    Reason(&'static str),
}

/// A library risk that serious answers suggest adding to the risk register.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SuggestedRisk {
    pub risk_id: &'static str,
    /// The harm questions whose serious or severe answers suggest it.
    pub questions: Vec<&'static str>,
}

/// The rated result of one impact assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImpactResult {
    /// Every harm (answered above "no harm" in an applicable section), in questionnaire order.
    pub harms: Vec<HarmRating>,
    /// The system's level before measures; `None` until something is answered.
    pub before: Option<ImpactLevel>,
    /// The system's level after measures, which is its impact level; `None` until something
    /// is answered.
    pub level: Option<ImpactLevel>,
    /// The Annex III area, when the system is used in one.
    pub annex_iii: Option<AnnexIiiArea>,
    /// Whether the Annex III floor raised the level before measures, and after.
    pub raised_by_annex_iii: (bool, bool),
    /// Harm sections marked as not applicable.
    pub not_applicable: Vec<&'static HarmSection>,
    /// Harm questions asked (in applicable sections), and how many are answered.
    pub asked: usize,
    pub answered: usize,
    /// What the result still waits for, in questionnaire order.
    pub open: Vec<OpenPoint>,
    /// Library risks suggested by serious or severe answers, each once, in the order their
    /// first question comes.
    pub suggested_risks: Vec<SuggestedRisk>,
}

impl ImpactResult {
    /// Whether the result may still change because questions are open.
    pub fn is_provisional(&self) -> bool {
        !self.open.is_empty()
    }

    /// "Level 3 (high)", with "provisional" while questions are open, or "Not assessed yet".
    pub fn summary(&self) -> String {
        match self.level {
            None => "Not assessed yet".to_owned(),
            Some(level) if self.is_provisional() => format!("{}, provisional", level.label()),
            Some(level) => level.label(),
        }
    }

    /// The harms at the system's level after measures: the reason for the level.
    pub fn worst_harms(&self) -> Vec<&HarmRating> {
        match self.level {
            Some(level) => self.harms.iter().filter(|h| h.after == level).collect(),
            None => Vec::new(),
        }
    }
}

fn suggest(list: &mut Vec<SuggestedRisk>, risk_id: &'static str, question_id: &'static str) {
    match list.iter_mut().find(|entry| entry.risk_id == risk_id) {
        Some(entry) => {
            if !entry.questions.contains(&question_id) {
                entry.questions.push(question_id);
            }
        }
        None => list.push(SuggestedRisk {
            risk_id,
            questions: vec![question_id],
        }),
    }
}

/// Rates an impact assessment.
pub fn score(record: &ImpactRecord) -> ImpactResult {
    let mut open = Vec::new();
    if record.annex_iii.is_none() {
        open.push(OpenPoint::AnnexIii);
    }
    if record.people_reached.is_none() {
        open.push(OpenPoint::PeopleReached);
    }
    let many_people = record
        .people_reached
        .is_none_or(|people| people == MANY_PEOPLE);
    let mut not_applicable = Vec::new();
    for section in HARM_SECTIONS {
        if let Some(reason) = record.not_applicable.get(section.id) {
            not_applicable.push(section);
            if reason.trim().is_empty() {
                open.push(OpenPoint::Reason(section.id));
            }
        }
    }
    let mut harms = Vec::new();
    let mut asked = 0;
    let mut answered = 0;
    let mut suggested_risks = Vec::new();
    let mut open_measures: Vec<&'static str> = Vec::new();
    for (section, question) in all_harms() {
        if record.not_applicable.contains_key(section.id) {
            continue;
        }
        asked += 1;
        let severity = record
            .answers
            .get(question.id)
            .and_then(|option| Severity::from_option_id(option));
        let Some(severity) = severity else {
            open.push(OpenPoint::Harm(question.id));
            continue;
        };
        answered += 1;
        if severity == Severity::None {
            continue;
        }
        let follow_up = record
            .follow_ups
            .get(question.id)
            .copied()
            .unwrap_or_default();
        if follow_up.likelihood.is_none() {
            open.push(OpenPoint::Likelihood(question.id));
        }
        if follow_up.reversibility.is_none() {
            open.push(OpenPoint::Reversibility(question.id));
        }
        let hard_to_undo = follow_up
            .reversibility
            .is_none_or(|value| value == Reversibility::Hard);
        let unlikely = follow_up.likelihood == Some(Likelihood::Unlikely);
        let before = ImpactLevel::new(rate(severity, hard_to_undo, many_people, unlikely));
        let measures: Vec<MeasureCheck> = measures_for(question.id)
            .into_iter()
            .map(|measure| MeasureCheck {
                measure,
                state: record
                    .answers
                    .get(measure.id)
                    .and_then(|option| MeasureState::from_option_id(option)),
            })
            .collect();
        for check in &measures {
            if check.state.is_none() && !open_measures.contains(&check.measure.id) {
                open_measures.push(check.measure.id);
            }
        }
        let reduced = !measures.is_empty()
            && measures
                .iter()
                .all(|check| check.state == Some(MeasureState::InPlace));
        let after = if reduced {
            ImpactLevel::new(before.number() - 1)
        } else {
            before
        };
        if severity >= Severity::Serious {
            for risk_id in question.suggests_risks {
                suggest(&mut suggested_risks, risk_id, question.id);
            }
        }
        harms.push(HarmRating {
            section,
            question,
            severity,
            likelihood: follow_up.likelihood,
            reversibility: follow_up.reversibility,
            hard_to_undo,
            many_people,
            reach_assumed: record.people_reached.is_none(),
            unlikely,
            before,
            measures,
            reduced,
            after,
        });
    }
    // Measures come after the harms, as in the questionnaire.
    open.extend(open_measures.into_iter().map(OpenPoint::Measure));
    let annex_iii = record.annex_iii.filter(|area| area.is_listed());
    let started = answered > 0 || annex_iii.is_some();
    let floor = ImpactLevel::new(if annex_iii.is_some() {
        ANNEX_III_FLOOR
    } else {
        1
    });
    let worst = |level: fn(&HarmRating) -> ImpactLevel| {
        harms.iter().map(level).max().unwrap_or(ImpactLevel::new(1))
    };
    let (before_harms, after_harms) = (worst(|h| h.before), worst(|h| h.after));
    let before = started.then(|| before_harms.max(floor));
    let level = started.then(|| after_harms.max(floor));
    ImpactResult {
        harms,
        before,
        level,
        annex_iii,
        raised_by_annex_iii: (
            started && floor > before_harms,
            started && floor > after_harms,
        ),
        not_applicable,
        asked,
        answered,
        open,
        suggested_risks,
    }
}

/// Whether a library risk fits a system, by what the system does: a risk limited to some
/// kinds of system fits a system of one of those kinds. While the system's kinds are not
/// recorded, every risk fits.
pub fn risk_fits(system: &AiSystem, risk: &LibraryRisk) -> bool {
    system.capabilities.is_empty()
        || system
            .capabilities
            .iter()
            .any(|capability| risk.fits_kind(capability.slug()))
}

/// The risks the system's impact assessment suggests, limited to those that fit the kind of
/// system (`risk_fits`). A harm whose risks all fit other kinds of system keeps them all, so a
/// serious harm never goes without a suggestion.
pub fn suggestions_for(system: &AiSystem, result: &ImpactResult) -> Vec<SuggestedRisk> {
    let fits = |risk_id: &str| library_risk(risk_id).is_some_and(|risk| risk_fits(system, risk));
    let mut kept = Vec::new();
    for harm in &result.harms {
        if harm.severity < Severity::Serious {
            continue;
        }
        let risks = harm.question.suggests_risks;
        let any_fits = risks.iter().any(|risk_id| fits(risk_id));
        for risk_id in risks {
            if !any_fits || fits(risk_id) {
                suggest(&mut kept, risk_id, harm.question.id);
            }
        }
    }
    kept
}
