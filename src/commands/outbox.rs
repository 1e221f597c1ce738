//! The outbox: time entries that could not be sent because no connection
//! could be made are kept, and `timesync sync` sends them later, in order.

use serde_json::{json, Map, Value};

use super::{session, Session};
use crate::cli::{OutboxArgs, OutboxCommand};
use crate::error::{Error, Result};
use crate::model::{NewTime, Time};
use crate::output::{note, Format};
use crate::settings::Settings;
use crate::state::QueuedTime;

/// Creates `times` in order and returns those the server accepted, with the
/// error that stopped the rest. When the connection cannot be made at all,
/// the entries not yet sent are saved to the outbox and the error says so.
pub fn create_or_queue(session: &Session, settings: &Settings, times: &[NewTime]) -> (Vec<Time>, Result<()>) {
    let mut created = Vec::new();
    for (index, time) in times.iter().enumerate() {
        match session.client.create_time(time) {
            Ok(time) => created.push(time),
            Err(Error::Unreachable { url, reason, before_sending: true }) => {
                let queued = queue(settings, &times[index..]).map(|waiting| {
                    let reason = format!(
                        "{reason}; {} saved to the outbox ({waiting} waiting): run `timesync sync` when the server is back",
                        plural(times.len() - index, "time entry was", "time entries were"),
                    );
                    Error::Unreachable { url, reason, before_sending: true }
                });
                return (created, Err(queued.unwrap_or_else(|e| e)));
            }
            Err(error) => return (created, Err(error)),
        }
    }
    (created, Ok(()))
}

/// Appends `times` to the outbox; returns how many entries now wait.
fn queue(settings: &Settings, times: &[NewTime]) -> Result<usize> {
    let state = settings.state()?;
    let mut outbox = state.outbox()?;
    let queued_at = settings.clock.now();
    outbox.extend(times.iter().map(|time| QueuedTime { time: time.clone(), queued_at, refused: None }));
    state.save_outbox(&outbox)?;
    Ok(outbox.len())
}

/// `timesync outbox [drop N]`.
pub fn run(args: OutboxArgs, settings: &Settings) -> Result<()> {
    let state = settings.state()?;
    let mut outbox = state.outbox()?;
    match args.command {
        None => list(&outbox, settings),
        Some(OutboxCommand::Drop { number }) => {
            if number == 0 || number > outbox.len() {
                return Err(Error::invalid(format!(
                    "invalid value '{number}' for N: the outbox has {} (numbered from 1)",
                    plural(outbox.len(), "entry", "entries")
                )));
            }
            let dropped = outbox.remove(number - 1);
            state.save_outbox(&outbox)?;
            settings.printer.message(
                &json!({"dropped": dropped, "waiting": outbox.len()}),
                &format!(
                    "Dropped entry {number} ({} on {} for {}); {} waiting.",
                    dropped.time.duration,
                    dropped.time.date_worked,
                    dropped.time.project,
                    outbox.len()
                ),
            )
        }
    }
}

fn list(outbox: &[QueuedTime], settings: &Settings) -> Result<()> {
    let printer = &settings.printer;
    match printer.format {
        Format::Json => printer.json(outbox),
        Format::Csv => {
            let rows: Vec<Map<String, Value>> = outbox
                .iter()
                .enumerate()
                .map(|(index, queued)| {
                    let mut row = Map::from_iter([("number".to_owned(), json!(index + 1))]);
                    if let Ok(Value::Object(time)) = serde_json::to_value(&queued.time) {
                        row.extend(time);
                    }
                    row.insert("queued_at".into(), json!(queued.queued_at.to_rfc3339()));
                    row.insert("refused".into(), json!(queued.refused));
                    row
                })
                .collect();
            printer.csv(&rows)
        }
        Format::Table if outbox.is_empty() => printer.message(&json!([]), "The outbox is empty."),
        Format::Table => {
            let headers = ["N", "Date", "Duration", "Project", "Activities", "Notes", "Queued", "Refused"];
            let rows = outbox
                .iter()
                .enumerate()
                .map(|(index, queued)| {
                    let time = &queued.time;
                    vec![
                        (index + 1).to_string(),
                        time.date_worked.to_string(),
                        time.duration.to_string(),
                        time.project.to_string(),
                        time.activities.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", "),
                        time.notes.clone().unwrap_or_default(),
                        queued.queued_at.format("%Y-%m-%d %H:%M").to_string(),
                        queued.refused.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            printer.rows(&headers, rows)
        }
    }
}

/// `timesync sync`: send what waits in the outbox, oldest first. Each entry
/// is removed only once the server accepted it; a refused entry stays with
/// the server's reason while the others go on; an unreachable server stops
/// the run and keeps the rest.
pub fn sync(settings: &Settings) -> Result<()> {
    let state = settings.state()?;
    let mut waiting = state.outbox()?;
    if waiting.is_empty() {
        return settings.printer.message(&json!({"sent": [], "refused": [], "waiting": 0}), "The outbox is empty.");
    }
    let session = session(settings)?;
    let mut sent: Vec<Time> = Vec::new();
    let mut index = 0;
    while index < waiting.len() {
        match session.client.create_time(&waiting[index].time) {
            Ok(time) => {
                sent.push(time);
                waiting.remove(index);
                state.save_outbox(&waiting)?;
            }
            Err(Error::Api(refusal)) => {
                waiting[index].refused = Some(Error::Api(refusal).to_string());
                state.save_outbox(&waiting)?;
                index += 1;
            }
            Err(error) => {
                if !sent.is_empty() {
                    note(&format!("{} sent before the failure", plural(sent.len(), "entry was", "entries were")));
                }
                return Err(error);
            }
        }
    }
    let refused: Vec<(usize, &QueuedTime)> =
        waiting.iter().enumerate().filter(|(_, q)| q.refused.is_some()).map(|(i, q)| (i + 1, q)).collect();
    let summary = json!({
        "sent": sent,
        "refused": refused.iter().map(|(n, q)| json!({"number": n, "time": q.time, "reason": q.refused})).collect::<Vec<_>>(),
        "waiting": waiting.len(),
    });
    settings.printer.message(&summary, &format!("Sent {}.", plural(sent.len(), "time entry", "time entries")))?;
    if refused.is_empty() {
        return Ok(());
    }
    let reasons: Vec<String> = refused
        .iter()
        .map(|(n, q)| {
            format!("entry {n} ({} on {}): {}", q.time.project, q.time.date_worked, q.refused.as_deref().unwrap_or(""))
        })
        .collect();
    Err(Error::Rejected(format!(
        "the server refused {}: {}; fix and `timesync sync` again, or `timesync outbox drop N`",
        plural(refused.len(), "entry", "entries"),
        reasons.join("; ")
    )))
}

/// Reminds the user on stderr when entries wait in the outbox.
pub fn remind(settings: &Settings) {
    if let Ok(outbox) = settings.state().and_then(|state| state.outbox()) {
        if !outbox.is_empty() {
            note(&format!(
                "{} waiting in the outbox: run `timesync sync` to send {}",
                plural(outbox.len(), "time entry is", "time entries are"),
                if outbox.len() == 1 { "it" } else { "them" }
            ));
        }
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}
