//! The `--at` parser and its resolving on any "now" chrono can represent.
#![no_main]

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use libfuzzer_sys::fuzz_target;
use timesync::timeparse::{MomentSpec, Now};

fuzz_target!(|input: (&str, i64, i32)| {
    let (text, seconds, offset) = input;
    let Some(offset) = FixedOffset::east_opt(offset % 86_400) else { return };
    let utc = DateTime::from_timestamp(seconds, 0).map_or(NaiveDateTime::MIN, |t| t.naive_utc());
    let now = Now::fixed(DateTime::from_naive_utc_and_offset(utc, offset));
    match text.parse::<MomentSpec>() {
        Ok(spec) => {
            let moment = spec.resolve(&now);
            // Callers date and format the result: its local time must exist.
            let _ = (moment.date_naive(), moment.format("%Y-%m-%d %H:%M").to_string());
            if let Some(exact) = spec.checked_resolve(&now) {
                assert_eq!(exact, moment);
            }
        }
        Err(error) => assert!(error.starts_with("invalid time '")),
    }
});
