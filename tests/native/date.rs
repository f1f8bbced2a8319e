//! Due dates: only real calendar days in `YYYY-MM-DD` form are accepted.

use aims_assess::domain::date::{DateError, IsoDate};

fn check(text: &str, expected: Result<(u16, u8, u8), &str>) {
    let parsed = text.parse::<IsoDate>();
    match (parsed, expected) {
        (Ok(date), Ok((y, m, d))) => {
            assert_eq!((date.year(), date.month(), date.day()), (y, m, d), "{text}");
            assert_eq!(date.to_string(), text, "{text} prints back unchanged");
        }
        (Err(DateError::Format(_)), Err("format")) | (Err(DateError::NoSuchDay(_)), Err("day")) => {
        }
        (actual, expected) => panic!("{text}: got {actual:?}, expected {expected:?}"),
    }
}

#[test]
fn dates_are_parsed_strictly() {
    check("2026-11-23", Ok((2026, 11, 23)));
    check("2024-02-29", Ok((2024, 2, 29))); // leap year
    check("2000-02-29", Ok((2000, 2, 29))); // divisible by 400
    check("1900-02-29", Err("day")); // divisible by 100 only
    check("2026-02-29", Err("day"));
    check("2026-04-31", Err("day"));
    check("2026-13-01", Err("day"));
    check("2026-00-10", Err("day"));
    check("0000-01-01", Err("day"));
    check("9999-12-31", Ok((9999, 12, 31)));
    check("2026-1-5", Err("format"));
    check("2026/01/05", Err("format"));
    check("26-01-05", Err("format"));
    check("", Err("format"));
    check("2026-01-05T00:00", Err("format"));
    check("２０２６-01-05", Err("format")); // full-width digits are not ASCII digits
}

#[test]
fn dates_order_chronologically() {
    let earlier: IsoDate = "2026-01-31".parse().expect("valid");
    let later: IsoDate = "2026-02-01".parse().expect("valid");
    assert!(earlier < later);
}
