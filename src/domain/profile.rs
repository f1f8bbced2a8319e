//! The organisation profile: who is being assessed. Every field is optional, so anonymous use
//! stays the default; the profile only fills the SoA header and drives hints.

use crate::domain::limits::{self, LimitError};
use crate::domain::role::AiRole;
use std::collections::BTreeSet;

/// How large the organisation is, by head count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SizeBand {
    Micro,
    Small,
    Medium,
    Large,
}

impl SizeBand {
    pub const ALL: [SizeBand; 4] = [
        SizeBand::Micro,
        SizeBand::Small,
        SizeBand::Medium,
        SizeBand::Large,
    ];

    /// The text shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            SizeBand::Micro => "1-9 people",
            SizeBand::Small => "10-49 people",
            SizeBand::Medium => "50-249 people",
            SizeBand::Large => "250 people or more",
        }
    }

    /// The name used in files.
    pub fn slug(self) -> &'static str {
        match self {
            SizeBand::Micro => "micro",
            SizeBand::Small => "small",
            SizeBand::Medium => "medium",
            SizeBand::Large => "large",
        }
    }

    /// The band with the given file name.
    pub fn from_slug(slug: &str) -> Option<SizeBand> {
        SizeBand::ALL.into_iter().find(|band| band.slug() == slug)
    }
}

/// What the user tells the app about their organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Left empty by anyone who prefers not to name the organisation.
    pub organisation: String,
    pub sector: String,
    pub size: Option<SizeBand>,
    pub roles: BTreeSet<AiRole>,
    /// The scope of the AI management system, as it would appear on a certificate.
    pub scope: String,
    /// Who carried out the assessment, for the report's cover; may be empty.
    pub assessor: String,
    /// Whether the organisation holds ISO/IEC 27001 certification, so that clause items can
    /// say what its information security management system usually already provides.
    pub holds_iso27001: bool,
}

/// A text field of the profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileText {
    Organisation,
    Sector,
    Scope,
    Assessor,
}

impl Profile {
    /// Replaces one text field, unless the new text is over the limit
    /// (`limits::check_text_change`).
    pub fn set_text(&mut self, field: ProfileText, value: String) -> Result<(), LimitError> {
        let slot = match field {
            ProfileText::Organisation => &mut self.organisation,
            ProfileText::Sector => &mut self.sector,
            ProfileText::Scope => &mut self.scope,
            ProfileText::Assessor => &mut self.assessor,
        };
        limits::check_text_change(slot, &value)?;
        *slot = value;
        Ok(())
    }

    /// Adds or removes one role.
    pub fn set_role(&mut self, role: AiRole, plays: bool) {
        if plays {
            self.roles.insert(role);
        } else {
            self.roles.remove(&role);
        }
    }

    /// The organisation's name for headers, or a neutral placeholder.
    pub fn display_name(&self) -> &str {
        match self.organisation.trim() {
            "" => "Organisation not named",
            name => name,
        }
    }

    /// The scope statement for headers, or a note that it is missing.
    pub fn display_scope(&self) -> &str {
        match self.scope.trim() {
            "" => "Not written yet.",
            _ => &self.scope,
        }
    }
}

/// A hint about whether a control is likely to matter, from the roles the user plays. Hints
/// never decide anything: the user makes every SoA decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoleHint {
    /// The user has not said which roles they play, so there is nothing to go on.
    NoProfile,
    /// The control mostly concerns roles the user plays (listed).
    UsuallyApplies(Vec<AiRole>),
    /// The control mostly concerns roles the user does not play.
    LessLikely,
}

impl RoleHint {
    /// The hint for a control that mostly concerns `control_roles`.
    pub fn for_control(profile: &Profile, control_roles: &[AiRole]) -> RoleHint {
        if profile.roles.is_empty() || control_roles.is_empty() {
            return RoleHint::NoProfile;
        }
        let shared: Vec<AiRole> = control_roles
            .iter()
            .copied()
            .filter(|role| profile.roles.contains(role))
            .collect();
        if shared.is_empty() {
            RoleHint::LessLikely
        } else {
            RoleHint::UsuallyApplies(shared)
        }
    }

    /// The hint as a sentence, or `None` when there is nothing to say.
    pub fn sentence(&self) -> Option<String> {
        match self {
            RoleHint::NoProfile => None,
            RoleHint::UsuallyApplies(roles) => {
                let names: Vec<&str> = roles.iter().map(|role| role.label()).collect();
                Some(format!(
                    "As an {}, you will usually find this control applies.",
                    names.join(" and ")
                ))
            }
            RoleHint::LessLikely => Some(
                "This control mostly concerns roles you have not said you play; \
                 check before deciding it does not apply."
                    .to_owned(),
            ),
        }
    }
}
