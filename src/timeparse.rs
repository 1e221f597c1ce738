//! Durations and dates as people type them, and the clock they are resolved against.
//!
//! Parsing is split from resolving: `DateSpec` is what the user typed
//! (`yesterday`, `-3d`), [`DateSpec::resolve`] turns it into a date against a
//! [`Clock`], which tests can fix with `TIMESYNC_NOW`.

use std::fmt;
use std::str::FromStr;

use chrono::{
    DateTime, Datelike, Days, FixedOffset, Local, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone, Weekday,
};

/// The accepted duration forms, listed in every duration error.
pub const DURATION_FORMS: &str = "seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30";

/// The accepted date forms, listed in every date error.
pub const DATE_FORMS: &str =
    "YYYY-MM-DD, today, yesterday, a weekday name (monday, mon, …) or an offset such as -3d or -2w";

/// The accepted forms of a moment (`--at`), listed in every such error.
pub const MOMENT_FORMS: &str =
    "HH:MM (today), YYYY-MM-DD HH:MM, RFC 3339 (2026-11-29T09:30:00+01:00) or an offset from now such as -15m";

/// The longest duration the parser accepts: 2^53 − 1 seconds, the largest
/// whole number the server (which stores numbers as IEEE doubles) keeps exactly.
pub const MAX_DURATION_SECS: u64 = (1 << 53) - 1;

/// How far back a date offset (`-3d`, `-2w`) may reach: 100 years, in days.
pub const MAX_DAYS_BACK: u32 = 36_500;

/// How far back an `--at` offset (`-15m`) may reach: 100 years, in seconds.
pub const MAX_SECONDS_BACK: u64 = MAX_DAYS_BACK as u64 * 86_400;

/// Why a number typed by a person was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Refusal {
    /// Not one of the accepted forms.
    Malformed,
    /// An accepted form, but beyond the limit.
    TooLarge,
}

/// A length of time worked, in whole seconds (never negative).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Duration(u64);

impl Duration {
    /// A duration of `seconds` seconds.
    pub fn from_secs(seconds: u64) -> Self {
        Duration(seconds)
    }

    /// The duration in seconds.
    pub fn as_secs(self) -> u64 {
        self.0
    }
}

impl fmt::Display for Duration {
    /// Formats as `3h30m`, `45m`, `1h30m15s`, `12s` or `0m`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (h, m, s) = (self.0 / 3600, self.0 % 3600 / 60, self.0 % 60);
        if self.0 == 0 {
            return f.write_str("0m");
        }
        if h > 0 {
            write!(f, "{h}h")?;
        }
        if m > 0 {
            write!(f, "{m}m")?;
        }
        if s > 0 {
            write!(f, "{s}s")?;
        }
        Ok(())
    }
}

impl FromStr for Duration {
    type Err = String;

    /// Parses every form in [`DURATION_FORMS`], up to [`MAX_DURATION_SECS`].
    fn from_str(input: &str) -> Result<Self, String> {
        let s = input.trim();
        if s.starts_with('-') && s.len() > 1 {
            return Err(format!("invalid duration '{input}': a duration cannot be negative"));
        }
        match parse_duration(s) {
            Ok(seconds) if seconds <= MAX_DURATION_SECS => Ok(Duration(seconds)),
            Ok(_) | Err(Refusal::TooLarge) => Err(format!(
                "invalid duration '{input}': at most {MAX_DURATION_SECS} seconds (2^53-1, the most the server \
                 stores exactly) is accepted"
            )),
            Err(Refusal::Malformed) => Err(format!("invalid duration '{input}': expected {DURATION_FORMS}")),
        }
    }
}

fn parse_duration(s: &str) -> Result<u64, Refusal> {
    if s.is_empty() {
        return Err(Refusal::Malformed);
    }
    if s.bytes().all(|b| b.is_ascii_digit()) {
        // Only digits: the parse can only fail by overflowing.
        return s.parse().map_err(|_| Refusal::TooLarge);
    }
    if s.contains(':') {
        return parse_clock_duration(s);
    }
    parse_unit_duration(&s.to_ascii_lowercase())
}

/// `1:30` (h:mm) and `1:30:15` (h:mm:ss).
fn parse_clock_duration(s: &str) -> Result<u64, Refusal> {
    let parts: Vec<&str> = s.split(':').collect();
    let well_formed = (2..=3).contains(&parts.len())
        && parts.iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        && parts[1..].iter().all(|p| p.len() == 2);
    if !well_formed {
        return Err(Refusal::Malformed);
    }
    let hours: u64 = parts[0].parse().map_err(|_| Refusal::TooLarge)?;
    let minutes: u64 = parts[1].parse().map_err(|_| Refusal::Malformed)?;
    let seconds: u64 = parts.get(2).map_or(Ok(0), |p| p.parse()).map_err(|_| Refusal::Malformed)?;
    if minutes > 59 || seconds > 59 {
        return Err(Refusal::Malformed);
    }
    hours.checked_mul(3600).and_then(|h| h.checked_add(minutes * 60 + seconds)).ok_or(Refusal::TooLarge)
}

/// `3h30m`, `45m`, `1h30m15s`, `1.5h`: units h, m, s in that order, each at most once.
/// Whole parts add up exactly; fractions are added and rounded at the end.
fn parse_unit_duration(s: &str) -> Result<u64, Refusal> {
    let (mut whole, mut fraction) = (0u64, 0f64);
    let mut rest = s;
    let mut last_rank = 0;
    while !rest.is_empty() {
        let number_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).ok_or(Refusal::Malformed)?;
        let (number, tail) = rest.split_at(number_len);
        let (integer, decimals) = number.split_once('.').unwrap_or((number, ""));
        if integer.is_empty() || decimals.contains('.') || (number.contains('.') && decimals.is_empty()) {
            return Err(Refusal::Malformed);
        }
        let mut chars = tail.chars();
        let (rank, factor) = match chars.next() {
            Some('h') => (1, 3600),
            Some('m') => (2, 60),
            Some('s') => (3, 1),
            _ => return Err(Refusal::Malformed),
        };
        if rank <= last_rank {
            return Err(Refusal::Malformed);
        }
        last_rank = rank;
        let integer: u64 = integer.parse().map_err(|_| Refusal::TooLarge)?;
        whole = integer.checked_mul(factor).and_then(|v| whole.checked_add(v)).ok_or(Refusal::TooLarge)?;
        if !decimals.is_empty() {
            let part: f64 = format!("0.{decimals}").parse().map_err(|_| Refusal::Malformed)?;
            fraction += part * factor as f64;
        }
        rest = chars.as_str();
    }
    // `fraction` is below 3600 + 60 + 1, so the cast is exact.
    whole.checked_add(fraction.round() as u64).ok_or(Refusal::TooLarge)
}

/// The current time, fixed by `TIMESYNC_NOW` (RFC 3339) in tests.
#[derive(Clone, Copy, Debug)]
pub struct Clock {
    now: DateTime<FixedOffset>,
}

/// The environment variable that fixes the clock. For tests only.
pub const NOW_VAR: &str = "TIMESYNC_NOW";

impl Clock {
    /// The system clock, unless `TIMESYNC_NOW` holds an RFC 3339 timestamp.
    pub fn from_env() -> Result<Self, String> {
        match std::env::var(NOW_VAR) {
            Ok(value) if !value.is_empty() => DateTime::parse_from_rfc3339(&value)
                .map(Clock::fixed)
                .map_err(|e| format!("{NOW_VAR}='{value}' is not an RFC 3339 timestamp: {e}")),
            _ => Ok(Clock::fixed(Local::now().fixed_offset())),
        }
    }

    /// A clock that always reads `now`. At chrono's very limits (some
    /// 262,000 years away), `now` is moved to the nearest moment whose local
    /// time can be represented, so nothing that reads the clock can panic.
    pub fn fixed(now: DateTime<FixedOffset>) -> Self {
        Clock { now: clamp(now.naive_utc(), *now.offset()) }
    }

    /// The current time, with the local offset.
    pub fn now(&self) -> DateTime<FixedOffset> {
        self.now
    }

    /// Today's local date.
    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }
}

/// The moment `utc` in `offset`, moved into the range where both it and its
/// local time can be represented.
fn clamp(utc: NaiveDateTime, offset: FixedOffset) -> DateTime<FixedOffset> {
    let earliest = NaiveDateTime::MIN.checked_sub_offset(offset).unwrap_or(NaiveDateTime::MIN);
    let latest = NaiveDateTime::MAX.checked_sub_offset(offset).unwrap_or(NaiveDateTime::MAX);
    DateTime::from_naive_utc_and_offset(utc.clamp(earliest, latest), offset)
}

/// A date as typed: absolute, or relative to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateSpec {
    /// `YYYY-MM-DD`.
    On(NaiveDate),
    /// `today`, `yesterday`, `-3d`, `-2w`: this many days before today.
    DaysAgo(u32),
    /// `monday`: the most recent past such day (a week ago when today is that day).
    Last(Weekday),
}

impl DateSpec {
    /// The date this stands for, given today's date; the earliest date chrono
    /// knows when that lies before it (see [`DateSpec::checked_resolve`]).
    pub fn resolve(self, today: NaiveDate) -> NaiveDate {
        self.checked_resolve(today).unwrap_or(NaiveDate::MIN)
    }

    /// The date this stands for, given today's date, or `None` when it lies
    /// before the earliest date chrono knows.
    pub fn checked_resolve(self, today: NaiveDate) -> Option<NaiveDate> {
        let days_back = match self {
            DateSpec::On(date) => return Some(date),
            DateSpec::DaysAgo(days) => days,
            DateSpec::Last(weekday) => {
                let back = (today.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7;
                if back == 0 {
                    7
                } else {
                    back
                }
            }
        };
        today.checked_sub_days(Days::new(u64::from(days_back)))
    }
}

impl FromStr for DateSpec {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        let s = input.trim().to_ascii_lowercase();
        let error = || format!("invalid date '{input}': expected {DATE_FORMS}");
        match s.as_str() {
            "today" => return Ok(DateSpec::DaysAgo(0)),
            "yesterday" => return Ok(DateSpec::DaysAgo(1)),
            _ => {}
        }
        if let Ok(weekday) = s.parse::<Weekday>() {
            return Ok(DateSpec::Last(weekday));
        }
        if let Some(offset) = s.strip_prefix('-') {
            return match days_back(offset) {
                Ok(days) => Ok(DateSpec::DaysAgo(days)),
                Err(Refusal::TooLarge) => Err(format!(
                    "invalid date '{input}': an offset goes back at most 100 years (-{MAX_DAYS_BACK}d or -5214w)"
                )),
                Err(Refusal::Malformed) => Err(error()),
            };
        }
        if s.len() == 10 {
            if let Ok(date) = NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
                return Ok(DateSpec::On(date));
            }
        }
        Err(error())
    }
}

/// `3d` or `2w` (after the `-`) as a number of days, at most [`MAX_DAYS_BACK`].
fn days_back(offset: &str) -> Result<u32, Refusal> {
    let (number, days_per_unit) = match (offset.strip_suffix('d'), offset.strip_suffix('w')) {
        (Some(number), _) => (number, 1),
        (_, Some(number)) => (number, 7),
        _ => return Err(Refusal::Malformed),
    };
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Refusal::Malformed);
    }
    let count: u64 = number.parse().map_err(|_| Refusal::TooLarge)?;
    count
        .checked_mul(days_per_unit)
        .and_then(|days| u32::try_from(days).ok())
        .filter(|days| *days <= MAX_DAYS_BACK)
        .ok_or(Refusal::TooLarge)
}

/// A moment as typed for `--at`: a wall-clock time, a full timestamp, or an offset from now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MomentSpec {
    /// `HH:MM`: that time today.
    TodayAt(NaiveTime),
    /// `YYYY-MM-DD HH:MM`: that local date and time.
    Local(NaiveDateTime),
    /// RFC 3339, with its own offset.
    Exact(DateTime<FixedOffset>),
    /// `-15m`, `-1h30m`: that long before now.
    Ago(Duration),
}

impl MomentSpec {
    /// The moment this stands for on `clock`, in the clock's offset. A moment
    /// beyond chrono's range (only reachable from a clock near its limits)
    /// becomes the nearest one it can represent; see [`MomentSpec::checked_resolve`].
    pub fn resolve(self, clock: &Clock) -> DateTime<FixedOffset> {
        let offset = *clock.now().offset();
        let beyond = match self {
            MomentSpec::Ago(_) => NaiveDateTime::MIN,
            _ if offset.local_minus_utc() > 0 => NaiveDateTime::MIN,
            _ => NaiveDateTime::MAX,
        };
        clamp(self.utc(clock).unwrap_or(beyond), offset)
    }

    /// The moment this stands for on `clock`, or `None` when chrono cannot
    /// represent it (or its local time) in the clock's offset.
    pub fn checked_resolve(self, clock: &Clock) -> Option<DateTime<FixedOffset>> {
        let utc = self.utc(clock)?;
        let moment = clamp(utc, *clock.now().offset());
        (moment.naive_utc() == utc).then_some(moment)
    }

    /// The moment in UTC, or `None` on overflow.
    fn utc(self, clock: &Clock) -> Option<NaiveDateTime> {
        let now = clock.now();
        match self {
            MomentSpec::TodayAt(time) => clock.today().and_time(time).checked_sub_offset(*now.offset()),
            MomentSpec::Local(naive) => naive.checked_sub_offset(*now.offset()),
            MomentSpec::Exact(moment) => Some(moment.naive_utc()),
            MomentSpec::Ago(duration) => {
                let back = TimeDelta::try_seconds(i64::try_from(duration.as_secs()).ok()?)?;
                now.naive_utc().checked_sub_signed(back)
            }
        }
    }
}

impl FromStr for MomentSpec {
    type Err = String;

    fn from_str(input: &str) -> Result<Self, String> {
        let s = input.trim();
        let error = || format!("invalid time '{input}': expected {MOMENT_FORMS}");
        if let Some(offset) = s.strip_prefix('-') {
            return match parse_duration(offset.trim()) {
                Ok(seconds) if seconds <= MAX_SECONDS_BACK => Ok(MomentSpec::Ago(Duration(seconds))),
                Ok(_) | Err(Refusal::TooLarge) => Err(format!(
                    "invalid time '{input}': an offset goes back at most 100 years (-{}h)",
                    MAX_SECONDS_BACK / 3600
                )),
                Err(Refusal::Malformed) => Err(error()),
            };
        }
        if let Ok(moment) = DateTime::parse_from_rfc3339(s) {
            return Ok(MomentSpec::Exact(moment));
        }
        for format in ["%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"] {
            if let Ok(naive) = NaiveDateTime::parse_from_str(s, format) {
                return Ok(MomentSpec::Local(naive));
            }
        }
        for format in ["%H:%M", "%H:%M:%S"] {
            if let Ok(time) = NaiveTime::parse_from_str(s, format) {
                return Ok(MomentSpec::TodayAt(time));
            }
        }
        Err(error())
    }
}

/// The largest duration the server stores exactly: 2^53 − 1 seconds (a
/// JavaScript number).
pub const MAX_SECONDS: u64 = (1 << 53) - 1;

/// Midnight at the start of `day`, in the UTC offset of `like`.
pub fn midnight(day: NaiveDate, like: &DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    like.offset().from_local_datetime(&day.and_hms_opt(0, 0, 0)?).single()
}

/// The (day, duration) parts of `start..end`, split at midnight in the
/// start's UTC offset: one part per day worked, each with the time that
/// fell on that day. A zero-length span is one empty part.
pub fn split_by_day(start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> Vec<(NaiveDate, Duration)> {
    let offset = *start.offset();
    let end = end.with_timezone(&offset);
    let mut parts = Vec::new();
    let mut from = start;
    loop {
        let next_midnight = from.date_naive().succ_opt().and_then(|day| midnight(day, &start));
        let until = match next_midnight {
            Some(midnight) if midnight < end => midnight,
            _ => end,
        };
        let seconds = (until - from).num_seconds().max(0) as u64;
        if seconds > 0 || parts.is_empty() {
            parts.push((from.date_naive(), Duration::from_secs(seconds)));
        }
        if until >= end {
            return parts;
        }
        from = until;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(s: &str) -> Result<u64, String> {
        s.parse::<Duration>().map(Duration::as_secs)
    }

    #[test]
    fn durations_in_every_accepted_form() {
        for (input, expected) in [
            ("5400", 5400),
            ("0", 0),
            ("3h30m", 12600),
            ("0h30m", 1800),
            ("03h05m", 11100),
            ("3h", 10800),
            ("45m", 2700),
            ("90m", 5400),
            ("1h30m15s", 5415),
            ("24h", 86400),
            ("100h0m", 360000),
            ("1H30M", 5400),
            ("1.5h", 5400),
            ("1:30", 5400),
            ("1:30:15", 5415),
            ("12s", 12),
        ] {
            assert_eq!(secs(input), Ok(expected), "{input}");
        }
    }

    #[test]
    fn malformed_and_negative_durations_are_refused_with_the_forms() {
        for bad in ["", "3hh30m", "3h30m15h", "h30m", "3hm", "junktime", "1h 30m", "30m3h", "1:3", "1:60", ".5h", "1.h"]
        {
            let error = secs(bad).unwrap_err();
            assert!(error.contains(DURATION_FORMS), "{bad}: {error}");
        }
        assert!(secs("-1h30m").unwrap_err().contains("cannot be negative"));
        assert!(secs("-12600").unwrap_err().contains("cannot be negative"));
    }

    #[test]
    fn durations_display_compactly() {
        for (seconds, shown) in
            [(12600, "3h30m"), (2700, "45m"), (5415, "1h30m15s"), (0, "0m"), (12, "12s"), (86400, "24h")]
        {
            assert_eq!(Duration::from_secs(seconds).to_string(), shown);
            assert_eq!(secs(shown), Ok(seconds), "display must parse back");
        }
    }

    #[test]
    fn dates_resolve_against_today() {
        // 2026-11-29 is a Sunday.
        let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
        let on = |s: &str| s.parse::<DateSpec>().unwrap().resolve(today).to_string();
        assert_eq!(on("2015-04-19"), "2015-04-19");
        assert_eq!(on("today"), "2026-11-29");
        assert_eq!(on("Yesterday"), "2026-11-28");
        assert_eq!(on("-3d"), "2026-11-26");
        assert_eq!(on("-2w"), "2026-11-15");
        assert_eq!(on("friday"), "2026-11-27");
        assert_eq!(on("sun"), "2026-11-22");
    }

    #[test]
    fn bad_dates_list_the_accepted_forms() {
        for bad in ["", "2015-13-01", "2015-02-30", "15-04-19", "tomorrow", "-3x", "+3d", "2015-4-19"] {
            let error = bad.parse::<DateSpec>().unwrap_err();
            assert!(error.contains(DATE_FORMS), "{bad}: {error}");
        }
    }

    #[test]
    fn moments_resolve_against_the_clock() {
        let clock = Clock::fixed(DateTime::parse_from_rfc3339("2026-11-29T10:00:00+01:00").unwrap());
        let at = |s: &str| s.parse::<MomentSpec>().unwrap().resolve(&clock).to_rfc3339();
        assert_eq!(at("09:15"), "2026-11-29T09:15:00+01:00");
        assert_eq!(at("2026-11-28 23:30"), "2026-11-28T23:30:00+01:00");
        assert_eq!(at("2026-11-29T08:00:00Z"), "2026-11-29T09:00:00+01:00");
        assert_eq!(at("-15m"), "2026-11-29T09:45:00+01:00");
        assert_eq!(at("-1h30m"), "2026-11-29T08:30:00+01:00");
        for bad in ["", "25:00", "9", "yesterday", "-x", "2026-11-29"] {
            assert!(bad.parse::<MomentSpec>().unwrap_err().contains(MOMENT_FORMS), "{bad}");
        }
    }

    #[test]
    fn durations_above_2_pow_53_minus_1_are_refused_with_the_limit() {
        assert_eq!(secs("9007199254740991"), Ok(MAX_DURATION_SECS));
        assert_eq!(secs("2501999792983h36m31s"), Ok(MAX_DURATION_SECS));
        for bad in [
            "18446744073709551615",
            "9007199254740993",
            "9007199254740992",
            "2501999792983h36m32s",
            "99999999999999999999h",
        ] {
            let error = secs(bad).unwrap_err();
            assert!(error.contains(&format!("invalid duration '{bad}'")), "{error}");
            assert!(error.contains("at most 9007199254740991 seconds"), "{error}");
        }
        assert!(secs("5124095576030432:00").unwrap_err().contains("at most 9007199254740991 seconds"));
    }

    #[test]
    fn date_offsets_with_any_characters_are_refused_without_panicking() {
        for bad in ["-é", "-éd", "-ééw", "-", "-d", "-+5d", "-5", "-5 d", "-\u{1b}"] {
            let error = bad.parse::<DateSpec>().unwrap_err();
            assert!(error.contains(&format!("invalid date '{bad}'")) && error.contains(DATE_FORMS), "{error}");
        }
    }

    #[test]
    fn date_offsets_go_back_at_most_100_years() {
        assert_eq!("-36500d".parse(), Ok(DateSpec::DaysAgo(36_500)));
        assert_eq!("-5214w".parse(), Ok(DateSpec::DaysAgo(36_498)));
        for bad in ["-36501d", "-5215w", "-4294967296d", "-99999999999999999999999w"] {
            let error = bad.parse::<DateSpec>().unwrap_err();
            assert!(error.contains(&format!("invalid date '{bad}'")), "{error}");
            assert!(error.contains("at most 100 years (-36500d or -5214w)"), "{error}");
        }
    }

    #[test]
    fn at_offsets_go_back_at_most_100_years() {
        let clock = Clock::fixed(DateTime::parse_from_rfc3339("2026-11-29T10:00:00+01:00").unwrap());
        let resolved = "-876000h".parse::<MomentSpec>().unwrap().resolve(&clock);
        assert_eq!(resolved.to_rfc3339(), "1926-12-24T10:00:00+01:00");
        for bad in ["-9999999999h", "-876001h", "-18446744073709551616", "-99999999999999999999h"] {
            let error = bad.parse::<MomentSpec>().unwrap_err();
            assert!(error.contains(&format!("invalid time '{bad}'")), "{error}");
            assert!(error.contains("at most 100 years (-876000h)"), "{error}");
        }
    }

    #[test]
    fn resolving_at_the_limits_of_chrono_saturates_instead_of_panicking() {
        let offset = FixedOffset::west_opt(3600).unwrap();
        let earliest = Clock::fixed(DateTime::<chrono::Utc>::MIN_UTC.with_timezone(&offset));
        let ago = MomentSpec::Ago(Duration::from_secs(MAX_SECONDS_BACK));
        assert_eq!(ago.checked_resolve(&earliest), None);
        assert_eq!(ago.resolve(&earliest), earliest.now());
        assert_eq!(earliest.today(), NaiveDate::MIN);
        let latest = Clock::fixed(DateTime::<chrono::Utc>::MAX_UTC.fixed_offset());
        let midnight = MomentSpec::Local(NaiveDateTime::MAX);
        assert_eq!(midnight.resolve(&latest), latest.now());
        assert_eq!(DateSpec::DaysAgo(u32::MAX).checked_resolve(NaiveDate::MIN), None);
        assert_eq!(DateSpec::DaysAgo(u32::MAX).resolve(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()), NaiveDate::MIN);
        assert_eq!(DateSpec::Last(Weekday::Mon).resolve(NaiveDate::MIN), NaiveDate::MIN);
    }

    #[test]
    fn the_clock_can_be_fixed() {
        let clock = Clock::fixed(DateTime::parse_from_rfc3339("2026-11-29T23:30:00-08:00").unwrap());
        assert_eq!(clock.today().to_string(), "2026-11-29");
    }

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn a_span_within_one_day_is_one_part() {
        let parts = split_by_day(at("2026-11-29T09:00:00+01:00"), at("2026-11-29T12:30:15+01:00"));
        assert_eq!(parts, [(NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(), Duration::from_secs(12615))]);
    }

    #[test]
    fn a_span_across_midnight_splits_per_day() {
        let parts = split_by_day(at("2026-11-28T22:00:00+01:00"), at("2026-11-30T01:00:00+01:00"));
        let days: Vec<(String, u64)> = parts.iter().map(|(d, s)| (d.to_string(), s.as_secs())).collect();
        assert_eq!(days, [("2026-11-28".into(), 7200), ("2026-11-29".into(), 86400), ("2026-11-30".into(), 3600)]);
    }

    #[test]
    fn an_end_given_in_another_offset_counts_in_the_start_offset() {
        let parts = split_by_day(at("2026-11-29T23:00:00+01:00"), at("2026-11-29T23:30:00Z"));
        let days: Vec<(String, u64)> = parts.iter().map(|(d, s)| (d.to_string(), s.as_secs())).collect();
        assert_eq!(days, [("2026-11-29".into(), 3600), ("2026-11-30".into(), 1800)]);
    }

    #[test]
    fn a_zero_length_span_is_one_empty_part() {
        let start = at("2026-11-29T09:00:00+01:00");
        assert_eq!(split_by_day(start, start), [(start.date_naive(), Duration::from_secs(0))]);
    }
}
