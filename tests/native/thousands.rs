//! Counts in messages and long lists ("Showing 25 of 2,000 risks") group their digits in
//! threes.

use aims_assess::domain::limits::thousands;

#[test]
fn counts_group_their_digits_in_threes() {
    let cases = [
        (0, "0"),
        (7, "7"),
        (999, "999"),
        (1_000, "1,000"),
        (2_000, "2,000"),
        (12_345, "12,345"),
        (123_456, "123,456"),
        (1_234_567, "1,234,567"),
    ];
    for (count, expected) in cases {
        assert_eq!(thousands(count), expected, "{count}");
    }
}

#[test]
fn one_decimal_rounds_to_a_tenth_like_float_formatting() {
    use aims_assess::domain::limits::one_decimal;
    for (value, expected) in [
        (0.0, "0.0"),
        (150.0, "150.0"),
        (12.34, "12.3"),
        (12.36, "12.4"),
        (-0.26, "-0.3"),
        (-0.04, "0.0"),
        (45.000_000_1, "45.0"),
        (20.96, "21.0"),
    ] {
        assert_eq!(one_decimal(value), expected, "{value}");
        // The same as Rust's own formatting for these values (which the app no longer uses,
        // for size).
        assert_eq!(
            format!("{value:.1}").replace("-0.0", "0.0"),
            expected,
            "{value}"
        );
    }
}
