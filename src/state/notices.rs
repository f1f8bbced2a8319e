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

/// A message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: u64,
    pub kind: NoticeKind,
    pub text: String,
    pub action: Option<NoticeAction>,
}
