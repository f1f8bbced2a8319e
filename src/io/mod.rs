//! File formats: the versioned JSON document that is both the export file and the stored copy
//! of an assessment, its migration from older versions, and its validation into the domain.
//!
//! Import always runs raw text -> serde_json (within `limits`) -> `migrate` -> the `format`
//! types -> `validate` -> domain, and reports where a problem is (a line and column, or a JSON
//! path) in plain words so a user can fix the file. Like `domain`, this module never touches
//! the browser.

pub mod catalog_text;
pub mod csv_actions;
pub mod csv_answers;
pub mod csv_compare;
pub mod csv_in;
pub mod csv_nist;
pub mod csv_out;
pub mod csv_records;
pub mod csv_risks;
pub mod document;
pub mod eu_ai_act_text;
pub mod format;
pub mod framework_data;
pub mod impact_text;
pub mod json;
pub mod library;
pub mod limits;
pub mod markdown;
pub mod messages;
pub mod migrate;
pub mod oscal;
pub mod path;
pub mod schema;
pub mod snapshot;
pub mod text;
pub mod validate;
pub mod workbook;
pub mod workbook_spec;
pub mod xlsx;

/// A problem that does not stop an import but that the user should see before confirming,
/// such as an answer to a question this catalog version does not have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportWarning {
    /// Where in the file, as a JSON path such as `assessment.items["4.1"]`.
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for ImportWarning {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}: {}", self.path, self.message)
    }
}

/// The largest file the app will read. Bigger files are refused before parsing, so a wrong
/// file chosen by mistake cannot freeze the page.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// Why a file (or a stored copy) cannot be read. Every variant says where the problem is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is {size} bytes; files over 20 MB are refused")]
    TooLarge { size: usize },
    #[error("the file is not valid JSON (line {line}, column {column}): {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("this is not an AIMS Assess file: {0}")]
    NotOurFormat(String),
    #[error(
        "the file was written by a newer version of AIMS Assess (schema version {found}; \
         this version reads up to {supported}); open it with a newer version of the app"
    )]
    TooNew { found: u64, supported: u32 },
    #[error("at {path}: {message}")]
    Invalid { path: String, message: String },
}

impl ImportError {
    /// An error about the value at a JSON path.
    pub fn at(path: impl Into<String>, message: impl Into<String>) -> ImportError {
        ImportError::Invalid {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// A quick 64-bit fingerprint (FNV-1a) of a text, used to notice that a stored copy was
/// changed by someone else (another tab) since this tab last read or wrote it.
pub fn fingerprint(text: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    text.bytes().fold(OFFSET, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}
