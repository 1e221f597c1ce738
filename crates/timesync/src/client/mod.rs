//! The TimeSync client: typed `async` methods over a [`Transport`] that
//! carries requests (over HTTP, or to anything else that answers like a
//! server). [`crate::blocking::Client`] offers the same methods to code that
//! is not `async`.
//!
//! Token placement follows the server: in the `token` query parameter for GET
//! and DELETE, inside the `{"auth":…,"object":…}` envelope for POST.

mod activities;
#[cfg(feature = "engine")]
mod engine;
mod http;
mod items;
mod projects;
mod relogin;
mod reply;
mod request;
mod times;
mod url;
mod users;

use std::sync::RwLock;

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

#[cfg(feature = "engine")]
pub use engine::EngineTransport;
pub use http::HttpTransport;
pub use projects::{EMPTY_USERS, SLUG_AND_INCLUDE_DELETED};
pub use relogin::{CallerError, PasswordSupplier, Renewal, TokenKeeper};
use reply::{decode, empty_reply, not_a, nouns};
pub use request::{
    Body, BoxFuture, ChunkStream, ClientOptions, Clock, Event, Method, Observer, Request, Response, Transport,
    DEFAULT_MAX_REPLY_BYTES,
};
pub use url::{has_credentials, normalize_baseurl, server_key, CREDENTIALS_IN_URL};

use crate::error::{Error, Result};
use crate::model::AuthType;
use crate::token::{self, Secret, TokenClaims};

/// A TimeSync API client, like pymesync's `TimeSync` object, for `async`
/// code. It is `Send` and `Sync`: share one (behind an `Arc`) between tasks.
pub struct Client {
    baseurl: String,
    transport: Box<dyn Transport>,
    token: RwLock<Option<Secret>>,
    renewal: Option<Renewal>,
    /// Held while logging in again, so that requests refused at once share one login.
    renewing: tokio::sync::Mutex<()>,
    observer: Option<Observer>,
    max_reply_bytes: u64,
    clock: Clock,
}

impl Client {
    /// A client speaking HTTP to `baseurl` (which includes the version path,
    /// e.g. `http://host:8000/v0`; one trailing slash is stripped).
    pub fn new(baseurl: &str, options: ClientOptions) -> Result<Self> {
        let baseurl = normalize_baseurl(baseurl)?;
        let transport = HttpTransport::new(&baseurl, &options)?;
        let mut client = Client::with_transport(&baseurl, Box::new(transport));
        client.observer = options.observer;
        client.max_reply_bytes = options.max_reply_bytes;
        if let Some(clock) = options.clock {
            client.clock = clock;
        }
        Ok(client)
    }

    /// A client over any transport (an in-process server, a test double).
    pub fn with_transport(baseurl: &str, transport: Box<dyn Transport>) -> Self {
        let baseurl = baseurl.strip_suffix('/').unwrap_or(baseurl).to_owned();
        Client {
            baseurl,
            transport,
            token: RwLock::new(None),
            renewal: None,
            renewing: tokio::sync::Mutex::new(()),
            observer: None,
            max_reply_bytes: DEFAULT_MAX_REPLY_BYTES,
            clock: std::sync::Arc::new(chrono::Utc::now),
        }
    }

    /// Refuses reply bodies larger than `bytes` (default 1 GiB).
    pub fn set_max_reply_bytes(&mut self, bytes: u64) {
        self.max_reply_bytes = bytes;
    }

    /// Reads "now" from `clock` when checking the token's expiry.
    pub fn set_clock(&mut self, clock: Clock) {
        self.clock = clock;
    }

    /// Tells `observer` about each request and re-login.
    pub fn set_observer(&mut self, observer: Option<Observer>) {
        self.observer = observer;
    }

    /// Uses `token` for the requests that follow.
    pub fn set_token(&mut self, token: Option<Secret>) {
        *self.token.get_mut().unwrap_or_else(std::sync::PoisonError::into_inner) = token;
    }

    /// The token in use, if any.
    pub fn token(&self) -> Option<Secret> {
        self.token.read().unwrap_or_else(std::sync::PoisonError::into_inner).clone()
    }

    /// The base URL, without a trailing slash.
    pub fn baseurl(&self) -> &str {
        &self.baseurl
    }

    /// Logs in (`POST /login`) and keeps the token for later calls.
    pub async fn authenticate(&mut self, username: &str, password: &str, auth_type: AuthType) -> Result<Secret> {
        let token = self.login(username, password, auth_type).await?;
        self.set_token(Some(token.clone()));
        Ok(token)
    }

    /// `POST /login`: the token for `username`, without keeping it.
    async fn login(&self, username: &str, password: &str, auth_type: AuthType) -> Result<Secret> {
        let missing: Vec<&str> = [("username", username), ("password", password)]
            .into_iter()
            .filter_map(|(name, value)| value.is_empty().then_some(name))
            .collect();
        if !missing.is_empty() {
            return Err(Error::invalid(format!("Missing {}; please add to method call", missing.join(", "))));
        }
        let body = json!({"auth": {"type": auth_type.as_str(), "username": username, "password": password}});
        let request = Request { method: Method::Post, path: segments(&["login"]), query: vec![], body: Some(body) };
        let response = self.transport.send(&request).await?;
        let reply = self.read_reply(&request, response).await?.ok_or_else(|| empty_reply("login"))?;
        let token = reply
            .get("token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| not_a(&request, "login reply with a token"))?;
        Ok(Secret::new(token))
    }

    /// Decodes the current token's user and expiry (pymesync's `token_expiration_time`).
    pub fn token_claims(&self) -> Result<TokenClaims> {
        let token = self.token().ok_or(Error::NotAuthenticated)?;
        token::decode(token.expose()).map_err(Error::Invalid)
    }

    /// GET that always yields a list: a single object is wrapped, an empty
    /// body is empty. The token is appended to `query` last.
    pub(crate) async fn get_list<T: DeserializeOwned + Send>(
        &self,
        path: &[&str],
        query: Vec<(String, String)>,
    ) -> Result<Vec<T>> {
        let mut items = Vec::new();
        self.each_listed(path, query, |item| {
            items.push(item);
            Ok::<(), Error>(())
        })
        .await?;
        Ok(items)
    }

    /// GET a list and hand each item to `each` as it is decoded from the
    /// reply, without holding the whole list; returns how many there were.
    /// An error from `each` stops the list and is returned.
    pub(crate) async fn each_listed<T: DeserializeOwned + Send, E: From<Error>>(
        &self,
        path: &[&str],
        query: Vec<(String, String)>,
        mut each: impl FnMut(T) -> std::result::Result<(), E> + Send,
    ) -> std::result::Result<usize, E> {
        let build = |token: &Secret| {
            let mut query = query.clone();
            query.push(("token".into(), token.expose().to_owned()));
            Request { method: Method::Get, path: segments(path), query, body: None }
        };
        let (request, response) = self.send_with_token(build).await?;
        self.read_list(&request, response, &mut each).await?
    }

    /// POST `object` to `path` inside the token envelope.
    pub(crate) async fn post<T: DeserializeOwned>(&self, path: &[&str], object: Value) -> Result<Option<T>> {
        let build = |token: &Secret| {
            let body = json!({"auth": {"type": "token", "token": token.expose()}, "object": object});
            Request { method: Method::Post, path: segments(path), query: vec![], body: Some(body) }
        };
        let (request, response) = self.send_with_token(build).await?;
        match self.read_reply(&request, response).await? {
            None => Ok(None),
            Some(value) => decode(value).map(Some).ok_or_else(|| not_a(&request, nouns(&request).0)),
        }
    }

    /// DELETE `path`, the token in the query.
    pub(crate) async fn delete(&self, path: &[&str]) -> Result<()> {
        let build = |token: &Secret| {
            let query = vec![("token".into(), token.expose().to_owned())];
            Request { method: Method::Delete, path: segments(path), query, body: None }
        };
        let (request, response) = self.send_with_token(build).await?;
        self.read_reply(&request, response).await.map(drop)
    }
}

fn segments(path: &[&str]) -> Vec<String> {
    path.iter().map(|s| s.to_string()).collect()
}

/// A request object as JSON.
fn to_object(value: &impl serde::Serialize) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::invalid(e.to_string()))
}

/// Runs `future` to its end on a runtime of the test's own.
#[cfg(test)]
pub(crate) fn run<F: std::future::Future>(future: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a test runtime").block_on(future)
}

#[cfg(test)]
mod tests;
