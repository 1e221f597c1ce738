//! `timesync log`: your entries of a period grouped by day, newest day
//! first (as `watson log`), each day with its total and a bar of its hours
//! (as `timew week` draws them), and the period's total.
//!
//! Entries are numbered `@1` (your most recent), `@2`, … exactly as `time
//! show`, `time update`, `time delete` and `restart` take them: the number
//! is the entry's place among all your entries, newest first, so a filtered
//! log keeps them. That needs every entry of yours from the period's first
//! day on, which is the one `GET /times` (user and start) made; the end of
//! the period, projects and activities are filtered here, as the list
//! arrives. What is held in memory is a record of 16 bytes (`record::Record`) for each
//! entry shown and each of yours in the period (entries after it are only
//! counted); the entries shown wait as JSON text in an unnamed temporary
//! file, and are read back one at a time to be printed (twice for the
//! table: its widths and day totals first; its UUIDs are measured in 8
//! bytes each, see [`IdPrefix`]).

mod record;
mod window;

use std::io::{self, Write};

use chrono::{Datelike, Days, NaiveDate};
use serde::{Deserialize, Serialize};

use super::offline::{self, Pending};
use super::reference::own_user;
use crate::cli::LogArgs;
use crate::error::{Error, Result};
use crate::output::layout::IdPrefix;
use crate::output::{escape, html, json_list, note, plural, Format, Tabular};
use crate::settings::Settings;
use timesync::model::{Time, TimeQuery};
use timesync::totals::{format_total, GroupBy, Tally};

use window::{Finished, Window};

/// An entry as `--json` and `--csv` give it: its day and number first.
#[derive(Serialize)]
struct LogEntry {
    /// The day it is grouped under (the day worked).
    day: String,
    /// Its `@N` number; `null` for other users' entries and the outbox's.
    number: Option<usize>,
    /// Where it waits in the outbox, when it is not on the server yet
    /// (offline only).
    #[serde(skip_serializing_if = "Option::is_none")]
    outbox: Option<Pending>,
    #[serde(flatten)]
    time: Time,
}

/// A shown entry as the log keeps it until it is printed: as JSON text in
/// a temporary file (a log of a whole history holds no decoded entries).
#[derive(Serialize, Deserialize)]
struct Shown {
    time: Time,
    pending: Option<Pending>,
}

/// The period shown: its name, first and last day.
struct Period {
    name: String,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
}

/// Runs `timesync log`.
pub fn run(mut args: LogArgs, settings: &Settings) -> Result<()> {
    if args.here {
        args.projects = vec![super::git_context::here(settings)?];
    }
    let period = period(&args, settings.now.today())?;
    if let Some(path) = &args.html {
        super::page::check_path(path)?;
    }
    let window: Finished = offline::read(
        settings,
        |session| {
            let me = own_user(session)?;
            let query = TimeQuery {
                users: if args.all_users { Vec::new() } else { vec![me.clone()] },
                start: period.start,
                ..TimeQuery::default()
            };
            let mut window = Window::new(&me, &args, period.end)?;
            offline::each_time(settings, session, &query, |time| window.push(time, None))?;
            window.finish()
        },
        |copy| {
            if args.all_users {
                note("the local copy holds only your own entries");
            }
            let mut window = Window::new(&copy.user, &args, period.end)?;
            copy.each(period.start, |time| window.push(time, None))?;
            for (pending, time) in &copy.pending {
                if period.start.is_none_or(|start| time.date_worked.0 >= start) {
                    window.push(time.clone(), Some(pending.clone()))?;
                }
            }
            window.finish()
        },
    )?;
    if let (Some(latest), Some(end)) = (window.latest_after, period.end) {
        // Entries dated later take the first numbers: never silently.
        note(&format!(
            "{} of yours {} dated after {end} ({}): see `timesync log --end {latest}`",
            plural(window.own_after, "entry", "entries"),
            if window.own_after == 1 { "is" } else { "are" },
            if window.own_after == 1 { "@1".to_owned() } else { format!("@1 to @{}", window.own_after) },
        ));
    }
    if let Some(path) = &args.html {
        write_page(path, &period, &window, args.all_users, settings)?;
    }
    if super::page::to_stdout(args.html.as_deref()) {
        return Ok(());
    }
    print(&window, &period, args.all_users, settings)
}

/// Writes the log as a page (`--html`): hours per day by project, the
/// share of each project, and a table of the entries, newest first (read
/// back one at a time: the charts' totals from a first reading).
fn write_page(
    path: &std::path::Path,
    period: &Period,
    log: &Finished,
    all_users: bool,
    settings: &Settings,
) -> Result<()> {
    let mut days = Tally::new(&[GroupBy::Day, GroupBy::Project], None);
    let mut shares = Tally::new(&[GroupBy::Project], None);
    log.each::<Error>(|entry| {
        days.add(&entry.time);
        shares.add(&entry.time);
        Ok(())
    })?;
    let mut columns: Vec<String> = ["Day", "#", "Duration", "Project", "Activities"].map(String::from).to_vec();
    if all_users {
        columns.push("User".to_owned());
    }
    columns.push("Notes".to_owned());
    let rows = |each: &mut dyn FnMut(&[String]) -> io::Result<()>| {
        log.each(|entry| {
            let time = &entry.time;
            let number = match &entry.outbox {
                Some(pending) => pending.mark(),
                None => entry.number.map(|n| format!("@{n}")).unwrap_or_default(),
            };
            let mut row = vec![
                entry.day.clone(),
                number,
                time.duration.to_string(),
                time.short_project().unwrap_or_default().to_owned(),
                time.activities.join(", "),
            ];
            if all_users {
                row.push(time.user.clone());
            }
            row.push(time.notes.clone().unwrap_or_default());
            each(&row)
        })
    };
    let page = html::Page {
        kind: "Log",
        period: &format!("{} ({})", period.name, range(period)),
        by: "project",
        days: &days.finish(),
        span: (period.start, period.end),
        shares: &shares.finish(),
        decimal: false,
        columns: &columns,
        rows: &rows,
        foot: None,
    };
    super::page::write(path, &page, "log", &settings.printer)
}

/// Prints the log: JSON, CSV (offline, entries from the outbox in one more
/// column), identifiers, or the table for people. Each is written an entry
/// at a time, read back from where the log keeps them.
fn print(log: &Finished, period: &Period, all_users: bool, settings: &Settings) -> Result<()> {
    let printer = &settings.printer;
    // The writers below may only fail with an I/O error, which they keep as
    // it is: a reader that stops early (`| head`) is no error.
    match printer.format {
        Format::Json => json_list(|emit| log.each(emit)),
        Format::Csv => {
            let mut fields: Vec<&str> = ["day", "number"].into_iter().chain(Time::FIELDS.iter().copied()).collect();
            if log.any_pending {
                // Offline, entries from the outbox say where they wait in one more column: `1 (queued)`.
                fields.push("outbox");
            }
            printer.write_lines(log.len() + 1, |out| {
                out.write_all(printer.csv_header(&fields).as_bytes())?;
                log.each(|entry| {
                    let mut row = serde_json::to_value(&entry).unwrap_or_default();
                    if let Some(pending) = &entry.outbox {
                        row["outbox"] = format!("{} ({})", pending.number, pending.status.as_str()).into();
                    }
                    out.write_all(printer.csv_records(&row, &fields)?.as_bytes())
                })
            })
        }
        Format::Table if printer.quiet => {
            printer.write_lines(log.len(), |out| log.each(|entry| writeln!(out, "{}", escape(&entry.time.uuid))))
        }
        Format::Table => {
            let measure = LogLayout::of(log)?;
            printer.write_lines(measure.lines(log.len()), |out| render(period, log, &measure, all_users, out))
        }
    }
}

/// The period asked for; the last 7 days by default.
fn period(args: &LogArgs, today: NaiveDate) -> Result<Period> {
    let back = |days: u64| today.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN);
    let (name, start, end) = if args.today {
        ("Today".to_owned(), Some(today), Some(today))
    } else if args.week {
        ("This week".to_owned(), Some(back(u64::from(today.weekday().num_days_from_monday()))), Some(today))
    } else if args.month {
        ("This month".to_owned(), Some(today.with_day(1).unwrap_or(today)), Some(today))
    } else if args.start.is_none() && args.end.is_none() {
        ("Last 7 days".to_owned(), Some(back(6)), Some(today))
    } else {
        let (start, end) = super::dates::period(args.start, args.end, today)?;
        let name = match (start, end) {
            (Some(_), None) => "Since",
            (None, Some(_)) => "Until",
            _ => "From",
        };
        (name.to_owned(), start, end)
    };
    Ok(Period { name, start, end })
}

/// The log for people: a header naming the period and its total, then each
/// day (newest first) with its total and bar, then its entries; written a
/// line at a time from what `measure` found in a first reading.
fn render(
    period: &Period,
    log: &Finished,
    measure: &LogLayout,
    all_users: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let write = |out: &mut dyn Write, line: &str| writeln!(out, "{line}");
    write(out, &format!("{} ({}): {}", period.name, range(period), format_total(measure.total, false)))?;
    if log.len() == 0 {
        return write(out, "No time entries.");
    }
    let mut days = measure.days.iter();
    let mut day = None;
    log.each(|entry| {
        if day != Some(entry.time.date_worked.0) {
            let date = entry.time.date_worked.0;
            let seconds = days.next().copied().unwrap_or(0);
            day = Some(date);
            write(out, "")?;
            write(out, &format!("{} {date}  {}  {}", date.format("%A"), format_total(seconds, false), bar(seconds)))?;
        }
        write(out, &measure.widths.line(&entry, all_users))
    })
}

/// What the table of a log needs from a first reading of its entries: the
/// total, each day's total (newest day first), and the columns' widths.
struct LogLayout {
    total: u64,
    days: Vec<u64>,
    widths: Widths,
}

impl LogLayout {
    fn of(log: &Finished) -> Result<LogLayout> {
        let mut measure = LogLayout { total: 0, days: Vec::new(), widths: Widths::default() };
        let (mut day, mut uuids) = (None, IdPrefix::default());
        uuids.reserve(log.on_server);
        log.each::<Error>(|entry| {
            let seconds = entry.time.duration.as_secs();
            measure.total = measure.total.saturating_add(seconds);
            if day != Some(entry.time.date_worked.0) {
                day = Some(entry.time.date_worked.0);
                measure.days.push(0);
            }
            if let Some(last) = measure.days.last_mut() {
                *last = last.saturating_add(seconds);
            }
            if entry.outbox.is_none() {
                uuids.add(&entry.time.uuid);
            }
            measure.widths.add(&entry);
            Ok(())
        })?;
        if uuids.settle() {
            // UUIDs alike in their first 16 hex digits: read again, whole.
            log.each::<Error>(|entry| {
                if entry.outbox.is_none() {
                    uuids.again(&entry.time.uuid);
                }
                Ok(())
            })?;
        }
        measure.widths.uuid = measure.widths.uuid.max(uuids.length());
        Ok(measure)
    }

    /// The lines of the table of `entries` entries: the header, a blank
    /// line and a header for each day, and a line an entry (or `No time
    /// entries.`).
    fn lines(&self, entries: usize) -> usize {
        1 + 2 * self.days.len() + entries.max(1)
    }
}

/// The period's days: `2026-01-12 to 2026-01-15`, `2026-01-12`, `all time`.
fn range(period: &Period) -> String {
    match (period.start, period.end) {
        (Some(start), Some(end)) if start == end => start.to_string(),
        (Some(start), Some(end)) => format!("{start} to {end}"),
        (Some(day), None) | (None, Some(day)) => day.to_string(),
        (None, None) => "all time".to_owned(),
    }
}

/// Column widths of the entry lines.
#[derive(Default)]
struct Widths {
    number: usize,
    /// UUID characters shown: 8, or more where entries shown share 8
    /// (and room for an outbox mark).
    uuid: usize,
    duration: usize,
    project: usize,
    activities: usize,
    user: usize,
}

impl Widths {
    /// Widens the columns to fit `entry` (all but its UUID's: see [`IdPrefix`]).
    fn add(&mut self, entry: &LogEntry) {
        let time = &entry.time;
        self.number = self.number.max(entry.number.map_or(0, |n| n.to_string().len() + 1));
        self.uuid = self.uuid.max(entry.outbox.as_ref().map_or(0, |p| p.mark().len()));
        self.duration = self.duration.max(time.duration.to_string().chars().count());
        self.project = self.project.max(escape(time.short_project().unwrap_or_default()).chars().count());
        self.activities = self.activities.max(escape(&time.activities.join(", ")).chars().count());
        self.user = self.user.max(escape(&time.user).chars().count());
    }

    /// `  @1  838853e3  1h30m  gwm  docs, dev  Fixed the build`
    fn line(&self, entry: &LogEntry, all_users: bool) -> String {
        let time = &entry.time;
        let number = entry.number.map(|n| format!("@{n}")).unwrap_or_default();
        let id = match &entry.outbox {
            Some(pending) => format!("{:<width$}", pending.mark(), width = self.uuid),
            None => time.uuid.chars().take(self.uuid).collect(),
        };
        let mut cells = vec![
            format!("{number:<width$}", width = self.number),
            id,
            format!("{:>width$}", time.duration.to_string(), width = self.duration),
            pad(&escape(time.short_project().unwrap_or_default()), self.project),
            pad(&escape(&time.activities.join(", ")), self.activities),
        ];
        if all_users {
            cells.push(pad(&escape(&time.user), self.user));
        }
        cells.push(escape(time.notes.as_deref().unwrap_or_default()).into_owned());
        format!("  {}", cells.join("  ").trim_end())
    }
}

fn pad(text: &str, width: usize) -> String {
    let fill = width.saturating_sub(text.chars().count());
    format!("{text}{}", " ".repeat(fill))
}

/// Seconds per full block of a day's bar: half an hour.
const BLOCK_SECONDS: u64 = 1800;
/// The longest bar, in blocks (16 hours); longer days end in `+`.
const MAX_BLOCKS: u64 = 32;

/// A day's hours as a bar: one `█` per half hour, the rest in eighths.
fn bar(seconds: u64) -> String {
    const PARTS: [&str; 8] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];
    let eighths = seconds.saturating_mul(8) / BLOCK_SECONDS;
    let capped = eighths.min(MAX_BLOCKS * 8);
    let mut bar = "█".repeat(usize::try_from(capped / 8).unwrap_or(0));
    bar.push_str(PARTS[usize::try_from(capped % 8).unwrap_or(0)]);
    if eighths > capped {
        bar.push('+');
    }
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_kept_in_the_temporary_file_comes_back_the_same() {
        let time: Time = serde_json::from_value(serde_json::json!({
            "duration": 5400, "user": "alice", "project": ["gwm", "ganeti-webmgr"], "activities": ["dev", "docs"],
            "notes": "naïve \u{1b}[31m, \"quoted\"\nline", "issue_uri": "https://example.com/issues/1",
            "date_worked": "2026-01-12", "created_at": "2026-01-13", "updated_at": null, "deleted_at": null,
            "uuid": "838853e3-3635-4076-a26f-7efa4e60981f", "revision": 2
        }))
        .unwrap();
        let pending = Pending { number: 3, status: crate::state::EntryStatus::Uncertain };
        let text = serde_json::to_string(&Shown { time: time.clone(), pending: Some(pending.clone()) }).unwrap();
        let back: Shown = serde_json::from_str(&text).unwrap();
        assert_eq!(back.time, time);
        assert_eq!(
            (back.pending.as_ref().map(|p| p.number), back.pending.map(|p| p.status)),
            (Some(3), Some(pending.status))
        );
    }

    #[test]
    fn bars_grow_a_block_per_half_hour_in_eighths() {
        assert_eq!(bar(0), "");
        assert_eq!(bar(1800), "█");
        assert_eq!(bar(2700), "█▌");
        assert_eq!(bar(5 * 3600 + 225), "██████████▏");
        assert_eq!(bar(16 * 3600), "█".repeat(32));
        assert_eq!(bar(u64::MAX), format!("{}+", "█".repeat(32)));
    }

    #[test]
    fn uuids_are_shown_long_enough_to_tell_apart() {
        use crate::output::layout::unique_prefix;
        assert_eq!(unique_prefix(["aaaaaaa1-0", "aaaaaaa2-0"].into_iter()), 8);
        assert_eq!(unique_prefix(["838853e3-3635-1", "838853e3-3635-2", "12345678"].into_iter()), 15);
        assert_eq!(unique_prefix(["838853e3-x", "838853e3-x"].into_iter()), 8, "an entry listed twice");
        assert_eq!(unique_prefix(std::iter::empty()), 8);
    }

    #[test]
    fn the_default_period_is_the_last_seven_days() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 15).unwrap();
        let period = period(&LogArgs::default(), today).unwrap();
        assert_eq!((period.start, period.end), (NaiveDate::from_ymd_opt(2026, 1, 9), Some(today)));
        let week = super::period(&LogArgs { week: true, ..LogArgs::default() }, today).unwrap();
        assert_eq!((week.name.as_str(), week.start), ("This week", NaiveDate::from_ymd_opt(2026, 1, 12)));
    }
}
