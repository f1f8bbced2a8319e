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
