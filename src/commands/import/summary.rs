//! The end of an import: the reject file, the summary line, and the exit
//! code (a stop first, then Ctrl-C, then refused rows).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use serde_json::json;

use super::send::Tally;
use crate::commands::delivery::{outcome_of, OnRefusal};
use crate::error::{Error, ExitCode, Result};
use crate::history::{rejects, Format, Parsed, Planned};
use crate::output::plural;
use crate::settings::Settings;
use crate::state::Outcome;

/// What the summary and the reject file need to know about the import.
pub(super) struct Context<'a> {
    /// The input's name in messages.
    pub input: &'a str,
    /// Its format.
    pub format: Format,
    /// What was read (the rows, for the reject file).
    pub parsed: &'a Parsed,
    /// The checked entries.
    pub planned: &'a [Planned],
    /// Where refused rows go.
    pub rejects: PathBuf,
    /// When the import began.
    pub started: Instant,
}

/// Writes the reject file (when rows stand refused), prints the summary
/// and returns the error the run ends with, if any.
pub(super) fn finish(mut tally: Tally, context: &Context, settings: &Settings, quiet: bool) -> Result<()> {
    let stopped = tally.stopped.take();
    let ran_through = stopped.is_none() && !tally.interrupted;
    let refused = tally.rejected.len() + tally.earlier.len();
    let rejects = if refused > 0 { Some(write_rejects(&tally, context)?) } else { None };
    summary(&tally, ran_through, context, rejects.as_ref(), settings, quiet)?;
    let total = context.planned.len();
    let done = tally.sent + tally.found;
    if let Some(error) = stopped {
        let again = if error.exit_code() == ExitCode::AuthRequired {
            "log in (`timesync login`), then run the same import again to send the rest"
        } else {
            "run the same import again to send the rest"
        };
        let mut note = format!(
            "import stopped after {} of {total} entries; the delivery ledger remembers what is on the server: {again}",
            tally.settled()
        );
        if outcome_of(&error, OnRefusal::Keep) == Outcome::Uncertain {
            note.push_str(
                " (the last entry may have been recorded: it is looked for on the server before it is sent again)",
            );
        }
        return Err(Error::Kept { cause: Box::new(error), note });
    }
    if tally.interrupted {
        return Err(Error::Interrupted(format!(
            "interrupted after {} of {total} entries ({done} sent now); run the same import again to send the rest",
            tally.settled()
        )));
    }
    match rejects {
        Some(path) => Err(Error::Rejected(format!(
            "the server refused {}{}: they are in {} with the reasons; fix them and import that file, or fix \
             what they refer to and run this import again with --retry-rejected",
            plural(refused, "entry", "entries"),
            if tally.earlier.is_empty() {
                String::new()
            } else {
                format!(" ({} in an earlier run)", tally.earlier.len())
            },
            path.display()
        ))),
        None => Ok(()),
    }
}

/// The rows of the refused entries, each once with its reasons, in the
/// input's format.
fn write_rejects(tally: &Tally, context: &Context) -> Result<PathBuf> {
    let mut reasons: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    for (index, reason) in tally.rejected.iter().chain(&tally.earlier) {
        let planned = &context.planned[*index];
        let reasons = reasons.entry(planned.record).or_default();
        let reason = format!("{}: {reason}", planned.time.date_worked);
        if !reasons.contains(&reason) {
            reasons.push(reason);
        }
    }
    let rows: Vec<_> = reasons
        .into_iter()
        .filter_map(|(record, reasons)| context.parsed.records.get(record).map(|row| (row, reasons.join("; "))))
        .collect();
    let path = &context.rejects;
    let text = rejects::render(context.format, &context.parsed.header, &rows)
        .map_err(|e| Error::Io(format!("cannot write the reject file {}: {e}", path.display())))?;
    std::fs::write(path, text).map_err(|e| {
        Error::Io(format!(
            "cannot write the reject file {}: {e}; the refused entries are kept in the delivery ledger",
            path.display()
        ))
    })?;
    Ok(path.clone())
}

/// The summary line (and JSON); `ran_through` when no failure or Ctrl-C
/// stopped the run.
fn summary(
    tally: &Tally,
    ran_through: bool,
    context: &Context,
    rejects: Option<&PathBuf>,
    settings: &Settings,
    quiet: bool,
) -> Result<()> {
    let elapsed = context.started.elapsed().as_secs_f64();
    let refused = tally.rejected.len() + tally.earlier.len();
    let value = json!({
        "file": context.input,
        "format": context.format.as_str(),
        "entries": context.planned.len(),
        "sent": tally.sent,
        "skipped": tally.skipped + tally.found,
        "found": tally.found,
        "postponed": tally.postponed,
        "rejected": refused,
        "rejects_file": rejects.map(|p| p.display().to_string()),
        "elapsed_seconds": (elapsed * 1000.0).round() / 1000.0,
        "complete": ran_through && tally.postponed == 0,
    });
    if quiet && !settings.json() {
        return Ok(());
    }
    let head = if ran_through {
        format!("Imported {}: {}", context.input, plural(context.planned.len(), "entry", "entries"))
    } else {
        format!("Stopped {} after {} of {} entries", context.input, tally.settled(), context.planned.len())
    };
    let mut text = format!(
        "{head}, {} sent, {} skipped (already imported), {} rejected, in {elapsed:.1} s.",
        tally.sent,
        tally.skipped + tally.found,
        refused
    );
    if let Some(path) = rejects {
        text.push_str(&format!(" Rejected rows: {}", path.display()));
    }
    if tally.postponed > 0 {
        text.push_str(&format!(
            " {} may be on the server while another command sends entries like them: run the same import again \
             once it is done.",
            plural(tally.postponed, "entry", "entries")
        ));
    }
    settings.printer.message(&value, &text)
}
