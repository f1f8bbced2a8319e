//! The first step of every JSON import: text to a JSON value with limits, so that duplicate
//! keys, huge arrays and deep nesting are refused with a line and column instead of freezing
//! the page.
