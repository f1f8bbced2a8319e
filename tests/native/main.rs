//! Native integration tests: everything that runs without a browser (catalog, scoring, file
//! format, routing, and the architecture rules), in one test binary.

mod action_plan;
mod anonymise;
mod architecture;
mod catalog;
mod certification;
mod charts;
mod checks;
mod compare;
mod csv_answers;
mod date;
mod file_names;
mod impact;
mod json_file;
mod json_text;
mod library;
mod limits;
mod malformed;
mod question_kinds;
mod readiness;
mod records;
mod records_csv;
mod reference;
mod report;
mod review;
mod risk;
mod risk_csv;
mod risk_views;
mod route;
mod schema;
mod scoring;
mod soa;
mod strategies;
mod templates;
mod text;
mod thousands;
