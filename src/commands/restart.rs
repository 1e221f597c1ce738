//! `timesync restart [REF]`: a new clock with the project, activities,
//! notes and issue link of the last entry (or of entry REF). The last entry
//! is asked of the server; when it cannot be asked, the last clock stopped
//! here serves.

use super::clock::clock_in;
use super::delivery::keeps_unsent;
use super::reference::{resolve, Resolved};
use super::session;
use crate::cli::{ClockInArgs, IssueArgs, RestartArgs};
use crate::error::{Error, Result};
use crate::output::note;
use crate::settings::Settings;
use crate::state::RunningClock;
use timesync::model::Time;
use timesync::reference::TimeRef;
use timesync::validation::Slug;

/// Runs `timesync restart`.
pub fn run(args: RestartArgs, settings: &Settings) -> Result<()> {
    let (project, activities, notes, issue_uri) = match from_server(args.entry.as_ref(), settings) {
        Ok(time) => {
            let project = time.short_project().unwrap_or_default().to_owned();
            (project, time.activities, time.notes, time.issue_uri)
        }
        Err(error) if args.entry.is_none() && keeps_unsent(&error) => {
            let last = last_clock(settings)?.ok_or(error)?;
            note(&format!("the server could not be asked for your last entry: starting again what the last clock here was on ({})", last.project));
            (last.project, last.activities, last.notes, last.issue_uri)
        }
        Err(error) => return Err(error),
    };
    let clock = ClockInArgs {
        project: Some(slug(&project)?),
        activities: activities.iter().map(|a| slug(a)).collect::<Result<_>>()?,
        notes: notes.filter(|n| !n.is_empty()),
        issue_uri: issue_uri.filter(|u| !u.is_empty()),
        issue: IssueArgs { issue: None, no_issue: true },
        at: args.at,
        switch: args.switch,
    };
    clock_in(clock, settings)
}

/// The entry to restart, from the server: `@1` unless another is named.
fn from_server(entry: Option<&TimeRef>, settings: &Settings) -> Result<Time> {
    let session = session(settings)?;
    let reference = entry.cloned().unwrap_or(TimeRef::Recent(std::num::NonZeroUsize::MIN));
    match resolve(&session, &reference)? {
        Resolved { time: Some(time), .. } => Ok(time),
        Resolved { uuid, .. } => session
            .client
            .get_time(&uuid, false, false)?
            .into_iter()
            .next()
            .ok_or_else(|| Error::unexpected(format!("the reply to GET /times/{uuid} was empty"))),
    }
}

fn last_clock(settings: &Settings) -> Result<Option<RunningClock>> {
    match settings.existing_store()? {
        Some(store) => store.last_clock(),
        None => Ok(None),
    }
}

fn slug(text: &str) -> Result<Slug> {
    text.parse().map_err(|e: String| Error::unexpected(format!("the entry to restart has {e}")))
}
