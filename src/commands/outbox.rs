//! The outbox: time entries kept while they could not be delivered, listed
//! by `timesync outbox` and delivered, exactly once, by `timesync sync`.

use serde_json::{json, Map, Value};

use super::delivery::{
    already_recorded, lease, outcome_of, time_cells, time_columns, with_time, OnRefusal, TIME_CELL_COLUMNS,
};
use super::session;
use crate::cli::{OutboxArgs, OutboxCommand};
use crate::error::{Error, Result};
use crate::model::Time;
use crate::output::{note, Column, Format};
use crate::settings::Settings;
use crate::state::outbox::{plural, Claimed};
use crate::state::{Entry, EntryStatus, Outcome, Store};

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

/// The CSV header of the outbox: its number, the entry, and how it waits.
fn outbox_columns() -> Vec<&'static str> {
    time_columns(&["number"], &["queued_at", "status", "refused"])
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
                    row.insert("queued_at".into(), json!(entry.queued_at.to_rfc3339()));
                    row.insert("status".into(), json!(entry.status));
                    row.insert("refused".into(), json!(entry.refused));
                    row
                })
                .collect();
            printer.csv(&rows, &outbox_columns())
        }
        Format::Table if entries.is_empty() => printer.message(&json!([]), "The outbox is empty."),
        Format::Table => {
            let columns = [
                &[Column::keep("N")][..],
                &TIME_CELL_COLUMNS,
                &[Column::keep("Queued"), Column::keep("Status"), Column::shrink("Refused"), Column::shrink("Notes")],
            ]
            .concat();
            let rows = entries
                .iter()
                .map(|entry| {
                    let [date, duration, project, activities] = time_cells(&entry.time);
                    vec![
                        entry.number.to_string(),
                        date,
                        duration,
                        project,
                        activities,
                        entry.queued_at.format("%Y-%m-%d %H:%M").to_string(),
                        entry.status.as_str().to_owned(),
                        entry.refused.clone().unwrap_or_default(),
                        entry.time.notes.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            printer.rows(None, &columns, rows)
        }
    }
}

/// What one `sync` did.
#[derive(Default)]
struct SyncRun {
    sent: Vec<Time>,
    /// Uncertain entries found on the server: recorded earlier, not sent again.
    found: Vec<Entry>,
    refused: Vec<(Entry, String)>,
}

/// `timesync sync`: deliver what waits in the outbox, oldest first. Each
/// entry is claimed in a transaction (so two `sync`s never send the same
/// one), an uncertain one is looked for on the server before it is sent, and
/// each is settled as soon as the server answered. A refused entry stays with
/// the server's reason while the others go on; an unreachable server or an
/// authentication failure stops the run and leaves the rest as they were.
pub fn sync(settings: &Settings) -> Result<()> {
    let mut store = settings.store()?;
    if store.entries()?.is_empty() {
        if settings.printer.format == Format::Csv {
            return settings.printer.csv::<Value>(&[], &sync_columns());
        }
        return settings
            .printer
            .message(&json!({"sent": [], "found": [], "refused": [], "waiting": 0}), "The outbox is empty.");
    }
    let session = session(settings)?;
    let lease = lease(settings);
    let mut run = SyncRun::default();
    let mut after = 0;
    while let Some(claimed) = store.claim_next(after, &lease)? {
        after = claimed.entry.id;
        if let Err(error) = deliver(&session.client, &mut store, claimed, settings, &mut run) {
            if !run.sent.is_empty() || !run.found.is_empty() {
                note(&format!(
                    "{} delivered before the failure",
                    plural(run.sent.len() + run.found.len(), "entry was", "entries were")
                ));
            }
            return Err(error);
        }
    }
    report(&run, &store, settings)
}

/// Delivers one claimed entry and records the outcome in `run`; an error
/// stops the run (the entry is settled first).
fn deliver(
    client: &crate::client::Client,
    store: &mut Store,
    claimed: Claimed,
    settings: &Settings,
    run: &mut SyncRun,
) -> Result<()> {
    let Claimed { entry, uncertain } = claimed;
    if uncertain {
        match already_recorded(client, &entry.time, settings.clock.today()) {
            Ok(true) => {
                store.settle(entry.id, &Outcome::Delivered)?;
                run.found.push(entry);
                return Ok(());
            }
            Ok(false) => {}
            Err(error) => {
                store.settle(entry.id, &Outcome::Untouched)?;
                return Err(error);
            }
        }
    }
    let result = super::delivery::create(client, &entry.time);
    let outcome = match &result {
        Ok(_) => Outcome::Delivered,
        Err(error) => outcome_of(error, OnRefusal::Keep),
    };
    store.settle(entry.id, &outcome)?;
    match (result, outcome) {
        (Ok(time), _) => run.sent.push(time),
        (Err(_), Outcome::Refused(reason)) => run.refused.push((entry, reason)),
        (Err(error), _) => return Err(error),
    }
    Ok(())
}

/// Prints what the run did; exit code 1 when the server refused entries.
fn report(run: &SyncRun, store: &Store, settings: &Settings) -> Result<()> {
    let waiting = store.entries()?;
    let number_of = |id: i64| waiting.iter().find(|e| e.id == id).map_or(0, |e| e.number);
    let refused: Vec<Value> = run
        .refused
        .iter()
        .map(|(entry, reason)| json!({"number": number_of(entry.id), "time": entry.time, "reason": reason}))
        .collect();
    let summary = json!({
        "sent": run.sent,
        "found": run.found.iter().map(|e| &e.time).collect::<Vec<_>>(),
        "refused": refused,
        "waiting": waiting.len(),
    });
    let mut text = format!("Sent {}.", plural(run.sent.len(), "time entry", "time entries"));
    if !run.found.is_empty() {
        text.push_str(&format!(
            " {} already on the server (an earlier attempt had delivered {}), so not sent again.",
            plural(run.found.len(), "entry was", "entries were"),
            if run.found.len() == 1 { "it" } else { "them" }
        ));
    }
    if settings.printer.format == Format::Csv {
        settings.printer.csv(&sync_rows(&summary), &sync_columns())?;
    } else {
        settings.printer.message(&summary, &text)?;
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
