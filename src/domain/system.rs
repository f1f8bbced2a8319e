//! The inventory of AI systems: what each system is for, the organisation's role towards it,
//! its life-cycle stage, the people and data it touches, how automated it is, what it is built
//! from, and its impact assessment.
//!
//! Systems keep a stable ID ("S1", "S2", ...) that never changes and is never reused within an
//! assessment, so risks and reports can refer to a system even after it was renamed.

use crate::domain::date::IsoDate;
use crate::domain::eu_ai_act_record::EuAiActRecord;
use crate::domain::impact_catalog;
use crate::domain::limits::{self, Bounded, GrowingList, LimitError};
use crate::domain::role::AiRole;
use std::collections::BTreeSet;

/// The stage of its life cycle an AI system is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LifeCycleStage {
    Idea,
    Design,
    Development,
    VerificationAndValidation,
    Deployment,
    OperationAndMonitoring,
    Retirement,
}

impl LifeCycleStage {
    pub const ALL: [LifeCycleStage; 7] = [
        LifeCycleStage::Idea,
        LifeCycleStage::Design,
        LifeCycleStage::Development,
        LifeCycleStage::VerificationAndValidation,
        LifeCycleStage::Deployment,
        LifeCycleStage::OperationAndMonitoring,
        LifeCycleStage::Retirement,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LifeCycleStage::Idea => "Idea",
            LifeCycleStage::Design => "Design",
            LifeCycleStage::Development => "Development",
            LifeCycleStage::VerificationAndValidation => "Verification and validation",
            LifeCycleStage::Deployment => "Deployment",
            LifeCycleStage::OperationAndMonitoring => "Operation and monitoring",
            LifeCycleStage::Retirement => "Retirement",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            LifeCycleStage::Idea => "idea",
            LifeCycleStage::Design => "design",
            LifeCycleStage::Development => "development",
            LifeCycleStage::VerificationAndValidation => "verification-and-validation",
            LifeCycleStage::Deployment => "deployment",
            LifeCycleStage::OperationAndMonitoring => "operation-and-monitoring",
            LifeCycleStage::Retirement => "retirement",
        }
    }
}

/// How far people are involved in what the system does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Automation {
    /// The system only informs; a person makes every decision.
    HumanDecides,
    /// A person approves each output before it takes effect.
    HumanInTheLoop,
    /// The system acts on its own while a person watches and can step in.
    HumanOnTheLoop,
    /// The system acts on its own with no person involved.
    FullyAutomated,
}

impl Automation {
    pub const ALL: [Automation; 4] = [
        Automation::HumanDecides,
        Automation::HumanInTheLoop,
        Automation::HumanOnTheLoop,
        Automation::FullyAutomated,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Automation::HumanDecides => "Human decides",
            Automation::HumanInTheLoop => "Human in the loop",
            Automation::HumanOnTheLoop => "Human on the loop",
            Automation::FullyAutomated => "Fully automated",
        }
    }

    /// A short explanation for choosing.
    pub fn description(self) -> &'static str {
        match self {
            Automation::HumanDecides => "the system only informs; a person makes every decision",
            Automation::HumanInTheLoop => "a person approves each output before it takes effect",
            Automation::HumanOnTheLoop => {
                "the system acts on its own; a person watches and can step in"
            }
            Automation::FullyAutomated => "the system acts on its own with nobody involved",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            Automation::HumanDecides => "human-decides",
            Automation::HumanInTheLoop => "human-in-the-loop",
            Automation::HumanOnTheLoop => "human-on-the-loop",
            Automation::FullyAutomated => "fully-automated",
        }
    }
}

/// Kinds of sensitive data a system uses. A set of them lists them in this order (the derived
/// `Ord`), which is also the order of `ALL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DataKind {
    /// Anything that identifies a person or can be linked to one.
    Personal,
    /// Health, ethnicity, religion, sexual orientation, biometrics and the like.
    SpecialCategories,
    /// Data about people under 18.
    Children,
}

impl DataKind {
    pub const ALL: [DataKind; 3] = [
        DataKind::Personal,
        DataKind::SpecialCategories,
        DataKind::Children,
    ];

    pub fn label(self) -> &'static str {
        match self {
            DataKind::Personal => "Personal data",
            DataKind::SpecialCategories => "Special categories of personal data",
            DataKind::Children => "Children's data",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            DataKind::Personal => "personal",
            DataKind::SpecialCategories => "special-categories",
            DataKind::Children => "children",
        }
    }
}

/// What a system does with its inputs, which decides the typical risks that fit it. A set of
/// them lists them in this order (the derived `Ord`), which is also the order of `ALL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Capability {
    /// Puts people or things into classes, or gives them a score.
    ClassifiesOrScores,
    /// Ranks or recommends people, items or actions.
    RanksOrRecommends,
    /// Generates text, images, audio, video or code.
    Generates,
    /// Perceives the world: recognises images, speech or other signals.
    Perceives,
    /// Controls something physical, such as a machine, vehicle or building system.
    ControlsPhysical,
}

impl Capability {
    pub const ALL: [Capability; 5] = [
        Capability::ClassifiesOrScores,
        Capability::RanksOrRecommends,
        Capability::Generates,
        Capability::Perceives,
        Capability::ControlsPhysical,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Capability::ClassifiesOrScores => "Classifies or scores",
            Capability::RanksOrRecommends => "Ranks or recommends",
            Capability::Generates => "Generates text or media",
            Capability::Perceives => "Perceives (images, speech, signals)",
            Capability::ControlsPhysical => "Controls something physical",
        }
    }

    /// The name used in files and in the risk library's `fits` lists.
    pub fn slug(self) -> &'static str {
        match self {
            Capability::ClassifiesOrScores => "classifies-or-scores",
            Capability::RanksOrRecommends => "ranks-or-recommends",
            Capability::Generates => "generates",
            Capability::Perceives => "perceives",
            Capability::ControlsPhysical => "controls-physical",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Capability> {
        Capability::ALL
            .into_iter()
            .find(|capability| capability.slug() == slug)
    }
}

pub use crate::domain::impact_record::ImpactRecord;

/// One AI system the organisation develops, provides or uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AiSystem {
    /// Stable ID such as "S3".
    pub id: String,
    pub name: String,
    /// What the system is for and how it is meant to be used.
    pub purpose: String,
    /// The organisation's roles towards this system.
    pub roles: BTreeSet<AiRole>,
    pub stage: Option<LifeCycleStage>,
    /// Who uses the system.
    pub users: String,
    /// Who is affected by its outputs.
    pub affected: String,
    /// Sensitive kinds of data it uses.
    pub data: BTreeSet<DataKind>,
    /// Any other data it uses, in the user's words.
    pub data_notes: String,
    pub automation: Option<Automation>,
    /// Where and how it runs (internal tool, customer-facing service, device, ...).
    pub context: String,
    /// Models, APIs and datasets from others, one per line by convention.
    pub third_party: String,
    pub owner: String,
    /// What the system does, for fitting suggested risks; empty while not recorded.
    pub capabilities: BTreeSet<Capability>,
    /// A significant change that is planned, in the user's words; it calls for reassessment.
    pub planned_change: String,
    /// When the record above last changed (set by the app on every edit of it), so a change
    /// after the impact assessment was approved can call for reassessment.
    pub changed_on: Option<IsoDate>,
    /// The current version of the impact assessment.
    pub impact: ImpactRecord,
    /// Earlier versions of the impact assessment, oldest first; they are kept as they were.
    pub impact_history: Vec<ImpactRecord>,
    /// The system's classification under the EU AI Act and the progress of its obligations.
    pub eu_ai_act: EuAiActRecord,
}

/// One of the free-text fields of a system record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SystemText {
    Name,
    Purpose,
    Users,
    Affected,
    DataNotes,
    Context,
    ThirdParty,
    Owner,
    PlannedChange,
    Assessor,
    ImpactNotes,
    LegalEffects,
    VulnerableGroups,
    Jurisdictions,
    Benefits,
    ApprovedBy,
}

impl SystemText {
    /// Every text field, in form order.
    pub const ALL: [SystemText; 16] = [
        SystemText::Name,
        SystemText::Purpose,
        SystemText::Users,
        SystemText::Affected,
        SystemText::DataNotes,
        SystemText::Context,
        SystemText::ThirdParty,
        SystemText::Owner,
        SystemText::PlannedChange,
        SystemText::Assessor,
        SystemText::ImpactNotes,
        SystemText::LegalEffects,
        SystemText::VulnerableGroups,
        SystemText::Jurisdictions,
        SystemText::Benefits,
        SystemText::ApprovedBy,
    ];

    /// Whether changing the field changes what the system is or does, so that an approved
    /// impact assessment may no longer describe it: its purpose, users, the people affected,
    /// its data, context and third-party parts. A new name or owner does not, and the planned
    /// change and the impact assessment's own fields have their own rules.
    pub fn changes_the_system(self) -> bool {
        matches!(
            self,
            SystemText::Purpose
                | SystemText::Users
                | SystemText::Affected
                | SystemText::DataNotes
                | SystemText::Context
                | SystemText::ThirdParty
        )
    }

    /// A short name for element IDs.
    pub fn slug(self) -> &'static str {
        match self {
            SystemText::Name => "name",
            SystemText::Purpose => "purpose",
            SystemText::Users => "users",
            SystemText::Affected => "affected",
            SystemText::DataNotes => "data-notes",
            SystemText::Context => "context",
            SystemText::ThirdParty => "third-party",
            SystemText::Owner => "owner",
            SystemText::PlannedChange => "planned-change",
            SystemText::Assessor => "assessor",
            SystemText::ImpactNotes => "impact-notes",
            SystemText::LegalEffects => "legal-effects",
            SystemText::VulnerableGroups => "vulnerable-groups",
            SystemText::Jurisdictions => "jurisdictions",
            SystemText::Benefits => "benefits",
            SystemText::ApprovedBy => "approved-by",
        }
    }
}

impl AiSystem {
    /// The field's text.
    pub fn text(&self, field: SystemText) -> &str {
        match field {
            SystemText::Name => &self.name,
            SystemText::Purpose => &self.purpose,
            SystemText::Users => &self.users,
            SystemText::Affected => &self.affected,
            SystemText::DataNotes => &self.data_notes,
            SystemText::Context => &self.context,
            SystemText::ThirdParty => &self.third_party,
            SystemText::Owner => &self.owner,
            SystemText::PlannedChange => &self.planned_change,
            SystemText::Assessor => &self.impact.assessor,
            SystemText::ImpactNotes => &self.impact.notes,
            SystemText::LegalEffects => &self.impact.legal_effects,
            SystemText::VulnerableGroups => &self.impact.vulnerable_groups,
            SystemText::Jurisdictions => &self.impact.jurisdictions,
            SystemText::Benefits => &self.impact.benefits,
            SystemText::ApprovedBy => &self.impact.approved_by,
        }
    }

    /// Replaces the field's text, unless the new text is over the limit
    /// (`limits::check_text_change`).
    pub fn set_text(&mut self, field: SystemText, value: String) -> Result<(), LimitError> {
        limits::check_text_change(self.text(field), &value)?;
        let target = match field {
            SystemText::Name => &mut self.name,
            SystemText::Purpose => &mut self.purpose,
            SystemText::Users => &mut self.users,
            SystemText::Affected => &mut self.affected,
            SystemText::DataNotes => &mut self.data_notes,
            SystemText::Context => &mut self.context,
            SystemText::ThirdParty => &mut self.third_party,
            SystemText::Owner => &mut self.owner,
            SystemText::PlannedChange => &mut self.planned_change,
            SystemText::Assessor => &mut self.impact.assessor,
            SystemText::ImpactNotes => &mut self.impact.notes,
            SystemText::LegalEffects => &mut self.impact.legal_effects,
            SystemText::VulnerableGroups => &mut self.impact.vulnerable_groups,
            SystemText::Jurisdictions => &mut self.impact.jurisdictions,
            SystemText::Benefits => &mut self.impact.benefits,
            SystemText::ApprovedBy => &mut self.impact.approved_by,
        };
        *target = value;
        Ok(())
    }

    /// The name to show, which is never empty.
    pub fn display_name(&self) -> String {
        if self.name.trim().is_empty() {
            format!("Unnamed system {}", self.id)
        } else {
            self.name.clone()
        }
    }
}

/// An edit of the inventory that cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SystemError {
    #[error("there is no AI system {0}")]
    UnknownSystem(String),
    #[error("the questionnaire has no question {0}")]
    UnknownQuestion(String),
    #[error("question {question} has no answer {option}")]
    UnknownOption { question: String, option: String },
    #[error(transparent)]
    Limit(#[from] LimitError),
}

impl Bounded for AiSystem {
    fn texts(&self) -> Vec<&str> {
        let mut texts = vec![self.id.as_str()];
        texts.extend(SystemText::ALL.iter().map(|field| self.text(*field)));
        texts.extend(self.impact.not_applicable.values().map(String::as_str));
        for version in &self.impact_history {
            texts.extend(version.texts());
        }
        texts.extend(self.eu_ai_act.texts());
        texts
    }
}

/// The AI systems of an assessment, in the order the user added them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inventory {
    pub systems: Vec<AiSystem>,
    /// The number the next new system's ID gets. It only grows, so a deleted system's ID is
    /// never given to another system.
    pub next_number: u32,
}

impl Inventory {
    /// The system with the given ID.
    pub fn get(&self, system_id: &str) -> Option<&AiSystem> {
        self.systems.iter().find(|system| system.id == system_id)
    }

    /// Adds a system with the given name and returns its new ID, numbered past every "S<n>"
    /// in use or ever issued. Refused when the inventory is full, when no ID number is left,
    /// or when the name is over the limit.
    pub fn add(&mut self, name: String) -> Result<String, SystemError> {
        limits::check_room(GrowingList::Systems, self.systems.len())?;
        limits::check_new_text(&name)?;
        let ids = self.systems.iter().map(|system| system.id.as_str());
        let (id, next_number) = limits::issue_id(GrowingList::Systems, "S", self.next_number, ids)?;
        self.next_number = next_number;
        self.systems.push(AiSystem {
            id: id.clone(),
            name,
            ..AiSystem::default()
        });
        Ok(id)
    }

    /// Changes one system. A change that makes a text longer than the limit is refused and
    /// leaves the system as it was (`limits::edit_checked`).
    pub fn edit(
        &mut self,
        system_id: &str,
        change: impl FnOnce(&mut AiSystem),
    ) -> Result<(), SystemError> {
        let system = self
            .systems
            .iter_mut()
            .find(|system| system.id == system_id)
            .ok_or_else(|| SystemError::UnknownSystem(system_id.to_owned()))?;
        limits::edit_checked(system, change)?;
        Ok(())
    }

    /// Changes one system with an edit that can itself be refused (such as
    /// `AiSystem::set_text`); a refused edit leaves the system as it was.
    pub fn try_edit<E>(
        &mut self,
        system_id: &str,
        change: impl FnOnce(&mut AiSystem) -> Result<(), E>,
    ) -> Result<(), SystemError>
    where
        SystemError: From<E>,
    {
        let mut outcome = Ok(());
        self.edit(system_id, |system| outcome = change(system))?;
        outcome.map_err(SystemError::from)
    }

    /// Removes a system and returns it with its position, so the removal can be undone.
    pub fn remove(&mut self, system_id: &str) -> Result<(usize, AiSystem), SystemError> {
        let index = self
            .systems
            .iter()
            .position(|system| system.id == system_id)
            .ok_or_else(|| SystemError::UnknownSystem(system_id.to_owned()))?;
        Ok((index, self.systems.remove(index)))
    }

    /// Puts a removed system back where it was (or at the end, if the list got shorter).
    pub fn restore(&mut self, index: usize, system: AiSystem) {
        let index = index.min(self.systems.len());
        self.systems.insert(index, system);
    }

    /// Answers an impact question of a system, or clears the answer with `None`. The option
    /// must be one of the question's.
    pub fn set_impact_answer(
        &mut self,
        system_id: &str,
        question_id: &str,
        option_id: Option<&str>,
    ) -> Result<(), SystemError> {
        let known = match option_id {
            Some(option_id) => impact_catalog::is_option_of(question_id, option_id),
            // Clearing needs only a known question.
            None => impact_catalog::is_option_of(question_id, "").map(|_| true),
        };
        match known {
            None => return Err(SystemError::UnknownQuestion(question_id.to_owned())),
            Some(false) => {
                return Err(SystemError::UnknownOption {
                    question: question_id.to_owned(),
                    option: option_id.unwrap_or_default().to_owned(),
                })
            }
            Some(true) => {}
        }
        self.edit(system_id, |system| match option_id {
            Some(option_id) => {
                system
                    .impact
                    .answers
                    .insert(question_id.to_owned(), option_id.to_owned());
            }
            None => {
                system.impact.answers.remove(question_id);
            }
        })
    }

    /// Starts a reassessment of a system's impact: the current version joins the history as it
    /// is, and a new draft version starts as a copy of it with the next version number, no
    /// date and no approval. Returns the new version's number. Refused when the system keeps
    /// as many versions as a list may hold.
    pub fn start_reassessment(&mut self, system_id: &str) -> Result<u32, SystemError> {
        let kept = self
            .get(system_id)
            .ok_or_else(|| SystemError::UnknownSystem(system_id.to_owned()))?
            .impact_history
            .len();
        // The history and the current version together stay within the list limit, so an
        // exported file always imports again.
        limits::check_room(GrowingList::ImpactVersions, kept + 1)?;
        let mut number = 0;
        self.edit(system_id, |system| {
            let previous = system.impact.clone();
            number = previous.version.saturating_add(1);
            system.impact = ImpactRecord {
                version: number,
                date: None,
                approved_by: String::new(),
                approved_on: None,
                ..previous.clone()
            };
            system.impact_history.push(previous);
        })?;
        Ok(number)
    }
}

/// Why a system's impact assessment is due for reassessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReassessmentReason {
    /// The system record changed after the assessment was approved.
    ChangedSinceApproval { changed: IsoDate, approved: IsoDate },
    /// A significant change is planned.
    PlannedChange,
}

impl ReassessmentReason {
    /// The reason in words.
    pub fn describe(&self) -> String {
        match self {
            ReassessmentReason::ChangedSinceApproval { changed, approved } => format!(
                "the system record changed on {changed}, after the impact assessment was approved on {approved}"
            ),
            ReassessmentReason::PlannedChange => {
                "a significant change to the system is planned".to_owned()
            }
        }
    }
}

/// Why the system's impact assessment should be done again: a change of the record after the
/// current version was approved (compared by date, so a change on the day of approval does not
/// count), or a planned significant change.
pub fn reassessment_reasons(system: &AiSystem) -> Vec<ReassessmentReason> {
    let mut reasons = Vec::new();
    if let (Some(changed), Some(approved)) = (system.changed_on, system.impact.approved_on) {
        if system.impact.is_approved() && changed > approved {
            reasons.push(ReassessmentReason::ChangedSinceApproval { changed, approved });
        }
    }
    if !system.planned_change.trim().is_empty() {
        reasons.push(ReassessmentReason::PlannedChange);
    }
    reasons
}
