//! The clock: the current time for file stamps and today's date for due dates.
//!
//! The domain never reads the clock itself; it is handed these values, which keeps its rules
//! repeatable in tests.

use crate::domain::date::IsoDate;

/// The current time as an ISO 8601 string in UTC, such as `2026-11-23T10:15:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0()
        .to_iso_string()
        .as_string()
        .unwrap_or_default()
}

/// Today's date in the user's own time zone.
pub fn today() -> Option<IsoDate> {
    let now = js_sys::Date::new_0();
    IsoDate::new(
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
    )
}

/// Milliseconds since 1 January 1970 (UTC), for measuring how long work takes and for keys
/// that must not repeat across reloads.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Today's date as `YYYY-MM-DD` for file names and headers, or "undated" if the browser's
/// clock cannot be read.
pub fn today_text() -> String {
    today()
        .map(|date| date.to_string())
        .unwrap_or_else(|| "undated".to_owned())
}
