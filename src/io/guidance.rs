//! Reads the Annex A guidance from the catalog file the app loads on demand. Only the fields
//! the guidance needs are read; the rest of the file is compiled into the app already.

use crate::domain::guidance::{ControlGuidance, GuidanceBook};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    areas: Vec<Area>,
}

#[derive(Deserialize)]
struct Area {
    sections: Vec<Section>,
}

#[derive(Deserialize)]
struct Section {
    controls: Vec<Control>,
}

#[derive(Deserialize)]
struct Control {
    id: String,
    guidance: String,
    pitfalls: Vec<String>,
}

/// Parses the Annex A catalog file into a guidance book.
pub fn parse_guidance(text: &str) -> Result<GuidanceBook, String> {
    let file: File = serde_json::from_str(text)
        .map_err(|error| format!("the guidance file is damaged ({error})"))?;
    let entries = file
        .areas
        .into_iter()
        .flat_map(|area| area.sections)
        .flat_map(|section| section.controls)
        .map(|control| {
            (
                control.id,
                ControlGuidance {
                    guidance: control.guidance,
                    pitfalls: control.pitfalls,
                },
            )
        })
        .collect();
    Ok(GuidanceBook::new(entries))
}
