//! The framework files and rules: the NIST AI RMF crosswalk (complete, every ID known, the
//! coverage rule on worked examples, its CSV) and the ISO/IEC 27001 reuse hints (every clause
//! item covered, every control ID a real ISO/IEC 27001:2022 Annex A control).

use aims_assess::domain::assessment::{Answer, Assessment};
use aims_assess::domain::catalog::catalog;
use aims_assess::domain::iso27001_reuse::{is_iso27001_control, Iso27001Reuse};
use aims_assess::domain::nist_crosswalk::{
    ai_rmf_subcategory_ids, coverage, Category, Crosswalk, Function, Subcategory,
};
use aims_assess::domain::scoring::{ItemScore, ItemSummary, Summary};
use aims_assess::io::csv_nist::{nist_csv, NIST_HEADER};
use aims_assess::io::framework_data::{parse_crosswalk, parse_iso27001_reuse};

const NIST_FILE: &str = include_str!("../../src/domain/catalog/nist_ai_rmf.json");
const REUSE_FILE: &str = include_str!("../../src/domain/catalog/iso27001_reuse.json");

fn crosswalk() -> Crosswalk {
    match parse_crosswalk(NIST_FILE) {
        Ok(crosswalk) => crosswalk,
        Err(error) => panic!("the crosswalk file does not read: {error}"),
    }
}

fn reuse() -> Iso27001Reuse {
    match parse_iso27001_reuse(REUSE_FILE) {
        Ok(reuse) => reuse,
        Err(error) => panic!("the reuse file does not read: {error}"),
    }
}

#[test]
fn ai_rmf_has_its_72_subcategories_from_govern_1_1_to_manage_4_3() {
    let ids = ai_rmf_subcategory_ids();
    assert_eq!(ids.len(), 72);
    assert_eq!(ids.first().map(String::as_str), Some("GOVERN 1.1"));
    assert_eq!(ids.last().map(String::as_str), Some("MANAGE 4.3"));
    for id in [
        "GOVERN 1.7",
        "GOVERN 6.2",
        "MAP 3.5",
        "MEASURE 2.13",
        "MANAGE 2.4",
    ] {
        assert!(ids.iter().any(|known| known == id), "{id}");
    }
    for id in ["GOVERN 1.8", "MAP 6.1", "MEASURE 2.14", "MANAGE 4.4"] {
        assert!(!ids.iter().any(|known| known == id), "{id}");
    }
}

#[test]
fn the_crosswalk_file_lists_every_subcategory_and_only_catalog_items() {
    let crosswalk = crosswalk();
    assert_eq!(crosswalk.check(catalog()), Ok(()));
    let listed: Vec<String> = crosswalk
        .subcategories()
        .map(|(_, _, subcategory)| subcategory.id.clone())
        .collect();
    assert_eq!(listed, ai_rmf_subcategory_ids());
    for (_, _, subcategory) in crosswalk.subcategories() {
        for id in &subcategory.iso {
            assert!(
                catalog().item(id).is_some(),
                "{} maps to {id}",
                subcategory.id
            );
        }
    }
    assert_eq!(crosswalk.source.last_checked, "2026-12-07");
    assert!(crosswalk.source.url.starts_with("https://airc.nist.gov/"));
}

#[test]
fn the_crosswalk_keeps_the_published_pairs() {
    // A few pairs read from the published crosswalk, so a slip in the data file shows.
    let crosswalk = crosswalk();
    let mapped = |id: &str| -> Vec<String> {
        crosswalk
            .subcategories()
            .find(|(_, _, subcategory)| subcategory.id == id)
            .map(|(_, _, subcategory)| subcategory.iso.clone())
            .unwrap_or_default()
    };
    assert_eq!(mapped("GOVERN 1.1"), ["4.1", "6.2", "A.2.2", "A.2.4"]);
    assert_eq!(mapped("GOVERN 2.2"), ["7.2"]);
    assert_eq!(mapped("MAP 1.5"), ["6.1.1"]);
    assert_eq!(mapped("MEASURE 2.4"), ["9.1", "A.6.2.6", "A.6.2.8"]);
    assert_eq!(mapped("MANAGE 4.3"), ["9.3.2", "A.8.5", "A.6.2.6"]);
}

/// The crosswalk file with one change made to its text.
fn check_changed(from: &str, to: &str) -> Result<(), String> {
    assert!(NIST_FILE.contains(from), "{from}");
    parse_crosswalk(&NIST_FILE.replacen(from, to, 1))?.check(catalog())
}

#[test]
fn a_crosswalk_that_does_not_fit_is_refused_with_the_reason() {
    let cases = [
        (
            "\"A.2.4\"",
            "\"A.2.9\"",
            "GOVERN 1.1 is mapped to A.2.9, which is not an item of the catalog",
        ),
        (
            "\"GOVERN 1.7\"",
            "\"GOVERN 1.8\"",
            "subcategory GOVERN 1.8 is listed where AI RMF 1.0 has GOVERN 1.7",
        ),
        (
            "\"iso\": [\n                \"7.2\"\n              ]",
            "\"iso\": []",
            "GOVERN 2.2 is mapped to nothing",
        ),
    ];
    for (from, to, expected) in cases {
        assert_eq!(check_changed(from, to), Err(expected.to_owned()), "{to}");
    }
    assert!(parse_crosswalk("{\"functions\": 3}")
        .err()
        .is_some_and(|error| error.contains("nist_ai_rmf.json") && error.contains("line 1")));
}

/// A summary where each listed item has the given score out of four requirement questions,
/// answered or not, excluded or not.
fn summary_of(items: &[(&'static str, u32, bool)]) -> Summary {
    let mut summary = Summary::default();
    for &(id, half_points, excluded) in items {
        let score = ItemScore {
            questions: 2,
            answered: u32::from(half_points > 0),
            half_points,
            ..ItemScore::default()
        };
        summary.items.push((id, ItemSummary { score, excluded }));
    }
    summary
}

fn small_crosswalk() -> Crosswalk {
    let sub = |id: &str, iso: &[&str]| Subcategory {
        id: id.to_owned(),
        summary: String::new(),
        iso: iso.iter().map(|id| (*id).to_owned()).collect(),
    };
    Crosswalk {
        functions: vec![Function {
            id: "GOVERN".to_owned(),
            name: "Govern".to_owned(),
            summary: String::new(),
            categories: vec![
                Category {
                    id: "GOVERN 1".to_owned(),
                    summary: String::new(),
                    subcategories: vec![
                        sub("GOVERN 1.1", &["4.1", "A.2.2"]),
                        sub("GOVERN 1.2", &["A.2.2", "A.2.3"]),
                    ],
                },
                Category {
                    id: "GOVERN 2".to_owned(),
                    summary: String::new(),
                    subcategories: vec![sub("GOVERN 2.1", &["5.3"])],
                },
            ],
        }],
        ..Crosswalk::default()
    }
}

#[test]
fn coverage_is_the_mean_score_of_mapped_items_in_scope() {
    // (items with half points out of 4 and exclusion, then GOVERN 1.1, 1.2, category GOVERN
    // 1, GOVERN 2.1, the function)
    type Case = (&'static [(&'static str, u32, bool)], [Option<u32>; 5]);
    let cases: [Case; 5] = [
        // Nothing answered: everything at 0%.
        (&[], [Some(0), Some(0), Some(0), Some(0), Some(0)]),
        // 4.1 fully, A.2.2 half: 1.1 is (100 + 50) / 2; 1.2 is (50 + 0) / 2.
        (
            &[("4.1", 4, false), ("A.2.2", 2, false)],
            [Some(75), Some(25), Some(50), Some(0), Some(33)],
        ),
        // A.2.3 excluded with a justification: 1.2 counts A.2.2 only.
        (
            &[("A.2.2", 4, false), ("A.2.3", 0, true)],
            [Some(50), Some(100), Some(75), Some(0), Some(50)],
        ),
        // Both controls of 1.2 excluded: 1.2 has no coverage and the category counts 1.1 only.
        (
            &[("4.1", 2, false), ("A.2.2", 0, true), ("A.2.3", 0, true)],
            [Some(50), None, Some(50), Some(0), Some(25)],
        ),
        // Everything fully implemented.
        (
            &[
                ("4.1", 4, false),
                ("A.2.2", 4, false),
                ("A.2.3", 4, false),
                ("5.3", 4, false),
            ],
            [Some(100), Some(100), Some(100), Some(100), Some(100)],
        ),
    ];
    let crosswalk = small_crosswalk();
    for (items, expected) in cases {
        let result = coverage(&crosswalk, &summary_of(items));
        let sub = |id: &str| result.subcategory(id).and_then(|entry| entry.percent());
        let function = &result.functions[0];
        let found = [
            sub("GOVERN 1.1"),
            sub("GOVERN 1.2"),
            function.categories[0].coverage.percent(),
            sub("GOVERN 2.1"),
            function.coverage.percent(),
        ];
        assert_eq!(found, expected, "{items:?}");
        assert_eq!(result.overall, function.coverage);
    }
}

#[test]
fn coverage_counts_assessed_and_excluded_items() {
    let crosswalk = small_crosswalk();
    let result = coverage(
        &crosswalk,
        &summary_of(&[("4.1", 1, false), ("A.2.3", 0, true)]),
    );
    let entry = result.subcategory("GOVERN 1.2");
    assert_eq!(
        entry.map(|e| (e.in_scope, e.assessed, e.excluded)),
        Some((1, 0, 1))
    );
    let entry = result.subcategory("GOVERN 1.1");
    assert_eq!(
        entry.map(|e| (e.in_scope, e.assessed, e.excluded)),
        Some((2, 1, 0))
    );
    assert_eq!(result.overall.subcategories, 3);
    assert_eq!(result.overall.counted, 3);
}

/// An assessment with every requirement question of `item` answered `answer`.
fn answered(item_id: &str, answer: Answer) -> Assessment {
    let mut assessment = Assessment::default();
    let item = catalog()
        .item(item_id)
        .map_or(&[][..], |item| item.questions);
    for question in item {
        assert_eq!(
            assessment.set_answer(catalog(), item_id, question.id, Some(answer)),
            Ok(())
        );
    }
    assessment
}

#[test]
fn answering_a_mapped_clause_moves_the_real_crosswalk_coverage() {
    let crosswalk = crosswalk();
    let before = coverage(
        &crosswalk,
        &Summary::compute(catalog(), &Assessment::default()),
    );
    assert_eq!(before.overall.percent(), Some(0));
    let assessment = answered("7.2", Answer::Yes);
    let after = coverage(&crosswalk, &Summary::compute(catalog(), &assessment));
    // GOVERN 2.2 maps to 7.2 alone; GOVERN 2.1 maps to seven items, 7.2 among them.
    let percent = |id: &str| after.subcategory(id).and_then(|entry| entry.percent());
    assert_eq!(percent("GOVERN 2.2"), Some(100));
    assert_eq!(percent("GOVERN 2.1"), Some(14));
    assert_eq!(percent("GOVERN 1.1"), Some(0));
    assert!(after.overall.percent() > before.overall.percent());
}

#[test]
fn the_crosswalk_csv_has_a_row_per_pair_with_status_and_coverage() {
    let crosswalk = crosswalk();
    let assessment = answered("7.2", Answer::Yes);
    let summary = Summary::compute(catalog(), &assessment);
    let result = coverage(&crosswalk, &summary);
    let text = nist_csv(&crosswalk, &result, &summary, catalog());
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map(|header| header.iter().map(str::to_owned).collect())
        .unwrap_or_default();
    assert_eq!(header, NIST_HEADER);
    let rows: Vec<Vec<String>> = reader
        .records()
        .filter_map(Result::ok)
        .map(|record| record.iter().map(str::to_owned).collect())
        .collect();
    let pairs: usize = crosswalk
        .subcategories()
        .map(|(_, _, subcategory)| subcategory.iso.len())
        .sum();
    assert_eq!(rows.len(), pairs);
    let row = rows
        .iter()
        .find(|row| row[2] == "GOVERN 2.2")
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        row[..8],
        [
            "Govern",
            "GOVERN 2",
            "GOVERN 2.2",
            "Staff and partners are trained in AI risk management",
            "100%",
            "7.2",
            "Competence",
            "Fully implemented",
        ]
    );
    assert!(row[8].contains("airc.nist.gov") && row[8].contains("2026-12-07"));
    let row = rows
        .iter()
        .find(|row| row[2] == "GOVERN 1.1" && row[5] == "A.2.2")
        .cloned()
        .unwrap_or_default();
    assert_eq!(row[4..8], ["0%", "A.2.2", "AI policy", "Not assessed"]);
}

#[test]
fn iso27001_control_ids_are_those_of_the_2022_annex_a() {
    let valid = [
        "A.5.1", "A.5.37", "A.6.1", "A.6.8", "A.7.14", "A.8.1", "A.8.34",
    ];
    let invalid = [
        "A.5.0", "A.5.38", "A.6.9", "A.7.15", "A.8.35", "A.9.1", "A.4.1", "A.5", "5.1", "A.05.1",
        "A.5.+1", "A.5.1.1", "A.12.1", "",
    ];
    for id in valid {
        assert!(is_iso27001_control(id), "{id}");
    }
    for id in invalid {
        assert!(!is_iso27001_control(id), "{id}");
    }
}

#[test]
fn the_reuse_file_covers_every_clause_item_and_control_with_valid_ids() {
    let reuse = reuse();
    assert_eq!(reuse.check(catalog()), Ok(()));
    assert_eq!(reuse.clause_items.len(), catalog().clause_items().count());
    assert_eq!(reuse.controls.len(), catalog().controls().count());
    for id in ["7.5.1", "7.5.2", "7.5.3", "9.2.1", "9.2.2"] {
        assert!(reuse.clause_item(id).is_some(), "{id}");
    }
    assert_eq!(
        reuse.related("A.10.3").first().map(String::as_str),
        Some("A.5.19")
    );
    assert!(reuse.related("A.5.5").is_empty());
    assert!(reuse.related("7.2").is_empty());
    assert_eq!(reuse.source.last_checked, "2026-12-07");
}

#[test]
fn a_reuse_file_that_does_not_fit_is_refused_with_the_reason() {
    let check = |from: &str, to: &str| {
        assert!(REUSE_FILE.contains(from), "{from}");
        parse_iso27001_reuse(&REUSE_FILE.replacen(from, to, 1))?.check(catalog())
    };
    assert_eq!(
        check("\"id\": \"9.2.1\"", "\"id\": \"9.2.9\""),
        Err("clause item 9.2.1 has no entry".to_owned())
    );
    assert_eq!(
        check("\"A.5.36\"", "\"A.14.2\""),
        Err("A.2.3 lists A.14.2, which is not an ISO/IEC 27001:2022 Annex A control".to_owned())
    );
    assert_eq!(
        check("\"id\": \"A.10.4\"", "\"id\": \"A.10.9\""),
        Err("control A.10.4 has 0 entries instead of one".to_owned())
    );
}
