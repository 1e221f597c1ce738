//! Short references to time entries, as people type them: `@1` for the most
//! recent entry, `@2` for the one before, or the first characters of a UUID.
//!
//! Parsing is here; resolving a reference needs the entries it points into,
//! which the caller fetches (one `GET /times`) and orders with
//! [`newest_first`].

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;
use std::num::NonZeroUsize;
use std::str::FromStr;

use crate::model::{ApiDate, Time};
use crate::validation::{is_uuid, Uuid};

/// The fewest characters of a UUID that a prefix reference may give.
pub const MIN_PREFIX: usize = 6;

/// What a time-entry reference on the command line names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimeRef {
    /// `@N`: the user's Nth most recent entry (`@1` is the most recent), by
    /// date worked, then creation (see [`newest_first`]).
    Recent(NonZeroUsize),
    /// A whole UUID.
    Uuid(Uuid),
    /// The first [`MIN_PREFIX`] or more characters of a UUID, lower-cased.
    Prefix(String),
}

/// The shape of a UUID: `x` for a hex digit, `-` for itself.
const UUID_SHAPE: &str = "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx";

impl FromStr for TimeRef {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        if let Some(number) = s.strip_prefix('@') {
            return match number.parse::<NonZeroUsize>() {
                Ok(n) => Ok(TimeRef::Recent(n)),
                Err(_) => Err(format!(
                    "invalid reference '{s}': entries are numbered @1 (the most recent), @2, … as `timesync log` \
                     shows them"
                )),
            };
        }
        if is_uuid(s) {
            return s.parse().map(TimeRef::Uuid);
        }
        let lower = s.to_ascii_lowercase();
        let fits = lower.len() <= UUID_SHAPE.len()
            && lower.chars().zip(UUID_SHAPE.chars()).all(|(c, shape)| match shape {
                'x' => c.is_ascii_hexdigit(),
                _ => c == shape,
            });
        if fits && lower.len() >= MIN_PREFIX {
            return Ok(TimeRef::Prefix(lower));
        }
        Err(format!(
            "invalid UUID '{s}': give @1 (the most recent entry), @2, …, a UUID, or its first {MIN_PREFIX} \
             characters or more (e.g. 838853e3)"
        ))
    }
}

impl fmt::Display for TimeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeRef::Recent(n) => write!(f, "@{n}"),
            TimeRef::Uuid(uuid) => f.write_str(uuid.as_str()),
            TimeRef::Prefix(prefix) => f.write_str(prefix),
        }
    }
}

impl TimeRef {
    /// Whether `uuid` is the entry this names, for a UUID or a prefix
    /// (`@N` names an entry by its place, so never by its UUID).
    pub fn matches_uuid(&self, uuid: &str) -> bool {
        match self {
            TimeRef::Recent(_) => false,
            TimeRef::Uuid(own) => own.as_str().eq_ignore_ascii_case(uuid),
            TimeRef::Prefix(prefix) => uuid.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix)),
        }
    }
}

/// `times` newest first, as `@1`, `@2`, … number them: by date worked, then
/// by creation date, then (for entries alike in both) the later in the
/// server's list first, since the server lists entries in the order it
/// stored them.
pub fn newest_first(times: &[Time]) -> Vec<&Time> {
    let mut ordered: Vec<(Age, &Time)> = times.iter().enumerate().map(|(i, t)| (Age::of(t, i), t)).collect();
    ordered.sort_by(|(a, _), (b, _)| b.cmp(a));
    ordered.into_iter().map(|(_, time)| time).collect()
}

/// How new an entry is, as `@N` numbers entries: by date worked, then by
/// creation date, then by its place in the server's list (later is newer).
/// Compact (no text), so that a long list can be numbered without holding it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Age(ApiDate, Option<ApiDate>, usize);

impl Age {
    /// The age of `time`, the `index`th entry of the server's list.
    pub fn of(time: &Time, index: usize) -> Age {
        Age(time.date_worked, time.created_at, index)
    }
}

/// Picks the `n`th newest of entries as they arrive from the server, holding
/// only the `n` newest seen so far (never the whole list).
#[derive(Debug)]
pub struct NthNewest {
    n: usize,
    seen: usize,
    /// The newest so far, the oldest of them on top.
    newest: BinaryHeap<Reverse<Aged>>,
}

/// An entry with its age, ordered by age alone.
#[derive(Debug)]
struct Aged(Age, Time);

impl PartialEq for Aged {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl Eq for Aged {}

impl PartialOrd for Aged {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Aged {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.cmp(&other.0)
    }
}

impl NthNewest {
    /// A picker of the `n`th newest entry (`@n`).
    pub fn new(n: NonZeroUsize) -> Self {
        NthNewest { n: n.get(), seen: 0, newest: BinaryHeap::new() }
    }

    /// Takes the next entry of the server's list.
    pub fn push(&mut self, time: Time) {
        self.newest.push(Reverse(Aged(Age::of(&time, self.seen), time)));
        self.seen += 1;
        if self.newest.len() > self.n {
            self.newest.pop();
        }
    }

    /// How many entries were seen.
    pub fn seen(&self) -> usize {
        self.seen
    }

    /// The `n`th newest entry, if there were `n`.
    pub fn finish(mut self) -> Option<Time> {
        if self.newest.len() < self.n {
            return None;
        }
        // The oldest of the `n` newest.
        self.newest.pop().map(|Reverse(Aged(_, time))| time)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn time(uuid: &str, date: &str, created: &str) -> Time {
        serde_json::from_value(json!({"duration": 60, "user": "a", "project": ["p"], "activities": ["d"],
            "date_worked": date, "created_at": created, "uuid": uuid}))
        .unwrap()
    }

    #[test]
    fn numbers_uuids_and_prefixes_parse() {
        assert_eq!("@1".parse::<TimeRef>(), Ok(TimeRef::Recent(NonZeroUsize::MIN)));
        assert_eq!("@12".parse::<TimeRef>().unwrap().to_string(), "@12");
        let full = "838853E3-3635-4076-a26f-7efa4e60981f".parse::<TimeRef>().unwrap();
        assert_eq!(full.to_string(), "838853e3-3635-4076-a26f-7efa4e60981f");
        assert_eq!("838853".parse::<TimeRef>(), Ok(TimeRef::Prefix("838853".into())));
        assert_eq!("838853E3-36".parse::<TimeRef>(), Ok(TimeRef::Prefix("838853e3-36".into())));
    }

    #[test]
    fn short_or_malformed_references_are_refused_with_the_forms() {
        for bad in
            ["@0", "@", "@-1", "@x", "83885", "", "838853g", "838853e3x", "838853e3-3635-4076-a26f-7efa4e60981f0"]
        {
            let error = bad.parse::<TimeRef>().unwrap_err();
            assert!(error.contains("@1"), "{bad}: {error}");
        }
    }

    #[test]
    fn prefixes_match_case_insensitively_and_only_at_the_start() {
        let prefix: TimeRef = "838853".parse().unwrap();
        assert!(prefix.matches_uuid("838853e3-3635-4076-a26f-7efa4e60981f"));
        assert!(prefix.matches_uuid("838853E3-3635-4076-a26f-7efa4e60981f"));
        assert!(!prefix.matches_uuid("1838853e-3635-4076-a26f-7efa4e60981f"));
        assert!(!prefix.matches_uuid("8388"));
        assert!(!TimeRef::Recent(NonZeroUsize::MIN).matches_uuid("838853e3-3635-4076-a26f-7efa4e60981f"));
    }

    #[test]
    fn newest_is_by_date_worked_then_creation_then_server_order() {
        let times = [
            time("a", "2026-01-10", "2026-01-10"),
            time("b", "2026-01-12", "2026-01-12"),
            time("c", "2026-01-10", "2026-01-13"),
            time("d", "2026-01-10", "2026-01-13"),
        ];
        let order: Vec<&str> = newest_first(&times).iter().map(|t| t.uuid.as_str()).collect();
        assert_eq!(order, ["b", "d", "c", "a"]);
    }

    #[test]
    fn the_nth_newest_is_picked_from_a_stream_as_from_the_whole_list() {
        let times: Vec<Time> = (0..40)
            .map(|i| {
                time(&format!("t{i}"), &format!("2026-01-{:02}", 1 + i * 7 % 28), &format!("2026-02-{:02}", 1 + i % 3))
            })
            .collect();
        let whole = newest_first(&times);
        for n in 1..=41 {
            let mut picker = NthNewest::new(NonZeroUsize::new(n).unwrap());
            times.iter().cloned().for_each(|t| picker.push(t));
            assert_eq!(picker.seen(), 40);
            assert_eq!(picker.finish().map(|t| t.uuid), whole.get(n - 1).map(|t| t.uuid.clone()), "@{n}");
        }
    }
}
