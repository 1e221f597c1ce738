//! `timesync clock in|out|status|cancel`.
//!
//! A clock that runs past midnight becomes one entry per day worked, each
//! with the part of the time that fell on that day (days are counted in the
//! UTC offset the clock was started in). `--duration` or `--date` on
//! `clock out` give a single entry instead.

use chrono::{DateTime, FixedOffset};
use serde_json::{json, Value};

use super::cache::check_clock_target;
use super::dates::day_worked;
use super::delivery::{keeps_unsent, kept, lease, outcome_of, send_all, server_of, stored, OnRefusal};
use super::git_context::entry_target;
use super::prompt::confirm;
use super::{current_user, session, Session};
use crate::cli::{ClockCommand, ClockInArgs, ClockOutArgs, ClockStatusArgs, TimeFields};
use crate::error::{Error, Result};
use crate::output::{note, plural, Format};
use crate::settings::Settings;
use crate::state::running::Stop;
use crate::state::{Outcome, RunningClock, Store};
use timesync::model::{NewTime, Time, TimeQuery};
use timesync::timeparse::{midnight, split_by_day, Duration};
use timesync::validation::{Slug, Username};

/// Runs a `clock` subcommand.
pub fn run(command: ClockCommand, settings: &Settings) -> Result<()> {
    match command {
        ClockCommand::In(args) => clock_in(args, settings),
        ClockCommand::Out(args) => clock_out(args, settings),
        ClockCommand::Status(args) => status(args, settings),
        ClockCommand::Cancel => cancel(settings),
    }
}

/// `clock in`, `start` and `restart`: checks the project and activities
/// when the server can be asked, then starts the clock. While a clock runs
/// it refuses, or with `--switch` (or the profile's `switch = true`) first
/// stops that clock at the new one's start, recording its time.
pub fn clock_in(args: ClockInArgs, settings: &Settings) -> Result<()> {
    let mut store = settings.store()?;
    let now = settings.now.datetime();
    let started_at = args.at.map_or(now, |at| at.resolve(&settings.now));
    if started_at > now {
        return Err(Error::invalid(format!(
            "invalid value for --at: {} is in the future",
            started_at.format("%Y-%m-%d %H:%M")
        )));
    }
    let user = current_user(settings).ok_or_else(|| {
        Error::AuthRequired("not logged in: run `timesync login` first, so the clock knows whose time it is".into())
    })?;
    let needs = "clock in needs the project: give it (timesync start SLUG)";
    let (project, issue_uri) = entry_target(settings, args.project, args.issue_uri, args.issue, needs)?;
    let switch = args.switch.resolve(settings.switch);
    let running = store.clock()?;
    match &running {
        Some(running) if !switch => return Err(already_running(running, &project)),
        Some(running) if started_at < running.started_at => {
            return Err(Error::invalid(format!(
                "cannot switch at {}: the running clock on {} started later, at {}",
                started_at.format("%Y-%m-%d %H:%M"),
                running.project,
                running.started_at.format("%Y-%m-%d %H:%M")
            )))
        }
        _ => {}
    }
    // A switch sends the stopped clock's entries: one session (and at most
    // one re-login) for that and for checking the new clock's project.
    let switching = running.as_ref().map(|_| session(settings));
    if let Some(warning) = check_clock_target(settings, &project, &args.activities, switching.as_ref())? {
        note(&warning);
    }
    let clock = RunningClock {
        project: project.to_string(),
        activities: args.activities.iter().map(Slug::to_string).collect(),
        notes: args.notes,
        issue_uri,
        user,
        started_at: started_at.fixed_offset(),
    };
    match (running, switching) {
        (Some(running), Some(session)) => switch_to(running, clock, session, &mut store, settings),
        _ => match store.start_clock(&clock)? {
            Ok(()) => clocked_in(&clock, None, 0, settings),
            Err(running) => Err(already_running(&running, &project)),
        },
    }
}

/// Prints that `clock` runs, after what a switch recorded of the clock
/// before: the entries delivered, and how many wait in the outbox.
fn clocked_in(
    clock: &RunningClock,
    stopped: Option<(&str, &[Time], &Session)>,
    kept: usize,
    settings: &Settings,
) -> Result<()> {
    let mut text = String::new();
    if let Some((project, times, session)) = stopped.filter(|(_, times, _)| !times.is_empty()) {
        text = stopped_line(project, times, &numbers(session, times)) + " ";
    }
    text.push_str(&format!("Started {} at {}.", clock.project, moment(clock.started_at, settings)));
    let times = stopped.map_or(&[][..], |(_, times, _)| times);
    settings.printer.message(
        &json!({"running": true, "project": clock.project, "started_at": crate::output::json_time(&clock.started_at),
                "stopped": times, "kept_in_outbox": kept}),
        &text,
    )
}

/// `09:15` today, `2026-12-03 09:15` on another day.
fn moment(at: DateTime<FixedOffset>, settings: &Settings) -> String {
    if at.date_naive() == settings.now.today() {
        at.format("%H:%M").to_string()
    } else {
        at.format("%Y-%m-%d %H:%M").to_string()
    }
}

/// "Stopped gwm: 1h30m recorded on 2026-12-04 (@1)." (one part per entry
/// recorded, each with its `@N` when known).
fn stopped_line(project: &str, times: &[Time], numbers: &[Option<usize>]) -> String {
    let parts: Vec<String> = times
        .iter()
        .enumerate()
        .map(|(i, time)| {
            let number = numbers.get(i).copied().flatten().map(|n| format!(" (@{n})")).unwrap_or_default();
            format!("{} recorded on {}{number}", time.duration, time.date_worked)
        })
        .collect();
    format!("Stopped {project}: {}.", parts.join(", "))
}

/// The `@N` of each of `times`, just recorded (so the newest of their day):
/// one more than the user's entries on later days. `None`s when the list
/// cannot be had; one `GET /times` from the earliest of their days.
fn numbers(session: &Session, times: &[Time]) -> Vec<Option<usize>> {
    let Some(first) = times.iter().map(|t| t.date_worked.0).min() else { return Vec::new() };
    let later = super::reference::own_user(session).ok().and_then(|me| {
        let query = TimeQuery { users: vec![me], start: Some(first), ..TimeQuery::default() };
        let mut days = Vec::new();
        session
            .client
            .each_time(&query, |time| {
                days.push(time.date_worked.0);
                Ok::<(), Error>(())
            })
            .ok()?;
        Some(days)
    });
    times
        .iter()
        .map(|time| later.as_ref().map(|days| 1 + days.iter().filter(|d| **d > time.date_worked.0).count()))
        .collect()
}

/// The refusal to start a clock on `project` while `running` runs.
fn already_running(running: &RunningClock, project: &Slug) -> Error {
    Error::invalid(format!(
        "already clocked in on {} since {}: stop it first with `timesync stop` (or drop it with `timesync cancel`), \
         or run `timesync start --switch {project}` to stop it and start this one",
        running.project,
        running.started_at.format("%Y-%m-%d %H:%M")
    ))
}

/// `start --switch`: stops `running` where `clock` starts and starts
/// `clock`, in one transaction (a command meanwhile sees the one clock or
/// the other, never neither), then sends the stopped clock's entries. When
/// they can only wait in the outbox, the switch stands and a note says so;
/// a refusal keeps them there with the reason, and is the command's error.
fn switch_to(
    running: RunningClock,
    clock: RunningClock,
    session: Result<Session>,
    store: &mut Store,
    settings: &Settings,
) -> Result<()> {
    let times = entries(&running, TimeFields::default(), clock.started_at, settings)?;
    let (ids, session) = stop_in_ledger(&running, &times, session, Some(&clock), store, settings)?;
    let session = match session {
        Ok(session) => session,
        Err(error) => {
            note(&format!("the clock on {} was stopped: {}", running.project, kept(error, times.len(), store, false)));
            return clocked_in(&clock, None, times.len(), settings);
        }
    };
    let (created, failure) = match send_all(&session, store, &ids, &times) {
        Ok(created) => (created, None),
        Err((created, error)) => (created, Some(error)),
    };
    let recorded: Vec<Time> =
        created.into_iter().zip(&times).map(|(echo, sent)| stored(&session, store, echo, sent)).collect();
    let stopped = Some((running.project.as_str(), &recorded[..], &session));
    let Some(error) = failure else { return clocked_in(&clock, stopped, 0, settings) };
    let left = times.len() - recorded.len();
    if let Outcome::Refused(_) = outcome_of(&error, OnRefusal::Keep) {
        clocked_in(&clock, stopped, left, settings)?;
        return Err(Error::Kept {
            cause: Box::new(error),
            note: format!(
                "the clock on {} was stopped and {} it recorded stay in the outbox with the reason: fix them there \
                 (`timesync outbox`) and `timesync sync`, or drop them",
                running.project,
                plural(left, "entry", "entries")
            ),
        });
    }
    note(&format!("the clock on {} was stopped: {}", running.project, kept(error, left, store, true)));
    clocked_in(&clock, stopped, left, settings)
}

/// Stops `running` in the ledger: its `times` become outbox entries (being
/// sent when there is a session, else queued) and `then_start` runs, in one
/// transaction. Returns their ids, and the session to send them with (or
/// why there is none). Fails, changing nothing, when the clock changed
/// meanwhile or no server can be named.
fn stop_in_ledger(
    running: &RunningClock,
    times: &[NewTime],
    session: Result<Session>,
    then_start: Option<&RunningClock>,
    store: &mut Store,
    settings: &Settings,
) -> Result<(Vec<i64>, Result<Session>)> {
    let session = match session {
        Err(error) if !keeps_unsent(&error) => return Err(error),
        session => session,
    };
    let server = match &session {
        Ok(session) => session.server.clone(),
        Err(_) => server_of(settings)?,
    };
    let lease = lease(settings);
    let stop =
        Stop { expected: running, times, server: &server, lease: session.as_ref().ok().map(|_| &lease), then_start };
    let ids = store.stop_clock(&stop)?.ok_or_else(|| {
        Error::invalid("the clock was stopped or changed by another command meanwhile; nothing was recorded")
    })?;
    Ok((ids, session))
}

/// The most days a clock-out records without asking.
const MAX_DAYS_UNASKED: i64 = 7;

/// `clock out` and `stop`.
pub fn clock_out(args: ClockOutArgs, settings: &Settings) -> Result<()> {
    let mut store = settings.store()?;
    let running =
        store.clock()?.ok_or_else(|| Error::invalid("not clocked in: start with `timesync start PROJECT`"))?;
    let ended_at = args.at.map_or(settings.now.datetime(), |at| at.resolve(&settings.now));
    if ended_at < running.started_at {
        return Err(Error::invalid(format!(
            "invalid value for --at: clocking out at {} is before the clock in at {}",
            ended_at.format("%Y-%m-%d %H:%M"),
            running.started_at.format("%Y-%m-%d %H:%M")
        )));
    }
    let ran = (ended_at - running.started_at).num_seconds();
    if ran < 60 && !args.keep && args.fields.duration.is_none() {
        return drop_short(&running, ran, &mut store, settings);
    }
    let (created, session) = record(&running, args.fields, ended_at.fixed_offset(), &mut store, settings)?;
    if settings.printer.format != Format::Table || settings.printer.quiet {
        return settings.printer.list(&created);
    }
    let project = created.first().and_then(|t| t.short_project()).unwrap_or(&running.project);
    settings.printer.message(&Value::Null, &stopped_line(project, &created, &numbers(&session, &created)))
}

/// Stops `running`, which ran `seconds` (under a minute), recording nothing,
/// and says so.
fn drop_short(running: &RunningClock, seconds: i64, store: &mut Store, settings: &Settings) -> Result<()> {
    let cancelled = store.cancel_clock()?;
    if cancelled.as_ref().is_none_or(|c| c.started_at != running.started_at || c.project != running.project) {
        return Err(Error::invalid("the clock was stopped or changed by another command meanwhile"));
    }
    let text = format!(
        "Stopped {}: it ran {seconds}s, under a minute, so nothing was recorded (`--keep` records it).",
        running.project
    );
    if settings.printer.format == Format::Table && !settings.printer.quiet {
        return settings.printer.message(&Value::Null, &text);
    }
    // Scripts get what a stop gives them, a list of the entries recorded (none), and the reason as a note.
    note(&text);
    settings.printer.list::<Time>(&[])
}

/// Turns `running` into entries ending at `ended_at` and sends them; what
/// cannot be sent stays in the outbox (or, refused, puts the clock back).
fn record(
    running: &RunningClock,
    fields: TimeFields,
    ended_at: DateTime<FixedOffset>,
    store: &mut Store,
    settings: &Settings,
) -> Result<(Vec<Time>, Session)> {
    let times = entries(running, fields, ended_at, settings)?;
    let (ids, session) = stop_in_ledger(running, &times, session(settings), None, store, settings)?;
    let session = match session {
        Ok(session) => session,
        Err(error) => return Err(kept(error, times.len(), store, false)),
    };
    match send_all(&session, store, &ids, &times) {
        Ok(created) => {
            let created = created.into_iter().zip(&times).map(|(echo, sent)| stored(&session, store, echo, sent));
            Ok((created.collect(), session))
        }
        Err((created, error)) => {
            let from = created.len();
            Err(stopped(error, store, &ids[from..], &times[from..], running))
        }
    }
}

/// The entries a clock-out records: one per day worked, or one when
/// `--duration` or `--date` is given. More than a week of days is only
/// recorded when the user confirms it on a terminal.
fn entries(
    running: &RunningClock,
    fields: TimeFields,
    ended_at: DateTime<FixedOffset>,
    settings: &Settings,
) -> Result<Vec<NewTime>> {
    let project = match fields.project {
        Some(project) => project,
        None => running.project.parse().map_err(Error::Invalid)?,
    };
    let activities = if fields.activities.is_empty() {
        running.activities.iter().map(|a| a.parse()).collect::<Result<Vec<Slug>, String>>().map_err(Error::Invalid)?
    } else {
        fields.activities
    };
    let user = match fields.user {
        Some(user) if user.as_str() != running.user => {
            return Err(Error::invalid(format!(
                "--user {user} is not the clock's owner {}; TimeSync only accepts time entries from their owner",
                running.user
            )))
        }
        _ => running.user.parse::<Username>().map_err(Error::Invalid)?,
    };
    let date = day_worked(fields.date, settings.now.today(), fields.future)?;
    let days = match (fields.duration, date) {
        (None, None) => {
            confirm_days(running.started_at, ended_at)?;
            split_by_day(running.started_at, ended_at)
        }
        (duration, date) => vec![(
            date.unwrap_or(running.started_at.date_naive()),
            duration.unwrap_or(Duration::from_secs((ended_at - running.started_at).num_seconds().max(0) as u64)),
        )],
    };
    Ok(days
        .into_iter()
        .map(|(date_worked, duration)| NewTime {
            duration,
            project: project.clone(),
            user: user.clone(),
            activities: activities.clone(),
            date_worked,
            notes: fields.notes.clone().or_else(|| running.notes.clone()),
            issue_uri: fields.issue_uri.clone().or_else(|| running.issue_uri.clone()),
        })
        .collect())
}

/// Refuses (or, on a terminal, asks about) a clock-out spanning more than a week of days.
fn confirm_days(start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> Result<()> {
    let days = (end.with_timezone(start.offset()).date_naive() - start.date_naive()).num_days() + 1;
    if days <= MAX_DAYS_UNASKED {
        return Ok(());
    }
    let question = format!(
        "The clock started {} ({days} days ago): clocking out records {days} entries, one per day. Record them?",
        start.format("%Y-%m-%d %H:%M")
    );
    if confirm(&question)? {
        return Ok(());
    }
    Err(Error::invalid(format!(
        "the clock started at {} and clocking out would record {days} entries (more than {MAX_DAYS_UNASKED} days): \
         give --duration (one entry) or --at (when you stopped), or `timesync clock cancel`",
        start.format("%Y-%m-%d %H:%M")
    )))
}

/// After a failure at the first of `ids` (the rest queued again): a refusal
/// puts the clock back (starting where the first unrecorded day begins)
/// unless another clock runs by now; anything else keeps the entries in the
/// outbox.
fn stopped(error: Error, store: &mut Store, ids: &[i64], times: &[NewTime], running: &RunningClock) -> Error {
    if !matches!(outcome_of(&error, OnRefusal::Keep), Outcome::Refused(_)) {
        return kept(error, ids.len(), store, true);
    }
    let started_at = midnight(times[0].date_worked, &running.started_at)
        .filter(|midnight| *midnight > running.started_at)
        .unwrap_or(running.started_at);
    match store.reopen_clock(ids, &RunningClock { started_at, ..running.clone() }) {
        Ok(true) => error,
        Ok(false) => Error::Kept {
            cause: Box::new(error),
            note: "another clock runs by now, so the refused entries stay in the outbox: fix them there \
                   (`timesync outbox`) or drop them"
                .into(),
        },
        Err(local) => local,
    }
}

fn status(args: ClockStatusArgs, settings: &Settings) -> Result<()> {
    let running = settings.running_clock()?;
    let now = settings.now.datetime();
    let short: Vec<String> = SHORT_STATUS_COLUMNS.map(String::from).into();
    let Some(running) = running else {
        if args.short {
            // Nothing for a shell prompt; CSV still has its header.
            return match settings.printer.format {
                Format::Csv => settings.printer.csv::<serde_json::Value>(&[], &SHORT_STATUS_COLUMNS),
                _ => Ok(()),
            };
        }
        let columns: Vec<String> = STATUS_COLUMNS.map(String::from).into();
        return settings.printer.record(&json!({"running": false}), "Not clocked in.", &columns);
    };
    let elapsed = Duration::from_secs((now - running.started_at).num_seconds().max(0) as u64);
    if args.short {
        return settings.printer.record(
            &json!({"project": running.project, "elapsed_seconds": elapsed.as_secs()}),
            &format!("{} {elapsed}", running.project),
            &short,
        );
    }
    let activities =
        if running.activities.is_empty() { "default activity".to_owned() } else { running.activities.join(", ") };
    settings.printer.record(
        &json!({
            "running": true,
            "project": running.project,
            "activities": running.activities,
            "notes": running.notes,
            "issue_uri": running.issue_uri,
            "user": running.user,
            "started_at": crate::output::json_time(&running.started_at),
            "elapsed_seconds": elapsed.as_secs(),
        }),
        &format!(
            "Clocked in on {} ({activities}) since {}: {elapsed} so far.",
            running.project,
            running.started_at.format("%Y-%m-%d %H:%M")
        ),
        &STATUS_COLUMNS.map(String::from),
    )
}

/// The CSV header of `clock status`, the same whether a clock runs or not.
const STATUS_COLUMNS: [&str; 8] =
    ["running", "project", "activities", "notes", "issue_uri", "user", "started_at", "elapsed_seconds"];

/// The CSV header of `clock status --short`.
const SHORT_STATUS_COLUMNS: [&str; 2] = ["project", "elapsed_seconds"];

/// `clock cancel` and `cancel`.
pub fn cancel(settings: &Settings) -> Result<()> {
    let running = settings
        .store()?
        .cancel_clock()?
        .ok_or_else(|| Error::invalid("not clocked in: there is no clock to cancel"))?;
    settings.printer.message(
        &json!({"cancelled": true, "project": running.project, "started_at": crate::output::json_time(&running.started_at)}),
        &format!(
            "Cancelled the clock on {} started at {}; nothing was recorded.",
            running.project,
            running.started_at.format("%Y-%m-%d %H:%M")
        ),
    )
}
