//! The `--at` parser and its resolving on any clock chrono can represent.
#![no_main]

use chrono::{DateTime, FixedOffset, NaiveDateTime};
use libfuzzer_sys::fuzz_target;
use timesync::timeparse::{Clock, MomentSpec};

fuzz_target!(|input: (&str, i64, i32)| {
    let (text, seconds, offset) = input;
    let Some(offset) = FixedOffset::east_opt(offset % 86_400) else { return };
    let utc = DateTime::from_timestamp(seconds, 0).map_or(NaiveDateTime::MIN, |t| t.naive_utc());
    let clock = Clock::fixed(DateTime::from_naive_utc_and_offset(utc, offset));
    match text.parse::<MomentSpec>() {
        Ok(spec) => {
            let moment = spec.resolve(&clock);
            // Callers date and format the result: its local time must exist.
            let _ = (moment.date_naive(), moment.format("%Y-%m-%d %H:%M").to_string());
            if let Some(exact) = spec.checked_resolve(&clock) {
                assert_eq!(exact, moment);
            }
        }
        Err(error) => assert!(error.starts_with("invalid time '")),
    }
});
