//! Reports: totals of time entries grouped on the client, nested in the
//! order the groupings were given, with a grand total.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Time;
use crate::timeparse::Duration;

/// What a report groups by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    /// The project (shown by its shortest slug).
    Project,
    /// The set of activities of an entry (`dev+docs` for an entry with two).
    Activity,
    /// The owner.
    User,
    /// The day worked.
    Day,
}

impl GroupBy {
    /// The column header.
    pub fn title(self) -> &'static str {
        match self {
            GroupBy::Project => "Project",
            GroupBy::Activity => "Activity",
            GroupBy::User => "User",
            GroupBy::Day => "Day",
        }
    }

    /// The key of `time` under this grouping.
    fn key(self, time: &Time) -> String {
        match self {
            GroupBy::Project => time
                .project
                .iter()
                .min_by_key(|slug| (slug.len(), slug.as_str()))
                .cloned()
                .unwrap_or_else(|| "(none)".into()),
            GroupBy::Activity if time.activities.is_empty() => "(none)".into(),
            GroupBy::Activity => time.activities.join("+"),
            GroupBy::User => time.user.clone(),
            GroupBy::Day => time.date_worked.to_string(),
        }
    }
}

/// How each entry's duration is rounded before it is added up.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum RoundMode {
    /// Up to the next multiple (billing style): 1m becomes 15m.
    Up,
    /// To the nearest multiple, halves up: 7m becomes 0m, 8m becomes 15m.
    Nearest,
}

/// Rounding of each entry: to a multiple of `step`, in `mode`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rounding {
    /// The multiple, e.g. 15 minutes.
    pub step: Duration,
    /// Up or to the nearest.
    pub mode: RoundMode,
}

impl Rounding {
    /// `seconds` rounded.
    pub fn apply(self, seconds: u64) -> u64 {
        let step = self.step.as_secs();
        if step == 0 {
            return seconds;
        }
        let units = match self.mode {
            RoundMode::Up => seconds.div_ceil(step),
            RoundMode::Nearest => (seconds + step / 2) / step,
        };
        units.saturating_mul(step)
    }
}

/// One group of a report, with its subgroups.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Group {
    /// What is grouped by at this level.
    pub by: GroupBy,
    /// The group's key (a slug, username, activity set or date).
    pub key: String,
    /// Number of entries in the group.
    pub entries: usize,
    /// Total seconds (after rounding each entry).
    pub seconds: u64,
    /// Subgroups by the next grouping, if any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<Group>,
}

/// A whole report.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Number of entries.
    pub entries: usize,
    /// Total seconds (after rounding each entry).
    pub seconds: u64,
    /// Top-level groups.
    pub groups: Vec<Group>,
}

/// Builds the report of `times`, grouped by `by` (outermost first).
pub fn build(times: &[Time], by: &[GroupBy], rounding: Option<Rounding>) -> Report {
    let entries: Vec<(&Time, u64)> =
        times.iter().map(|t| (t, rounding.map_or(t.duration.as_secs(), |r| r.apply(t.duration.as_secs())))).collect();
    Report { entries: entries.len(), seconds: entries.iter().map(|(_, s)| s).sum(), groups: group(&entries, by) }
}

fn group(entries: &[(&Time, u64)], by: &[GroupBy]) -> Vec<Group> {
    let Some((&first, rest)) = by.split_first() else {
        return Vec::new();
    };
    let mut keyed: BTreeMap<String, Vec<(&Time, u64)>> = BTreeMap::new();
    for &(time, seconds) in entries {
        keyed.entry(first.key(time)).or_default().push((time, seconds));
    }
    keyed
        .into_iter()
        .map(|(key, members)| Group {
            by: first,
            key,
            entries: members.len(),
            seconds: members.iter().map(|(_, s)| s).sum(),
            groups: group(&members, rest),
        })
        .collect()
}

/// Formats seconds as `3h30m`, or as decimal hours (`3.50`) when `decimal`.
pub fn format_total(seconds: u64, decimal: bool) -> String {
    if decimal {
        format!("{:.2}", seconds as f64 / 3600.0)
    } else {
        Duration::from_secs(seconds).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn time(user: &str, project: &[&str], activities: &[&str], seconds: u64, day: &str) -> Time {
        serde_json::from_value(json!({"duration": seconds, "user": user, "project": project,
            "activities": activities, "date_worked": day, "uuid": "u"}))
        .unwrap()
    }

    fn sample() -> Vec<Time> {
        vec![
            time("alice", &["ganeti-webmgr", "gwm"], &["dev"], 3600, "2026-11-02"),
            time("alice", &["ganeti-webmgr", "gwm"], &["docs"], 1800, "2026-11-03"),
            time("bob", &["ganeti-webmgr", "gwm"], &["dev"], 600, "2026-11-03"),
            time("bob", &["ts", "timesync"], &["dev", "docs"], 60, "2026-11-03"),
        ]
    }

    #[test]
    fn groups_nest_in_the_order_given_with_totals() {
        let report = build(&sample(), &[GroupBy::Project, GroupBy::User], None);
        assert_eq!((report.entries, report.seconds), (4, 6060));
        let keys: Vec<(&str, u64)> = report.groups.iter().map(|g| (g.key.as_str(), g.seconds)).collect();
        assert_eq!(keys, [("gwm", 6000), ("ts", 60)]);
        let gwm_users: Vec<(&str, u64, usize)> =
            report.groups[0].groups.iter().map(|g| (g.key.as_str(), g.seconds, g.entries)).collect();
        assert_eq!(gwm_users, [("alice", 5400, 2), ("bob", 600, 1)]);
    }

    #[test]
    fn activity_sets_and_days_are_keys() {
        let report = build(&sample(), &[GroupBy::Activity], None);
        let keys: Vec<&str> = report.groups.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["dev", "dev+docs", "docs"]);
        let days = build(&sample(), &[GroupBy::Day], None);
        assert_eq!(days.groups[1].key, "2026-11-03");
        assert_eq!(days.groups[1].seconds, 2460);
    }

    #[test]
    fn rounding_applies_to_each_entry_before_adding() {
        let quarter = Duration::from_secs(900);
        let up = Rounding { step: quarter, mode: RoundMode::Up };
        let nearest = Rounding { step: quarter, mode: RoundMode::Nearest };
        assert_eq!((up.apply(60), up.apply(900), up.apply(901), up.apply(0)), (900, 900, 1800, 0));
        assert_eq!(
            (nearest.apply(420), nearest.apply(450), nearest.apply(1349), nearest.apply(1350)),
            (0, 900, 900, 1800)
        );
        // 3600 + 1800 + 600→900 + 60→900 rounded up.
        assert_eq!(build(&sample(), &[], Some(up)).seconds, 7200);
    }

    #[test]
    fn totals_format_as_durations_or_decimal_hours() {
        assert_eq!(format_total(12600, false), "3h30m");
        assert_eq!(format_total(12600, true), "3.50");
        assert_eq!(format_total(0, true), "0.00");
    }
}
