//! The stored index of assessments: which assessments this browser keeps, under which IDs and
//! names, read and written as versioned JSON like the assessments themselves.
