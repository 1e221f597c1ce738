//! A transport to an in-process TimeSync engine (feature `engine`): the
//! same engine `timesync --test` answers from and the `timesync-server`
//! test server serves, with no socket. A program's tests can run its client
//! against it:
//!
//! ```
//! use std::sync::Arc;
//! use timesync::client::{Client, EngineTransport};
//! use timesync::engine::Engine;
//!
//! let engine = Arc::new(Engine::new());
//! engine.add_admin("admin", "admin-pw");
//! let transport = EngineTransport::new(engine, "http://timesync.test/v0")?;
//! let client = timesync::blocking::Client::with_transport("http://timesync.test/v0", Box::new(transport))?;
//! # Ok::<(), timesync::Error>(())
//! ```

use std::sync::Arc;
use std::time::Instant;

use reqwest::Url;
use timesync_engine::Engine;

use super::{BoxFuture, Event, Observer, Request, Response, Transport};
use crate::error::{Error, Result};

/// Carries requests to an in-process [`Engine`], encoded as HTTP would carry them.
pub struct EngineTransport {
    engine: Arc<Engine>,
    base: Url,
    observer: Option<Observer>,
}

impl EngineTransport {
    /// A transport to `engine` for a client of `baseurl` (any http(s) URL:
    /// nothing is looked up or connected to).
    pub fn new(engine: Arc<Engine>, baseurl: &str) -> Result<Self> {
        let base = Url::parse(baseurl).map_err(|e| Error::invalid(format!("invalid server URL '{baseurl}': {e}")))?;
        Ok(EngineTransport { engine, base, observer: None })
    }

    /// Tells `observer` of each request, as the HTTP transport does.
    pub fn with_observer(mut self, observer: Option<Observer>) -> Self {
        self.observer = observer;
        self
    }
}

impl Transport for EngineTransport {
    fn send<'a>(&'a self, request: &'a Request) -> BoxFuture<'a, Result<Response>> {
        let started = Instant::now();
        let url = request.url_in(&self.base, false);
        let method = request.method.as_str();
        let mut outgoing = timesync_engine::Request::new(method, url.path());
        outgoing.query = url.query().unwrap_or_default().to_owned();
        if let Some(body) = &request.body {
            outgoing = outgoing.with_json(body);
        }
        let reply = self.engine.handle(&outgoing);
        if let Some(observer) = &self.observer {
            let shown = request.url_in(&self.base, true).to_string();
            let millis = started.elapsed().as_millis();
            observer(&Event::Request { method, url: shown, status: Some(reply.status), millis });
        }
        Box::pin(async move { Ok(Response::from_bytes(reply.status, reply.body)) })
    }
}
