//! The HTTP side: the `tiny_http` serving loop, request decoding (JSON / form bodies),
//! Express-like routing with the HTML 404, CORS, fault injection and request recording.

use std::io::Read;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{Map, Value};

use super::query::{parse_form, percent_decode, Query};
use super::reply::{self, Reply};
use super::state::{lock, Db};
use super::{activities, auth, projects, times, users, Fault, RecordedRequest, Stall};

/// State shared between the test thread and the server thread.
pub struct Shared {
    pub db: Mutex<Db>,
    pub fault: Mutex<Option<Fault>>,
    pub stall: Mutex<Option<Stall>>,
    pub requests: Mutex<Vec<RecordedRequest>>,
}

/// How the request body was understood.
#[derive(Clone, Debug)]
pub enum Body {
    /// Parsed JSON or form-encoded body.
    Parsed(Value),
    /// No body, or a content type the server does not parse.
    Absent,
    /// JSON content type but not valid (strict) JSON.
    Bad,
}

/// A decoded request.
#[derive(Clone, Debug)]
pub struct Req {
    pub method: String,
    /// Raw path without the query string.
    pub path: String,
    pub query: Query,
    pub body: Body,
}

impl Req {
    /// Builds a request from the raw pieces.
    pub fn new(method: &str, url: &str, content_type: Option<&str>, body: &[u8]) -> Req {
        let (path, qs) = url.split_once('?').unwrap_or((url, ""));
        let media =
            content_type.map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase()).unwrap_or_default();
        let body = if media == "application/json" || media.ends_with("+json") {
            parse_json(body)
        } else if media == "application/x-www-form-urlencoded" {
            Body::Parsed(parse_form(&String::from_utf8_lossy(body)))
        } else {
            Body::Absent
        };
        Req { method: method.to_ascii_uppercase(), path: path.to_string(), query: Query::parse(qs), body }
    }

    /// The body as a JSON value (`{}` when absent).
    pub fn body_value(&self) -> Value {
        match &self.body {
            Body::Parsed(v) => v.clone(),
            _ => Value::Object(Map::new()),
        }
    }
}

/// body-parser's strict JSON: empty is `{}`, otherwise an object or array.
fn parse_json(body: &[u8]) -> Body {
    if body.is_empty() {
        return Body::Parsed(Value::Object(Map::new()));
    }
    let first = body.iter().find(|c| !c.is_ascii_whitespace());
    if !matches!(first, Some(b'{') | Some(b'[')) {
        return Body::Bad;
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v) => Body::Parsed(v),
        Err(_) => Body::Bad,
    }
}

/// Routes a request to its handler (the whole application logic, without HTTP).
pub fn dispatch(db: &mut Db, req: &Req) -> Reply {
    if req.method == "OPTIONS" {
        return Reply { status: 204, content_type: None, body: String::new(), headers: Vec::new() }
            .header("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE")
            .header("Vary", "Access-Control-Request-Headers");
    }
    if matches!(req.body, Body::Bad) {
        return reply::bad_json();
    }
    let method = if req.method == "HEAD" { "GET" } else { req.method.as_str() };
    let mut segs: Vec<&str> = req.path.strip_prefix('/').unwrap_or("\u{0}").split('/').collect();
    if segs.len() > 1 && segs.last() == Some(&"") {
        segs.pop();
    }
    let not_found = || reply::html_404(&req.method, &req.path);
    if !matches!(segs.first(), Some(s) if s.eq_ignore_ascii_case("v0")) {
        return not_found();
    }
    let coll = segs.get(1).map(|s| s.to_ascii_lowercase()).unwrap_or_default();
    match (segs.len(), method, coll.as_str()) {
        (2, "POST", "login") => auth::login(db, req),
        (2, "GET", "times") => times::list(db, req),
        (2, "POST", "times") => times::create(db, req),
        (2, "GET", "projects") => projects::list(db, req),
        (2, "POST", "projects") => projects::create(db, req),
        (2, "GET", "activities") => activities::list(db, req),
        (2, "POST", "activities") => activities::create(db, req),
        (2, "GET", "users") => users::list(db, req),
        (2, "POST", "users") => users::create(db, req),
        (3, m, c) if !segs[2].is_empty() => {
            let param = percent_decode(segs[2], false);
            match (m, c) {
                ("GET", "times") => times::get(db, req, &param),
                ("POST", "times") => times::update(db, req, &param),
                ("DELETE", "times") => times::delete(db, req, &param),
                ("GET", "projects") => projects::get(db, req, &param),
                ("POST", "projects") => projects::update(db, req, &param),
                ("DELETE", "projects") => projects::delete(db, req, &param),
                ("GET", "activities") => activities::get(db, req, &param),
                ("POST", "activities") => activities::update(db, req, &param),
                ("DELETE", "activities") => activities::delete(db, req, &param),
                ("GET", "users") => users::get(db, req, &param),
                ("POST", "users") => users::update(db, req, &param),
                ("DELETE", "users") => users::delete(db, req, &param),
                _ => not_found(),
            }
        }
        _ => not_found(),
    }
}

/// Runs `dispatch` under the lock, turning any panic into a 500.
pub fn dispatch_safely(shared: &Shared, req: &Req) -> Reply {
    catch_unwind(AssertUnwindSafe(|| {
        let mut db = lock(&shared.db);
        dispatch(&mut db, req)
    }))
    .unwrap_or_else(|_| reply::server_error())
}

/// Serves each request on a thread of its own (the database is behind one
/// lock, so requests still apply one at a time) until `stop` is set.
pub fn serve(server: Arc<tiny_http::Server>, shared: Arc<Shared>, stop: Arc<AtomicBool>) {
    while !stop.load(Ordering::SeqCst) {
        match server.recv_timeout(Duration::from_millis(250)) {
            Ok(Some(rq)) => {
                let shared = shared.clone();
                std::thread::spawn(move || {
                    let _ = catch_unwind(AssertUnwindSafe(|| handle(&shared, rq)));
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

fn handle(shared: &Shared, mut rq: tiny_http::Request) {
    let method = rq.method().as_str().to_string();
    let url = rq.url().to_string();
    let content_type =
        rq.headers().iter().find(|h| h.field.equiv("Content-Type")).map(|h| h.value.as_str().to_string());
    let mut body = Vec::new();
    let _ = rq.as_reader().take(64 * 1024 * 1024).read_to_end(&mut body);
    lock(&shared.requests).push(RecordedRequest {
        method: method.clone(),
        url: url.clone(),
        content_type: content_type.clone(),
        body: String::from_utf8_lossy(&body).into_owned(),
    });
    let stall = take_stall(shared, &method, &url);
    if let Some(stall) = &stall {
        std::thread::sleep(stall.before);
    }
    let fault = lock(&shared.fault).clone();
    let reply = match fault {
        Some(f) => Reply { status: f.status, content_type: f.content_type, body: f.body, headers: Vec::new() },
        None => dispatch_safely(shared, &Req::new(&method, &url, content_type.as_deref(), &body)),
    };
    if let Some(stall) = &stall {
        std::thread::sleep(stall.after);
    }
    let mut response =
        tiny_http::Response::from_data(reply.body.into_bytes()).with_status_code(tiny_http::StatusCode(reply.status));
    let mut headers = vec![("Access-Control-Allow-Origin".to_string(), "*".to_string())];
    if let Some(ct) = reply.content_type {
        headers.push(("Content-Type".to_string(), ct));
    }
    headers.push(("X-Content-Type-Options".to_string(), "nosniff".to_string()));
    headers.push(("X-Frame-Options".to_string(), "SAMEORIGIN".to_string()));
    headers.extend(reply.headers);
    for (name, value) in headers {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    let _ = rq.respond(response);
}
