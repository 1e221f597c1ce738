//! The duration, date and `--at` parsers and their resolving, and the
//! identifier parsers: no panic, limits kept, round trips.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use proptest::prelude::*;
use timesync::timeparse::{DateSpec, Duration, MomentSpec, Now, MAX_DAYS_BACK, MAX_DURATION_SECS, MAX_SECONDS_BACK};
use timesync::validation::{self, Slug, Username, Uuid};

use super::nasty_text;

/// A validation predicate (`is_slug`, …).
type Check = fn(&str) -> bool;

/// Any date chrono knows.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (NaiveDate::MIN.num_days_from_ce()..=NaiveDate::MAX.num_days_from_ce())
        .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).expect("in range"))
}

/// Any date and time chrono knows.
fn any_datetime() -> impl Strategy<Value = NaiveDateTime> {
    (any_date(), 0..86_400u32, 0..1_000_000_000u32).prop_map(|(date, seconds, nanos)| {
        date.and_time(NaiveTime::from_num_seconds_from_midnight_opt(seconds, nanos).expect("valid time"))
    })
}

/// Any UTC offset.
fn any_offset() -> impl Strategy<Value = FixedOffset> {
    (-86_399..=86_399i32).prop_map(|seconds| FixedOffset::east_opt(seconds).expect("valid offset"))
}

/// Any "now", from chrono's earliest moment to its latest, in any offset.
fn any_now() -> impl Strategy<Value = Now> {
    prop_oneof![
        (any_datetime(), any_offset()),
        (Just(NaiveDateTime::MIN), any_offset()),
        (Just(NaiveDateTime::MAX), any_offset()),
    ]
    .prop_map(|(utc, offset)| Now::fixed(DateTime::from_naive_utc_and_offset(utc, offset)))
}

/// Any moment spec: parsed forms and extreme constructed ones.
fn any_moment() -> impl Strategy<Value = MomentSpec> {
    prop_oneof![
        any_datetime().prop_map(|t| MomentSpec::TodayAt(t.time())),
        any_datetime().prop_map(MomentSpec::Local),
        (any_datetime(), any_offset()).prop_map(|(t, o)| MomentSpec::Exact(DateTime::from_naive_utc_and_offset(t, o))),
        any::<u64>().prop_map(|s| MomentSpec::Ago(Duration::from_secs(s))),
        (0..=MAX_SECONDS_BACK).prop_map(|s| MomentSpec::Ago(Duration::from_secs(s))),
    ]
}

proptest! {
    #[test]
    fn durations_parse_any_text_within_the_limit(text in nasty_text()) {
        match text.parse::<Duration>() {
            Ok(duration) => prop_assert!(duration.as_secs() <= MAX_DURATION_SECS),
            Err(error) => prop_assert!(error.starts_with(&format!("invalid duration '{text}': ")), "{}", error),
        }
    }

    #[test]
    fn durations_display_and_parse_back(seconds in 0..=MAX_DURATION_SECS) {
        let shown = Duration::from_secs(seconds).to_string();
        prop_assert_eq!(shown.parse::<Duration>(), Ok(Duration::from_secs(seconds)), "{}", shown);
        prop_assert_eq!(seconds.to_string().parse::<Duration>(), Ok(Duration::from_secs(seconds)));
    }

    #[test]
    fn durations_beyond_the_limit_name_it(seconds in (MAX_DURATION_SECS + 1)..=u64::MAX) {
        for text in [seconds.to_string(), format!("{seconds}s"), format!("{}h{}s", seconds / 3600, seconds % 3600)] {
            let error = text.parse::<Duration>().unwrap_err();
            prop_assert!(error.contains("at most 9007199254740991 seconds"), "{}", error);
        }
    }

    #[test]
    fn units_add_up_exactly(h in prop_oneof![0..3_000_000_000_000u64, any::<u64>()], m in 0..100_000u64, s in 0..100_000u64) {
        let exact = u128::from(h) * 3600 + u128::from(m) * 60 + u128::from(s);
        let parsed = format!("{h}h{m}m{s}s").parse::<Duration>();
        if exact <= u128::from(MAX_DURATION_SECS) {
            prop_assert_eq!(parsed.map(Duration::as_secs), Ok(exact as u64));
        } else {
            prop_assert!(parsed.is_err());
        }
    }

    #[test]
    fn dates_parse_any_text(text in nasty_text(), today in any_date()) {
        for text in [text.clone(), format!("-{text}"), format!("-{text}d")] {
            match text.parse::<DateSpec>() {
                Ok(spec) => {
                    let resolved = spec.resolve(today);
                    if let Some(date) = spec.checked_resolve(today) {
                        prop_assert_eq!(date, resolved);
                    }
                }
                Err(error) => prop_assert!(error.starts_with(&format!("invalid date '{text}': ")), "{}", error),
            }
        }
    }

    #[test]
    fn dates_written_out_parse_back_from_1970_to_2100(year in 0..=9999i32, day in 1..=366u32) {
        let date = NaiveDate::from_yo_opt(year, day).unwrap_or_else(|| NaiveDate::from_yo_opt(year, 365).unwrap());
        let parsed = date.format("%Y-%m-%d").to_string().parse::<DateSpec>();
        if (1970..=2100).contains(&year) {
            prop_assert_eq!(parsed, Ok(DateSpec::On(date)));
        } else {
            prop_assert!(parsed.unwrap_err().contains("1970-01-01 to 2100-12-31"));
        }
    }

    #[test]
    fn date_offsets_are_bounded_and_resolve_exactly(count in any::<u64>(), week in any::<bool>(), today in any_date()) {
        let (text, days) = if week { (format!("-{count}w"), u128::from(count) * 7) } else { (format!("-{count}d"), u128::from(count)) };
        match text.parse::<DateSpec>() {
            Ok(spec) => {
                prop_assert!(days <= u128::from(MAX_DAYS_BACK));
                let expected = today.checked_sub_signed(TimeDelta::days(days as i64)).unwrap_or(NaiveDate::MIN);
                prop_assert_eq!(spec.resolve(today), expected);
            }
            Err(error) => {
                prop_assert!(days > u128::from(MAX_DAYS_BACK));
                prop_assert!(error.contains("at most 100 years"), "{}", error);
            }
        }
    }

    #[test]
    fn moments_parse_any_text_and_resolve_at_any_now(text in nasty_text(), now in any_now()) {
        for text in [text.clone(), format!("-{text}"), format!("2026-11-29 {text}")] {
            match text.parse::<MomentSpec>() {
                Ok(spec) => {
                    let moment = spec.resolve(&now);
                    prop_assert_eq!(*moment.offset(), *now.datetime().offset());
                    let _ = (moment.date_naive(), moment.to_rfc3339());
                }
                Err(error) => prop_assert!(error.starts_with(&format!("invalid time '{text}': ")), "{}", error),
            }
        }
    }

    #[test]
    fn any_moment_resolves_at_any_now(spec in any_moment(), now in any_now()) {
        let _ = (now.today(), now.datetime().to_rfc3339());
        let moment = spec.resolve(&now);
        // The local time of the result exists: callers format and date it.
        let _ = (moment.date_naive(), moment.format("%Y-%m-%d %H:%M").to_string());
        match (spec, spec.checked_resolve(&now)) {
            (_, Some(exact)) => prop_assert_eq!(exact, moment),
            (MomentSpec::Ago(_), None) => prop_assert!(moment <= now.datetime()),
            _ => {}
        }
        if let (MomentSpec::Ago(back), Some(exact)) = (spec, spec.checked_resolve(&now)) {
            prop_assert_eq!(now.datetime() - exact, TimeDelta::seconds(back.as_secs() as i64));
        }
    }

    #[test]
    fn at_offsets_are_bounded(seconds in any::<u64>()) {
        match format!("-{seconds}").parse::<MomentSpec>() {
            Ok(spec) => {
                prop_assert!(seconds <= MAX_SECONDS_BACK);
                prop_assert_eq!(spec, MomentSpec::Ago(Duration::from_secs(seconds)));
            }
            Err(error) => {
                prop_assert!(seconds > MAX_SECONDS_BACK);
                prop_assert!(error.contains("at most 100 years (-876000h)"), "{}", error);
            }
        }
    }

    #[test]
    fn identifiers_parse_any_text(text in nasty_text()) {
        let checks: [(Result<String, String>, &str, Check); 5] = [
            (text.parse::<Slug>().map(|s| s.to_string()), "invalid slug", validation::is_slug),
            (text.parse::<Username>().map(|u| u.to_string()), "invalid username", validation::is_username),
            (text.parse::<Uuid>().map(|u| u.to_string()), "invalid UUID", validation::is_uuid),
            (validation::parse_web_uri(&text), "invalid URI", validation::is_web_uri),
            (validation::parse_email(&text), "invalid email", |s| s.is_empty() || validation::is_email(s)),
        ];
        for (parsed, field, check) in checks {
            match parsed {
                Ok(value) => prop_assert!(check(&text) && value.eq_ignore_ascii_case(&text), "{}", field),
                Err(error) => {
                    prop_assert!(!check(&text));
                    prop_assert!(error.starts_with(&format!("{field} '{text}': ")), "{}", error);
                }
            }
        }
    }

    #[test]
    fn well_formed_identifiers_are_accepted(
        slug in "[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,5}){0,3}",
        username in "[A-Za-z0-9_~-]{1,20}",
        uuid in "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
    ) {
        prop_assert_eq!(slug.parse::<Slug>().map(|s| s.to_string()), Ok(slug.clone()));
        prop_assert_eq!(username.parse::<Username>().map(|u| u.to_string()), Ok(username.clone()));
        prop_assert_eq!(uuid.parse::<Uuid>().map(|u| u.to_string()), Ok(uuid.to_ascii_lowercase()));
    }
}

#[test]
fn the_extreme_nows_are_really_generated() {
    // The strategies above reach chrono's limits, where naive code panics.
    let earliest = Now::fixed(DateTime::<Utc>::MIN_UTC.with_timezone(&FixedOffset::west_opt(3600).unwrap()));
    assert_eq!(earliest.today(), NaiveDate::MIN);
    assert_eq!(MomentSpec::Ago(Duration::from_secs(1)).checked_resolve(&earliest), None);
}
