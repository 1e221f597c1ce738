//! Sending checked entries, each exactly once: claimed in the delivery
//! ledger (committed as *sending* before its POST, a batch at a time), sent,
//! and settled by the one rule of [`crate::commands::delivery`] (in the
//! transaction that claims the next batch). Entries that
//! may already be on the server (uncertain) are looked for there first, one
//! at a time; the others go through `--jobs` workers, each with its own
//! connection to the state database, sharing one client (and its
//! kept-alive connections).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use chrono::NaiveDate;

use indicatif::ProgressBar;

use crate::commands::delivery::{look_for, send, Looked, OnRefusal};
use crate::error::{Error, Result};
use crate::history::Planned;
use crate::state::ledger::{Claim, ImportKey, ImportState, Lease};
use crate::state::{Outcome, Store};
use timesync::blocking::Client;

/// What became of a claimed entry (its ledger row), to be recorded.
type Settled = (i64, Outcome);

/// How many entries a worker claims per ledger transaction.
const BATCH: usize = 64;

/// What to send, and how.
pub(in crate::commands) struct Job<'a> {
    /// The client, shared by the workers.
    pub client: &'a Client,
    /// How long one request may take: a claimed batch's lease outlasts it.
    pub per_request: Duration,
    /// The last day the server's lists reach (looking for uncertain entries).
    pub today: NaiveDate,
    /// Opens the state database again, for each worker after the first.
    pub open_store: &'a (dyn Fn() -> Result<Store> + Sync),
    /// The server's key in the ledger.
    pub server: &'a str,
    /// The checked entries.
    pub planned: &'a [Planned],
    /// Send entries the server refused in an earlier run again.
    pub retry_rejected: bool,
    /// How many workers send at once.
    pub jobs: usize,
    /// Counts each entry settled.
    pub progress: ProgressBar,
}

/// What one run did.
#[derive(Debug, Default)]
pub(in crate::commands) struct Tally {
    /// Entries sent now.
    pub sent: usize,
    /// Entries already on the server by the ledger (or being sent by another import).
    pub skipped: usize,
    /// Uncertain entries found on the server: an earlier run had delivered them.
    pub found: usize,
    /// Uncertain entries left so: another command was sending one like them.
    pub postponed: usize,
    /// Entries refused now: their index in the plan, and the server's reason.
    pub rejected: Vec<(usize, String)>,
    /// Entries refused in an earlier run, not sent again.
    pub earlier: Vec<(usize, String)>,
    /// The failure that stopped the run (unreachable server, authentication, local file).
    pub stopped: Option<Error>,
    /// Ctrl-C stopped the run.
    pub interrupted: bool,
}

impl Tally {
    /// How many entries this run settled.
    pub fn settled(&self) -> usize {
        self.sent + self.skipped + self.found + self.postponed + self.rejected.len() + self.earlier.len()
    }
}

/// What became of one entry.
enum Delivery {
    Sent,
    Skipped,
    Found,
    Postponed,
    Rejected(String),
    RejectedEarlier(String),
}

/// Entries handed out to the workers, each once.
struct Queue {
    order: Vec<usize>,
    next: AtomicUsize,
}

impl Queue {
    fn new(order: Vec<usize>) -> Self {
        Queue { order, next: AtomicUsize::new(0) }
    }

    /// The next `n` entries (fewer at the end; none when all are handed out).
    fn take(&self, n: usize) -> &[usize] {
        let start = self.next.fetch_add(n, Ordering::SeqCst).min(self.order.len());
        &self.order[start..(start + n).min(self.order.len())]
    }
}

/// A run in progress, shared by the workers.
struct Run<'a> {
    job: &'a Job<'a>,
    tally: Mutex<Tally>,
    halt: AtomicBool,
    interrupt: Arc<AtomicBool>,
}

/// Sends every entry not yet on the server, given where each stood in the
/// ledger when the run began. Ctrl-C stops it after the entries being sent.
pub(in crate::commands) fn run(job: &Job, store: &mut Store, states: &[Option<ImportState>]) -> Tally {
    let interrupt = Arc::new(AtomicBool::new(false));
    let handlers = watch_interrupt(&interrupt);
    let run = Run { job, tally: Mutex::new(Tally::default()), halt: AtomicBool::new(false), interrupt };
    let (uncertain, rest): (Vec<usize>, Vec<usize>) =
        (0..job.planned.len()).partition(|index| matches!(states.get(*index), Some(Some(ImportState::Uncertain))));
    // One at a time: identical uncertain entries are told apart by counting.
    run.work(store, &Queue::new(uncertain), 1);
    let queue = Queue::new(rest);
    std::thread::scope(|scope| {
        for _ in 1..job.jobs {
            scope.spawn(|| match (job.open_store)() {
                Ok(mut store) => run.work(&mut store, &queue, BATCH),
                Err(error) => run.stop(error),
            });
        }
        run.work(store, &queue, BATCH);
    });
    for id in handlers {
        signal_hook::low_level::unregister(id);
    }
    let interrupted = run.interrupt.load(Ordering::SeqCst);
    let mut tally = run.tally.into_inner().unwrap_or_else(PoisonError::into_inner);
    tally.interrupted = interrupted && tally.stopped.is_none();
    tally
}

/// The first Ctrl-C sets `flag` (the run stops after the entries being
/// sent); a second one ends the process at once, as usual.
fn watch_interrupt(flag: &Arc<AtomicBool>) -> Vec<signal_hook::SigId> {
    use signal_hook::consts::SIGINT;
    use signal_hook::flag;
    [flag::register_conditional_default(SIGINT, flag.clone()), flag::register(SIGINT, flag.clone())]
        .into_iter()
        .flatten()
        .collect()
}

impl Run<'_> {
    /// Sends entries from `queue`, claiming `batch` of them per ledger
    /// transaction (which also records what became of the previous batch).
    fn work(&self, store: &mut Store, queue: &Queue, batch: usize) {
        let lease =
            Lease::for_this_process(self.job.per_request.saturating_mul(u32::try_from(batch).unwrap_or(u32::MAX)));
        let mut pending = Vec::new();
        let result = self.work_batches(store, queue, batch, &lease, &mut pending);
        // Whatever stopped the work, what is known is written down.
        let written = store.import_step(self.job.server, &pending, &[], &lease, false);
        if let Err(error) = result.and(written.map(drop)) {
            self.stop(error);
        }
    }

    fn work_batches(
        &self,
        store: &mut Store,
        queue: &Queue,
        batch: usize,
        lease: &Lease,
        pending: &mut Vec<Settled>,
    ) -> Result<()> {
        let job = self.job;
        while !self.stopping() {
            let indices = queue.take(batch);
            if indices.is_empty() {
                return Ok(());
            }
            let keys: Vec<ImportKey> = indices.iter().map(|&index| job.planned[index].key.clone()).collect();
            let claims = store.import_step(job.server, pending, &keys, lease, job.retry_rejected)?;
            pending.clear();
            let mut claimed = indices.iter().copied().zip(claims);
            while let Some((index, claim)) = claimed.next() {
                if self.stopping() {
                    release(std::iter::once((index, claim)).chain(claimed), pending);
                    return Ok(());
                }
                match self.deliver(store, index, claim, lease, pending) {
                    Ok(delivery) => self.count(index, delivery),
                    Err(error) => {
                        release(claimed, pending);
                        return Err(error);
                    }
                }
                job.progress.inc(1);
            }
        }
        Ok(())
    }

    fn stopping(&self) -> bool {
        self.halt.load(Ordering::SeqCst) || self.interrupt.load(Ordering::SeqCst)
    }

    /// Sends one claimed entry (looking for it on the server first when it
    /// is uncertain); what became of it joins `pending`.
    fn deliver(
        &self,
        store: &mut Store,
        index: usize,
        claim: Claim,
        lease: &Lease,
        pending: &mut Vec<Settled>,
    ) -> Result<Delivery> {
        let (job, planned) = (self.job, &self.job.planned[index]);
        let id = match claim {
            Claim::Done | Claim::Busy => return Ok(Delivery::Skipped),
            Claim::Rejected(reason) => return Ok(Delivery::RejectedEarlier(reason)),
            Claim::Send(id) => id,
            Claim::Check(id) => {
                // The count of delivered entries must see every delivery known so far.
                store.import_step(job.server, pending, &[], lease, false)?;
                pending.clear();
                match look_for(job.client, store, job.server, id, &planned.time, job.today) {
                    Ok(Looked::Missing) => id,
                    Ok(Looked::There) => {
                        pending.push((id, Outcome::Delivered(None)));
                        return Ok(Delivery::Found);
                    }
                    Ok(Looked::Busy) => {
                        pending.push((id, Outcome::Untouched));
                        return Ok(Delivery::Postponed);
                    }
                    Err(error) => {
                        pending.push((id, Outcome::Untouched));
                        return Err(error);
                    }
                }
            }
        };
        let (outcome, result) = send(job.client, &planned.time, OnRefusal::Keep);
        pending.push((id, outcome.clone()));
        match (result, outcome) {
            (Ok(_), _) => Ok(Delivery::Sent),
            (Err(_), Outcome::Refused(reason)) => Ok(Delivery::Rejected(reason)),
            (Err(error), _) => Err(error),
        }
    }

    fn count(&self, index: usize, delivery: Delivery) {
        let mut tally = self.tally.lock().unwrap_or_else(PoisonError::into_inner);
        match delivery {
            Delivery::Sent => tally.sent += 1,
            Delivery::Skipped => tally.skipped += 1,
            Delivery::Found => tally.found += 1,
            Delivery::Postponed => tally.postponed += 1,
            Delivery::Rejected(reason) => tally.rejected.push((index, reason)),
            Delivery::RejectedEarlier(reason) => tally.earlier.push((index, reason)),
        }
    }

    /// Stops every worker after its current entry; the first failure is kept.
    fn stop(&self, error: Error) {
        self.halt.store(true, Ordering::SeqCst);
        let mut tally = self.tally.lock().unwrap_or_else(PoisonError::into_inner);
        tally.stopped.get_or_insert(error);
    }
}

/// Gives back entries claimed but not sent: queued again (an uncertain one
/// stays uncertain), to be sent by the next run.
fn release(claimed: impl Iterator<Item = (usize, Claim)>, pending: &mut Vec<Settled>) {
    for (_, claim) in claimed {
        match claim {
            Claim::Send(id) => pending.push((id, Outcome::Queued)),
            Claim::Check(id) => pending.push((id, Outcome::Untouched)),
            Claim::Done | Claim::Busy | Claim::Rejected(_) => {}
        }
    }
}
