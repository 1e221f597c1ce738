//! Reports: totals of time entries grouped on the client, nested in the
//! order the groupings were given, with a grand total.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::model::Time;
use crate::timeparse::Duration;

/// What a report groups by.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
    /// `seconds` rounded; saturates at [`SATURATED`] instead of wrapping.
    pub fn apply(self, seconds: u64) -> u64 {
        let step = self.step.as_secs();
        if step == 0 {
            return seconds;
        }
        let (whole, rest) = (seconds / step, seconds % step);
        let round_up = match self.mode {
            RoundMode::Up => rest > 0,
            // Halves up: `rest >= step / 2`, without overflowing `seconds + step / 2`.
            RoundMode::Nearest => rest >= step - step / 2,
        };
        (whole + u64::from(round_up)).saturating_mul(step)
    }
}

/// The total that sums saturate at: a total of `u64::MAX` seconds means "at
/// least that many" (durations from the server beyond it already decode to it).
pub const SATURATED: u64 = u64::MAX;

/// The sum of `seconds`, saturating at [`SATURATED`] instead of wrapping.
pub fn total(seconds: impl IntoIterator<Item = u64>) -> u64 {
    seconds.into_iter().fold(0, u64::saturating_add)
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
    /// Total seconds (after rounding each entry), saturating at [`SATURATED`].
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
    /// Total seconds (after rounding each entry), saturating at [`SATURATED`].
    pub seconds: u64,
    /// Top-level groups.
    pub groups: Vec<Group>,
}

/// Builds the report of `times`, grouped by `by` (outermost first).
pub fn build(times: &[Time], by: &[GroupBy], rounding: Option<Rounding>) -> Report {
    let mut tally = Tally::new(by, rounding);
    times.iter().for_each(|time| tally.add(time));
    tally.finish()
}

/// A report built entry by entry as the entries arrive: what it holds grows
/// with the number of groups, never with the number of entries.
#[derive(Clone, Debug)]
pub struct Tally {
    by: Vec<GroupBy>,
    rounding: Option<Rounding>,
    root: Node,
}

/// A group under way: its count, total and subgroups by key (sorted).
#[derive(Clone, Debug, Default)]
struct Node {
    entries: usize,
    seconds: u64,
    groups: BTreeMap<String, Node>,
}

impl Tally {
    /// An empty report, grouped by `by` (outermost first), each entry
    /// rounded by `rounding` before it is added.
    pub fn new(by: &[GroupBy], rounding: Option<Rounding>) -> Self {
        Tally { by: by.to_vec(), rounding, root: Node::default() }
    }

    /// Adds one entry to its group at every level.
    pub fn add(&mut self, time: &Time) {
        let seconds = self.rounding.map_or(time.duration.as_secs(), |r| r.apply(time.duration.as_secs()));
        let mut node = &mut self.root;
        node.count(seconds);
        for by in &self.by {
            node = node.groups.entry(by.key(time)).or_default();
            node.count(seconds);
        }
    }

    /// The report of the entries added.
    pub fn finish(self) -> Report {
        let Node { entries, seconds, groups } = self.root;
        Report { entries, seconds, groups: into_groups(groups, &self.by) }
    }
}

impl Node {
    fn count(&mut self, seconds: u64) {
        self.entries += 1;
        self.seconds = self.seconds.saturating_add(seconds);
    }
}

fn into_groups(nodes: BTreeMap<String, Node>, by: &[GroupBy]) -> Vec<Group> {
    let Some((&first, rest)) = by.split_first() else { return Vec::new() };
    nodes
        .into_iter()
        .map(|(key, node)| Group {
            by: first,
            key,
            entries: node.entries,
            seconds: node.seconds,
            groups: into_groups(node.groups, rest),
        })
        .collect()
}

/// Formats seconds as `3h30m`, or as decimal hours (`3.50`, halves rounded
/// up) when `decimal`; a saturated total is marked `≥`.
pub fn format_total(seconds: u64, decimal: bool) -> String {
    let text = if decimal { decimal_hours(seconds) } else { Duration::from_secs(seconds).to_string() };
    if seconds == SATURATED {
        format!("≥{text}")
    } else {
        text
    }
}

/// Hours with two decimals, computed exactly (an `f64` loses seconds past 2^53).
fn decimal_hours(seconds: u64) -> String {
    let hundredths = (u128::from(seconds) * 100 + 1800) / 3600;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
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
        assert_eq!(format_total(18, true), "0.01");
        assert_eq!(format_total(17, true), "0.00");
        assert_eq!(format_total(9_007_199_254_740_991, true), "2501999792983.61");
    }

    #[test]
    fn huge_durations_saturate_instead_of_wrapping() {
        let times =
            [time("alice", &["gwm"], &["dev"], u64::MAX, "2026-11-02"), time("bob", &["gwm"], &[], 3600, "2026-11-02")];
        assert_eq!(times[0].duration.as_secs(), u64::MAX, "18446744073709551615 decodes as is");
        let report = build(&times, &[GroupBy::Project, GroupBy::User], None);
        assert_eq!(report.seconds, SATURATED);
        assert_eq!(report.groups[0].seconds, SATURATED);
        assert_eq!(report.groups[0].groups[1].seconds, 3600);
        assert_eq!(format_total(report.seconds, false), "≥5124095576030431h15s");
        assert_eq!(format_total(report.seconds, true), "≥5124095576030431.00");
        let up = Rounding { step: Duration::from_secs(900), mode: RoundMode::Up };
        let nearest = Rounding { step: Duration::from_secs(900), mode: RoundMode::Nearest };
        assert_eq!(up.apply(u64::MAX), SATURATED);
        assert_eq!(nearest.apply(u64::MAX), u64::MAX - 15, "exact: the 15s left over round down");
        for rounding in [up, nearest] {
            assert_eq!(build(&times, &[], Some(rounding)).seconds, SATURATED, "{rounding:?}");
        }
        // u64::MAX - 3 is 5 (mod 7): up to the next multiple, which still fits.
        let sevens = Rounding { step: Duration::from_secs(7), mode: RoundMode::Nearest };
        assert_eq!(sevens.apply(u64::MAX - 3), u64::MAX - 1);
    }
}
