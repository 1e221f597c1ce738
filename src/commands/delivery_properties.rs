//! Property test of the one delivery rule over the ledger: any interleaving
//! of `time create`, clock-outs, `sync` and imports, with failures injected
//! before the server stores an entry and after it (a timeout, a `200 []`, an
//! HTML page, a 502), ends — once a fault-free `sync` and the imports run
//! again — with every entry on the server exactly once.
//!
//! The server is the in-process engine of `--test`, behind a transport that
//! injects the failures; each sending path runs as its command runs it.

use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration as StdDuration;

use chrono::{DateTime, NaiveDate};
use proptest::prelude::*;

use super::delivery::{send_all, send_recorded, sync_outbox, OnRefusal};
use super::import::send::{self, Job};
use super::Session;
use timesync::blocking::Client;
use timesync::client::{server_key, BoxFuture, Method, Request, Response, Transport};

use crate::history::Planned;
use crate::state::ledger::{digest, ImportKey, Lease};
use crate::state::running::Stop;
use crate::state::{RunningClock, Store};
use crate::testmode::TestMode;
use timesync::model::NewTime;
use timesync::timeparse::{split_by_day, Duration, Now};

/// A failure of one request.
#[derive(Clone, Copy, Debug)]
enum Fault {
    /// No connection: nothing was sent.
    Refused,
    /// Sent, lost on the way: not stored, no answer.
    Lost,
    /// Stored, then the answer timed out.
    StoredThenTimeout,
    /// Stored, then `200 []`.
    StoredThenEmptyList,
    /// Stored, then `200` with an HTML page.
    StoredThenHtml,
    /// Stored, then a gateway's `502` page.
    StoredThen502,
}

/// The engine, failing requests as planned (one plan entry per request).
struct Faulty {
    engine: Box<dyn Transport>,
    plan: Mutex<VecDeque<Option<Fault>>>,
}

impl Transport for Faulty {
    fn send<'a>(&'a self, request: &'a Request) -> BoxFuture<'a, timesync::Result<Response>> {
        let fault = self.plan.lock().unwrap().pop_front().flatten();
        Box::pin(async move {
            let unreachable = |before_sending| timesync::Error::Unreachable {
                url: "http://timesync.test/v0".into(),
                reason: "injected".into(),
                before_sending,
            };
            let (status, body) = match fault {
                None => return self.engine.send(request).await,
                Some(Fault::Refused) => return Err(unreachable(true)),
                Some(Fault::Lost) => return Err(unreachable(false)),
                Some(Fault::StoredThenTimeout) => {
                    self.engine.send(request).await?;
                    return Err(unreachable(false));
                }
                Some(Fault::StoredThenEmptyList) => (200, "[]"),
                Some(Fault::StoredThenHtml) => (200, "<html>Welcome</html>"),
                Some(Fault::StoredThen502) => (502, "<html>Bad gateway</html>"),
            };
            self.engine.send(request).await?;
            // A list a server lies about cannot be told from the truth: reads only fail.
            match request.method {
                Method::Post => Ok(Response::from_bytes(status, body.as_bytes().to_vec())),
                _ => Err(unreachable(false)),
            }
        })
    }
}

/// One step of a run.
#[derive(Clone, Debug)]
enum Op {
    /// `time create` of entry `n` (entries of the same `n` are identical).
    Create(u8),
    /// A clock of one day, or across midnight (two entries), stopped.
    ClockOut { days: u8 },
    /// `sync`.
    Sync,
    /// `time import` of file `f`.
    Import(u8),
}

const USER: &str = "alice";
const DAY: &str = "2026-01-14";

fn entry(notes: &str, date: NaiveDate, duration: Duration) -> NewTime {
    NewTime {
        duration,
        project: "gwm".parse().unwrap(),
        user: USER.parse().unwrap(),
        activities: Vec::new(),
        date_worked: date,
        notes: Some(notes.to_owned()),
        issue_uri: None,
    }
}

fn created(n: u8) -> NewTime {
    entry(&format!("n{n}"), DAY.parse().unwrap(), Duration::from_secs(3600))
}

/// The rows of file `f`: some identical to created entries and to each other.
fn file(f: u8) -> Vec<NewTime> {
    match f {
        0 => vec![created(0), created(0), entry("i0", DAY.parse().unwrap(), Duration::from_secs(600))],
        _ => vec![created(1), entry("i1", DAY.parse().unwrap(), Duration::from_secs(900))],
    }
}

fn planned(rows: &[NewTime]) -> Vec<Planned> {
    let mut seen: BTreeMap<String, u32> = BTreeMap::new();
    rows.iter()
        .enumerate()
        .map(|(index, time)| {
            let digest = digest(time);
            let occurrence = seen.entry(digest.clone()).and_modify(|n| *n += 1).or_insert(1);
            Planned {
                line: index + 2,
                record: index,
                time: time.clone(),
                key: ImportKey { digest, occurrence: *occurrence },
            }
        })
        .collect()
}

fn clock_times(days: u8) -> (RunningClock, Vec<NewTime>) {
    let start = DateTime::parse_from_rfc3339("2026-01-14T22:00:00+01:00").unwrap();
    let end = start + chrono::TimeDelta::hours(if days > 1 { 4 } else { 1 });
    let clock = RunningClock {
        project: "gwm".into(),
        activities: Vec::new(),
        notes: Some("clock".into()),
        issue_uri: None,
        user: USER.into(),
        started_at: start,
    };
    let times = split_by_day(start, end).into_iter().map(|(date, duration)| entry("clock", date, duration)).collect();
    (clock, times)
}

/// A run: the engine, a session through the faulty transport, the state.
struct World {
    session: Session,
    transport: Arc<Faulty>,
    store: Store,
    dir: tempfile::TempDir,
    today: NaiveDate,
    expected: BTreeMap<(String, NaiveDate, u64), usize>,
    imported: Vec<u8>,
}

/// Lends the shared faulty transport to the client.
struct Shared(Arc<Faulty>);

impl Transport for Shared {
    fn send<'a>(&'a self, request: &'a Request) -> BoxFuture<'a, timesync::Result<Response>> {
        self.0.send(request)
    }
}

impl World {
    fn new(plan: Vec<Option<Fault>>) -> World {
        let now = Now::fixed(DateTime::parse_from_rfc3339("2026-01-15T12:00:00+01:00").unwrap());
        let test = TestMode::start(USER, &now);
        let url = "http://timesync.test/v0";
        let engine = Box::new(test.transport(url, None).unwrap());
        let transport = Arc::new(Faulty { engine, plan: Mutex::new(plan.into()) });
        let mut client = Client::with_transport(url, Box::new(Shared(transport.clone()))).unwrap();
        client.set_token(Some(test.token.clone()));
        let session = Session { client, user: Some(USER.into()), server: server_key(url).unwrap() };
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path(), "default").unwrap();
        World { session, transport, store, dir, today: now.today(), expected: BTreeMap::new(), imported: Vec::new() }
    }

    fn expect(&mut self, times: &[NewTime]) {
        for time in times {
            let key = (time.notes.clone().unwrap_or_default(), time.date_worked, time.duration.as_secs());
            *self.expected.entry(key).or_default() += 1;
        }
    }

    fn lease() -> Lease {
        Lease::for_this_process(StdDuration::from_secs(30))
    }

    fn run(&mut self, op: &Op) {
        match op {
            Op::Create(n) => {
                let time = created(*n);
                self.expect(std::slice::from_ref(&time));
                let ids =
                    self.store.add_to_outbox(&self.session.server, std::slice::from_ref(&time), Some(&Self::lease()));
                let _ = send_recorded(&self.session.client, &mut self.store, ids.unwrap()[0], &time, OnRefusal::Forget);
            }
            Op::ClockOut { days } => {
                let (clock, times) = clock_times(*days);
                self.expect(&times);
                self.store.start_clock(&clock).unwrap().unwrap();
                let lease = Self::lease();
                let stop = Stop {
                    expected: &clock,
                    times: &times,
                    server: &self.session.server,
                    lease: Some(&lease),
                    then_start: None,
                };
                let ids = self.store.stop_clock(&stop).unwrap().unwrap();
                let _ = send_all(&self.session, &mut self.store, &ids, &times);
            }
            Op::Sync => {
                sync_outbox(&self.session, &mut self.store, &Self::lease(), self.today);
            }
            Op::Import(f) => self.import(*f),
        }
    }

    fn import(&mut self, f: u8) {
        if !self.imported.contains(&f) {
            self.imported.push(f);
            self.expect(&file(f));
        }
        let planned = planned(&file(f));
        let keys: Vec<ImportKey> = planned.iter().map(|p| p.key.clone()).collect();
        let states = self.store.import_states(&self.session.server, &keys).unwrap();
        let dir = self.dir.path().to_owned();
        let open_store = move || Store::open(&dir, "default");
        let job = Job {
            client: &self.session.client,
            per_request: StdDuration::from_secs(30),
            today: self.today,
            open_store: &open_store,
            server: &self.session.server,
            planned: &planned,
            retry_rejected: false,
            jobs: 1,
            progress: indicatif::ProgressBar::hidden(),
        };
        send::run(&job, &mut self.store, &states);
    }

    /// What the server holds of this run's entries.
    fn on_server(&self) -> BTreeMap<(String, NaiveDate, u64), usize> {
        let mut found = BTreeMap::new();
        let query = timesync::model::TimeQuery {
            users: vec![USER.parse().unwrap()],
            include_deleted: true,
            ..Default::default()
        };
        for time in self.session.client.get_times(&query).unwrap() {
            let notes = time.notes.clone().unwrap_or_default();
            if notes.starts_with('n') || notes.starts_with('i') || notes == "clock" {
                *found.entry((notes, time.date_worked.0, time.duration.as_secs())).or_default() += 1;
            }
        }
        found
    }
}

fn fault() -> impl Strategy<Value = Option<Fault>> {
    prop_oneof![
        6 => Just(None),
        1 => Just(Some(Fault::Refused)),
        1 => Just(Some(Fault::Lost)),
        1 => Just(Some(Fault::StoredThenTimeout)),
        1 => Just(Some(Fault::StoredThenEmptyList)),
        1 => Just(Some(Fault::StoredThenHtml)),
        1 => Just(Some(Fault::StoredThen502)),
    ]
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0u8..3).prop_map(Op::Create),
        1 => (1u8..3).prop_map(|days| Op::ClockOut { days }),
        2 => Just(Op::Sync),
        1 => (0u8..2).prop_map(Op::Import),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_entry_lands_exactly_once_whatever_fails_and_when(
        ops in prop::collection::vec(op(), 1..10),
        plan in prop::collection::vec(fault(), 0..40),
    ) {
        let mut world = World::new(plan);
        for op in &ops {
            world.run(op);
        }
        // The network is whole again: what waits is delivered, the imports run again.
        world.transport.plan.lock().unwrap().clear();
        let run = sync_outbox(&world.session, &mut world.store, &World::lease(), world.today);
        prop_assert!(run.stopped.is_none(), "{:?}", run.stopped);
        for f in world.imported.clone() {
            world.import(f);
        }
        prop_assert!(world.store.entries().unwrap().is_empty(), "the outbox is empty");
        prop_assert_eq!(world.on_server(), world.expected.clone());
    }
}
