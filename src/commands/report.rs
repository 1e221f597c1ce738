//! `timesync report`: one `GET /times`, grouped and totalled on the client.

use chrono::{Datelike, Days, NaiveDate};
use serde_json::{json, Map, Value};

use super::session;
use crate::cli::ReportArgs;
use crate::error::{Error, Result};
use crate::model::TimeQuery;
use crate::output::{Column, Format};
use crate::report::{self, format_total, Group, Report, Rounding};
use crate::settings::Settings;

/// Runs `timesync report`.
pub fn run(args: ReportArgs, settings: &Settings) -> Result<()> {
    let (start, end) = period(&args, settings.clock.today());
    if let (Some(start), Some(end)) = (start, end) {
        if start > end {
            return Err(Error::invalid(format!("invalid value for --start: {start} is after --end {end}")));
        }
    }
    if args.round.is_some_and(|r| r.as_secs() == 0) {
        return Err(Error::invalid("invalid value '0' for --round: give a positive duration such as 15m"));
    }
    let query = TimeQuery {
        users: args.users,
        projects: args.projects,
        activities: args.activities,
        start,
        end,
        include_revisions: false,
        include_deleted: false,
    };
    let session = session(settings)?;
    let times = session.client.get_times(&query)?;
    let rounding = args.round.map(|step| Rounding { step, mode: args.round_mode });
    let report = report::build(&times, &args.by, rounding);
    let rows = flat_rows(&report, &args.by, args.decimal);
    match settings.printer.format {
        Format::Json => settings.printer.json(&report_json(&report, &args.by, args.decimal, (start, end), rounding)),
        Format::Csv => settings.printer.csv(&rows),
        Format::Table => {
            let mut columns: Vec<Column> = args.by.iter().map(|b| Column::keep(b.title())).collect();
            columns.extend([Column::keep("Entries"), Column::keep("Total")]);
            settings.printer.rows(&columns, table_cells(&rows))
        }
    }
}

/// The `--json` document of a report.
fn report_json(
    report: &Report,
    by: &[report::GroupBy],
    decimal: bool,
    (start, end): (Option<NaiveDate>, Option<NaiveDate>),
    rounding: Option<Rounding>,
) -> Value {
    json!({
        "start": start.map(|d| d.to_string()),
        "end": end.map(|d| d.to_string()),
        "by": by,
        "rounding": rounding.map(|r| json!({"step_seconds": r.step.as_secs(), "mode": r.mode})),
        "entries": report.entries,
        "total_seconds": report.seconds,
        "total": format_total(report.seconds, decimal),
        "groups": report.groups.iter().map(|g| group_json(g, decimal)).collect::<Vec<_>>(),
    })
}

/// The table cells of the flat rows: every column but `total_seconds`.
fn table_cells(rows: &[Map<String, Value>]) -> Vec<Vec<String>> {
    rows.iter()
        .map(|row| row.iter().filter(|(key, _)| *key != "total_seconds").map(|(_, v)| cell_text(v)).collect())
        .collect()
}

/// The first and last day asked for.
fn period(args: &ReportArgs, today: NaiveDate) -> (Option<NaiveDate>, Option<NaiveDate>) {
    if args.today {
        (Some(today), Some(today))
    } else if args.week {
        let monday = today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())));
        (Some(monday.unwrap_or(NaiveDate::MIN)), Some(today))
    } else if args.month {
        (today.with_day(1), Some(today))
    } else {
        (args.start.map(|d| d.resolve(today)), args.end.map(|d| d.resolve(today)))
    }
}

fn group_json(group: &Group, decimal: bool) -> Value {
    let mut value = json!({
        group.by.title().to_lowercase(): group.key,
        "entries": group.entries,
        "total_seconds": group.seconds,
        "total": format_total(group.seconds, decimal),
    });
    if !group.groups.is_empty() {
        value["groups"] = group.groups.iter().map(|g| group_json(g, decimal)).collect();
    }
    value
}

/// One row per group at every level (its key in its own column), then the grand total.
fn flat_rows(report: &Report, by: &[report::GroupBy], decimal: bool) -> Vec<Map<String, Value>> {
    fn walk(groups: &[Group], depth: usize, by: &[report::GroupBy], decimal: bool, rows: &mut Vec<Map<String, Value>>) {
        for group in groups {
            let keys: Vec<&str> =
                (0..by.len()).map(|level| if level == depth { group.key.as_str() } else { "" }).collect();
            rows.push(row(by, &keys, group.entries, group.seconds, decimal));
            walk(&group.groups, depth + 1, by, decimal, rows);
        }
    }
    let mut rows = Vec::new();
    walk(&report.groups, 0, by, decimal, &mut rows);
    let mut total_keys = vec![""; by.len()];
    if let Some(first) = total_keys.first_mut() {
        *first = "Total";
    }
    rows.push(row(by, &total_keys, report.entries, report.seconds, decimal));
    rows
}

fn row(by: &[report::GroupBy], keys: &[&str], entries: usize, seconds: u64, decimal: bool) -> Map<String, Value> {
    let mut row = Map::new();
    for (group_by, key) in by.iter().zip(keys) {
        row.insert(group_by.title().to_lowercase(), json!(key));
    }
    row.insert("entries".into(), json!(entries));
    row.insert("total_seconds".into(), json!(seconds));
    row.insert("total".into(), json!(format_total(seconds, decimal)));
    row
}

fn cell_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Time;
    use crate::report::{GroupBy, SATURATED};
    use clap::Parser;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: ReportArgs,
    }

    fn args(argv: &[&str]) -> ReportArgs {
        Cli::try_parse_from([&["report"], argv].concat()).unwrap().args
    }

    fn times(durations: &[u64]) -> Vec<Time> {
        let time = |(i, d): (usize, &u64)| {
            serde_json::from_value(json!({"duration": d, "user": format!("user{i}"), "project": ["gwm"],
                "activities": ["dev"], "date_worked": "2026-11-02", "uuid": "u"}))
            .unwrap()
        };
        durations.iter().enumerate().map(time).collect()
    }

    #[test]
    fn huge_totals_are_shown_saturated_never_wrapped() {
        let args = args(&["--by", "project,user"]);
        let report = report::build(&times(&[u64::MAX, 3600]), &args.by, None);
        let json = report_json(&report, &args.by, false, (None, None), None);
        assert_eq!(json["total_seconds"], json!(SATURATED));
        assert_eq!(json["total"], "≥5124095576030431h15s");
        assert_eq!(json["groups"][0]["total"], "≥5124095576030431h15s");
        assert_eq!(json["groups"][0]["groups"][1]["total"], "1h");
        let cells = table_cells(&flat_rows(&report, &args.by, false));
        assert_eq!(cells.last().unwrap(), &["Total", "", "2", "≥5124095576030431h15s"]);
        let decimal = table_cells(&flat_rows(&report, &args.by, true));
        assert_eq!(decimal.last().unwrap()[3], "≥5124095576030431.00");
    }

    #[test]
    fn totals_below_the_limit_are_exact() {
        let args = args(&["--by", "user", "--decimal"]);
        let report = report::build(&times(&[9_007_199_254_740_991, 3600]), &[GroupBy::User], None);
        let json = report_json(&report, &args.by, args.decimal, (None, None), None);
        assert_eq!(json["total_seconds"], json!(9_007_199_254_744_591u64));
        assert_eq!(json["total"], "2501999792984.61");
    }

    #[test]
    fn a_week_starting_before_the_earliest_date_is_cut_there() {
        let (start, end) = period(&args(&["--week"]), NaiveDate::MIN);
        assert_eq!((start, end), (Some(NaiveDate::MIN), Some(NaiveDate::MIN)));
    }
}
