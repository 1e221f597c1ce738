//! Resolving a time-entry reference (`@1`, a UUID or a prefix of one, see
//! [`timesync::reference`]) to the entry it names, with at most one
//! `GET /times`.

use std::num::NonZeroUsize;

use timesync::model::{Time, TimeQuery};
use timesync::reference::{NthNewest, TimeRef};
use timesync::validation::{Username, Uuid};

use super::Session;
use crate::error::{Error, Result};

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
    let found = match reference {
        TimeRef::Uuid(uuid) => return Ok(Resolved { uuid: uuid.clone(), time: None }),
        TimeRef::Recent(n) => recent(session, *n)?,
        TimeRef::Prefix(prefix) => by_prefix(session, reference, prefix)?,
    };
    let uuid = found.uuid.parse().map_err(Error::unexpected)?;
    Ok(Resolved { uuid, time: Some(found) })
}

/// The user's `n`th most recent entry, picked as the list arrives (only
/// the `n` newest are held).
fn recent(session: &Session, n: NonZeroUsize) -> Result<Time> {
    let me = own_user(session)?;
    let mut picker = NthNewest::new(n);
    session.client.each_time(&TimeQuery { users: vec![me], ..TimeQuery::default() }, |time| {
        picker.push(time);
        Ok::<(), Error>(())
    })?;
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

/// The one entry whose UUID begins with `prefix` (only the entries that
/// match are held as the list arrives).
fn by_prefix(session: &Session, reference: &TimeRef, prefix: &str) -> Result<Time> {
    let mut matching: Vec<Time> = Vec::new();
    session.client.each_time(&TimeQuery::default(), |time| {
        if reference.matches_uuid(&time.uuid) && matching.last().is_none_or(|last| last.uuid != time.uuid) {
            matching.push(time);
        }
        Ok::<(), Error>(())
    })?;
    match matching.as_slice() {
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

/// One candidate of an ambiguous prefix: UUID (date, project, duration).
fn candidate(time: &Time) -> String {
    let project = time.short_project().unwrap_or_default();
    format!("{} ({}, {project}, {})", time.uuid, time.date_worked, time.duration)
}
