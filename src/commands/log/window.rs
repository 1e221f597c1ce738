//! What a log gathers as the list arrives, and reads back newest first
//! with each entry's number.

use std::io;

use chrono::NaiveDate;

use super::record::Record;
use super::{LogEntry, Shown};
use crate::cli::LogArgs;
use crate::commands::offline::Pending;
use crate::error::{Error, Result};
use crate::output::spill::{spill_error, Kept, Spill};
use timesync::model::Time;
use timesync::validation::Username;

/// What a log shows, gathered as the list arrives.
pub(super) struct Window {
    /// The entries shown, as JSON text, and the user's numbered ones, as
    /// records newest first.
    shown: Spill<Record>,
    /// Whether an entry shown is from the outbox.
    any_pending: bool,
    /// How many entries shown are on the server (not in the outbox).
    on_server: usize,
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
    pub(super) fn new(me: &Username, args: &LogArgs, end: Option<NaiveDate>) -> Result<Window> {
        Ok(Window {
            shown: Spill::new().map_err(spill_error)?,
            any_pending: false,
            on_server: 0,
            own_after: 0,
            latest_after: None,
            index: 0,
            me: me.clone(),
            end,
            projects: args.projects.iter().map(ToString::to_string).collect(),
            activities: args.activities.iter().map(ToString::to_string).collect(),
        })
    }

    /// Takes the next entry of the list (oldest first): kept when the log
    /// shows it (up to the period's end, of the projects and activities
    /// asked for), kept without its text to number the others when it is
    /// the user's and on the server (not `pending` in the outbox).
    pub(super) fn push(&mut self, time: Time, pending: Option<Pending>) -> Result<()> {
        let index = self.index;
        self.index += 1;
        let in_period = self.end.is_none_or(|end| time.date_worked.0 <= end);
        let own = time.user == self.me.as_str() && pending.is_none();
        if own && !in_period {
            self.own_after += 1;
            self.latest_after = self.latest_after.max(Some(time.date_worked.0));
            return Ok(());
        }
        let shown = in_period
            && (self.projects.is_empty() || self.projects.iter().any(|p| time.project.contains(p)))
            && (self.activities.is_empty() || self.activities.iter().any(|a| time.activities.contains(a)));
        let too_long = |e: io::Error| Error::Io(format!("cannot show the log: {e}"));
        if shown {
            self.any_pending |= pending.is_some();
            self.on_server += usize::from(pending.is_none());
            let record = Record::new(&time, index, own, Some(self.shown.next_offset())).map_err(too_long)?;
            let text = serde_json::to_string(&Shown { time, pending })
                .map_err(|e| Error::Io(format!("cannot keep an entry of the log: {e}")))?;
            self.shown.push(&text, |_| record).map_err(spill_error)?;
        } else if own {
            self.shown.push_bare(Record::new(&time, index, true, None).map_err(too_long)?).map_err(spill_error)?;
        }
        Ok(())
    }

    /// Sorts what was gathered, newest first: linear in the list, then a
    /// sort of what is kept.
    pub(super) fn finish(self) -> Result<Finished> {
        Ok(Finished {
            shown: self.shown.finish(true).map_err(spill_error)?,
            any_pending: self.any_pending,
            on_server: self.on_server,
            own_after: self.own_after,
            latest_after: self.latest_after,
        })
    }
}

/// A log read whole: its entries, newest first, read back one at a time,
/// and what numbers them.
pub(super) struct Finished {
    /// The entries shown and the user's numbered ones, newest first.
    shown: Kept<Record>,
    /// Whether an entry shown is from the outbox.
    pub(super) any_pending: bool,
    /// How many entries shown are on the server (not in the outbox).
    pub(super) on_server: usize,
    /// How many of the user's entries are after the period's end (all newer).
    pub(super) own_after: usize,
    /// The latest day of those entries after the period's end.
    pub(super) latest_after: Option<NaiveDate>,
}

impl Finished {
    /// How many entries are shown.
    pub(super) fn len(&self) -> usize {
        self.shown.len()
    }

    /// Hands each entry shown to `each`, newest first, with its number
    /// (the user's entries that are on the server): the user's entries
    /// newer than it, plus one. The first error `each` returns stops the
    /// reading and is returned as it is (a writer's closed pipe stays one).
    pub(super) fn each<E: From<Error>>(
        &self,
        mut each: impl FnMut(LogEntry) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let mut stopped = None;
        let mut newer = self.own_after;
        let read = self.shown.for_each_keyed(|record, text| {
            let number = record.own().then(|| {
                newer += 1;
                newer
            });
            let Some(text) = text else { return Ok(()) };
            let shown: Shown = serde_json::from_str(text).map_err(io::Error::other)?;
            let entry =
                LogEntry { day: shown.time.date_worked.to_string(), number, outbox: shown.pending, time: shown.time };
            each(entry).map_err(|e| {
                stopped = Some(e);
                io::Error::other("stopped")
            })
        });
        match (read, stopped) {
            (_, Some(error)) => Err(error),
            (read, None) => read.map_err(|e| spill_error(e).into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::HashMap;
    use timesync::reference::newest_first;

    /// An entry: the user's or not, its day worked, creation day, project
    /// (`a` or `b`), and whether it waits in the outbox.
    type Made = (bool, u32, Option<u32>, bool, bool);

    fn entry(i: usize, (mine, day, created, in_a, pending): Made) -> (Time, Option<Pending>) {
        let date = |d: u32| format!("2026-01-{:02}", 1 + d);
        let time: Time = serde_json::from_value(serde_json::json!({
            "duration": 60, "user": if mine { "me" } else { "other" }, "project": [if in_a { "a" } else { "b" }],
            "date_worked": date(day), "created_at": created.map(date), "uuid": format!("u{i}")
        }))
        .unwrap();
        (time, pending.then_some(Pending { number: i, status: crate::state::EntryStatus::Queued }))
    }

    proptest! {
        #[test]
        fn entries_come_newest_first_numbered_among_all_the_users_own(
            made in proptest::collection::vec(
                (any::<bool>(), 0..4u32, proptest::option::of(0..3u32), any::<bool>(), proptest::bool::weighted(0.2)),
                0..40,
            ),
            end in proptest::option::of(0..4u32),
            only_a in any::<bool>(),
        ) {
            let entries: Vec<(Time, Option<Pending>)> = made.into_iter().enumerate().map(|(i, m)| entry(i, m)).collect();
            let end = end.map(|d| NaiveDate::from_ymd_opt(2026, 1, 1 + d).unwrap());
            let args = LogArgs { projects: if only_a { vec!["a".parse().unwrap()] } else { Vec::new() }, ..LogArgs::default() };
            let mut window = Window::new(&"me".parse().unwrap(), &args, end).unwrap();
            entries.iter().for_each(|(time, pending)| window.push(time.clone(), pending.clone()).unwrap());
            let log = window.finish().unwrap();
            let mut seen = Vec::new();
            log.each::<Error>(|entry| {
                seen.push((entry.time.uuid, entry.number));
                Ok(())
            })
            .unwrap();

            // As numbered from the whole list: the user's entries on the server, newest first.
            let times: Vec<Time> = entries.iter().map(|(time, _)| time.clone()).collect();
            let pending: HashMap<&str, bool> = entries.iter().map(|(t, p)| (t.uuid.as_str(), p.is_some())).collect();
            let ordered = newest_first(&times);
            let own = ordered.iter().filter(|t| t.user == "me" && !pending[t.uuid.as_str()]);
            let numbers: HashMap<&str, usize> = own.enumerate().map(|(n, t)| (t.uuid.as_str(), n + 1)).collect();
            let shown = ordered
                .iter()
                .filter(|t| end.is_none_or(|end| t.date_worked.0 <= end) && (!only_a || t.project[0] == "a"));
            let expected: Vec<(String, Option<usize>)> =
                shown.map(|t| (t.uuid.clone(), numbers.get(t.uuid.as_str()).copied())).collect();
            prop_assert_eq!(log.len(), expected.len());
            prop_assert_eq!(seen, expected);
        }
    }
}
