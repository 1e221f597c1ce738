//! The TimeSync client: typed methods over a [`Transport`] that carries
//! requests (over HTTP, or to anything else that answers like a server).
//!
//! Token placement follows the server: in the `token` query parameter for GET
//! and DELETE, inside the `{"auth":…,"object":…}` envelope for POST.

mod activities;
mod http;
mod items;
mod projects;
mod relogin;
mod reply;
mod times;
mod users;

use std::io::Read;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, RwLock};
use std::time::Duration as StdDuration;

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

pub use http::HttpTransport;
pub use projects::{EMPTY_USERS, SLUG_AND_INCLUDE_DELETED};
pub use relogin::{CallerError, PasswordSupplier, Renewal, TokenKeeper};
use reply::{decode, empty_reply, not_a, nouns};

use crate::error::{Error, Result};
use crate::model::AuthType;
use crate::token::{self, Secret, TokenClaims};

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
    pub fn url(&self, base: &reqwest::Url, redact: bool) -> reqwest::Url {
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

/// The server's answer: status, and the body to read (as it arrives).
pub struct Response {
    /// HTTP status code.
    pub status: u16,
    /// The raw body (may be empty), read by the client as it decodes it.
    pub body: Box<dyn Read + Send>,
    /// The body's length, when known in advance (`Content-Length`).
    pub length: Option<u64>,
}

impl Response {
    /// An answer whose body is read from `body`.
    pub fn new(status: u16, body: impl Read + Send + 'static) -> Self {
        Response { status, body: Box::new(body), length: None }
    }

    /// An answer whose body is already in memory.
    pub fn from_bytes(status: u16, body: impl Into<Vec<u8>>) -> Self {
        let body = body.into();
        let length = Some(body.len() as u64);
        Response { length, ..Response::new(status, std::io::Cursor::new(body)) }
    }
}

impl std::fmt::Debug for Response {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Response").field("status", &self.status).finish_non_exhaustive()
    }
}

/// Carries a [`Request`] to a TimeSync server (or something that answers like one).
pub trait Transport: Send + Sync {
    /// Sends the request and returns the server's answer, or why there is none.
    fn send(&self, request: &Request) -> Result<Response>;
}

/// Something the client did, for whoever watches (the CLI's `--verbose`).
/// No event carries a token or a password.
#[derive(Clone, Debug, PartialEq)]
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

/// Options for the HTTP transport.
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
            .finish()
    }
}

/// A TimeSync API client, like pymesync's `TimeSync` object.
pub struct Client {
    baseurl: String,
    transport: Box<dyn Transport>,
    token: RwLock<Option<Secret>>,
    renewal: Option<Renewal>,
    renewed: AtomicBool,
    observer: Option<Observer>,
    max_reply_bytes: u64,
}

/// The error when a call needs a token and the client has none.
pub const NOT_AUTHENTICATED: &str = "not authenticated: log in (Client::authenticate) or set a token first";

impl Client {
    /// A client speaking HTTP to `baseurl` (which includes the version path,
    /// e.g. `http://host:8000/v0`; one trailing slash is stripped).
    pub fn new(baseurl: &str, options: ClientOptions) -> Result<Self> {
        let baseurl = normalize_baseurl(baseurl)?;
        let transport = HttpTransport::new(&baseurl, &options)?;
        let mut client = Client::with_transport(&baseurl, Box::new(transport));
        client.observer = options.observer;
        client.max_reply_bytes = options.max_reply_bytes;
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
            renewed: AtomicBool::new(false),
            observer: None,
            max_reply_bytes: DEFAULT_MAX_REPLY_BYTES,
        }
    }

    /// Refuses reply bodies larger than `bytes` (default 1 GiB).
    pub fn set_max_reply_bytes(&mut self, bytes: u64) {
        self.max_reply_bytes = bytes;
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
    pub fn authenticate(&mut self, username: &str, password: &str, auth_type: AuthType) -> Result<Secret> {
        let token = self.login(username, password, auth_type)?;
        self.set_token(Some(token.clone()));
        Ok(token)
    }

    /// `POST /login`: the token for `username`, without keeping it.
    fn login(&self, username: &str, password: &str, auth_type: AuthType) -> Result<Secret> {
        let missing: Vec<&str> = [("username", username), ("password", password)]
            .into_iter()
            .filter_map(|(name, value)| value.is_empty().then_some(name))
            .collect();
        if !missing.is_empty() {
            return Err(Error::invalid(format!("Missing {}; please add to method call", missing.join(", "))));
        }
        let body = json!({"auth": {"type": auth_type.as_str(), "username": username, "password": password}});
        let request = Request { method: Method::Post, path: segments(&["login"]), query: vec![], body: Some(body) };
        let reply = self.exchange(&request)?.ok_or_else(|| empty_reply("login"))?;
        let token = reply
            .get("token")
            .and_then(Value::as_str)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| not_a(&request, "login reply with a token"))?;
        Ok(Secret::new(token))
    }

    /// Decodes the current token's user and expiry (pymesync's `token_expiration_time`).
    pub fn token_claims(&self) -> Result<TokenClaims> {
        let token = self.token().ok_or_else(|| Error::AuthRequired(NOT_AUTHENTICATED.into()))?;
        token::decode(token.expose()).map_err(Error::Invalid)
    }

    /// GET that always yields a list: a single object is wrapped, an empty
    /// body is empty. The token is appended to `query` last.
    pub(crate) fn get_list<T: DeserializeOwned>(&self, path: &[&str], query: Vec<(String, String)>) -> Result<Vec<T>> {
        let mut items = Vec::new();
        self.each_listed(path, query, |item| {
            items.push(item);
            Ok::<(), Error>(())
        })?;
        Ok(items)
    }

    /// GET a list and hand each item to `each` as it is decoded from the
    /// reply, without holding the whole list; returns how many there were.
    /// An error from `each` stops the list and is returned.
    pub(crate) fn each_listed<T: DeserializeOwned, E: From<Error>>(
        &self,
        path: &[&str],
        query: Vec<(String, String)>,
        mut each: impl FnMut(T) -> std::result::Result<(), E>,
    ) -> std::result::Result<usize, E> {
        let build = |token: &Secret| {
            let mut query = query.clone();
            query.push(("token".into(), token.expose().to_owned()));
            Request { method: Method::Get, path: segments(path), query, body: None }
        };
        self.with_token(build, |request| self.exchange_list(request, &mut each))?.1
    }

    /// POST `object` to `path` inside the token envelope.
    pub(crate) fn post<T: DeserializeOwned>(&self, path: &[&str], object: Value) -> Result<Option<T>> {
        let build = |token: &Secret| {
            let body = json!({"auth": {"type": "token", "token": token.expose()}, "object": object});
            Request { method: Method::Post, path: segments(path), query: vec![], body: Some(body) }
        };
        let (request, reply) = self.with_token(build, |request| self.exchange(request))?;
        match reply {
            None => Ok(None),
            Some(value) => decode(value).map(Some).ok_or_else(|| not_a(&request, nouns(&request).0)),
        }
    }

    /// DELETE `path`, the token in the query.
    pub(crate) fn delete(&self, path: &[&str]) -> Result<()> {
        let build = |token: &Secret| {
            let query = vec![("token".into(), token.expose().to_owned())];
            Request { method: Method::Delete, path: segments(path), query, body: None }
        };
        self.with_token(build, |request| self.exchange(request))?;
        Ok(())
    }
}

/// Checks and normalises a base URL: http(s), one trailing slash stripped.
/// A URL carrying credentials (`user:pass@host`, see [`has_credentials`]) is
/// refused without being echoed, so a password typed there never reaches a
/// message or log.
pub fn normalize_baseurl(baseurl: &str) -> Result<String> {
    let trimmed = baseurl.trim();
    let stripped = trimmed.strip_suffix('/').unwrap_or(trimmed);
    if has_credentials(stripped) {
        return Err(Error::invalid(format!("the server URL {CREDENTIALS_IN_URL}")));
    }
    match reqwest::Url::parse(stripped) {
        Ok(url) if is_web_url(&url) => Ok(stripped.to_owned()),
        _ => Err(Error::invalid(format!(
            "invalid server URL '{baseurl}': expected http:// or https:// with the version path, e.g. http://localhost:8000/v0"
        ))),
    }
}

/// The one spelling of a base URL that names a server: the URL checked as
/// [`normalize_baseurl`] does, with the scheme and host in lower case, no
/// default port, no fragment and no trailing slash. `HTTP://Host:80/v0/`
/// and `http://host/v0` name the same server; what is kept per server (the
/// delivery ledger) is kept under this key.
pub fn server_key(baseurl: &str) -> Result<String> {
    let checked = normalize_baseurl(baseurl)?;
    let mut url = reqwest::Url::parse(&checked).map_err(|e| Error::invalid(format!("invalid server URL: {e}")))?;
    url.set_fragment(None);
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// Why a URL with credentials is refused, and what to give instead (no
/// part of the URL itself).
pub const CREDENTIALS_IN_URL: &str = "contains a user name or password (user:pass@host): give the URL without \
     them, e.g. http://localhost:8000/v0, and log in with the username and password apart";

/// Whether `url` may carry a user name or password: an http(s) URL with a
/// user or password, or anything with an `@` in it that is not a valid
/// http(s) URL (which could be credentials the parser did not see as such).
/// Such a URL must never be printed.
pub fn has_credentials(url: &str) -> bool {
    let trimmed = url.trim();
    match reqwest::Url::parse(trimmed) {
        Ok(url) if is_web_url(&url) => !url.username().is_empty() || url.password().is_some(),
        _ => trimmed.contains('@'),
    }
}

fn is_web_url(url: &reqwest::Url) -> bool {
    matches!(url.scheme(), "http" | "https") && url.host_str().is_some()
}

fn segments(path: &[&str]) -> Vec<String> {
    path.iter().map(|s| s.to_string()).collect()
}

/// A request object as JSON.
fn to_object(value: &impl serde::Serialize) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| Error::invalid(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// Answers every request with one canned response and records the requests.
    struct Canned {
        status: u16,
        body: &'static str,
        seen: Arc<Mutex<Vec<Request>>>,
    }

    impl Transport for Canned {
        fn send(&self, request: &Request) -> Result<Response> {
            self.seen.lock().unwrap().push(request.clone());
            Ok(Response::from_bytes(self.status, self.body.as_bytes()))
        }
    }

    fn client(status: u16, body: &'static str) -> (Client, Arc<Mutex<Vec<Request>>>) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let mut client =
            Client::with_transport("http://ts.example.com/v0/", Box::new(Canned { status, body, seen: seen.clone() }));
        client.set_token(Some(Secret::new("T+/=")));
        (client, seen)
    }

    #[test]
    fn one_trailing_slash_is_stripped() {
        assert_eq!(client(200, "").0.baseurl(), "http://ts.example.com/v0");
        assert_eq!(normalize_baseurl("http://h:8000/v0/").unwrap(), "http://h:8000/v0");
        assert!(normalize_baseurl("ftp://h/v0").is_err());
        assert!(normalize_baseurl("localhost:8000").is_err());
    }

    #[test]
    fn one_server_has_one_key_however_its_url_is_spelt() {
        for spelling in ["HTTP://TS.Example.com:80/v0/", "http://ts.example.com/v0", "http://ts.example.com:80/v0#x"] {
            assert_eq!(server_key(spelling).unwrap(), "http://ts.example.com/v0", "{spelling}");
        }
        assert_eq!(server_key("https://h:443/v0/").unwrap(), "https://h/v0");
        assert_eq!(server_key("http://h:8000/v0").unwrap(), "http://h:8000/v0");
        assert_ne!(server_key("http://h/v1").unwrap(), server_key("http://h/v0").unwrap());
        assert!(server_key("http://u:p@h/v0").is_err());
    }

    #[test]
    fn urls_that_may_carry_credentials_are_known_and_never_echoed() {
        for url in [
            "http://webadmin:s3cr3t@h/v0",
            "https://webadmin@h/v0",
            "http://:s3cr3t@h/v0",
            " http://webadmin:s3cr3t@h:8000/v0/ ",
            "webadmin:s3cr3t@h/v0",
            "ftp://webadmin:s3cr3t@h/v0",
            "http://webadmin:s3cr3t@/v0",
        ] {
            assert!(has_credentials(url), "{url}");
            let error = normalize_baseurl(url).unwrap_err().to_string();
            assert!(error.contains("user name or password"), "{url}: {error}");
            assert!(!error.contains("s3cr3t") && !error.contains("webadmin"), "{url}: {error}");
        }
        for url in ["http://h:8000/v0", "https://h/v0/@me", "http://h/v0?x=a@b", "nonsense", "ftp://h/v0"] {
            assert!(!has_credentials(url), "{url}");
        }
    }

    #[test]
    fn posts_carry_the_token_in_the_envelope_and_gets_in_the_query() {
        let (client, seen) = client(200, "{}");
        client.post::<Value>(&["times"], json!({"duration": 1})).unwrap();
        client.get_list::<Value>(&["times"], vec![("user".into(), "a".into())]).unwrap();
        let seen = seen.lock().unwrap();
        assert_eq!(seen[0].body, Some(json!({"auth": {"type": "token", "token": "T+/="}, "object": {"duration": 1}})));
        assert!(seen[0].query.is_empty());
        assert_eq!(seen[1].query, vec![("user".to_owned(), "a".to_owned()), ("token".to_owned(), "T+/=".to_owned())]);
    }

    #[test]
    fn server_errors_become_api_errors_whatever_the_status() {
        let (client, _) = client(401, r#"{"status":401,"error":"Authentication failure","text":{}}"#);
        match client.get_list::<Value>(&["times"], vec![]) {
            Err(Error::Api(e)) => {
                assert_eq!((e.status, e.title.as_str(), e.text.as_str()), (401, "Authentication failure", "{}"))
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn non_json_replies_read_like_pymesync() {
        let (client, _) = client(502, "<html>Bad Gateway</html>");
        let error = client.get_list::<Value>(&["times"], vec![]).unwrap_err();
        assert_eq!(
            error.to_string(),
            "connection to TimeSync failed at baseurl http://ts.example.com/v0 - response status was 502"
        );
    }

    #[test]
    fn an_empty_200_is_success_and_an_empty_error_is_not() {
        assert!(client(200, "").0.delete(&["times", "x"]).is_ok());
        assert!(matches!(client(500, "").0.delete(&["times", "x"]), Err(Error::NotTimeSync { status: 500, .. })));
    }

    #[test]
    fn nothing_is_sent_without_a_token() {
        let (mut client, seen) = client(200, "{}");
        client.set_token(None);
        assert!(matches!(client.get_list::<Value>(&["times"], vec![]), Err(Error::AuthRequired(_))));
        assert!(seen.lock().unwrap().is_empty());
    }

    #[test]
    fn login_names_the_missing_arguments() {
        let (mut client, seen) = client(200, r#"{"token":"abc"}"#);
        let error = client.authenticate("", "", AuthType::Password).unwrap_err();
        assert_eq!(error.to_string(), "Missing username, password; please add to method call");
        assert!(seen.lock().unwrap().is_empty());
        client.authenticate("alice", "pw", AuthType::Password).unwrap();
        assert_eq!(client.token().unwrap().expose(), "abc");
        assert_eq!(
            seen.lock().unwrap()[0].body,
            Some(json!({"auth": {"type": "password", "username": "alice", "password": "pw"}}))
        );
    }
}
