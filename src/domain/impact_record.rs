//! What one AI system impact assessment records: the answers to the harm and measure
//! questions, how likely and how reversible each harm is, the sections marked as not
//! applicable with their reasons, the context of use (an EU AI Act Annex III area, how many
//! people, legal effects, vulnerable groups, jurisdictions, intended benefits) and the
//! sign-off (assessor, date, approval).
//!
//! A system keeps every version of its assessment (`AiSystem::impact_history`); this is one
//! version.

use crate::domain::date::IsoDate;
use std::collections::{BTreeMap, BTreeSet};

/// How likely a harm is, as the system is used today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Likelihood {
    Unlikely,
    Possible,
    Likely,
}

impl Likelihood {
    pub const ALL: [Likelihood; 3] = [
        Likelihood::Unlikely,
        Likelihood::Possible,
        Likelihood::Likely,
    ];

    /// The name used in files and as the option ID.
    pub fn slug(self) -> &'static str {
        match self {
            Likelihood::Unlikely => "unlikely",
            Likelihood::Possible => "possible",
            Likelihood::Likely => "likely",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Likelihood> {
        Likelihood::ALL
            .into_iter()
            .find(|value| value.slug() == slug)
    }

    /// The short word shown in explanations.
    pub fn label(self) -> &'static str {
        match self {
            Likelihood::Unlikely => "unlikely",
            Likelihood::Possible => "possible",
            Likelihood::Likely => "likely",
        }
    }
}

/// Whether a harm, once it happened, could be undone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reversibility {
    /// A quick correction puts it right.
    Easy,
    /// It takes time, money or a formal process.
    Effort,
    /// Hardly or not at all.
    Hard,
}

impl Reversibility {
    pub const ALL: [Reversibility; 3] = [
        Reversibility::Easy,
        Reversibility::Effort,
        Reversibility::Hard,
    ];

    /// The name used in files and as the option ID.
    pub fn slug(self) -> &'static str {
        match self {
            Reversibility::Easy => "easy",
            Reversibility::Effort => "effort",
            Reversibility::Hard => "hard",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Reversibility> {
        Reversibility::ALL
            .into_iter()
            .find(|value| value.slug() == slug)
    }

    /// The short words shown in explanations.
    pub fn label(self) -> &'static str {
        match self {
            Reversibility::Easy => "easily undone",
            Reversibility::Effort => "undone with effort",
            Reversibility::Hard => "hard or impossible to undo",
        }
    }
}

/// Roughly how many people the system's outputs reach in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeopleReached {
    FewerThan100,
    UpTo10000,
    MoreThan10000,
}

impl PeopleReached {
    pub const ALL: [PeopleReached; 3] = [
        PeopleReached::FewerThan100,
        PeopleReached::UpTo10000,
        PeopleReached::MoreThan10000,
    ];

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            PeopleReached::FewerThan100 => "fewer-than-100",
            PeopleReached::UpTo10000 => "100-to-10000",
            PeopleReached::MoreThan10000 => "more-than-10000",
        }
    }

    pub fn from_slug(slug: &str) -> Option<PeopleReached> {
        PeopleReached::ALL
            .into_iter()
            .find(|value| value.slug() == slug)
    }

    pub fn label(self) -> &'static str {
        match self {
            PeopleReached::FewerThan100 => "Fewer than 100 people a year",
            PeopleReached::UpTo10000 => "100 to 10,000 people a year",
            PeopleReached::MoreThan10000 => "More than 10,000 people a year",
        }
    }
}

/// Where the facts about the EU AI Act's Annex III come from, and when they were last checked.
pub const ANNEX_III_SOURCE: &str = "Regulation (EU) 2024/1689 (the EU AI Act), Annex III, \
    points 1 to 8; last checked 2026-12-06.";

/// The area of use, as the EU AI Act's Annex III lists areas of high-risk use, or none of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnnexIiiArea {
    /// The system is used in none of the listed areas.
    NotListed,
    Biometrics,
    CriticalInfrastructure,
    Education,
    Employment,
    EssentialServices,
    LawEnforcement,
    Migration,
    JusticeAndDemocracy,
}

impl AnnexIiiArea {
    pub const ALL: [AnnexIiiArea; 9] = [
        AnnexIiiArea::NotListed,
        AnnexIiiArea::Biometrics,
        AnnexIiiArea::CriticalInfrastructure,
        AnnexIiiArea::Education,
        AnnexIiiArea::Employment,
        AnnexIiiArea::EssentialServices,
        AnnexIiiArea::LawEnforcement,
        AnnexIiiArea::Migration,
        AnnexIiiArea::JusticeAndDemocracy,
    ];

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            AnnexIiiArea::NotListed => "not-listed",
            AnnexIiiArea::Biometrics => "biometrics",
            AnnexIiiArea::CriticalInfrastructure => "critical-infrastructure",
            AnnexIiiArea::Education => "education",
            AnnexIiiArea::Employment => "employment",
            AnnexIiiArea::EssentialServices => "essential-services",
            AnnexIiiArea::LawEnforcement => "law-enforcement",
            AnnexIiiArea::Migration => "migration",
            AnnexIiiArea::JusticeAndDemocracy => "justice-and-democracy",
        }
    }

    pub fn from_slug(slug: &str) -> Option<AnnexIiiArea> {
        AnnexIiiArea::ALL
            .into_iter()
            .find(|value| value.slug() == slug)
    }

    /// The area in a few words, with its point in Annex III.
    pub fn label(self) -> &'static str {
        match self {
            AnnexIiiArea::NotListed => "None of these areas",
            AnnexIiiArea::Biometrics => "Biometrics, such as remote identification or emotion recognition (point 1)",
            AnnexIiiArea::CriticalInfrastructure => "Safety parts of critical infrastructure, such as traffic, water, gas, heating or electricity (point 2)",
            AnnexIiiArea::Education => "Education and vocational training: admission, assessment, monitoring of tests (point 3)",
            AnnexIiiArea::Employment => "Employment and managing workers: recruitment, selection, promotion, dismissal, allocating tasks, monitoring (point 4)",
            AnnexIiiArea::EssentialServices => "Essential private and public services: public benefits, creditworthiness, life and health insurance pricing, emergency calls and triage (point 5)",
            AnnexIiiArea::LawEnforcement => "Law enforcement (point 6)",
            AnnexIiiArea::Migration => "Migration, asylum and border control (point 7)",
            AnnexIiiArea::JusticeAndDemocracy => "Administration of justice and democratic processes, such as elections (point 8)",
        }
    }

    /// The area's short name for flags and tables.
    pub fn short_name(self) -> &'static str {
        match self {
            AnnexIiiArea::NotListed => "none",
            AnnexIiiArea::Biometrics => "biometrics",
            AnnexIiiArea::CriticalInfrastructure => "critical infrastructure",
            AnnexIiiArea::Education => "education",
            AnnexIiiArea::Employment => "employment",
            AnnexIiiArea::EssentialServices => "essential services and credit",
            AnnexIiiArea::LawEnforcement => "law enforcement",
            AnnexIiiArea::Migration => "migration",
            AnnexIiiArea::JusticeAndDemocracy => "justice and democratic processes",
        }
    }

    /// Whether the area is one of those Annex III lists.
    pub fn is_listed(self) -> bool {
        self != AnnexIiiArea::NotListed
    }
}

/// How likely and how reversible one harm is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HarmFollowUp {
    pub likelihood: Option<Likelihood>,
    pub reversibility: Option<Reversibility>,
}

impl HarmFollowUp {
    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self.likelihood.is_none() && self.reversibility.is_none()
    }
}

/// One version of a system's impact assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImpactRecord {
    /// 1 for the first assessment, one more for each reassessment.
    pub version: u32,
    /// The chosen option ID by harm or measure question ID. Unanswered questions have no entry.
    pub answers: BTreeMap<String, String>,
    /// Likelihood and reversibility by harm question ID.
    pub follow_ups: BTreeMap<String, HarmFollowUp>,
    /// Harm sections marked as not applicable, with the reason why, by section ID.
    pub not_applicable: BTreeMap<String, String>,
    /// The Annex III area the system is used in, or `NotListed`; `None` while unanswered.
    pub annex_iii: Option<AnnexIiiArea>,
    pub people_reached: Option<PeopleReached>,
    /// Legal or similarly significant effects on people, and fundamental rights touched.
    pub legal_effects: String,
    /// Vulnerable groups the system affects.
    pub vulnerable_groups: String,
    /// Where (countries, regions) the system is used.
    pub jurisdictions: String,
    /// What the system is meant to achieve, and for whom.
    pub benefits: String,
    /// Who carried out the assessment.
    pub assessor: String,
    /// When it was carried out.
    pub date: Option<IsoDate>,
    /// Who approved it; an assessment is approved with a name and a date.
    pub approved_by: String,
    pub approved_on: Option<IsoDate>,
    /// Free notes, such as who was consulted.
    pub notes: String,
}

impl Default for ImpactRecord {
    fn default() -> ImpactRecord {
        ImpactRecord {
            version: 1,
            answers: BTreeMap::new(),
            follow_ups: BTreeMap::new(),
            not_applicable: BTreeMap::new(),
            annex_iii: None,
            people_reached: None,
            legal_effects: String::new(),
            vulnerable_groups: String::new(),
            jurisdictions: String::new(),
            benefits: String::new(),
            assessor: String::new(),
            date: None,
            approved_by: String::new(),
            approved_on: None,
            notes: String::new(),
        }
    }
}

impl ImpactRecord {
    /// Whether the version is approved: a name and a date of approval are recorded.
    pub fn is_approved(&self) -> bool {
        !self.approved_by.trim().is_empty() && self.approved_on.is_some()
    }

    /// "Approved" or "Draft".
    pub fn status_label(&self) -> &'static str {
        if self.is_approved() {
            "Approved"
        } else {
            "Draft"
        }
    }

    /// Whether nothing at all is recorded in this version.
    pub fn is_blank(&self) -> bool {
        let version = self.version;
        *self
            == ImpactRecord {
                version,
                ..ImpactRecord::default()
            }
    }

    /// The free texts of the record, for the length limits and anonymising.
    pub fn texts(&self) -> Vec<&str> {
        let mut texts = vec![
            self.legal_effects.as_str(),
            self.vulnerable_groups.as_str(),
            self.jurisdictions.as_str(),
            self.benefits.as_str(),
            self.assessor.as_str(),
            self.approved_by.as_str(),
            self.notes.as_str(),
        ];
        texts.extend(self.not_applicable.values().map(String::as_str));
        texts
    }
}

/// One answer that differs between two versions of an impact assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnswerDifference {
    pub question_id: String,
    /// The option ID in the earlier version, `None` when unanswered.
    pub earlier: Option<String>,
    /// The option ID in the later version, `None` when unanswered.
    pub later: Option<String>,
}

/// The answers that differ between two versions, in question ID order.
pub fn answer_differences(earlier: &ImpactRecord, later: &ImpactRecord) -> Vec<AnswerDifference> {
    // A set gives the questions of both versions once each, in order, without a sort of our
    // own (each sort adds a copy of the standard library's stable sort to the Wasm module).
    let mut ids = BTreeSet::new();
    for id in earlier.answers.keys().chain(later.answers.keys()) {
        ids.insert(id);
    }
    ids.into_iter()
        .filter_map(|id| {
            let (before, after) = (earlier.answers.get(id), later.answers.get(id));
            (before != after).then(|| AnswerDifference {
                question_id: id.clone(),
                earlier: before.cloned(),
                later: after.cloned(),
            })
        })
        .collect()
}
