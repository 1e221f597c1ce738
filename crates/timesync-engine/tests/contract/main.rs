//! The engine held to the reference server: every exchange recorded from osuosl/timesync-node
//! (`tests/contract/fixtures/`, see `docs/contract.md` at the workspace root) is replayed
//! against a fresh engine per section, in process, and its reply (status, content type,
//! normalised body) must be the recorded one, except for the steps listed with their reason
//! under "Recorded differences" in `docs/server-behaviour.md`.

mod allowed;
mod coverage;
mod fixture;

use serde_json::Value;
use timesync_engine::{Clock, Engine, Request};

use fixture::{Exchange, Labels, Recorded};

/// The admin the reference's `create-account` script makes (`start.sh`: root / rootpass).
const ADMIN: (&str, &str) = ("root", "rootpass");
/// The meta text of the reference's admin (`scripts/create-account.js`).
const ROOT_META: &str = "Root user. Created automatically. Use to create other users.";
/// 2026-12-04T15:00:00Z, about when the fixtures were recorded.
const NOW_MS: i64 = 1_796_396_400_000;

/// A difference between the engine's reply and the recorded one.
#[derive(Debug)]
pub struct Difference {
    pub section: String,
    pub step: u64,
    pub name: String,
    pub request: String,
    pub recorded: Option<Recorded>,
    pub engine: Recorded,
}

impl std::fmt::Display for Difference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let show = |r: &Recorded| format!("{} {:?} {}", r.status, r.content_type.as_deref().unwrap_or("-"), r.body);
        writeln!(f, "{}#{} `{}`: {}", self.section, self.step, self.name, self.request)?;
        let Some(r) = &self.recorded else {
            return write!(f, "    reference: no reply\n    engine:    {}", show(&self.engine));
        };
        let full = std::env::var_os("CONTRACT_FULL").is_some();
        if !full && r.status == self.engine.status && r.content_type == self.engine.content_type {
            if let Some((path, x, y)) = fixture::first_difference(&r.body, &self.engine.body, "body") {
                return write!(f, "    {path}: reference {x}, engine {y}");
            }
        }
        writeln!(f, "    reference: {}", show(r))?;
        write!(f, "    engine:    {}", show(&self.engine))
    }
}

/// A fresh engine as the reference starts for each section: only its admin.
fn fresh_engine() -> Engine {
    let engine = Engine::with_clock(Clock::Fixed(NOW_MS));
    engine.set_seed(23);
    engine.add_admin(ADMIN.0, ADMIN.1);
    assert!(engine.set_profile(ADMIN.0, Some("root"), Some(ROOT_META)));
    engine
}

/// Replays one section against `engine`, returning the differences.
pub fn replay(engine: &Engine, exchanges: &[Exchange]) -> Vec<Difference> {
    let mut labels = Labels::default();
    let mut differences = Vec::new();
    for x in exchanges {
        let form = x.content_type.as_deref() == Some("application/x-www-form-urlencoded");
        let request = Request {
            method: x.method.clone(),
            path: labels.fill(&x.path, false),
            query: labels.fill(&x.query, true),
            content_type: x.content_type.clone(),
            body: labels.fill(&x.body, form).into_bytes(),
        };
        let reply = engine.handle(&request);
        let parsed = if reply.body.is_empty() {
            Value::String(String::new())
        } else {
            serde_json::from_str(&reply.body).unwrap_or_else(|_| Value::String(reply.body.clone()))
        };
        labels.learn(x, reply.status, &parsed);
        let body = if reply.body.is_empty() { parsed } else { labels.normalise(&parsed, None) };
        let got = Recorded { status: u64::from(reply.status), content_type: reply.content_type.clone(), body };
        let agrees = x.reply.as_ref().is_some_and(|r| {
            r.status == got.status && r.content_type == got.content_type && fixture::same(&r.body, &got.body)
        });
        if !agrees {
            let query = if x.query.is_empty() { String::new() } else { format!("?{}", x.query) };
            differences.push(Difference {
                section: x.section.clone(),
                step: x.step,
                name: x.name.clone(),
                request: format!("{} {}{query} {}", x.method, x.path, x.body),
                recorded: x.reply.clone(),
                engine: got,
            });
        }
    }
    differences
}

#[test]
fn the_engine_answers_every_recorded_exchange_as_the_reference_did() {
    let allowed = allowed::load();
    let mut unexplained = Vec::new();
    let mut used = vec![false; allowed.len()];
    let mut total = 0;
    for (_, exchanges) in fixture::load() {
        total += exchanges.len();
        for d in replay(&fresh_engine(), &exchanges) {
            match allowed.iter().position(|a| a.matches(&d)) {
                Some(i) => used[i] = true,
                None => unexplained.push(d),
            }
        }
    }
    assert!(total > 1000, "only {total} exchanges recorded");
    let listed = unexplained.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n");
    assert!(
        unexplained.is_empty(),
        "{} of {total} recorded exchanges answered otherwise, and docs/server-behaviour.md does not \
         list them under \"Recorded differences\":\n{listed}",
        unexplained.len()
    );
    let stale: Vec<&str> = allowed.iter().zip(&used).filter(|(_, u)| !**u).map(|(a, _)| a.key.as_str()).collect();
    assert!(stale.is_empty(), "listed as recorded differences but answered alike (remove them): {stale:?}");
}

#[test]
fn a_drifting_engine_is_caught() {
    // An engine whose admin has another password refuses the first login, and so every
    // request after it that needs the admin's token: the replay must say so.
    let (_, exchanges) = fixture::load().into_iter().find(|(name, _)| name == "times").expect("times fixture");
    let engine = Engine::with_clock(Clock::Fixed(NOW_MS));
    engine.add_admin(ADMIN.0, "another password");
    let differences = replay(&engine, &exchanges);
    assert!(differences.len() > exchanges.len() / 2, "{} differences", differences.len());
    assert_eq!(differences[0].engine.body["text"], "Incorrect username or password");
}
