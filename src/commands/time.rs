//! `timesync time create|update|get|delete`.

use chrono::NaiveDate;

use super::cache::check_known;
use super::dates::{day_worked, period};
use super::delivery::{keeps_unsent, kept, lease, outcome_of, send_recorded, server_of, stored, OnRefusal};
use super::explain::{explain, Sent};
use super::git_context::entry_target;
use super::offline;
use super::reference::{resolve, resolve_mirrored, resolve_offline, Resolved};
use super::{current_user, session};
use crate::cli::{
    EntryFilters, ListOrder, TimeCommand, TimeCreateArgs, TimeDeleteArgs, TimeFields, TimeGetArgs, TimeShowArgs,
    TimeUpdateArgs,
};
use crate::error::{Error, Result};
use crate::output::{note, time_order, Order};
use crate::settings::{Reads, Settings};
use crate::state::Outcome;
use timesync::model::{NewTime, Time, TimeQuery, TimeUpdate};
use timesync::reference::TimeRef;
use timesync::validation::Username;

/// Runs a `time` subcommand.
pub fn run(command: TimeCommand, settings: &Settings) -> Result<()> {
    match command {
        TimeCommand::Create(args) => create(args, settings),
        TimeCommand::Update(args) => update(args, settings),
        TimeCommand::Get(args) => get(args, settings),
        TimeCommand::Show(args) => show(args, settings),
        TimeCommand::Delete(args) => delete(args, settings),
        TimeCommand::Import(args) => super::import::run(args, settings),
    }
}

fn create(args: TimeCreateArgs, settings: &Settings) -> Result<()> {
    let mut fields = args.fields;
    if fields.duration.is_some() {
        // Without --project, the git repository's project; an issue from --issue or the branch.
        let needs = "a time entry needs project (pass --project)";
        let (project, issue_uri) =
            entry_target(settings, fields.project.take(), fields.issue_uri.take(), args.issue, needs)?;
        (fields.project, fields.issue_uri) = (Some(project), issue_uri);
    }
    let missing: Vec<&str> = [("duration", fields.duration.is_none()), ("project", fields.project.is_none())]
        .into_iter()
        .filter_map(|(name, missing)| missing.then_some(name))
        .collect();
    if !missing.is_empty() {
        return Err(Error::invalid(format!(
            "a time entry needs {} (pass {})",
            missing.join(", "),
            missing.iter().map(|m| format!("--{m}")).collect::<Vec<_>>().join(" and ")
        )));
    }
    let mut store = settings.store()?;
    let session = session(settings);
    let logged_in = match &session {
        Ok(session) => session.user.clone(),
        Err(_) => current_user(settings),
    };
    let time = NewTime {
        duration: fields.duration.unwrap_or_default(),
        project: fields.project.expect("checked above"),
        user: owner(fields.user, logged_in.as_deref())?,
        activities: fields.activities,
        date_worked: day_worked(fields.date, settings.now.today(), fields.future)?.unwrap_or(settings.now.today()),
        notes: fields.notes,
        issue_uri: fields.issue_uri,
    };
    let session = match session {
        Ok(session) => session,
        Err(error) if keeps_unsent(&error) => {
            check_known(settings, Some(&time.project), &time.activities)?;
            store.add_to_outbox(&server_of(settings)?, std::slice::from_ref(&time), None)?;
            return Err(kept(error, 1, &store, false));
        }
        Err(error) => return Err(error),
    };
    let id = store.add_to_outbox(&session.server, std::slice::from_ref(&time), Some(&lease(settings)))?[0];
    match send_recorded(&session.client, &mut store, id, &time, OnRefusal::Forget) {
        Ok(echo) => settings.printer.one(&stored(&session, &store, echo, &time)),
        Err(error) => {
            // Kept without the server's word on its names: checked against the cache.
            if outcome_of(&error, OnRefusal::Forget) == Outcome::Queued {
                if let Err(unknown) = check_known(settings, Some(&time.project), &time.activities) {
                    store.settle(&[(id, Outcome::Dropped)])?;
                    return Err(unknown);
                }
            }
            Err(kept(error, 1, &store, true))
        }
    }
}

/// The owner of a new entry: the logged-in user. The server refuses entries
/// for anyone else, so a different `--user` is refused here already.
pub(super) fn owner(requested: Option<Username>, logged_in: Option<&str>) -> Result<Username> {
    match (requested, logged_in) {
        (Some(requested), Some(me)) if requested.as_str() != me => Err(Error::invalid(format!(
            "--user {requested} is not the logged-in user {me}; \
             TimeSync only accepts time entries from their owner"
        ))),
        (Some(requested), _) => Ok(requested),
        (None, Some(me)) => me.parse().map_err(Error::Invalid),
        (None, None) => Err(Error::invalid("a time entry needs its user: pass --user or set username in the profile")),
    }
}

fn update(args: TimeUpdateArgs, settings: &Settings) -> Result<()> {
    let update = to_update(args.fields, settings)?;
    if update.is_empty() {
        return Err(Error::invalid(
            "time update: nothing to change: give at least one of --duration, --project, --activity, \
             --date, --notes, --issue-uri",
        ));
    }
    let session = session(settings)?;
    let uuid = resolve(&session, &args.entry)?.uuid;
    let activities: Vec<&str> = update.activities.iter().map(|a| a.as_str()).collect();
    let sent = Sent::Time { project: update.project.as_ref().map(|p| p.as_str()), activities: &activities };
    let updated = session.client.update_time(&uuid, &update).map_err(|error| explain(error.into(), sent))?;
    settings.printer.one(&updated)
}

/// The fields to send, refusing values the server would silently ignore.
fn to_update(fields: TimeFields, settings: &Settings) -> Result<TimeUpdate> {
    if fields.notes.as_deref() == Some("") {
        return Err(Error::invalid("invalid value '' for --notes: the server cannot clear notes; give some text"));
    }
    Ok(TimeUpdate {
        duration: fields.duration,
        project: fields.project,
        user: fields.user,
        activities: fields.activities,
        date_worked: day_worked(fields.date, settings.now.today(), fields.future)?,
        notes: fields.notes,
        issue_uri: fields.issue_uri,
    })
}

/// The query for the entries `filters` name, worked from `start` to `end`
/// (refused when `start` is after `end`).
pub(super) fn entry_query(
    filters: EntryFilters,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
) -> Result<TimeQuery> {
    if let (Some(start), Some(end)) = (start, end) {
        if start > end {
            return Err(Error::invalid(format!("invalid value for --start: {start} is after --end {end}")));
        }
    }
    let EntryFilters { users, projects, activities } = filters;
    Ok(TimeQuery { users, projects, activities, start, end, ..TimeQuery::default() })
}

fn get(args: TimeGetArgs, settings: &Settings) -> Result<()> {
    let today = settings.now.today();
    let (start, end) = period(args.start, args.end, today)?;
    let query = TimeQuery {
        include_revisions: args.include_revisions,
        include_deleted: args.include_deleted,
        ..entry_query(args.filters, start, end)?
    };
    if settings.reads == Reads::Offline {
        return offline::list(settings, args.entry.as_ref(), &query);
    }
    match &args.entry {
        Some(entry) => get_one(settings, entry, &query),
        None => {
            // Each entry is turned into what is printed of it as it arrives.
            let order = match args.sort {
                ListOrder::Date => Order::Sorted,
                ListOrder::None => Order::AsSent,
            };
            let session = session(settings)?;
            // A list of the user's own entries (`--user ME`) refreshes the
            // local copy; everyone's (a whole organisation's) is left alone.
            let own = matches!(query.users.as_slice(), [user] if session.user.as_deref() == Some(user.as_str()));
            let produce = |emit: &mut (dyn FnMut(Time) -> Result<()> + Send)| match own {
                true => offline::each_time(settings, &session, &query, &mut *emit).map(drop),
                false => session.client.each_time(&query, emit).map(drop),
            };
            offline::stream_or_copy(
                settings,
                produce,
                |fill| settings.printer.stream_list(order, time_order, fill),
                |copy| offline::list_copy(settings, copy, None, &query),
            )
        }
    }
}

/// `time get REF`: the one entry it names; from the local copy when the
/// server cannot be reached (and the entry is one of the user's).
fn get_one(settings: &Settings, entry: &TimeRef, query: &TimeQuery) -> Result<()> {
    let times = offline::read(
        settings,
        |session| {
            let ignored = ignored_filters(query);
            if !ignored.is_empty() {
                note(&format!("{} ignored when a UUID is given", ignored.join(", ")));
            }
            match resolve_mirrored(settings, session, entry)? {
                Resolved { time: Some(time), .. } if !query.include_revisions && !query.include_deleted => {
                    Ok(Some(vec![time]))
                }
                Resolved { uuid, .. } => {
                    Ok(Some(session.client.get_time(&uuid, query.include_revisions, query.include_deleted)?))
                }
            }
        },
        |copy| offline::list_copy(settings, copy, Some(entry), query).map(|()| None),
    )?;
    match times {
        Some(times) => settings.printer.list(&times),
        None => Ok(()),
    }
}

/// `timesync time show REF`: one entry, field by field; from the local
/// copy of the user's entries when the server cannot be reached.
fn show(args: TimeShowArgs, settings: &Settings) -> Result<()> {
    let (time, offline) = offline::read(
        settings,
        |session| {
            let time = match resolve_mirrored(settings, session, &args.entry)? {
                Resolved { time: Some(time), .. } => time,
                Resolved { uuid, .. } => session
                    .client
                    .get_time(&uuid, false, false)?
                    .into_iter()
                    .next()
                    .ok_or_else(|| Error::unexpected(format!("the reply to GET /times/{uuid} was empty")))?,
            };
            Ok((time, None))
        },
        |copy| Ok((resolve_offline(copy, &args.entry)?, Some(copy.marker(settings)))),
    )?;
    match offline {
        Some(marker) if settings.json() => {
            let mut value = serde_json::to_value(&time).map_err(|e| Error::Io(format!("cannot encode JSON: {e}")))?;
            value["offline"] = marker;
            settings.printer.json(&value)
        }
        _ => settings.printer.one(&time),
    }
}

fn ignored_filters(query: &TimeQuery) -> Vec<&'static str> {
    [
        ("--user", !query.users.is_empty()),
        ("--project", !query.projects.is_empty()),
        ("--activity", !query.activities.is_empty()),
        ("--start", query.start.is_some()),
        ("--end", query.end.is_some()),
    ]
    .into_iter()
    .filter_map(|(flag, given)| given.then_some(flag))
    .collect()
}

fn delete(args: TimeDeleteArgs, settings: &Settings) -> Result<()> {
    let session = session(settings)?;
    let Resolved { uuid, time } = resolve(&session, &args.entry)?;
    super::prompt::confirm_delete(args.yes, || {
        let time = match time {
            Some(time) => time,
            None => session
                .client
                .get_time(&uuid, false, false)?
                .into_iter()
                .next()
                .ok_or_else(|| Error::unexpected(format!("the reply to GET /times/{uuid} was empty")))?,
        };
        Ok(describe(&time))
    })?;
    session.client.delete_time(&uuid)?;
    settings.printer.deleted(&format!("time entry {uuid}"))
}

/// A time entry as a deletion asks about it: "time entry 838853e3 of
/// 2026-12-04: 1h30m on gwm (dev), "Fixed the build"".
fn describe(time: &Time) -> String {
    let short = time.uuid.get(..8).unwrap_or(&time.uuid);
    let activities =
        if time.activities.is_empty() { String::new() } else { format!(" ({})", time.activities.join(", ")) };
    let notes = time.notes.as_deref().map(|n| format!(", \"{n}\"")).unwrap_or_default();
    format!(
        "time entry {short} of {}: {} on {}{activities}{notes}",
        time.date_worked,
        time.duration,
        time.short_project().unwrap_or("?")
    )
}
