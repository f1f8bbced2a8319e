//! The AI risk register: each risk with its source and objective (Annex C), its inherent
//! rating, the treatment chosen, the Annex A controls and other actions that treat it, its
//! residual rating and, where needed, a named person's acceptance.
//!
//! The rules an auditor would check are here too, each tested:
//! - a risk's level as it stands (`current_rating`) is its inherent level until its treatment
//!   is done (`treatment_done`), then its residual level;
//! - a risk whose residual level (or inherent level, while no residual is estimated) is above
//!   the acceptance limit needs a named person and a date of acceptance (`accepted_rating`);
//! - a treatment action past its due date and not done is overdue;
//! - an Annex A control that an open risk's treatment uses must not be excluded in the SoA
//!   (`controls_in_use` gives the SoA its "risk treatment" links).

use crate::domain::date::IsoDate;
use crate::domain::impact_catalog::LibraryRisk;
use crate::domain::limits::{self, Bounded, GrowingList, LimitError};
use crate::domain::risk_criteria::{Axis, CriteriaError, Rating, RiskCriteria};

/// The four ways of treating a risk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Treatment {
    /// Stop the activity that gives rise to the risk.
    Avoid,
    /// Change likelihood or consequence with controls and actions.
    Modify,
    /// Share it with others, such as an insurer or a supplier under contract.
    Share,
    /// Keep it as it is, knowingly.
    Retain,
}

impl Treatment {
    pub const ALL: [Treatment; 4] = [
        Treatment::Avoid,
        Treatment::Modify,
        Treatment::Share,
        Treatment::Retain,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Treatment::Avoid => "Avoid",
            Treatment::Modify => "Modify (mitigate)",
            Treatment::Share => "Share (transfer)",
            Treatment::Retain => "Retain (accept)",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            Treatment::Avoid => "avoid",
            Treatment::Modify => "modify",
            Treatment::Share => "share",
            Treatment::Retain => "retain",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Treatment> {
        Treatment::ALL
            .into_iter()
            .find(|treatment| treatment.slug() == slug)
    }
}

/// Where a risk stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RiskStatus {
    /// Identified, treatment not finished.
    #[default]
    Open,
    /// The chosen treatment is in place.
    Treated,
    /// Knowingly kept at its current level.
    Accepted,
    /// No longer relevant (the system was retired, the activity stopped).
    Closed,
}

impl RiskStatus {
    pub const ALL: [RiskStatus; 4] = [
        RiskStatus::Open,
        RiskStatus::Treated,
        RiskStatus::Accepted,
        RiskStatus::Closed,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RiskStatus::Open => "Open",
            RiskStatus::Treated => "Treated",
            RiskStatus::Accepted => "Accepted",
            RiskStatus::Closed => "Closed",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            RiskStatus::Open => "open",
            RiskStatus::Treated => "treated",
            RiskStatus::Accepted => "accepted",
            RiskStatus::Closed => "closed",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RiskStatus> {
        RiskStatus::ALL
            .into_iter()
            .find(|status| status.slug() == slug)
    }

    /// Whether the risk still needs its treatment: every status but Closed.
    pub fn is_live(self) -> bool {
        self != RiskStatus::Closed
    }
}

/// A treatment step that is not an Annex A control, such as "retrain the model on the 2026
/// data" or "add a human check before letters go out".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TreatmentAction {
    pub description: String,
    pub owner: String,
    pub due_date: Option<IsoDate>,
    pub done: bool,
}

/// A named person's acceptance of a risk at its residual level.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Acceptance {
    /// Who accepted it; acceptance counts only with a name.
    pub accepted_by: String,
    pub date: Option<IsoDate>,
    pub rationale: String,
}

impl Acceptance {
    /// Whether the acceptance names a person and a date.
    pub fn is_complete(&self) -> bool {
        !self.accepted_by.trim().is_empty() && self.date.is_some()
    }
}

/// One of the free-text (or ID) fields of a risk, for edits through one path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RiskText {
    Title,
    Description,
    SystemId,
    Source,
    Objective,
    Owner,
    AcceptedBy,
    Rationale,
}

/// One risk of the register.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Risk {
    /// "R1", "R2", ...; never reused within an assessment.
    pub id: String,
    /// What could go wrong, in a line.
    pub title: String,
    pub description: String,
    /// The AI system the risk belongs to (an inventory ID such as "S1"), empty for a risk of
    /// the organisation as a whole.
    pub system_id: String,
    /// An Annex C risk source ("C.3.4"), empty when not chosen.
    pub source: String,
    /// An Annex C objective the risk threatens ("C.2.5"), empty when not chosen.
    pub objective: String,
    pub owner: String,
    /// The rating before treatment.
    pub inherent: Option<Rating>,
    pub treatment: Option<Treatment>,
    /// Annex A control IDs that treat the risk, in the order they were added, without repeats.
    pub controls: Vec<String>,
    pub actions: Vec<TreatmentAction>,
    /// The rating expected once the treatment is in place.
    pub residual: Option<Rating>,
    pub acceptance: Acceptance,
    pub status: RiskStatus,
    /// When the risk was last assessed (rated).
    pub assessed_on: Option<IsoDate>,
    /// When the risk is next to be reviewed; a live risk past this date is a finding.
    pub next_review: Option<IsoDate>,
    /// The library risk ("RL-04") the risk was added from, empty for a risk written by hand.
    pub library_id: String,
    /// Whether the inherent rating is still the library's proposal, which nobody has checked
    /// against this organisation yet. Confirming it, or changing either rating, clears it.
    pub rating_proposed: bool,
}

/// Which of a risk's two ratings an edit is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingStage {
    /// Before treatment.
    Inherent,
    /// Expected once the treatment is in place.
    Residual,
}

impl Risk {
    /// The text of one field.
    pub fn text(&self, field: RiskText) -> &str {
        match field {
            RiskText::Title => &self.title,
            RiskText::Description => &self.description,
            RiskText::SystemId => &self.system_id,
            RiskText::Source => &self.source,
            RiskText::Objective => &self.objective,
            RiskText::Owner => &self.owner,
            RiskText::AcceptedBy => &self.acceptance.accepted_by,
            RiskText::Rationale => &self.acceptance.rationale,
        }
    }

    /// Replaces the text of one field, unless the new text is over the limit
    /// (`limits::check_text_change`).
    pub fn set_text(&mut self, field: RiskText, value: String) -> Result<(), LimitError> {
        limits::check_text_change(self.text(field), &value)?;
        let slot = match field {
            RiskText::Title => &mut self.title,
            RiskText::Description => &mut self.description,
            RiskText::SystemId => &mut self.system_id,
            RiskText::Source => &mut self.source,
            RiskText::Objective => &mut self.objective,
            RiskText::Owner => &mut self.owner,
            RiskText::AcceptedBy => &mut self.acceptance.accepted_by,
            RiskText::Rationale => &mut self.acceptance.rationale,
        };
        *slot = value;
        Ok(())
    }

    /// Adds an empty treatment action at the end, unless the risk holds as many as allowed.
    pub fn add_action(&mut self) -> Result<(), LimitError> {
        limits::check_room(GrowingList::TreatmentActions, self.actions.len())?;
        self.actions.push(TreatmentAction::default());
        Ok(())
    }

    /// A risk from the library of typical AI risks, rated on `criteria` (a library rating
    /// above the top of a smaller scale is lowered to the top).
    pub fn from_library(entry: &LibraryRisk, criteria: &RiskCriteria) -> Risk {
        let top = |levels: usize| u8::try_from(levels).unwrap_or(u8::MAX);
        Risk {
            title: entry.title.to_owned(),
            description: entry.description.to_owned(),
            source: entry.source.to_owned(),
            objective: entry.objective.to_owned(),
            inherent: Some(Rating::new(
                entry.likelihood.min(top(criteria.likelihood.len())),
                entry.consequence.min(top(criteria.consequence.len())),
            )),
            treatment: Some(Treatment::Modify),
            controls: entry.controls.iter().map(|id| (*id).to_owned()).collect(),
            library_id: entry.id.to_owned(),
            rating_proposed: true,
            ..Risk::default()
        }
    }

    /// Sets one level of a rating (counted from 1), or clears the whole rating with `None`.
    /// A rating needs both levels, so setting one level of an empty rating starts the other at
    /// the lowest level. Whoever rates the risk has looked at it, so the library's proposal
    /// counts as checked from then on.
    pub fn set_level(&mut self, stage: RatingStage, axis: Axis, level: Option<u8>) {
        let slot = match stage {
            RatingStage::Inherent => &mut self.inherent,
            RatingStage::Residual => &mut self.residual,
        };
        *slot = level.map(|level| {
            let mut rating = slot.unwrap_or(Rating::new(1, 1));
            match axis {
                Axis::Likelihood => rating.likelihood = level,
                Axis::Consequence => rating.consequence = level,
            }
            rating
        });
        self.rating_proposed = false;
    }

    /// Marks the proposed rating as checked and kept as it is.
    pub fn confirm_rating(&mut self) {
        self.rating_proposed = false;
    }

    /// Adds a control to the treatment, or removes it when `used` is false. A control is
    /// listed once, in the order it was added.
    pub fn use_control(&mut self, control_id: &str, used: bool) {
        let present = self.controls.iter().any(|known| known == control_id);
        if used && !present {
            self.controls.push(control_id.to_owned());
        } else if !used {
            self.controls.retain(|known| known != control_id);
        }
    }

    /// The title, or a placeholder for a risk without one.
    pub fn display_title(&self) -> &str {
        match self.title.trim() {
            "" => "Untitled risk",
            title => title,
        }
    }

    /// Whether the treatment is done: the status says Treated or Accepted (or Closed), or the
    /// risk has at least one treatment action and every one of them is ticked done. Only then
    /// does the residual rating describe the risk as it stands; before, it is a plan.
    pub fn treatment_done(&self) -> bool {
        matches!(
            self.status,
            RiskStatus::Treated | RiskStatus::Accepted | RiskStatus::Closed
        ) || (!self.actions.is_empty() && self.actions.iter().all(|action| action.done))
    }

    /// The rating of the risk as it stands now: the inherent rating until the treatment is
    /// done (`treatment_done`), then the residual one. Either falls back on the other while it
    /// is missing. Priorities, the heat map's current level and the register's level filter
    /// and order use it, so a critical risk whose treatment is only planned stays critical.
    pub fn current_rating(&self) -> Option<Rating> {
        if self.treatment_done() {
            self.residual.or(self.inherent)
        } else {
            self.inherent.or(self.residual)
        }
    }

    /// The rating an acceptance is about: the residual one once estimated, else the inherent.
    /// A risk is accepted at the level it is meant to be kept at, so a treatment still in
    /// progress does not call for an acceptance of the level before treatment.
    pub fn accepted_rating(&self) -> Option<Rating> {
        self.after_treatment_rating()
    }

    /// Where the risk stands after its treatment: the residual rating, or the inherent one
    /// while no residual rating is given. A risk nobody has re-rated has not moved, which is
    /// also what retaining a risk without treatment means, so it is not dropped from the map
    /// after treatment.
    pub fn after_treatment_rating(&self) -> Option<Rating> {
        self.residual.or(self.inherent)
    }
}

/// The rating after treatment in words: the residual rating, or, while none is given, the
/// inherent one said to be unchanged (a retained or not yet re-rated risk has not moved),
/// rather than "Not rated" for a risk that is rated.
pub fn residual_text(criteria: &RiskCriteria, risk: &Risk) -> String {
    match (risk.residual, risk.inherent) {
        (None, Some(inherent)) if criteria.band(inherent).is_some() => format!(
            "Unchanged (no level after treatment given): {}",
            criteria.rating_text(Some(inherent))
        ),
        (residual, _) => criteria.rating_text(residual),
    }
}

/// Which heat map a list of ratings is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapStage {
    /// The inherent ratings.
    BeforeTreatment,
    /// `Risk::after_treatment_rating`.
    AfterTreatment,
    /// `Risk::current_rating`.
    Current,
}

/// The ratings one heat map shows, with the risks it cannot place or places at their level
/// before treatment, so the page can say so instead of leaving them out without a word.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MapRatings {
    /// The rating of every live risk, in register order (`None`: not rated).
    pub ratings: Vec<Option<Rating>>,
    /// Live risks with no rating on this map, by ID.
    pub unrated: Vec<String>,
    /// On the map after treatment: live risks shown at their inherent rating because no
    /// residual rating is given, by ID.
    pub at_inherent: Vec<String>,
}

/// Why an edit of the register was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RiskError {
    #[error("there is no risk {0}")]
    UnknownRisk(String),
    #[error(transparent)]
    Limit(#[from] LimitError),
}

impl Bounded for Risk {
    fn texts(&self) -> Vec<&str> {
        let mut texts = vec![
            self.id.as_str(),
            &self.title,
            &self.description,
            &self.system_id,
            &self.source,
            &self.objective,
            &self.owner,
            &self.acceptance.accepted_by,
            &self.acceptance.rationale,
            &self.library_id,
        ];
        texts.extend(self.controls.iter().map(String::as_str));
        for action in &self.actions {
            texts.push(&action.description);
            texts.push(&action.owner);
        }
        texts
    }

    fn lists(&self) -> Vec<(GrowingList, usize)> {
        vec![
            (GrowingList::TreatmentActions, self.actions.len()),
            (GrowingList::Controls, self.controls.len()),
        ]
    }
}

/// The risk criteria and the risks of an assessment, in the order the user added them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RiskRegister {
    pub criteria: RiskCriteria,
    pub risks: Vec<Risk>,
    /// The number the next new risk's ID gets. It only grows, so a deleted risk's ID is never
    /// given to another risk.
    pub next_number: u32,
}

/// A rule of the register that is broken, as an auditor would point it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RiskFinding {
    /// The level to be kept at (`Risk::accepted_rating`) is above the acceptance limit and no
    /// named person accepted it with a date.
    NotAccepted { risk_id: String },
    /// A treatment action is past its due date and not done (`action` counts from 0).
    ActionOverdue { risk_id: String, action: usize },
    /// The risk has no inherent rating yet.
    NotRated { risk_id: String },
    /// The risk's next review date has passed.
    ReviewOverdue { risk_id: String },
    /// An Annex A control used by a live risk's treatment is excluded in the SoA.
    ExcludedControlInUse {
        control_id: String,
        risk_ids: Vec<String>,
    },
}

impl RiskRegister {
    /// The risk with the given ID.
    pub fn get(&self, risk_id: &str) -> Option<&Risk> {
        self.risks.iter().find(|risk| risk.id == risk_id)
    }

    /// The risk already added from library risk `library_id` for AI system `system_id` (empty
    /// for the organisation as a whole), so a suggestion can open it instead of adding a copy.
    /// A closed risk counts too: the suggestion was taken and the risk dealt with. The first
    /// such risk in register order is returned.
    pub fn find_from_library(&self, library_id: &str, system_id: &str) -> Option<&Risk> {
        if library_id.is_empty() {
            return None;
        }
        self.risks
            .iter()
            .find(|risk| risk.library_id == library_id && risk.system_id == system_id)
    }

    /// Adds a risk (its ID is replaced by a fresh one, past every "R<n>" in use or ever issued)
    /// and returns the new ID. Refused when the register is full, when no ID number is left,
    /// or when a text of the risk is over the limit.
    pub fn add(&mut self, risk: Risk) -> Result<String, RiskError> {
        limits::check_room(GrowingList::Risks, self.risks.len())?;
        limits::check_edit(&Risk::default(), &risk)?;
        let ids = self.risks.iter().map(|risk| risk.id.as_str());
        let (id, next_number) = limits::issue_id(GrowingList::Risks, "R", self.next_number, ids)?;
        self.next_number = next_number;
        self.risks.push(Risk {
            id: id.clone(),
            ..risk
        });
        Ok(id)
    }

    /// Changes one risk. A change that makes a text longer than the limit or a list longer
    /// than allowed is refused and leaves the risk as it was (`limits::edit_checked`).
    pub fn edit(&mut self, risk_id: &str, change: impl FnOnce(&mut Risk)) -> Result<(), RiskError> {
        let risk = self
            .risks
            .iter_mut()
            .find(|risk| risk.id == risk_id)
            .ok_or_else(|| RiskError::UnknownRisk(risk_id.to_owned()))?;
        limits::edit_checked(risk, change)?;
        Ok(())
    }

    /// Changes one risk with an edit that can itself be refused (such as `Risk::set_text`);
    /// a refused edit leaves the risk as it was.
    pub fn try_edit<E>(
        &mut self,
        risk_id: &str,
        change: impl FnOnce(&mut Risk) -> Result<(), E>,
    ) -> Result<(), RiskError>
    where
        RiskError: From<E>,
    {
        let mut outcome = Ok(());
        self.edit(risk_id, |risk| outcome = change(risk))?;
        outcome.map_err(RiskError::from)
    }

    /// Removes a risk and returns it with its position, so the removal can be undone.
    pub fn remove(&mut self, risk_id: &str) -> Result<(usize, Risk), RiskError> {
        let index = self
            .risks
            .iter()
            .position(|risk| risk.id == risk_id)
            .ok_or_else(|| RiskError::UnknownRisk(risk_id.to_owned()))?;
        Ok((index, self.risks.remove(index)))
    }

    /// Puts a removed risk back where it was (or at the end, if the list got shorter).
    pub fn restore(&mut self, index: usize, risk: Risk) {
        let index = index.min(self.risks.len());
        self.risks.insert(index, risk);
    }

    /// Every rating in use, with the risk that holds it, for checking a change of the scales.
    pub fn ratings_in_use(&self) -> Vec<(&str, Rating)> {
        ratings_of(&self.risks)
    }

    /// Gives a scale of the criteria a number of levels, refused while a level it would remove
    /// is in use (see `RiskCriteria::resize_scale`).
    pub fn resize_scale(&mut self, axis: Axis, levels: usize) -> Result<(), CriteriaError> {
        let RiskRegister {
            criteria, risks, ..
        } = self;
        criteria.resize_scale(axis, levels, &ratings_of(risks))
    }

    /// The band of a rating under this register's criteria.
    pub fn band(&self, rating: Option<Rating>) -> Option<u8> {
        self.criteria.band(rating?)
    }

    /// For every Annex A control that a live risk's treatment uses, the IDs of those risks, in
    /// the order the controls are first used.
    pub fn controls_in_use(&self) -> Vec<(String, Vec<String>)> {
        let mut uses: Vec<(String, Vec<String>)> = Vec::new();
        for risk in self.risks.iter().filter(|risk| risk.status.is_live()) {
            for control_id in &risk.controls {
                match uses.iter_mut().find(|(known, _)| known == control_id) {
                    Some((_, risk_ids)) => risk_ids.push(risk.id.clone()),
                    None => uses.push((control_id.clone(), vec![risk.id.clone()])),
                }
            }
        }
        uses
    }

    /// Whether any live risk's treatment uses a control. It stops at the first such risk and
    /// builds no list, since the SoA asks this of every control on every redraw.
    pub fn uses_control(&self, control_id: &str) -> bool {
        self.risks
            .iter()
            .any(|risk| treatment_uses(risk, control_id))
    }

    /// The risks whose live treatment uses a control.
    pub fn risks_using(&self, control_id: &str) -> Vec<&str> {
        self.risks
            .iter()
            .filter(|risk| treatment_uses(risk, control_id))
            .map(|risk| risk.id.as_str())
            .collect()
    }

    /// The ratings of the live risks for one heat map (`MapRatings`).
    pub fn map_ratings(&self, stage: MapStage) -> MapRatings {
        let mut map = MapRatings::default();
        for risk in self.risks.iter().filter(|risk| risk.status.is_live()) {
            let rating = match stage {
                MapStage::BeforeTreatment => risk.inherent,
                MapStage::AfterTreatment => risk.after_treatment_rating(),
                MapStage::Current => risk.current_rating(),
            };
            let placed = rating.is_some_and(|rating| self.criteria.band(rating).is_some());
            if !placed {
                map.unrated.push(risk.id.clone());
            } else if stage == MapStage::AfterTreatment && risk.residual.is_none() {
                map.at_inherent.push(risk.id.clone());
            }
            map.ratings.push(rating);
        }
        map
    }

    /// How many risks are live (not closed).
    pub fn live_count(&self) -> usize {
        self.risks
            .iter()
            .filter(|risk| risk.status.is_live())
            .count()
    }

    /// How many live risks are above the acceptance limit without a complete acceptance.
    pub fn unaccepted_count(&self) -> usize {
        self.findings(None, |_| false)
            .iter()
            .filter(|finding| matches!(finding, RiskFinding::NotAccepted { .. }))
            .count()
    }

    /// The broken rules of the register on `today` (unknown today: no action counts as
    /// overdue). `is_excluded` says whether the SoA excludes a control.
    pub fn findings(
        &self,
        today: Option<IsoDate>,
        is_excluded: impl Fn(&str) -> bool,
    ) -> Vec<RiskFinding> {
        let mut findings = Vec::new();
        for risk in self.risks.iter().filter(|risk| risk.status.is_live()) {
            let risk_id = || risk.id.clone();
            if risk.inherent.is_none() {
                findings.push(RiskFinding::NotRated { risk_id: risk_id() });
            }
            let above_limit = self
                .band(risk.accepted_rating())
                .is_some_and(|band| self.criteria.needs_acceptance(band));
            if above_limit && !risk.acceptance.is_complete() {
                findings.push(RiskFinding::NotAccepted { risk_id: risk_id() });
            }
            if risk
                .next_review
                .zip(today)
                .is_some_and(|(review, today)| review < today)
            {
                findings.push(RiskFinding::ReviewOverdue { risk_id: risk_id() });
            }
            for (action, step) in risk.actions.iter().enumerate() {
                if !step.done
                    && step
                        .due_date
                        .zip(today)
                        .is_some_and(|(due, today)| due < today)
                {
                    findings.push(RiskFinding::ActionOverdue {
                        risk_id: risk_id(),
                        action,
                    });
                }
            }
        }
        for (control_id, risk_ids) in self.controls_in_use() {
            if is_excluded(&control_id) {
                findings.push(RiskFinding::ExcludedControlInUse {
                    control_id,
                    risk_ids,
                });
            }
        }
        findings
    }
}

impl RiskFinding {
    /// The risk the finding is about, if it is about one risk.
    pub fn risk_id(&self) -> Option<&str> {
        match self {
            RiskFinding::NotAccepted { risk_id }
            | RiskFinding::ActionOverdue { risk_id, .. }
            | RiskFinding::NotRated { risk_id }
            | RiskFinding::ReviewOverdue { risk_id } => Some(risk_id),
            RiskFinding::ExcludedControlInUse { .. } => None,
        }
    }

    /// What is wrong, as a sentence, with the names taken from the register.
    pub fn message(&self, register: &RiskRegister) -> String {
        let title = |risk_id: &str| {
            let title = register.get(risk_id).map_or("", Risk::display_title);
            format!("{risk_id} {title}")
        };
        match self {
            RiskFinding::NotAccepted { risk_id } => {
                let band = register
                    .get(risk_id)
                    .and_then(|risk| register.band(risk.accepted_rating()))
                    .map_or("", |band| register.criteria.band_name(band));
                format!(
                    "{} is {band}, above the acceptance limit, and has not been accepted by a \
                     named person on a date.",
                    title(risk_id)
                )
            }
            RiskFinding::ActionOverdue { risk_id, action } => {
                let step = register
                    .get(risk_id)
                    .and_then(|risk| risk.actions.get(*action));
                let what = step.map_or("", |step| step.description.trim());
                let due = step
                    .and_then(|step| step.due_date)
                    .map(|date| date.to_string())
                    .unwrap_or_default();
                format!(
                    "{}: the treatment action \"{what}\" was due on {due} and is not done.",
                    title(risk_id)
                )
            }
            RiskFinding::NotRated { risk_id } => format!(
                "{} has no likelihood and consequence before treatment yet.",
                title(risk_id)
            ),
            RiskFinding::ReviewOverdue { risk_id } => {
                let due = register
                    .get(risk_id)
                    .and_then(|risk| risk.next_review)
                    .map(|date| date.to_string())
                    .unwrap_or_default();
                format!("{} was due for review on {due}.", title(risk_id))
            }
            RiskFinding::ExcludedControlInUse {
                control_id,
                risk_ids,
            } => format!(
                "{control_id} is excluded in the Statement of Applicability, but the treatment \
                 of {} relies on it.",
                crate::domain::soa::risks_phrase(risk_ids)
            ),
        }
    }
}

/// Every rating of the risks, with the ID of the risk that holds it.
fn ratings_of(risks: &[Risk]) -> Vec<(&str, Rating)> {
    risks
        .iter()
        .flat_map(|risk| {
            [risk.inherent, risk.residual]
                .into_iter()
                .flatten()
                .map(move |rating| (risk.id.as_str(), rating))
        })
        .collect()
}

/// Which risks the register list shows. `None` in a field shows all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RiskFilter {
    /// Only risks whose current level is in this band.
    pub band: Option<u8>,
    /// Only risks of this AI system ("" for risks of the whole organisation).
    pub system_id: Option<String>,
    /// Only risks from this Annex C source.
    pub source: Option<String>,
    pub status: Option<RiskStatus>,
}

/// The order of the register list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RiskOrder {
    /// By ID number, as added.
    #[default]
    Id,
    /// Most serious current level first (unrated last), then by ID.
    Level,
    /// By title, ignoring the case of ASCII letters, then by ID.
    Title,
}

impl RiskRegister {
    /// The risks the filter lets through, in the given order.
    pub fn listed(&self, filter: &RiskFilter, order: RiskOrder) -> Vec<&Risk> {
        let mut risks: Vec<&Risk> = self
            .risks
            .iter()
            .filter(|risk| {
                filter
                    .band
                    .is_none_or(|band| self.band(risk.current_rating()) == Some(band))
                    && filter
                        .system_id
                        .as_ref()
                        .is_none_or(|system| &risk.system_id == system)
                    && filter
                        .source
                        .as_ref()
                        .is_none_or(|source| &risk.source == source)
                    && filter.status.is_none_or(|status| risk.status == status)
            })
            .collect();
        let number = |risk: &Risk| {
            risk.id
                .strip_prefix('R')
                .and_then(|digits| digits.parse::<u32>().ok())
                .unwrap_or(u32::MAX)
        };
        // The ID is the last key, so the order is fully determined and a stable sort would
        // add nothing.
        risks.sort_unstable_by(|left, right| {
            let first = match order {
                RiskOrder::Id => std::cmp::Ordering::Equal,
                RiskOrder::Level => self
                    .band(right.current_rating())
                    .cmp(&self.band(left.current_rating())),
                RiskOrder::Title => {
                    let key = |risk: &Risk| risk.display_title().to_ascii_lowercase();
                    key(left).cmp(&key(right))
                }
            };
            first.then(number(left).cmp(&number(right)))
        });
        risks
    }
}

/// Whether a risk is live and its treatment uses a control: what ties a control to the risk
/// register, for `RiskRegister::uses_control` and `RiskRegister::risks_using` alike.
fn treatment_uses(risk: &Risk, control_id: &str) -> bool {
    risk.status.is_live() && risk.controls.iter().any(|c| c == control_id)
}
