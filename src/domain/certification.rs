//! The road to certification: the target dates of the certification audit's two stages.
//!
//! Stage 1 reviews the design and the documents of the management system; stage 2 audits it
//! in operation, with evidence. The timeline and its warnings are built from these dates and
//! the rest of the assessment.

use crate::domain::date::IsoDate;

/// The dates the organisation aims at; either may be unset.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CertificationPlan {
    pub stage1_target: Option<IsoDate>,
    pub stage2_target: Option<IsoDate>,
}
