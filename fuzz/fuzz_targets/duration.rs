//! The duration parser (`--duration`, `--round`): any text parses within the
//! limit or is refused with a reason, and what parses displays and parses back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timesync::timeparse::{Duration, MAX_DURATION_SECS};

fuzz_target!(|text: &str| {
    match text.parse::<Duration>() {
        Ok(duration) => {
            assert!(duration.as_secs() <= MAX_DURATION_SECS);
            assert_eq!(duration.to_string().parse::<Duration>(), Ok(duration));
        }
        Err(error) => assert!(error.starts_with("invalid duration '")),
    }
});
