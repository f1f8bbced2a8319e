//! Notices: the one place where errors and information reach the user, shown in live regions
//! (`alert` for errors, `status` for information).
//!
//! A notice may carry a follow-up the user can take, such as downloading stored data that
//! could not be read.

/// How important a notice is, which decides its live region and look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeKind {
    Info,
    Error,
}

/// Something the user can do about a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeAction {
    /// Offer stored text that could not be read, so it can be saved and inspected.
    DownloadRaw { filename: String, text: String },
    /// Another tab changed the stored assessment while this tab had unsaved changes.
    ResolveConflict,
}

/// The controls whose result a notice reports, so it can be shown beside them (where the user
/// is) rather than at the top of the page. A spot that is not on the current page shows its
/// notices at the top instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// The Data page's list of assessments (open, create, duplicate, rename, delete).
    Assessments,
    /// The Data page's exports.
    Export,
    /// The Data page's import of an assessment or an answers CSV.
    Import,
    /// The Data page's risk register CSV (export and import).
    RiskCsv,
    /// The Statement of Applicability's CSV export and its bulk change of undecided controls.
    Soa,
    /// The SoA's own controls (add, delete).
    OwnControls,
    /// The action plan's CSV export.
    ActionPlan,
    /// The report's Markdown export.
    Report,
    /// A register's page and entry forms (CSV export, fingerprints, measurements).
    Records,
    /// A template's page (Markdown export, adoption).
    Templates,
    /// The road to certification's target dates.
    Certification,
    /// The frameworks pages (the NIST AI RMF crosswalk's CSV export).
    Frameworks,
    /// The compare page's CSV export.
    Compare,
}

/// A message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    pub action: Option<NoticeAction>,
    /// Where it is shown: beside these controls, or at the top of the page for `None`.
    pub spot: Option<Spot>,
}
