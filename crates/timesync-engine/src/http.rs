//! Serving an [`Engine`] over HTTP with `tiny_http` (feature `http`): the [`TestServer`]
//! the CLI integration tests and the `timesync-server` binary run, with fault injection,
//! stalls and request recording. Each request is served on a thread of its own; the
//! engine's lock still applies them one at a time.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::ops::Deref;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

pub use crate::engine::{ProjectRoles, SiteRoles};
use crate::{Engine, Reply, Request};

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    /// Path and query, as received.
    pub url: String,
    pub content_type: Option<String>,
    pub body: String,
}

/// A canned reply sent to every request while set (client error-path tests).
#[derive(Clone, Debug)]
pub struct Fault {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
}

/// A delay injected around matching requests: `before` the request is applied
/// (a kill then leaves nothing recorded), `after` it is applied and before the
/// reply is sent (a kill or a read timeout then leaves it recorded). Each of
/// the next `times` matching requests is delayed.
///
/// A test that waits for something to happen while a request is held rather
/// than for a time to pass sets a long delay, waits until
/// [`TestServer::held`] counts the request, does what it needs, and ends the
/// delay with [`TestServer::release_stalls`].
#[derive(Clone, Debug)]
pub struct Stall {
    pub method: String,
    /// Matches request paths ending with this (e.g. `/times`).
    pub path_suffix: String,
    pub before: Duration,
    pub after: Duration,
    pub times: usize,
}

/// What the serving threads share with the test.
#[derive(Default)]
struct Shared {
    engine: Arc<Engine>,
    fault: Mutex<Option<Fault>>,
    stall: Mutex<Option<Stall>>,
    requests: Mutex<Vec<RecordedRequest>>,
    /// Requests received and not yet answered.
    in_flight: AtomicUsize,
    /// Requests held in a stall right now.
    held: AtomicUsize,
    /// Counts [`TestServer::release_stalls`] calls; a stall under way ends
    /// when it changes.
    releases: Mutex<u64>,
    released: Condvar,
    /// Where a line is written for each request answered, if anywhere.
    access_log: Mutex<Option<Box<dyn Write + Send>>>,
}

/// Locks a mutex, recovering from poisoning (the server must never hang on a panic).
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A running test server; dropping it stops the server thread. It dereferences to its
/// [`Engine`], so `server.add_user(…)`, `server.token_for(…)` and the like seed and inspect it.
pub struct TestServer {
    shared: Arc<Shared>,
    server: Arc<tiny_http::Server>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    addr: SocketAddr,
}

impl TestServer {
    /// Starts on `127.0.0.1:0` with an empty engine.
    pub fn start() -> TestServer {
        TestServer::start_on("127.0.0.1:0").expect("start test server on 127.0.0.1:0")
    }

    /// Starts on the given address with an empty engine.
    pub fn start_on(addr: &str) -> std::io::Result<TestServer> {
        TestServer::serve(Arc::new(Engine::new()), addr)
    }

    /// Serves `engine` (already seeded, perhaps shared) on the given address.
    pub fn serve(engine: Arc<Engine>, addr: &str) -> std::io::Result<TestServer> {
        let server = tiny_http::Server::http(addr).map_err(|e| std::io::Error::other(e.to_string()))?;
        let addr = server.server_addr().to_ip().ok_or_else(|| std::io::Error::other("not an IP listener"))?;
        let server = Arc::new(server);
        let shared = Arc::new(Shared { engine, ..Shared::default() });
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (server, shared, stop) = (server.clone(), shared.clone(), stop.clone());
            std::thread::Builder::new()
                .name(format!("timesync-test-server-{}", addr.port()))
                .spawn(move || accept_loop(server, shared, stop))?
        };
        Ok(TestServer { shared, server, stop, thread: Some(thread), addr })
    }

    /// `http://127.0.0.1:PORT/v0`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v0", self.addr)
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The engine behind the server.
    pub fn engine(&self) -> &Engine {
        &self.shared.engine
    }

    /// While `Some`, every request is answered with this canned reply.
    pub fn set_fault(&self, fault: Option<Fault>) {
        *lock(&self.shared.fault) = fault;
    }

    /// While `Some`, matching requests are delayed (see [`Stall`]).
    pub fn set_stall(&self, stall: Option<Stall>) {
        *lock(&self.shared.stall) = stall;
    }

    /// Every request received, in order ([`Engine::get_json`] and other direct calls on the
    /// engine are not recorded).
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// How many requests were received and are not answered yet (held in a stall, being
    /// applied, or being written back). A request is counted before it is recorded, so once
    /// [`TestServer::requests`] lists it, it is counted here until its reply is written (or
    /// its client is found gone).
    pub fn in_flight(&self) -> usize {
        self.shared.in_flight.load(Ordering::SeqCst)
    }

    /// How many requests are held in a stall right now: `before` them (not yet applied) or
    /// `after` (applied, reply not sent).
    pub fn held(&self) -> usize {
        self.shared.held.load(Ordering::SeqCst)
    }

    /// While `Some`, a line is written to `log` for each request answered, once its reply is
    /// sent: `METHOD PATH STATUS BYTES MS`, with the path and query as received but the value
    /// of a `token` parameter shown as `…`, the length of the reply's body in bytes, and the
    /// milliseconds from the request's arrival to the end of its reply. For benchmarks: what a
    /// client asked for and how large the answers were.
    pub fn set_access_log(&self, log: Option<Box<dyn Write + Send>>) {
        *lock(&self.shared.access_log) = log;
    }

    /// Ends every stall under way at once: held requests go on as if their delay had
    /// passed. The stall set with [`TestServer::set_stall`] stays set for the requests
    /// still to come.
    pub fn release_stalls(&self) {
        *lock(&self.shared.releases) += 1;
        self.shared.released.notify_all();
    }
}

/// A server is its engine plus a socket: the seeding and inspection methods (`add_user`,
/// `add_admin`, `add_activity`, `add_project`, `add_time`, `token_for`, `expired_token_for`,
/// `set_token_lifetime`, `revoke_tokens`, `get_json`, …) are the engine's.
impl Deref for TestServer {
    type Target = Engine;

    fn deref(&self) -> &Engine {
        &self.shared.engine
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Serves each request on a thread of its own until `stop` is set.
fn accept_loop(server: Arc<tiny_http::Server>, shared: Arc<Shared>, stop: Arc<AtomicBool>) {
    while !stop.load(Ordering::SeqCst) {
        match server.recv_timeout(Duration::from_millis(250)) {
            Ok(Some(rq)) => {
                let shared = shared.clone();
                std::thread::spawn(move || {
                    let _ = catch_unwind(AssertUnwindSafe(|| respond(&shared, rq)));
                });
            }
            Ok(None) => {}
            Err(_) => std::thread::sleep(Duration::from_millis(5)),
        }
    }
}

/// The stall for this request, if one is set and matches; counts it down.
fn take_stall(shared: &Shared, method: &str, url: &str) -> Option<Stall> {
    let mut slot = lock(&shared.stall);
    let stall = slot.as_mut()?;
    let path = url.split('?').next().unwrap_or(url);
    if !stall.method.eq_ignore_ascii_case(method) || !path.ends_with(&stall.path_suffix) || stall.times == 0 {
        return None;
    }
    stall.times -= 1;
    Some(stall.clone())
}

/// Holds a request for `delay`, or until [`TestServer::release_stalls`] is called.
fn hold(shared: &Shared, delay: Duration) {
    if delay.is_zero() {
        return;
    }
    shared.held.fetch_add(1, Ordering::SeqCst);
    let deadline = Instant::now() + delay;
    let mut releases = lock(&shared.releases);
    let start = *releases;
    while *releases == start {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        releases = shared.released.wait_timeout(releases, left).unwrap_or_else(|e| e.into_inner()).0;
    }
    drop(releases);
    shared.held.fetch_sub(1, Ordering::SeqCst);
}

/// Counts a request in flight until dropped.
struct InFlight<'a>(&'a AtomicUsize);

impl<'a> InFlight<'a> {
    fn new(count: &'a AtomicUsize) -> InFlight<'a> {
        count.fetch_add(1, Ordering::SeqCst);
        InFlight(count)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

/// The path and query of a request's target: a proxy's absolute form
/// (`GET http://host/v0/times`) is routed by its path, as Express does.
fn origin_form(target: &str) -> &str {
    let Some((_, rest)) = target.split_once("://").filter(|_| !target.starts_with('/')) else { return target };
    rest.find('/').map_or("/", |at| &rest[at..])
}

/// Reads, records, (stalls,) answers and writes one request.
fn respond(shared: &Shared, mut rq: tiny_http::Request) {
    let _in_flight = InFlight::new(&shared.in_flight);
    let arrived = Instant::now();
    let content_type =
        rq.headers().iter().find(|h| h.field.equiv("Content-Type")).map(|h| h.value.as_str().to_string());
    let mut body = Vec::new();
    let _ = rq.as_reader().take(64 * 1024 * 1024).read_to_end(&mut body);
    let target = origin_form(rq.url());
    let request = Request { content_type, body, ..Request::new(rq.method().as_str(), target) };
    lock(&shared.requests).push(RecordedRequest {
        method: request.method.clone(),
        url: target.to_string(),
        content_type: request.content_type.clone(),
        body: String::from_utf8_lossy(&request.body).into_owned(),
    });
    let stall = take_stall(shared, &request.method, target);
    if let Some(stall) = &stall {
        hold(shared, stall.before);
    }
    let fault = lock(&shared.fault).clone();
    let reply = match fault {
        Some(f) => Reply { status: f.status, content_type: f.content_type, body: f.body, headers: Vec::new() }
            .with_standard_headers(),
        None => shared.engine.handle(&request),
    };
    if let Some(stall) = &stall {
        hold(shared, stall.after);
    }
    // Logged before the reply is sent: a client that has read the whole
    // reply finds its line there (the milliseconds are those the reply took
    // to make).
    if let Some(log) = lock(&shared.access_log).as_mut() {
        let ms = arrived.elapsed().as_secs_f64() * 1000.0;
        let (status, bytes, url) = (reply.status, reply.body.len(), redact_token(target));
        let _ = writeln!(log, "{} {url} {status} {bytes} {ms:.1}", request.method);
        let _ = log.flush();
    }
    let _ = rq.respond(to_response(reply));
}

/// `url` with the value of each `token` query parameter replaced by `…`.
fn redact_token(url: &str) -> String {
    let Some((path, query)) = url.split_once('?') else {
        return url.to_string();
    };
    let params: Vec<&str> =
        query.split('&').map(|p| if p.starts_with("token=") { "token=\u{2026}" } else { p }).collect();
    format!("{path}?{}", params.join("&"))
}

/// The reply on the wire, its body with a `Content-Length` whatever its size, as Express sends
/// a body (`tiny_http` alone would send one over 32 kB chunked).
fn to_response(reply: Reply) -> tiny_http::Response<std::io::Cursor<Vec<u8>>> {
    let mut response = tiny_http::Response::from_data(reply.body.into_bytes())
        .with_status_code(tiny_http::StatusCode(reply.status))
        .with_chunked_threshold(usize::MAX);
    let content_type = reply.content_type.map(|ct| ("Content-Type".to_string(), ct));
    for (name, value) in content_type.into_iter().chain(reply.headers) {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_proxys_absolute_target_is_routed_by_its_path() {
        assert_eq!(super::origin_form("http://h:8000/v0/times?token=T"), "/v0/times?token=T");
        assert_eq!(super::origin_form("https://h"), "/");
        assert_eq!(super::origin_form("/v0/times?next=http://x/y"), "/v0/times?next=http://x/y");
    }
}
