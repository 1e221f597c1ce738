//! `timesync report`: one `GET /times`, grouped and totalled on the client
//! as the entries arrive (what is held grows with the groups, not the entries).

use chrono::{Datelike, Days, NaiveDate};
use serde_json::{json, Map, Value};

use super::time::entry_query;
use super::{offline, page};
use crate::cli::ReportArgs;
use crate::error::{Error, Result};
use crate::output::{html, note, Column, Format};
use crate::settings::Settings;
use timesync::model::Time;
use timesync::totals::{self, format_total, Group, Report, Rounding, Tally};

/// Runs `timesync report`.
pub fn run(mut args: ReportArgs, settings: &Settings) -> Result<()> {
    if args.here {
        args.filters.projects = vec![super::git_context::here(settings)?];
    }
    let (start, end) = period(&args, settings.now.today())?;
    let by = args.groups();
    let query = entry_query(args.filters, start, end)?;
    if args.round.is_some_and(|r| r.as_secs() == 0) {
        return Err(Error::invalid("invalid value '0' for --round: give a positive duration such as 15m"));
    }
    let rounding = args.round.map(|step| Rounding { step, mode: args.round_mode });
    if let Some(path) = &args.html {
        page::check_path(path)?;
    }
    let (tallies, offline) = offline::read(
        settings,
        |session| {
            let mut tallies = Tallies::new(&by, rounding, args.html.is_some());
            offline::each_time(settings, session, &query, |time| {
                tallies.add(&time);
                Ok(())
            })?;
            Ok((tallies, None))
        },
        |copy| {
            if query.users.iter().any(|u| *u != copy.user) {
                note("the local copy holds only your own entries");
            }
            let mut tallies = Tallies::new(&by, rounding, args.html.is_some());
            let mut add = |time: &Time| {
                if offline::matches(&query, time) {
                    tallies.add(time);
                }
            };
            copy.each(query.start, |time| {
                add(&time);
                Ok(())
            })?;
            copy.pending.iter().for_each(|(_, time)| add(time));
            Ok((tallies, Some(copy.marker(settings))))
        },
    )?;
    let (report, charts) = tallies.finish();
    if let (Some(path), Some((chart_by, days, shares))) = (&args.html, charts) {
        let rows = table_cells(&flat_rows(&report, &by, args.decimal));
        // The grand total is the table's foot, unless it is the whole table (`--total`).
        let (foot, rows) = match rows.split_last() {
            Some((foot, groups)) if !by.is_empty() => (Some(&foot[..]), groups),
            _ => (None, &rows[..]),
        };
        let mut columns: Vec<String> = by.iter().map(|b| b.title().to_owned()).collect();
        columns.extend(["Entries", "Total"].map(String::from));
        let page = html::Page {
            kind: "Report",
            period: &period_text(start, end),
            by: &chart_by.title().to_lowercase(),
            days: &days,
            span: (start, end),
            shares: &shares,
            decimal: args.decimal,
            columns: &columns,
            rows: &|each| rows.iter().try_for_each(|row| each(row)),
            foot,
        };
        page::write(path, &page, "report", &settings.printer)?;
    }
    if page::to_stdout(args.html.as_deref()) {
        return Ok(());
    }
    match settings.printer.format {
        Format::Json => {
            let mut json = report_json(&report, &by, args.decimal, (start, end), rounding);
            if let Some(marker) = offline {
                json["offline"] = marker;
            }
            settings.printer.json(&json)
        }
        Format::Csv => {
            let (columns, rows) = csv_rows(&report, &by, args.decimal, (start, end));
            settings.printer.csv(&rows, &columns.iter().map(String::as_str).collect::<Vec<_>>())
        }
        Format::Table => {
            let rows = flat_rows(&report, &by, args.decimal);
            let mut columns: Vec<Column> = by.iter().map(|b| Column::keep(b.title())).collect();
            columns.extend([Column::keep("Entries"), Column::keep("Total")]);
            let title = format!("Period: {}", period_text(start, end));
            settings.printer.rows(Some(&title), &columns, table_cells(&rows))
        }
    }
}

/// The report's tally and, for its page (`--html`), those of its charts:
/// fed the same entries, by the same totals code.
struct Tallies {
    report: Tally,
    /// What the charts are grouped by, the tally by day then by it, and the one by it only.
    charts: Option<(totals::GroupBy, Tally, Tally)>,
}

impl Tallies {
    fn new(by: &[totals::GroupBy], rounding: Option<Rounding>, charts: bool) -> Tallies {
        let chart_by = by.iter().copied().find(|b| *b != totals::GroupBy::Day).unwrap_or(totals::GroupBy::Project);
        Tallies {
            report: Tally::new(by, rounding),
            charts: charts.then(|| {
                (chart_by, Tally::new(&[totals::GroupBy::Day, chart_by], rounding), Tally::new(&[chart_by], rounding))
            }),
        }
    }

    fn add(&mut self, time: &Time) {
        self.report.add(time);
        if let Some((_, days, shares)) = &mut self.charts {
            days.add(time);
            shares.add(time);
        }
    }

    fn finish(self) -> (Report, Option<(totals::GroupBy, Report, Report)>) {
        (self.report.finish(), self.charts.map(|(by, days, shares)| (by, days.finish(), shares.finish())))
    }
}

/// The period for people: `2026-01-12 to 2026-01-15`, `from 2026-01-12`, `all time`.
fn period_text(start: Option<NaiveDate>, end: Option<NaiveDate>) -> String {
    match (start, end) {
        (Some(start), Some(end)) if start == end => start.to_string(),
        (Some(start), Some(end)) => format!("{start} to {end}"),
        (Some(start), None) => format!("from {start}"),
        (None, Some(end)) => format!("up to {end}"),
        (None, None) => "all time".to_owned(),
    }
}

/// The CSV of a report: flat, one row per innermost group (or one for the
/// whole report without `--by`), each with the period and every group
/// column; no total row. Returns the header too, for a report with no rows.
fn csv_rows(
    report: &Report,
    by: &[totals::GroupBy],
    decimal: bool,
    (start, end): (Option<NaiveDate>, Option<NaiveDate>),
) -> (Vec<String>, Vec<Map<String, Value>>) {
    fn leaves<'a>(groups: &'a [Group], keys: &mut Vec<&'a str>, out: &mut Vec<(Vec<&'a str>, usize, u64)>) {
        for group in groups {
            keys.push(&group.key);
            if group.groups.is_empty() {
                out.push((keys.clone(), group.entries, group.seconds));
            } else {
                leaves(&group.groups, keys, out);
            }
            keys.pop();
        }
    }
    let mut found = Vec::new();
    if by.is_empty() {
        found.push((Vec::new(), report.entries, report.seconds));
    } else {
        leaves(&report.groups, &mut Vec::new(), &mut found);
    }
    let date = |d: Option<NaiveDate>| d.map_or(Value::Null, |d| json!(d.to_string()));
    let rows = found
        .into_iter()
        .map(|(keys, entries, seconds)| {
            let mut row = Map::from_iter([("start".to_owned(), date(start)), ("end".to_owned(), date(end))]);
            row.extend(row_of(by, &keys, entries, seconds, decimal));
            row
        })
        .collect();
    let mut columns = vec!["start".to_owned(), "end".to_owned()];
    columns.extend(by.iter().map(|b| b.title().to_lowercase()));
    columns.extend(["entries", "total_seconds", "total"].map(String::from));
    (columns, rows)
}

/// The `--json` document of a report.
fn report_json(
    report: &Report,
    by: &[totals::GroupBy],
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
fn period(args: &ReportArgs, today: NaiveDate) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    Ok(if args.today {
        (Some(today), Some(today))
    } else if args.week {
        let monday = today.checked_sub_days(Days::new(u64::from(today.weekday().num_days_from_monday())));
        (Some(monday.unwrap_or(NaiveDate::MIN)), Some(today))
    } else if args.month {
        (today.with_day(1), Some(today))
    } else {
        super::dates::period(args.start, args.end, today)?
    })
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
fn flat_rows(report: &Report, by: &[totals::GroupBy], decimal: bool) -> Vec<Map<String, Value>> {
    fn walk(groups: &[Group], depth: usize, by: &[totals::GroupBy], decimal: bool, rows: &mut Vec<Map<String, Value>>) {
        for group in groups {
            let keys: Vec<&str> =
                (0..by.len()).map(|level| if level == depth { group.key.as_str() } else { "" }).collect();
            rows.push(row_of(by, &keys, group.entries, group.seconds, decimal));
            walk(&group.groups, depth + 1, by, decimal, rows);
        }
    }
    let mut rows = Vec::new();
    walk(&report.groups, 0, by, decimal, &mut rows);
    let mut total_keys = vec![""; by.len()];
    if let Some(first) = total_keys.first_mut() {
        *first = "Total";
    }
    rows.push(row_of(by, &total_keys, report.entries, report.seconds, decimal));
    rows
}

/// A row of `keys` (one per grouping) with its counts.
fn row_of(by: &[totals::GroupBy], keys: &[&str], entries: usize, seconds: u64, decimal: bool) -> Map<String, Value> {
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
    use clap::Parser;
    use timesync::totals::{GroupBy, SATURATED};

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
        let report = totals::build(&times(&[u64::MAX, 3600]), &args.by, None);
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
        let report = totals::build(&times(&[9_007_199_254_740_991, 3600]), &[GroupBy::User], None);
        let json = report_json(&report, &args.by, args.decimal, (None, None), None);
        assert_eq!(json["total_seconds"], json!(9_007_199_254_744_591u64));
        assert_eq!(json["total"], "2501999792984.61");
    }

    #[test]
    fn csv_rows_are_flat_with_every_group_column_and_no_total() {
        let args = args(&["--by", "project,user"]);
        let report = totals::build(&times(&[3600, 60]), &args.by, None);
        let day = NaiveDate::from_ymd_opt(2026, 11, 2);
        let (columns, rows) = csv_rows(&report, &args.by, false, (day, day));
        assert_eq!(columns, ["start", "end", "project", "user", "entries", "total_seconds", "total"]);
        assert_eq!(rows.len(), 2, "one row per user, no project or total rows");
        assert_eq!(
            Value::Object(rows[1].clone()),
            json!({"start": "2026-11-02", "end": "2026-11-02",
            "project": "gwm", "user": "user1", "entries": 1, "total_seconds": 60, "total": "1m"})
        );
        let (_, whole) = csv_rows(&totals::build(&[], &[], None), &[], false, (None, None));
        assert_eq!(
            Value::Object(whole[0].clone()),
            json!({"start": null, "end": null, "entries": 0,
            "total_seconds": 0, "total": "0m"})
        );
    }

    #[test]
    fn periods_read_as_dates() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 1, d);
        assert_eq!(period_text(day(12), day(15)), "2026-01-12 to 2026-01-15");
        assert_eq!(period_text(day(15), day(15)), "2026-01-15");
        assert_eq!(period_text(day(12), None), "from 2026-01-12");
        assert_eq!(period_text(None, day(15)), "up to 2026-01-15");
        assert_eq!(period_text(None, None), "all time");
    }

    #[test]
    fn a_week_starting_before_the_earliest_date_is_cut_there() {
        let (start, end) = period(&args(&["--week"]), NaiveDate::MIN).unwrap();
        assert_eq!((start, end), (Some(NaiveDate::MIN), Some(NaiveDate::MIN)));
    }
}
