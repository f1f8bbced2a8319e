//! Comparing two assessments, for the import preview: what a file would change compared with
//! the assessment the user has now.
