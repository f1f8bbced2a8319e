//! Names of exported files: letters in lower case and digits of the assessment's name, the
//! rest turned into single hyphens, so every name is safe on every system.

use aims_assess::state::export::{file_stem, stem_without_date};

#[test]
fn file_names_keep_letters_and_digits_in_lower_case() {
    let cases = [
        ("2026 Baseline", "2026-baseline"),
        ("Étude ÄI / Q3", "étude-äi-q3"),
        ("  --Board review!!  ", "board-review"),
        ("../../etc/passwd", "etc-passwd"),
        ("<script>", "script"),
        ("", "assessment"),
        ("***", "assessment"),
    ];
    for (name, expected) in cases {
        assert_eq!(file_stem(name), expected, "{name:?}");
    }
    assert_eq!(file_stem(&"a".repeat(100)).chars().count(), 60);
}

/// An assessment named after a day, exported that day, carries the date once; exported on
/// another day, it carries both, since they say different things.
#[test]
fn the_export_date_is_not_repeated_when_the_name_ends_with_it() {
    let cases = [
        ("Assessment of 2026-12-06", "2026-12-06", "assessment-of"),
        (
            "Assessment of 2026-12-06",
            "2026-12-08",
            "assessment-of-2026-12-06",
        ),
        ("2026-12-06", "2026-12-06", "2026-12-06"),
        ("Baseline", "2026-12-06", "baseline"),
        ("Baseline 2026-12-06x", "2026-12-06", "baseline-2026-12-06x"),
    ];
    for (name, date, expected) in cases {
        assert_eq!(
            stem_without_date(name, date),
            expected,
            "{name:?} on {date}"
        );
    }
}
