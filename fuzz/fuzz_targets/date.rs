//! The date parser (`--date`, `--start`, `--end`) and its resolving against
//! any day chrono knows.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use timesync::timeparse::DateSpec;

fuzz_target!(|input: (&str, i32)| {
    let (text, days) = input;
    let today = NaiveDate::from_num_days_from_ce_opt(days).unwrap_or(NaiveDate::MIN);
    match text.parse::<DateSpec>() {
        Ok(spec) => {
            let resolved = spec.resolve(today);
            if let Some(exact) = spec.checked_resolve(today) {
                assert_eq!(exact, resolved);
            }
        }
        Err(error) => assert!(error.starts_with("invalid date '")),
    }
});
