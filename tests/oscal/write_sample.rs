//! Writes the OSCAL models of the sample assessment (tests/native/oscal_sample.rs) into a
//! folder, for `.ci/test` to check with an independent OSCAL validator (validate.py beside
//! this file): the catalog with and without its prose, the profile, the assessment results
//! and the plan of action and milestones.

#[path = "../native/oscal_sample.rs"]
mod oscal_sample;

use aims_assess::domain::action_plan;
use aims_assess::domain::catalog::{catalog, CATALOG_VERSION};
use aims_assess::domain::scoring::Summary;
use aims_assess::io::oscal::catalog::catalog_model;
use aims_assess::io::oscal::poam::poam_model;
use aims_assess::io::oscal::profile::profile_model;
use aims_assess::io::oscal::results::results_model;
use aims_assess::io::oscal::{catalog_file_name, to_json, Context};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    match run() {
        Ok(folder) => {
            println!("Wrote the OSCAL models of the sample assessment to {folder}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("The OSCAL sample could not be written: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<String, String> {
    let folder = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("give the folder to write to")?;
    std::fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let assessment = oscal_sample::sample_assessment()?;
    let text = oscal_sample::sample_text()?;
    let context = Context::new("2026-12-07T10:15:00.000Z", 42).map_err(|e| e.to_string())?;
    let c = catalog();
    let actions = action_plan::derive(c, &assessment, &Summary::compute(c, &assessment));
    let today = "2026-12-07".parse().ok();
    let poam = poam_model(c, &assessment, &actions, &context).map_err(|e| e.to_string())?;
    let files = [
        (
            catalog_file_name(CATALOG_VERSION),
            to_json(&catalog_model(c, Some(&text), &context)),
        ),
        (
            "catalog-without-prose.json".to_owned(),
            to_json(&catalog_model(c, None, &context)),
        ),
        (
            "profile.json".to_owned(),
            to_json(&profile_model(c, &assessment, &context)),
        ),
        (
            "assessment-results.json".to_owned(),
            to_json(&results_model(c, &assessment, today, &context)),
        ),
        ("poam.json".to_owned(), to_json(&poam)),
    ];
    for (name, json) in files {
        let path = folder.join(name);
        std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(folder.display().to_string())
}
