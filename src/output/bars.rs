//! The bars of a page's day chart: one a day over up to two months, else
//! one a week (from Monday) over up to about a year and two months, else
//! one a month; those without entries are drawn empty, up to [`MAX_EMPTY`]
//! bars.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use timesync::totals::{Group, GroupBy, Report};

/// How long each bar of the chart is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bar {
    Day,
    Week,
    Month,
}

impl Bar {
    /// `day`, `week` or `month`, as the chart's title names it.
    pub fn name(self) -> &'static str {
        match self {
            Bar::Day => "day",
            Bar::Week => "week",
            Bar::Month => "month",
        }
    }

    /// The first day of the bar `day` is in.
    fn start(self, day: NaiveDate) -> NaiveDate {
        match self {
            Bar::Day => day,
            Bar::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
            Bar::Month => day.with_day(1).unwrap_or(day),
        }
    }

    /// The first day of the next bar.
    fn next(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Bar::Day => start.checked_add_days(Days::new(1)),
            Bar::Week => start.checked_add_days(Days::new(7)),
            Bar::Month => start.checked_add_months(Months::new(1)),
        }
    }

    /// The bar's key: its first day (`2026-11-23`), or its month (`2026-11`).
    fn key(self, start: NaiveDate) -> String {
        match self {
            Bar::Month => start.format("%Y-%m").to_string(),
            _ => start.to_string(),
        }
    }
}

/// The most bars drawn empty; past it, only those with entries are drawn.
const MAX_EMPTY: usize = 400;

/// The chart's bars for `days` (grouped by day, then by the chart's
/// field) over `span`, the period's first and last days where it has them.
/// Days that are not dates are drawn as given.
pub fn bars(days: &Report, span: (Option<NaiveDate>, Option<NaiveDate>)) -> (Bar, Report) {
    let dated: Option<Vec<NaiveDate>> = days.groups.iter().map(|day| day.key.parse().ok()).collect();
    let Some(dated) = dated else { return (Bar::Day, days.clone()) };
    let first = [span.0, dated.first().copied()].into_iter().flatten().min();
    let last = [span.1, dated.last().copied()].into_iter().flatten().max();
    let (Some(first), Some(last)) = (first, last) else { return (Bar::Day, days.clone()) };
    let bar = match (last - first).num_days() {
        ..62 => Bar::Day,
        62..434 => Bar::Week,
        _ => Bar::Month,
    };
    let mut merged: BTreeMap<NaiveDate, Group> = BTreeMap::new();
    let mut start = Some(bar.start(first));
    while let Some(day) = start.filter(|day| *day <= last && merged.len() <= MAX_EMPTY) {
        merged.insert(day, empty(bar.key(day)));
        start = bar.next(day);
    }
    if merged.len() > MAX_EMPTY {
        merged.clear();
    }
    for (date, day) in dated.iter().zip(&days.groups) {
        let start = bar.start(*date);
        add(merged.entry(start).or_insert_with(|| empty(bar.key(start))), day);
    }
    (bar, Report { groups: merged.into_values().collect(), ..days.clone() })
}

fn empty(key: String) -> Group {
    Group { by: GroupBy::Day, key, entries: 0, seconds: 0, groups: Vec::new() }
}

/// Adds `day`'s entries, total and parts to `bar`'s (parts by key, sorted).
fn add(bar: &mut Group, day: &Group) {
    bar.entries += day.entries;
    bar.seconds = bar.seconds.saturating_add(day.seconds);
    for part in &day.groups {
        match bar.groups.binary_search_by(|g| g.key.cmp(&part.key)) {
            Ok(at) => {
                bar.groups[at].entries += part.entries;
                bar.groups[at].seconds = bar.groups[at].seconds.saturating_add(part.seconds);
            }
            Err(at) => bar.groups.insert(at, part.clone()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use timesync::model::Time;
    use timesync::totals::build;

    fn report(entries: &[(&str, &str, u64)]) -> Report {
        let times: Vec<Time> = entries
            .iter()
            .map(|(day, project, seconds)| {
                serde_json::from_value(json!({"duration": seconds, "user": "alice", "project": [project],
                    "activities": ["dev"], "date_worked": day, "uuid": "u"}))
                .unwrap()
            })
            .collect();
        build(&times, &[GroupBy::Day, GroupBy::Project], None)
    }

    fn keys(report: &Report) -> Vec<&str> {
        report.groups.iter().map(|g| g.key.as_str()).collect()
    }

    fn date(text: &str) -> Option<NaiveDate> {
        text.parse().ok()
    }

    #[test]
    fn a_short_period_has_a_bar_a_day_those_without_entries_empty() {
        let days = report(&[("2026-11-02", "gwm", 3600), ("2026-11-02", "ps", 1800)]);
        let (bar, week) = bars(&days, (date("2026-10-31"), date("2026-11-03")));
        assert_eq!((bar, keys(&week)), (Bar::Day, vec!["2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03"]));
        assert_eq!(week.groups.iter().map(|g| g.seconds).collect::<Vec<_>>(), [0, 0, 5400, 0]);
        assert_eq!(week.groups[2], days.groups[0], "a day's bar is the day, parts and all");
        assert_eq!(keys(&bars(&days, (None, None)).1), ["2026-11-02"]);
    }

    #[test]
    fn longer_periods_have_a_bar_a_week_then_a_month_with_the_same_totals() {
        let days = report(&[
            ("2026-01-05", "gwm", 3600),
            ("2026-01-11", "ps", 600),
            ("2026-01-11", "gwm", 60),
            ("2026-03-16", "gwm", 1800),
        ]);
        let (bar, weeks) = bars(&days, (None, None));
        assert_eq!((bar, weeks.groups.len()), (Bar::Week, 11), "Monday 5 January to Monday 16 March");
        assert_eq!((weeks.groups[0].key.as_str(), weeks.groups[0].seconds), ("2026-01-05", 4260));
        let parts: Vec<(&str, u64)> = weeks.groups[0].groups.iter().map(|g| (g.key.as_str(), g.seconds)).collect();
        assert_eq!(parts, [("gwm", 3660), ("ps", 600)]);
        assert_eq!((weeks.seconds, weeks.entries), (days.seconds, days.entries));
        let (bar, months) = bars(&days, (date("2025-01-01"), date("2026-12-31")));
        assert_eq!((bar, months.groups.len()), (Bar::Month, 24));
        assert_eq!((months.groups[12].key.as_str(), months.groups[12].seconds), ("2026-01", 4260));
        assert_eq!(months.groups.iter().map(|g| g.seconds).sum::<u64>(), days.seconds);
    }

    #[test]
    fn past_the_most_empty_bars_only_those_with_entries_are_drawn() {
        let days = report(&[("1990-01-01", "gwm", 60), ("2026-01-01", "gwm", 60)]);
        let (bar, months) = bars(&days, (None, None));
        assert_eq!((bar, keys(&months)), (Bar::Month, vec!["1990-01", "2026-01"]));
    }
}
