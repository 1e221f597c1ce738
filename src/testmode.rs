//! `--test`: the commands talk to an in-process TimeSync engine seeded with
//! the sample data, instead of a server. The engine is the same one the
//! integration tests serve over HTTP, so test mode answers exactly as that
//! server does (errors and exit codes included); the only difference is the
//! transport. Nothing here is known to the commands: settings pick it.

use std::sync::Arc;
use std::time::Instant;

use reqwest::Url;
use timesync_engine::{samples, Engine};

use crate::error::{Error, Result};
use timesync::client::{Event, Observer, Request, Response, Transport};
use timesync::timeparse::Now;
use timesync::token::Secret;

/// The user test mode acts as when no username is configured.
pub const TEST_USER: &str = "test-user";

/// The base URL shown in test mode when none is configured.
pub const TEST_URL: &str = "http://timesync.test/v0";

/// A running test mode: the engine, and the token of the user it acts as.
#[derive(Clone)]
pub struct TestMode {
    engine: Arc<Engine>,
    /// A token for the acting user, issued by the engine.
    pub token: Secret,
}

impl std::fmt::Debug for TestMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TestMode")
    }
}

impl TestMode {
    /// An engine whose clock stands at `now`, seeded with the samples for
    /// `user` (any password logs a known user in), and a token for `user`.
    pub fn start(user: &str, now: &Now) -> TestMode {
        let now = now.datetime();
        let engine = samples::test_engine(user, now.timestamp_millis(), now.date_naive());
        let token = Secret::new(engine.token_for(user));
        TestMode { engine: Arc::new(engine), token }
    }

    /// The password the sample users log in with.
    pub fn password() -> Secret {
        Secret::new(samples::PASSWORD)
    }

    /// A transport to the engine for a client of `baseurl`.
    pub fn transport(&self, baseurl: &str, observer: Option<Observer>) -> Result<EngineTransport> {
        let base = Url::parse(baseurl).map_err(|e| Error::invalid(format!("invalid server URL '{baseurl}': {e}")))?;
        Ok(EngineTransport { engine: self.engine.clone(), base, observer })
    }
}

/// Carries requests to the in-process engine, encoded as HTTP would carry them.
pub struct EngineTransport {
    engine: Arc<Engine>,
    base: Url,
    observer: Option<Observer>,
}

impl Transport for EngineTransport {
    fn send(&self, request: &Request) -> timesync::Result<Response> {
        let started = Instant::now();
        let url = request.url(&self.base, false);
        let method = request.method.as_str();
        let mut outgoing = timesync_engine::Request::new(method, url.path());
        outgoing.query = url.query().unwrap_or_default().to_owned();
        if let Some(body) = &request.body {
            outgoing = outgoing.with_json(body);
        }
        let reply = self.engine.handle(&outgoing);
        if let Some(observer) = &self.observer {
            let shown = request.url(&self.base, true).to_string();
            let millis = started.elapsed().as_millis();
            observer(&Event::Request { method, url: shown, status: Some(reply.status), millis });
        }
        Ok(Response::from_bytes(reply.status, reply.body))
    }
}
