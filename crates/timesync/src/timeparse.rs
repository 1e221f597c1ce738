//! Durations and dates as people type them, and the moment they are
//! resolved against.
//!
//! Parsing is split from resolving: `DateSpec` is what the user typed
//! (`yesterday`, `-3d`), [`DateSpec::resolve`] turns it into a date against
//! [`Now`], the current time fixed once (so a command reads one "now"
//! throughout, and tests can choose it).

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

/// The earliest date accepted anywhere: 1970-01-01.
pub const EARLIEST_DATE: NaiveDate = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a valid date");

/// The latest date accepted anywhere: 2100-12-31.
pub const LATEST_DATE: NaiveDate = NaiveDate::from_ymd_opt(2100, 12, 31).expect("a valid date");

/// `date` when it lies from [`EARLIEST_DATE`] to [`LATEST_DATE`], else why
/// not (naming the accepted range).
pub fn check_date_range(date: NaiveDate) -> Result<NaiveDate, String> {
    if (EARLIEST_DATE..=LATEST_DATE).contains(&date) {
        Ok(date)
    } else {
        Err(format!("{date} is outside the accepted dates, {EARLIEST_DATE} to {LATEST_DATE}"))
    }
}

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

/// The current time, read once: what "today" and "-15m" are relative to.
#[derive(Clone, Copy, Debug)]
pub struct Now {
    now: DateTime<FixedOffset>,
}

impl Now {
    /// The system's current time, in the local offset.
    pub fn system() -> Self {
        Now::fixed(Local::now().fixed_offset())
    }

    /// `now`, as the current time. At chrono's very limits (some 262,000
    /// years away), it is moved to the nearest moment whose local time can
    /// be represented, so nothing that reads it can panic.
    pub fn fixed(now: DateTime<FixedOffset>) -> Self {
        Now { now: clamp(now.naive_utc(), *now.offset()) }
    }

    /// The current time, with its UTC offset.
    pub fn datetime(&self) -> DateTime<FixedOffset> {
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
    /// `monday`: the most recent such day, today included.
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
                (today.weekday().num_days_from_monday() + 7 - weekday.num_days_from_monday()) % 7
            }
        };
        today.checked_sub_days(Days::new(u64::from(days_back)))
    }

    /// The date this stands for as the end of a period that starts on
    /// `start`: a weekday name is the first such day on or after `start`
    /// (within its week, so `-s monday -e sunday` is a whole week); other
    /// forms as [`DateSpec::checked_resolve`].
    pub fn checked_resolve_end(self, today: NaiveDate, start: Option<NaiveDate>) -> Option<NaiveDate> {
        match (self, start) {
            (DateSpec::Last(weekday), Some(start)) => {
                let ahead = (weekday.num_days_from_monday() + 7 - start.weekday().num_days_from_monday()) % 7;
                start.checked_add_days(Days::new(u64::from(ahead)))
            }
            _ => self.checked_resolve(today),
        }
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
                return check_date_range(date)
                    .map(DateSpec::On)
                    .map_err(|why| format!("invalid date '{input}': {why}"));
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
    /// The moment this stands for at `now`, in its offset. A moment beyond
    /// chrono's range (only reachable from a `now` near its limits)
    /// becomes the nearest one it can represent; see [`MomentSpec::checked_resolve`].
    pub fn resolve(self, now: &Now) -> DateTime<FixedOffset> {
        let offset = *now.datetime().offset();
        let beyond = match self {
            MomentSpec::Ago(_) => NaiveDateTime::MIN,
            _ if offset.local_minus_utc() > 0 => NaiveDateTime::MIN,
            _ => NaiveDateTime::MAX,
        };
        clamp(self.utc(now).unwrap_or(beyond), offset)
    }

    /// The moment this stands for at `now`, or `None` when chrono cannot
    /// represent it (or its local time) in its offset.
    pub fn checked_resolve(self, now: &Now) -> Option<DateTime<FixedOffset>> {
        let utc = self.utc(now)?;
        let moment = clamp(utc, *now.datetime().offset());
        (moment.naive_utc() == utc).then_some(moment)
    }

    /// The moment in UTC, or `None` on overflow.
    fn utc(self, current: &Now) -> Option<NaiveDateTime> {
        let now = current.datetime();
        match self {
            MomentSpec::TodayAt(time) => current.today().and_time(time).checked_sub_offset(*now.offset()),
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
mod tests;
