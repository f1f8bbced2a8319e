//! Names of exported files: letters in lower case and digits of the assessment's name, the
//! rest turned into single hyphens, so every name is safe on every system.

use aims_assess::state::export::file_stem;

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
