//! Calendar dates as the app stores them: `YYYY-MM-DD`, the form of an HTML date input.
//!
//! A small type of our own keeps the domain free of clock and time-zone code: the platform
//! layer supplies "today", and the domain only compares and validates dates.

use std::fmt;
use std::str::FromStr;

/// A valid calendar date (proleptic Gregorian, years 1 to 9999).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: u16,
    month: u8,
    day: u8,
}

/// Why a text is not a valid `YYYY-MM-DD` date.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("\"{0}\" is not a date in the form YYYY-MM-DD")]
    Format(String),
    #[error("\"{0}\" is not a day that exists in the calendar")]
    NoSuchDay(String),
}

impl IsoDate {
    /// Builds a date from its parts, or `None` when the day does not exist.
    pub fn new(year: u16, month: u8, day: u8) -> Option<IsoDate> {
        let valid = (1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(IsoDate { year, month, day })
    }

    pub fn year(self) -> u16 {
        self.year
    }

    pub fn month(self) -> u8 {
        self.month
    }

    pub fn day(self) -> u8 {
        self.day
    }
}

fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for IsoDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<IsoDate, DateError> {
        let format_error = || DateError::Format(text.to_owned());
        let bytes = text.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
        if !well_formed {
            return Err(format_error());
        }
        // The slices are ASCII digits of fixed width, so these parses cannot fail; the error
        // mapping keeps that reasoning out of the control flow.
        let year = text[0..4].parse().map_err(|_| format_error())?;
        let month = text[5..7].parse().map_err(|_| format_error())?;
        let day = text[8..10].parse().map_err(|_| format_error())?;
        IsoDate::new(year, month, day).ok_or_else(|| DateError::NoSuchDay(text.to_owned()))
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "{:04}-{:02}-{:02}",
            self.year, self.month, self.day
        )
    }
}

impl IsoDate {
    /// The number of days since 0001-01-01 (day 0), for counting the days between dates.
    pub fn day_number(self) -> i64 {
        // Days before this year, then before this month, then this month's days.
        let years_before = i64::from(self.year) - 1;
        let mut days =
            years_before * 365 + years_before / 4 - years_before / 100 + years_before / 400;
        for month in 1..self.month {
            days += i64::from(days_in_month(self.year, month));
        }
        days + i64::from(self.day) - 1
    }

    /// The date `days` days later (earlier when negative), or `None` outside years 1 to 9999.
    pub fn plus_days(self, days: i64) -> Option<IsoDate> {
        let mut remaining = self.day_number().checked_add(days)?;
        if remaining < 0 {
            return None;
        }
        // Whole 400-year cycles first (146,097 days each), then year by year and month by month.
        let cycles = remaining / 146_097;
        remaining %= 146_097;
        let mut year = 1 + cycles * 400;
        loop {
            let length = if is_leap_year(u16::try_from(year).ok()?) {
                366
            } else {
                365
            };
            if remaining < length {
                break;
            }
            remaining -= length;
            year += 1;
        }
        let year = u16::try_from(year).ok()?;
        let mut month = 1;
        loop {
            let length = i64::from(days_in_month(year, month));
            if remaining < length {
                break;
            }
            remaining -= length;
            month += 1;
        }
        IsoDate::new(year, month, u8::try_from(remaining + 1).ok()?)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: IsoDate) -> i64 {
        later.day_number() - self.day_number()
    }
}
