//! What travels between the client and a server: requests, responses whose
//! bodies arrive chunk by chunk, the [`Transport`] that carries them, and
//! the events a watcher is told of.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use bytes::Bytes;
use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::error::{Error, Result};

/// A boxed future that can be sent between threads, as [`Transport`]s return.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// An HTTP method the TimeSync API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Read.
    Get,
    /// Create, update and log in.
    Post,
    /// Delete.
    Delete,
}

impl Method {
    /// The method's name on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Delete => "DELETE",
        }
    }
}

/// One request to the API, relative to the base URL.
#[derive(Clone, Debug, PartialEq)]
pub struct Request {
    /// The method.
    pub method: Method,
    /// Path segments after the base URL, unencoded (`["times", uuid]`).
    pub path: Vec<String>,
    /// Query pairs, unencoded, in the order to send them.
    pub query: Vec<(String, String)>,
    /// The JSON body of a POST.
    pub body: Option<Value>,
}

impl Request {
    /// The full URL of this request under `base` (segments and query
    /// percent-encoded), with the token shown as `REDACTED` when `redact`.
    pub fn url(&self, base: &str, redact: bool) -> Result<String> {
        let base = reqwest::Url::parse(base).map_err(|e| Error::invalid(format!("invalid server URL: {e}")))?;
        Ok(self.url_in(&base, redact).into())
    }

    /// [`Request::url`] under an already parsed base.
    pub(crate) fn url_in(&self, base: &reqwest::Url, redact: bool) -> reqwest::Url {
        let mut url = base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(&self.path);
        }
        if !self.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (key, value) in &self.query {
                let value = if redact && key == "token" { "REDACTED" } else { value.as_str() };
                pairs.append_pair(key, value);
            }
        }
        url
    }
}

/// A body that arrives chunk by chunk (a network stream, say).
pub trait ChunkStream: Send {
    /// The next chunk, `None` at the end, or why the body broke off.
    fn next_chunk(&mut self) -> BoxFuture<'_, io::Result<Option<Bytes>>>;
}

/// The body of a [`Response`], read as it arrives.
pub struct Body {
    source: Source,
}

enum Source {
    /// Already in memory; taken once.
    Whole(Option<Bytes>),
    /// Still arriving.
    Stream(Box<dyn ChunkStream>),
}

impl Body {
    /// A body already in memory.
    pub fn from_bytes(bytes: impl Into<Bytes>) -> Self {
        Body { source: Source::Whole(Some(bytes.into())) }
    }

    /// A body read from `stream` as it arrives.
    pub fn from_stream(stream: impl ChunkStream + 'static) -> Self {
        Body { source: Source::Stream(Box::new(stream)) }
    }

    /// The next chunk of the body, `None` at its end.
    pub async fn chunk(&mut self) -> io::Result<Option<Bytes>> {
        match &mut self.source {
            Source::Whole(bytes) => Ok(bytes.take().filter(|b| !b.is_empty())),
            Source::Stream(stream) => stream.next_chunk().await,
        }
    }
}

/// The server's answer: status, and the body to read (as it arrives).
pub struct Response {
    /// HTTP status code.
    pub status: u16,
    /// The raw body (may be empty), read by the client as it decodes it.
    pub body: Body,
    /// The body's length, when known in advance (`Content-Length`).
    pub length: Option<u64>,
}

impl Response {
    /// An answer whose body arrives as `body`, of unknown length.
    pub fn new(status: u16, body: Body) -> Self {
        Response { status, body, length: None }
    }

    /// An answer whose body is already in memory.
    pub fn from_bytes(status: u16, body: impl Into<Bytes>) -> Self {
        let body: Bytes = body.into();
        let length = Some(body.len() as u64);
        Response { status, body: Body::from_bytes(body), length }
    }
}

impl std::fmt::Debug for Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response").field("status", &self.status).finish_non_exhaustive()
    }
}

/// Carries a [`Request`] to a TimeSync server (or something that answers
/// like one: an in-process engine, a test double).
pub trait Transport: Send + Sync {
    /// Sends the request; the server's answer, or why there is none.
    fn send<'a>(&'a self, request: &'a Request) -> BoxFuture<'a, Result<Response>>;
}

/// Something the client did, for whoever watches (the CLI's `--verbose`).
/// No event carries a token or a password.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Event {
    /// One HTTP exchange: its method, URL (token redacted), the status or
    /// `None` when it failed, and how long it took.
    Request {
        /// `GET`, `POST` or `DELETE`.
        method: &'static str,
        /// The URL with the token replaced by `REDACTED`.
        url: String,
        /// The HTTP status, `None` when no answer came.
        status: Option<u16>,
        /// Milliseconds from sending to the end of the answer.
        millis: u128,
    },
    /// The token was refused or had expired, and the client logged in again.
    Relogin {
        /// Who logged in.
        username: String,
    },
}

/// Receives the client's [`Event`]s.
pub type Observer = Arc<dyn Fn(&Event) + Send + Sync>;

/// The current time, as the client reads it to tell an expired token.
pub type Clock = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

/// Options of a client: the HTTP transport's timeouts, a watcher, the
/// largest reply read, and the clock.
#[derive(Clone)]
pub struct ClientOptions {
    /// How long to wait for a connection. A connect that fails or times out
    /// cannot have reached the server.
    pub connect_timeout: StdDuration,
    /// How long to wait for the whole request, connection included.
    pub timeout: StdDuration,
    /// Told about each request and re-login (the client itself never prints).
    pub observer: Option<Observer>,
    /// The largest reply body read; a larger one is refused.
    pub max_reply_bytes: u64,
    /// What "now" is when the token's expiry is checked; the system clock
    /// when `None`.
    pub clock: Option<Clock>,
    /// Whether requests go through the proxy that `HTTP_PROXY`,
    /// `HTTPS_PROXY` or `ALL_PROXY` name (except for hosts in `NO_PROXY`),
    /// as curl's do; `false` always connects directly.
    pub system_proxy: bool,
}

/// The default [`ClientOptions::max_reply_bytes`]: 1 GiB.
pub const DEFAULT_MAX_REPLY_BYTES: u64 = 1 << 30;

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            connect_timeout: StdDuration::from_secs(10),
            timeout: StdDuration::from_secs(30),
            observer: None,
            max_reply_bytes: DEFAULT_MAX_REPLY_BYTES,
            clock: None,
            system_proxy: true,
        }
    }
}

impl std::fmt::Debug for ClientOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClientOptions")
            .field("connect_timeout", &self.connect_timeout)
            .field("timeout", &self.timeout)
            .field("observer", &self.observer.is_some())
            .field("max_reply_bytes", &self.max_reply_bytes)
            .field("clock", &self.clock.is_some())
            .field("system_proxy", &self.system_proxy)
            .finish()
    }
}
