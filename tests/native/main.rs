//! Native integration tests: everything that runs without a browser (catalog, scoring, file
//! format, routing, and the architecture rules), in one test binary.

mod architecture;
mod catalog;
mod date;
mod id_map;
mod json_file;
mod reference;
mod route;
mod scoring;
mod soa;
