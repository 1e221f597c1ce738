//! Tests of durations, dates, moments and their parsing.

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
    for bad in ["", "3hh30m", "3h30m15h", "h30m", "3hm", "junktime", "1h 30m", "30m3h", "1:3", "1:60", ".5h", "1.h"] {
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
    assert_eq!(on("sun"), "2026-11-29", "today, when today is that day");
    assert_eq!(on("mon"), "2026-11-23");
}

#[test]
fn a_weekday_ending_a_period_is_in_the_week_after_its_start() {
    // 2026-12-04 is a Friday.
    let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
    let spec = |s: &str| s.parse::<DateSpec>().unwrap();
    let start = spec("monday").checked_resolve(today);
    assert_eq!(start.unwrap().to_string(), "2026-11-30");
    assert_eq!(spec("sunday").checked_resolve_end(today, start).unwrap().to_string(), "2026-12-06");
    assert_eq!(spec("monday").checked_resolve_end(today, start).unwrap().to_string(), "2026-11-30");
    assert_eq!(spec("sunday").checked_resolve_end(today, None).unwrap().to_string(), "2026-11-29");
    assert_eq!(spec("-1d").checked_resolve_end(today, start).unwrap().to_string(), "2026-12-03");
}

#[test]
fn dates_before_1970_or_after_2100_are_refused() {
    for bad in ["0000-01-01", "9999-12-31", "1969-12-31", "2101-01-01"] {
        let error = bad.parse::<DateSpec>().unwrap_err();
        assert!(error.contains("1970-01-01 to 2100-12-31"), "{bad}: {error}");
    }
    assert!("1970-01-01".parse::<DateSpec>().is_ok());
    assert!("2100-12-31".parse::<DateSpec>().is_ok());
}

#[test]
fn bad_dates_list_the_accepted_forms() {
    for bad in ["", "2015-13-01", "2015-02-30", "15-04-19", "tomorrow", "-3x", "+3d", "2015-4-19"] {
        let error = bad.parse::<DateSpec>().unwrap_err();
        assert!(error.contains(DATE_FORMS), "{bad}: {error}");
    }
}

#[test]
fn moments_resolve_against_now() {
    let now = Now::fixed(DateTime::parse_from_rfc3339("2026-11-29T10:00:00+01:00").unwrap());
    let at = |s: &str| s.parse::<MomentSpec>().unwrap().resolve(&now).to_rfc3339();
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

/// Asserts that each of `bad` is refused as a `T` with an error that names
/// it (`invalid {what} '{bad}'`) and says `hint`.
fn assert_refused<T: FromStr<Err = String> + fmt::Debug>(bad: &[&str], what: &str, hint: &str) {
    for bad in bad {
        let error = bad.parse::<T>().unwrap_err();
        assert!(error.contains(&format!("invalid {what} '{bad}'")), "{error}");
        assert!(error.contains(hint), "{error}");
    }
}

#[test]
fn date_offsets_with_any_characters_are_refused_without_panicking() {
    assert_refused::<DateSpec>(&["-é", "-éd", "-ééw", "-", "-d", "-+5d", "-5", "-5 d", "-\u{1b}"], "date", DATE_FORMS);
}

#[test]
fn date_offsets_go_back_at_most_100_years() {
    assert_eq!("-36500d".parse(), Ok(DateSpec::DaysAgo(36_500)));
    assert_eq!("-5214w".parse(), Ok(DateSpec::DaysAgo(36_498)));
    let bad = ["-36501d", "-5215w", "-4294967296d", "-99999999999999999999999w"];
    assert_refused::<DateSpec>(&bad, "date", "at most 100 years (-36500d or -5214w)");
}

#[test]
fn at_offsets_go_back_at_most_100_years() {
    let now = Now::fixed(DateTime::parse_from_rfc3339("2026-11-29T10:00:00+01:00").unwrap());
    let resolved = "-876000h".parse::<MomentSpec>().unwrap().resolve(&now);
    assert_eq!(resolved.to_rfc3339(), "1926-12-24T10:00:00+01:00");
    let bad = ["-9999999999h", "-876001h", "-18446744073709551616", "-99999999999999999999h"];
    assert_refused::<MomentSpec>(&bad, "time", "at most 100 years (-876000h)");
}

#[test]
fn resolving_at_the_limits_of_chrono_saturates_instead_of_panicking() {
    let offset = FixedOffset::west_opt(3600).unwrap();
    let earliest = Now::fixed(DateTime::<chrono::Utc>::MIN_UTC.with_timezone(&offset));
    let ago = MomentSpec::Ago(Duration::from_secs(MAX_SECONDS_BACK));
    assert_eq!(ago.checked_resolve(&earliest), None);
    assert_eq!(ago.resolve(&earliest), earliest.datetime());
    assert_eq!(earliest.today(), NaiveDate::MIN);
    let latest = Now::fixed(DateTime::<chrono::Utc>::MAX_UTC.fixed_offset());
    let midnight = MomentSpec::Local(NaiveDateTime::MAX);
    assert_eq!(midnight.resolve(&latest), latest.datetime());
    assert_eq!(DateSpec::DaysAgo(u32::MAX).checked_resolve(NaiveDate::MIN), None);
    assert_eq!(DateSpec::DaysAgo(u32::MAX).resolve(NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()), NaiveDate::MIN);
    assert_eq!(DateSpec::Last(Weekday::Mon).resolve(NaiveDate::MIN), NaiveDate::MIN);
}

#[test]
fn now_can_be_fixed() {
    let now = Now::fixed(DateTime::parse_from_rfc3339("2026-11-29T23:30:00-08:00").unwrap());
    assert_eq!(now.today().to_string(), "2026-11-29");
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
