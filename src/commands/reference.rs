//! Resolving a time-entry reference (`@1`, a UUID or a prefix of one, see
//! [`timesync::reference`]) to the entry it names, with at most one
//! `GET /times`, or from the local copy of the user's entries without the
//! server ([`resolve_offline`]; completion lists `@N` with
//! [`offline::newest_mirrored`]).

use std::num::NonZeroUsize;

use timesync::model::{Time, TimeQuery};
use timesync::reference::{NthNewest, TimeRef};
use timesync::validation::{Username, Uuid};

use super::offline::{self, Copy};
use super::Session;
use crate::error::{Error, Result};
use crate::settings::Settings;

/// The entry a reference names: its UUID, and the entry itself when
/// resolving had to fetch it (a whole UUID is taken as it is).
pub struct Resolved {
    /// The entry's UUID.
    pub uuid: Uuid,
    /// The entry, as listed by the server, when it was fetched.
    pub time: Option<Time>,
}

/// Resolves `reference`: `@N` among the logged-in user's entries (newest
/// first), a prefix among every entry the user may see.
pub fn resolve(session: &Session, reference: &TimeRef) -> Result<Resolved> {
    resolve_in(None, session, reference)
}

/// [`resolve`], refreshing the mirror of the user's entries with the list
/// read (see [`offline::each_time`]).
pub fn resolve_mirrored(settings: &Settings, session: &Session, reference: &TimeRef) -> Result<Resolved> {
    resolve_in(Some(settings), session, reference)
}

fn resolve_in(settings: Option<&Settings>, session: &Session, reference: &TimeRef) -> Result<Resolved> {
    let found = match reference {
        TimeRef::Uuid(uuid) => return Ok(Resolved { uuid: uuid.clone(), time: None }),
        TimeRef::Recent(n) => {
            let query = TimeQuery { users: vec![own_user(session)?], ..TimeQuery::default() };
            let mut picker = NthNewest::new(*n);
            each_time(settings, session, &query, |time| picker.push(time))?;
            picked(picker, *n)?
        }
        TimeRef::Prefix(prefix) => {
            let mut matching = Matching::default();
            each_time(settings, session, &TimeQuery::default(), |time| matching.push(reference, time))?;
            matching.one(prefix)?
        }
    };
    let uuid = found.uuid.parse().map_err(Error::unexpected)?;
    Ok(Resolved { uuid, time: Some(found) })
}

/// Resolves `reference` among the entries of the local copy (the user's
/// own, as last read from the server), without the server.
pub fn resolve_offline(copy: &Copy, reference: &TimeRef) -> Result<Time> {
    match reference {
        TimeRef::Recent(n) => {
            let mut picker = NthNewest::new(*n);
            copy.each(None, |time| {
                picker.push(time);
                Ok(())
            })?;
            picked(picker, *n)
        }
        TimeRef::Uuid(_) | TimeRef::Prefix(_) => {
            let mut matching = Matching::default();
            copy.each(None, |time| {
                matching.push(reference, time);
                Ok(())
            })?;
            let prefix = match reference {
                TimeRef::Prefix(prefix) => prefix.as_str(),
                _ => "",
            };
            matching.one(prefix).map_err(|error| match reference {
                TimeRef::Uuid(uuid) => {
                    Error::invalid(format!("time entry {uuid} is not in the local copy of your entries"))
                }
                _ => error,
            })
        }
    }
}

/// A read of `query` (refreshing the mirror when `settings` are given),
/// each entry handed to `each`.
fn each_time(
    settings: Option<&Settings>,
    session: &Session,
    query: &TimeQuery,
    mut each: impl FnMut(Time) + Send,
) -> Result<usize> {
    let each = move |time| {
        each(time);
        Ok(())
    };
    match settings {
        Some(settings) => offline::each_time(settings, session, query, each),
        None => session.client.each_time(query, each),
    }
}

/// The entry a picker of the `n`th newest found, or why there is none.
fn picked(picker: NthNewest, n: NonZeroUsize) -> Result<Time> {
    let (count, n) = (picker.seen(), n.get());
    picker.finish().ok_or_else(|| {
        Error::invalid(match count {
            0 => format!("there is no @{n}: you have no time entries yet"),
            1 => format!("there is no @{n}: you have 1 time entry, @1 (see `timesync log`)"),
            count => format!("there is no @{n}: you have {count} time entries, @1 to @{count} (see `timesync log`)"),
        })
    })
}

/// The logged-in user, whose entries `@N` counts.
pub fn own_user(session: &Session) -> Result<Username> {
    let user = session.user.as_deref().ok_or_else(|| {
        Error::AuthRequired("cannot tell whose entries @1, @2, … count: log in with `timesync login`".into())
    })?;
    user.parse().map_err(Error::Invalid)
}

/// The entries whose UUID a reference matches (only those are held as the
/// list arrives).
#[derive(Default)]
struct Matching(Vec<Time>);

impl Matching {
    fn push(&mut self, reference: &TimeRef, time: Time) {
        if reference.matches_uuid(&time.uuid) && self.0.last().is_none_or(|last| last.uuid != time.uuid) {
            self.0.push(time);
        }
    }

    /// The one entry whose UUID begins with `prefix`.
    fn one(self, prefix: &str) -> Result<Time> {
        match self.0.as_slice() {
            [one] => Ok(one.clone()),
            [] => Err(Error::invalid(format!(
                "no time entry you can see has a UUID beginning with '{prefix}' (see `timesync log`, or \
                 `timesync time get` for everyone's)"
            ))),
            several => Err(Error::invalid(format!(
                "'{prefix}' begins {} time entries: {}; give more of the UUID, or @N as `timesync log` numbers them",
                several.len(),
                several.iter().map(candidate).collect::<Vec<_>>().join("; ")
            ))),
        }
    }
}

/// One candidate of an ambiguous prefix: UUID (date, project, duration).
fn candidate(time: &Time) -> String {
    let project = time.short_project().unwrap_or_default();
    format!("{} ({}, {project}, {})", time.uuid, time.date_worked, time.duration)
}
