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
//! arrives: what is held is the entries shown and the age of each of yours
//! in the period (entries after it are only counted).

use chrono::{Datelike, Days, NaiveDate};
use serde::Serialize;

use super::offline::{self, Pending};
use super::reference::own_user;
use crate::cli::LogArgs;
use crate::error::Result;
use crate::output::{escape, html, note, plural, Format, Tabular};
use crate::settings::Settings;
use timesync::model::{Time, TimeQuery};
use timesync::reference::Age;
use timesync::totals::{format_total, GroupBy, Tally};
use timesync::validation::Username;

/// An entry as `--json` and `--csv` give it: its day and number first.
#[derive(Serialize)]
struct LogEntry<'a> {
    /// The day it is grouped under (the day worked).
    day: String,
    /// Its `@N` number; `null` for other users' entries and the outbox's.
    number: Option<usize>,
    /// Where it waits in the outbox, when it is not on the server yet
    /// (offline only).
    #[serde(skip_serializing_if = "Option::is_none")]
    outbox: Option<&'a Pending>,
    #[serde(flatten)]
    time: &'a Time,
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
        super::report::check_page_path(path)?;
    }
    let (window, me) = offline::read(
        settings,
        |session| {
            let me = own_user(session)?;
            let query = TimeQuery {
                users: if args.all_users { Vec::new() } else { vec![me.clone()] },
                start: period.start,
                ..TimeQuery::default()
            };
            let mut window = Window::new(&me, &args, period.end);
            offline::each_time(settings, session, &query, |time| window.push(time, None))?;
            Ok((window.finish(), me))
        },
        |copy| {
            if args.all_users {
                note("the local copy holds only your own entries");
            }
            let mut window = Window::new(&copy.user, &args, period.end);
            copy.each(period.start, |time| window.push(time, None))?;
            for (pending, time) in &copy.pending {
                if period.start.is_none_or(|start| time.date_worked.0 >= start) {
                    window.push(time.clone(), Some(pending.clone()))?;
                }
            }
            Ok((window.finish(), copy.user.clone()))
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
    let shown: Vec<LogEntry> = window
        .shown
        .iter()
        .map(|(age, time, pending)| LogEntry {
            day: time.date_worked.to_string(),
            number: if pending.is_some() { None } else { window.number(age, time, &me) },
            outbox: pending.as_ref(),
            time,
        })
        .collect();
    if let Some(path) = &args.html {
        crate::config::write_atomic(path, page(&period, &shown, args.all_users).as_bytes())?;
        note(&format!("the log's page is written to {}", path.display()));
    }
    print(&shown, &period, args.all_users, settings)
}

/// The log as a page (`--html`): hours per day by project, the share of
/// each project, and a table of the entries, newest first.
fn page(period: &Period, shown: &[LogEntry], all_users: bool) -> String {
    let mut days = Tally::new(&[GroupBy::Day, GroupBy::Project], None);
    let mut shares = Tally::new(&[GroupBy::Project], None);
    for entry in shown {
        days.add(entry.time);
        shares.add(entry.time);
    }
    let mut columns: Vec<String> = ["Day", "#", "Duration", "Project", "Activities"].map(String::from).to_vec();
    if all_users {
        columns.push("User".to_owned());
    }
    columns.push("Notes".to_owned());
    let rows: Vec<Vec<String>> = shown
        .iter()
        .map(|entry| {
            let time = entry.time;
            let number = match entry.outbox {
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
            row
        })
        .collect();
    html::page(&html::Page {
        kind: "Log",
        period: &format!("{} ({})", period.name, range(period)),
        by: "project",
        days: &days.finish(),
        shares: &shares.finish(),
        decimal: false,
        columns: &columns,
        rows: &rows,
        foot: None,
    })
}

/// Prints the log: JSON, CSV (offline, entries from the outbox in one more
/// column), or the table for people.
fn print(shown: &[LogEntry], period: &Period, all_users: bool, settings: &Settings) -> Result<()> {
    match settings.printer.format {
        Format::Json => settings.printer.json(shown),
        Format::Csv => {
            let mut fields: Vec<&str> = ["day", "number"].into_iter().chain(Time::FIELDS.iter().copied()).collect();
            if shown.iter().all(|entry| entry.outbox.is_none()) {
                return settings.printer.csv(shown, &fields);
            }
            // Offline, entries from the outbox say where they wait in one more column: `1 (queued)`.
            fields.push("outbox");
            let rows: Vec<serde_json::Value> = shown
                .iter()
                .map(|entry| {
                    let mut row = serde_json::to_value(entry).unwrap_or_default();
                    if let Some(pending) = entry.outbox {
                        row["outbox"] = format!("{} ({})", pending.number, pending.status.as_str()).into();
                    }
                    row
                })
                .collect();
            settings.printer.csv(&rows, &fields)
        }
        Format::Table if settings.printer.quiet => settings.printer.ids(shown.iter().map(|e| e.time.uuid.clone())),
        Format::Table => settings.printer.message(&serde_json::Value::Null, &render(period, shown, all_users)),
    }
}

/// What a log shows, gathered as the list arrives.
struct Window {
    /// The entries shown, newest first, with their ages (and, for entries
    /// from the outbox, where they wait).
    shown: Vec<(Age, Time, Option<Pending>)>,
    /// The ages of the user's entries up to the period's end, newest first.
    own: Vec<Age>,
    /// How many of the user's entries are after the period's end (all newer).
    own_after: usize,
    /// The latest day of those entries after the period's end.
    latest_after: Option<NaiveDate>,
    /// Entries seen so far.
    index: usize,
    me: Username,
    end: Option<NaiveDate>,
    projects: Vec<String>,
    activities: Vec<String>,
}

impl Window {
    fn new(me: &Username, args: &LogArgs, end: Option<NaiveDate>) -> Window {
        Window {
            shown: Vec::new(),
            own: Vec::new(),
            own_after: 0,
            latest_after: None,
            index: 0,
            me: me.clone(),
            end,
            projects: args.projects.iter().map(ToString::to_string).collect(),
            activities: args.activities.iter().map(ToString::to_string).collect(),
        }
    }

    /// Takes the next entry of the list (oldest first): kept when the log
    /// shows it (up to the period's end, of the projects and activities
    /// asked for), counted for numbering when it is the user's and on the
    /// server (not `pending` in the outbox).
    fn push(&mut self, time: Time, pending: Option<Pending>) -> Result<()> {
        let age = Age::of(&time, self.index);
        self.index += 1;
        let in_period = self.end.is_none_or(|end| time.date_worked.0 <= end);
        if time.user == self.me.as_str() && pending.is_none() {
            if in_period {
                self.own.push(age);
            } else {
                self.own_after += 1;
                self.latest_after = self.latest_after.max(Some(time.date_worked.0));
            }
        }
        let shown = in_period
            && (self.projects.is_empty() || self.projects.iter().any(|p| time.project.contains(p)))
            && (self.activities.is_empty() || self.activities.iter().any(|a| time.activities.contains(a)));
        if shown {
            self.shown.push((age, time, pending));
        }
        Ok(())
    }

    /// Sorts what was gathered, newest first: linear in the list, then a
    /// sort of what is kept.
    fn finish(mut self) -> Window {
        self.own.sort_unstable_by(|a, b| b.cmp(a));
        self.shown.sort_unstable_by(|(a, ..), (b, ..)| b.cmp(a));
        self
    }

    /// The `@N` of a shown entry, if it is the user's.
    fn number(&self, age: &Age, time: &Time, me: &Username) -> Option<usize> {
        if time.user != me.as_str() {
            return None;
        }
        let newer = self.own.partition_point(|own| own > age);
        Some(self.own_after + newer + 1)
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
/// day (newest first) with its total and bar, then its entries.
fn render(period: &Period, entries: &[LogEntry], all_users: bool) -> String {
    let total: u64 = entries.iter().fold(0, |sum, e| sum.saturating_add(e.time.duration.as_secs()));
    let mut lines = vec![format!("{} ({}): {}", period.name, range(period), format_total(total, false))];
    if entries.is_empty() {
        lines.push("No time entries.".to_owned());
        return lines.join("\n");
    }
    let widths = Widths::of(entries);
    for day in entries.chunk_by(|a, b| a.day == b.day) {
        let seconds = day.iter().fold(0u64, |sum, e| sum.saturating_add(e.time.duration.as_secs()));
        let date = day[0].time.date_worked.0;
        lines.push(String::new());
        lines.push(format!("{} {date}  {}  {}", date.format("%A"), format_total(seconds, false), bar(seconds)));
        lines.extend(day.iter().map(|entry| widths.line(entry, all_users)));
    }
    lines.join("\n")
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
struct Widths {
    number: usize,
    /// UUID characters shown: 8, or more where entries shown share 8.
    uuid: usize,
    duration: usize,
    project: usize,
    activities: usize,
    user: usize,
}

impl Widths {
    fn of(entries: &[LogEntry]) -> Widths {
        let max = |f: &dyn Fn(&LogEntry) -> usize| entries.iter().map(f).max().unwrap_or(0);
        Widths {
            number: max(&|e| e.number.map_or(0, |n| n.to_string().len() + 1)),
            uuid: unique_prefix(entries.iter().filter(|e| e.outbox.is_none()).map(|e| e.time.uuid.as_str()).collect())
                .max(max(&|e| e.outbox.map_or(0, |p| p.mark().len()))),
            duration: max(&|e| e.time.duration.to_string().chars().count()),
            project: max(&|e| escape(e.time.short_project().unwrap_or_default()).chars().count()),
            activities: max(&|e| escape(&e.time.activities.join(", ")).chars().count()),
            user: max(&|e| escape(&e.time.user).chars().count()),
        }
    }

    /// `  @1  838853e3  1h30m  gwm  docs, dev  Fixed the build`
    fn line(&self, entry: &LogEntry, all_users: bool) -> String {
        let time = entry.time;
        let number = entry.number.map(|n| format!("@{n}")).unwrap_or_default();
        let id = match entry.outbox {
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

/// How many leading characters tell `uuids` apart: at least 8, one more
/// than the longest prefix two of them share.
fn unique_prefix(mut uuids: Vec<&str>) -> usize {
    uuids.sort_unstable();
    let shared = |(a, b): (&&str, &&str)| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    uuids.iter().zip(uuids.iter().skip(1)).filter(|(a, b)| a != b).map(shared).max().map_or(8, |n| (n + 1).max(8))
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
        assert_eq!(unique_prefix(vec!["aaaaaaa1-0", "aaaaaaa2-0"]), 8);
        assert_eq!(unique_prefix(vec!["838853e3-3635-1", "838853e3-3635-2", "12345678"]), 15);
        assert_eq!(unique_prefix(vec!["838853e3-x", "838853e3-x"]), 8, "an entry listed twice");
        assert_eq!(unique_prefix(Vec::new()), 8);
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
