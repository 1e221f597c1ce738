//! The outbox: time entries kept while they could not be delivered, listed
//! by `timesync outbox`, shown and corrected by `outbox show` and `outbox
//! edit`, and delivered, exactly once, by `timesync sync`.

use serde_json::{json, Map, Value};

use super::cache::check_known;
use super::delivery::{lease, server_of, sync_outbox, SyncRun};
use super::entry_rows::{time_cells, time_columns, with_time, TIME_CELL_COLUMNS};
use super::time::owner;
use super::{current_user, session};
use crate::cli::{OutboxArgs, OutboxCommand, OutboxEditArgs, TimeFields};
use crate::error::{Error, Result};
use crate::output::{note, plural, Column, Format, Tabular};
use crate::settings::Settings;
use crate::state::{Entry, EntryStatus, Store};
use timesync::model::NewTime;

/// `timesync outbox [drop N]`.
pub fn run(args: OutboxArgs, settings: &Settings) -> Result<()> {
    match args.command {
        None => {
            let entries = match settings.existing_store()? {
                Some(store) => store.entries()?,
                None => Vec::new(),
            };
            list(&entries, settings)
        }
        Some(OutboxCommand::Show { number }) => {
            let entries = match settings.existing_store()? {
                Some(store) => store.entries()?,
                None => Vec::new(),
            };
            let entry = number.checked_sub(1).and_then(|index| entries.get(index)).ok_or_else(|| {
                Error::invalid(format!(
                    "invalid value '{number}' for N: the outbox has {} (numbered from 1)",
                    plural(entries.len(), "entry", "entries")
                ))
            })?;
            show(entry, settings)
        }
        Some(OutboxCommand::Edit(args)) => edit(args, settings),
        Some(OutboxCommand::Drop { number }) => {
            let mut store = settings.store()?;
            let dropped = store
                .drop_entry(number)?
                .map_err(|reason| Error::invalid(format!("invalid value '{number}' for N: {reason}")))?;
            let waiting = store.entries()?.len();
            settings.printer.message(
                &json!({"dropped": dropped, "waiting": waiting}),
                &format!(
                    "Dropped entry {number} ({} on {} for {}); {waiting} waiting.",
                    dropped.time.duration, dropped.time.date_worked, dropped.time.project,
                ),
            )
        }
    }
}

/// Prints one entry: field by field, as JSON (as `outbox --json` lists
/// it) or as a CSV row.
fn show(entry: &Entry, settings: &Settings) -> Result<()> {
    let printer = &settings.printer;
    match printer.format {
        Format::Table => printer.message(&Value::Null, &printer.render_one(&Shown(entry))),
        Format::Json => printer.json(entry),
        Format::Csv => list(std::slice::from_ref(entry), settings),
    }
}

/// An outbox entry's detail view.
struct Shown<'a>(&'a Entry);

impl Tabular for Shown<'_> {
    const COLUMNS: &'static [Column<'static>] = &[];
    const FIELDS: &'static [&'static str] = &[];
    const PLURAL: &'static str = "outbox entries";

    fn row(&self) -> Vec<String> {
        Vec::new()
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        let Shown(entry) = self;
        let time = &entry.time;
        vec![
            ("number", entry.number.to_string()),
            ("status", entry.status.as_str().to_owned()),
            ("date worked", time.date_worked.to_string()),
            ("duration", time.duration.to_string()),
            ("project", time.project.to_string()),
            ("activities", time.activities.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ")),
            ("user", time.user.to_string()),
            ("notes", time.notes.clone().unwrap_or_default()),
            ("issue", time.issue_uri.clone().unwrap_or_default()),
            ("queued", entry.queued_at.format("%Y-%m-%d %H:%M:%S").to_string()),
            ("refused", entry.refused.clone().unwrap_or_default()),
            ("server", server_name(&entry.server)),
        ]
    }

    fn id(&self) -> String {
        self.0.number.to_string()
    }
}

/// `timesync outbox edit N …`: changes the fields given of a queued entry,
/// checked as a new entry's are (the owner is the logged-in user, the
/// project and activities are checked against a fresh cache), in one
/// transaction; `sync` then sends the edited entry, once.
fn edit(args: OutboxEditArgs, settings: &Settings) -> Result<()> {
    let TimeFields { duration, project, activities, date, notes, issue_uri, user, future } = args.fields;
    let nothing = duration.is_none()
        && project.is_none()
        && activities.is_empty()
        && date.is_none()
        && notes.is_none()
        && issue_uri.is_none()
        && user.is_none();
    if nothing {
        return Err(Error::invalid(
            "outbox edit: nothing to change: give at least one of --duration, --project, --activity, --date, \
             --notes, --issue-uri, --user",
        ));
    }
    let logged_in = current_user(settings);
    let user = match user {
        Some(user) => Some(owner(Some(user), logged_in.as_deref())?),
        None => None,
    };
    let date = super::dates::day_worked(date, settings.now.today(), future)?;
    let number = args.number;
    let mut store = settings.store()?;
    let edited = store
        .edit_entry(number, |old| {
            let time = NewTime {
                duration: duration.unwrap_or(old.duration),
                project: project.clone().unwrap_or_else(|| old.project.clone()),
                user: user.clone().unwrap_or_else(|| old.user.clone()),
                activities: if activities.is_empty() { old.activities.clone() } else { activities.clone() },
                date_worked: date.unwrap_or(old.date_worked),
                notes: match &notes {
                    Some(text) if text.is_empty() => None,
                    Some(text) => Some(text.clone()),
                    None => old.notes.clone(),
                },
                issue_uri: issue_uri.clone().or_else(|| old.issue_uri.clone()),
            };
            check_known(settings, project.as_ref(), &activities)?;
            Ok(time)
        })?
        .map_err(|reason| Error::invalid(format!("invalid value '{number}' for N: {reason}")))?;
    show(&edited, settings)
}

/// The CSV header of the outbox: its number, the entry, and how it waits.
fn outbox_columns() -> Vec<&'static str> {
    time_columns(&["number"], &["queued_at", "status", "refused", "server"])
}

/// The CSV header of `sync`: what became of each entry (`sent`, `found` on
/// the server already, or `refused`), then the entry.
fn sync_columns() -> Vec<&'static str> {
    time_columns(&["result", "number", "uuid"], &["reason"])
}

fn list(entries: &[Entry], settings: &Settings) -> Result<()> {
    let printer = &settings.printer;
    match printer.format {
        Format::Json => printer.json(entries),
        Format::Csv => {
            let rows: Vec<Map<String, Value>> = entries
                .iter()
                .map(|entry| {
                    let mut row = with_time(Map::from_iter([("number".to_owned(), json!(entry.number))]), &entry.time);
                    row.insert("queued_at".into(), json!(crate::output::json_time(&entry.queued_at)));
                    row.insert("status".into(), json!(entry.status));
                    row.insert("refused".into(), json!(entry.refused));
                    row.insert("server".into(), json!(entry.server));
                    row
                })
                .collect();
            printer.csv(&rows, &outbox_columns())
        }
        Format::Table if entries.is_empty() => printer.message(&json!([]), "The outbox is empty."),
        Format::Table => {
            // The server is shown when an entry is for another than the profile's.
            let here = server_of(settings).ok();
            let show_server = entries.iter().any(|e| Some(&e.server) != here.as_ref());
            let mut columns = [
                &[Column::keep("N")][..],
                &TIME_CELL_COLUMNS,
                &[Column::keep("Queued"), Column::keep("Status"), Column::shrink("Refused"), Column::shrink("Notes")],
            ]
            .concat();
            if show_server {
                columns.insert(1, Column::shrink("Server"));
            }
            let rows = entries
                .iter()
                .map(|entry| {
                    let [date, duration, project, activities] = time_cells(&entry.time);
                    let mut row = vec![
                        entry.number.to_string(),
                        date,
                        duration,
                        project,
                        activities,
                        entry.queued_at.format("%Y-%m-%d %H:%M").to_string(),
                        entry.status.as_str().to_owned(),
                        entry.refused.clone().unwrap_or_default(),
                        entry.time.notes.clone().unwrap_or_default(),
                    ];
                    if show_server {
                        row.insert(1, server_name(&entry.server));
                    }
                    row
                })
                .collect();
            printer.rows(None, &columns, rows)
        }
    }
}

/// An entry's server as shown: its URL, or what an unknown one means.
fn server_name(server: &str) -> String {
    if server.is_empty() {
        "(the profile's)".to_owned()
    } else {
        server.to_owned()
    }
}

/// `timesync sync`: deliver what waits in the outbox for the profile's
/// server, oldest first (see [`sync_outbox`]), and say what became of it;
/// entries made for another server are left, and named.
pub fn sync(settings: &Settings) -> Result<()> {
    let mut store = settings.store()?;
    if store.entries()?.is_empty() {
        if settings.printer.format == Format::Csv {
            return settings.printer.csv::<Value>(&[], &sync_columns());
        }
        return settings.printer.message(
            &json!({"sent": [], "found": [], "postponed": [], "refused": [], "waiting": 0, "elsewhere": []}),
            "The outbox is empty.",
        );
    }
    let session = session(settings)?;
    let run = sync_outbox(&session, &mut store, &lease(settings), settings.now.today());
    if let Some(error) = run.stopped {
        if !run.sent.is_empty() || !run.found.is_empty() {
            note(&format!(
                "{} delivered before the failure",
                plural(run.sent.len() + run.found.len(), "entry was", "entries were")
            ));
        }
        return Err(error);
    }
    report(&run, &store, &session.server, settings)
}

/// How many entries wait for each server other than `here`.
fn elsewhere(waiting: &[Entry], here: &str) -> Vec<(String, usize)> {
    let mut servers: Vec<(String, usize)> = Vec::new();
    for entry in waiting.iter().filter(|e| !e.server.is_empty() && e.server != here) {
        match servers.iter_mut().find(|(server, _)| *server == entry.server) {
            Some((_, count)) => *count += 1,
            None => servers.push((entry.server.clone(), 1)),
        }
    }
    servers
}

/// Prints what the run did, and notes what waits for other servers; exit
/// code 1 when the server refused entries.
fn report(run: &SyncRun, store: &Store, here: &str, settings: &Settings) -> Result<()> {
    let waiting = store.entries()?;
    let number_of = |id: i64| waiting.iter().find(|e| e.id == id).map_or(0, |e| e.number);
    let refused: Vec<Value> = run
        .refused
        .iter()
        .map(|(entry, reason)| json!({"number": number_of(entry.id), "time": entry.time, "reason": reason}))
        .collect();
    let elsewhere = elsewhere(&waiting, here);
    let summary = json!({
        "sent": run.sent,
        "found": run.found.iter().map(|e| &e.time).collect::<Vec<_>>(),
        "postponed": run.postponed.iter().map(|e| json!({"number": number_of(e.id), "time": e.time})).collect::<Vec<_>>(),
        "refused": refused,
        "waiting": waiting.len(),
        "elsewhere": elsewhere.iter().map(|(server, count)| json!({"server": server, "waiting": count})).collect::<Vec<_>>(),
    });
    if settings.printer.format == Format::Csv {
        settings.printer.csv(&sync_rows(&summary), &sync_columns())?;
    } else {
        settings.printer.message(&summary, &summary_text(run))?;
    }
    for (server, count) in &elsewhere {
        note(&format!(
            "{} made for {server}, not this profile's server, {}: send {} with `timesync --url {server} sync`, \
             or drop {} with `timesync outbox drop N`",
            plural(*count, "entry was", "entries were"),
            if *count == 1 { "waits" } else { "wait" },
            if *count == 1 { "it" } else { "them" },
            if *count == 1 { "it" } else { "them" },
        ));
    }
    if run.refused.is_empty() {
        return Ok(());
    }
    let reasons: Vec<String> = run
        .refused
        .iter()
        .map(|(entry, reason)| {
            format!("entry {} ({} on {}): {reason}", number_of(entry.id), entry.time.project, entry.time.date_worked)
        })
        .collect();
    Err(Error::Rejected(format!(
        "the server refused {}: {}; fix and `timesync sync` again, or `timesync outbox drop N`",
        plural(run.refused.len(), "entry", "entries"),
        reasons.join("; ")
    )))
}

/// "Sent 2 time entries. 1 entry was already on the server …"
fn summary_text(run: &SyncRun) -> String {
    let mut text = format!("Sent {}.", plural(run.sent.len(), "time entry", "time entries"));
    let them = |count: usize| if count == 1 { "it" } else { "them" };
    if !run.found.is_empty() {
        text.push_str(&format!(
            " {} already on the server (an earlier attempt had delivered {}), so not sent again.",
            plural(run.found.len(), "entry was", "entries were"),
            them(run.found.len())
        ));
    }
    if !run.postponed.is_empty() {
        text.push_str(&format!(
            " {} left uncertain: another command is sending an entry like {} right now; `timesync sync` again \
             when it is done.",
            plural(run.postponed.len(), "entry is", "entries are"),
            them(run.postponed.len())
        ));
    }
    text
}

/// The CSV rows of a `sync`: one per entry it dealt with.
fn sync_rows(summary: &Value) -> Vec<Map<String, Value>> {
    let columns = sync_columns();
    let mut rows = Vec::new();
    for (result, key) in [("sent", "sent"), ("found", "found"), ("refused", "refused")] {
        for item in summary[key].as_array().into_iter().flatten() {
            let time = if result == "refused" { &item["time"] } else { item };
            let mut row = with_time(Map::from_iter([("result".to_owned(), json!(result))]), time);
            row.insert("number".into(), item.get("number").cloned().unwrap_or(Value::Null));
            row.insert("reason".into(), item.get("reason").cloned().unwrap_or(Value::Null));
            row.retain(|key, _| columns.contains(&key.as_str()));
            rows.push(row);
        }
    }
    rows
}

/// Reminds the user on stderr when entries wait in the outbox.
pub fn remind(settings: &Settings) {
    if settings.outbox_known_empty() {
        return;
    }
    let Ok(Some(mut store)) = settings.existing_store() else { return };
    let Ok(entries) = store.entries() else { return };
    if entries.is_empty() {
        // Spares the next commands this look.
        store.mark_if_empty();
        return;
    }
    let uncertain = entries.iter().filter(|e| e.status == EntryStatus::Uncertain).count();
    let detail = if uncertain > 0 {
        format!(" ({uncertain} uncertain: `sync` checks the server for them first)")
    } else {
        String::new()
    };
    note(&format!(
        "{} waiting in the outbox{detail}: run `timesync sync` to send {}",
        plural(entries.len(), "time entry is", "time entries are"),
        if entries.len() == 1 { "it" } else { "them" }
    ));
}
