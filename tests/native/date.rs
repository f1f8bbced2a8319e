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

fn day(text: &str) -> IsoDate {
    text.parse().expect("a valid date")
}

#[test]
fn day_numbers_count_from_the_first_of_january_of_year_1() {
    assert_eq!(day("0001-01-01").day_number(), 0);
    assert_eq!(day("0001-12-31").day_number(), 364);
    assert_eq!(day("0002-01-01").day_number(), 365);
    // 1970-01-01 is 719,162 days after 0001-01-01 in the proleptic Gregorian calendar.
    assert_eq!(day("1970-01-01").day_number(), 719_162);
    assert_eq!(day("9999-12-31").day_number(), 3_652_058);
}

#[test]
fn leap_years_follow_the_gregorian_rule() {
    // 2024 is a leap year, 2100 is not (divisible by 100), 2000 is (divisible by 400).
    assert_eq!(day("2024-02-28").plus_days(1), Some(day("2024-02-29")));
    assert_eq!(day("2024-02-28").plus_days(2), Some(day("2024-03-01")));
    assert_eq!(day("2100-02-28").plus_days(1), Some(day("2100-03-01")));
    assert_eq!(day("2000-02-28").plus_days(1), Some(day("2000-02-29")));
    assert_eq!(day("2024-01-01").days_until(day("2025-01-01")), 366);
    assert_eq!(day("2025-01-01").days_until(day("2026-01-01")), 365);
    assert_eq!(day("2000-03-01").days_until(day("2000-02-28")), -2);
}

#[test]
fn plus_days_stays_within_years_1_to_9999() {
    assert_eq!(day("0001-01-01").plus_days(-1), None);
    assert_eq!(day("9999-12-31").plus_days(1), None);
    assert_eq!(day("2026-11-23").plus_days(i64::MAX), None);
    assert_eq!(day("2026-11-23").plus_days(0), Some(day("2026-11-23")));
    assert_eq!(day("2026-11-23").plus_days(-365), Some(day("2025-11-23")));
}

#[test]
fn day_numbers_and_dates_round_trip_over_the_whole_range() {
    // Every 97th day from year 1 to 9999, and every day across two 400-year cycle edges.
    let first = day("0001-01-01");
    let last = day("9999-12-31").day_number();
    let mut previous: Option<IsoDate> = None;
    let days = (0..=last)
        .step_by(97)
        .chain(146_000..146_200)
        .chain(730_000..730_600);
    for number in days {
        let date = first.plus_days(number).expect("within range");
        assert_eq!(date.day_number(), number, "{date}");
        assert_eq!(day(&date.to_string()), date, "prints and parses back");
        assert_eq!(first.days_until(date), number);
        if let Some(before) = previous.filter(|before| before.day_number() < number) {
            assert!(before < date, "order of dates is order of day numbers");
        }
        previous = Some(date);
    }
}
