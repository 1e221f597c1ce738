//! Shared by the engine's test crates: a seeded environment whose requests go straight to the
//! engine (`Env::direct`) or over HTTP through `http::TestServer` (`Env::http`), and the
//! reply assertions.

#![allow(dead_code)]

use std::sync::Arc;

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::{json, Value};
use timesync_engine::{Engine, ProjectRoles, Request, SiteRoles};

pub const MEMBER: ProjectRoles = ProjectRoles { member: true, spectator: false, manager: false };
pub const SPECTATOR: ProjectRoles = ProjectRoles { member: false, spectator: true, manager: false };
pub const MANAGER: ProjectRoles = ProjectRoles { member: true, spectator: false, manager: true };

/// Reply headers, looked up case-insensitively with `headers["name"]`.
#[derive(Clone, Debug, Default)]
pub struct Headers(pub Vec<(String, String)>);

impl std::ops::Index<&str> for Headers {
    type Output = String;

    fn index(&self, name: &str) -> &String {
        let found = self.0.iter().find(|(n, _)| n.eq_ignore_ascii_case(name));
        &found.unwrap_or_else(|| panic!("no header {name} in {:?}", self.0)).1
    }
}

impl Headers {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A reply as a test sees it, whichever way it travelled.
pub struct Resp {
    pub status: u16,
    pub content_type: Option<String>,
    pub headers: Headers,
    pub body: String,
}

impl Resp {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// Asserts an error reply: status, title and text.
    pub fn err(&self, status: u16, title: &str, text: &str) {
        let v = self.json();
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(v["status"], status, "{}", self.body);
        assert_eq!(v["error"], title, "{}", self.body);
        assert_eq!(v["text"], text, "{}", self.body);
        assert_eq!(self.content_type.as_deref(), Some("application/json; charset=utf-8"));
    }

    /// Asserts a `400 Bad object` error reply with `text`.
    pub fn bad_object(&self, text: &str) {
        self.err(400, "Bad object", text);
    }

    /// Asserts a `401 Authorization failure` error reply with `text`.
    pub fn unauthorized(&self, text: &str) {
        self.err(401, "Authorization failure", text);
    }

    /// Asserts a `409 Invalid foreign key` error reply: the `what` (time,
    /// project) names a `field` (user, project, activity) that does not exist.
    pub fn bad_reference(&self, what: &str, field: &str) {
        self.err(409, "Invalid foreign key", &format!("The {what} does not contain a valid {field} reference."));
    }
}

/// A seeded engine, and, for HTTP tests, a server in front of it.
pub struct Env {
    pub s: Arc<Engine>,
    #[cfg(feature = "http")]
    pub http: Option<(timesync_engine::http::TestServer, reqwest::blocking::Client)>,
}

/// Admin `admin`, users `alice` (member of gwm), `bob` (manager of gwm, member and spectator
/// of ptc), `carol` (site spectator), `mgr` (site manager), activities `dev` and `docs`,
/// projects `gwm`/`ganeti` (default activity dev) and `ptc`.
pub fn seed(s: &Engine) {
    s.add_admin("admin", "pw");
    s.add_user("alice", "apw", SiteRoles::default());
    s.add_user("bob", "bpw", SiteRoles::default());
    s.add_user("carol", "cpw", SiteRoles { spectator: true, ..SiteRoles::default() });
    s.add_user("mgr", "mpw", SiteRoles { manager: true, ..SiteRoles::default() });
    s.add_activity("Development", "dev");
    s.add_activity("Documentation", "docs");
    s.add_project("Ganeti Web Manager", &["gwm", "ganeti"], Some("dev"), &[("alice", MEMBER), ("bob", MANAGER)]);
    s.add_project(
        "Protocols",
        &["ptc"],
        None,
        &[("bob", ProjectRoles { member: true, spectator: true, manager: false })],
    );
}

/// The seeded environment, requests answered by the engine directly.
pub fn env() -> Env {
    Env::direct()
}

/// Polls `done` every few milliseconds until it holds; panics, naming `what`,
/// if it still does not after a generous deadline (a slow machine is no failure).
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "waited 20 s in vain until {what}");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// The decoded payload of a token.
pub fn payload(token: &str) -> Value {
    let part = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&STANDARD.decode(part).unwrap()).unwrap()
}

impl Env {
    /// A seeded engine answering directly.
    pub fn direct() -> Env {
        let s = Arc::new(Engine::new());
        seed(&s);
        Env {
            s,
            #[cfg(feature = "http")]
            http: None,
        }
    }

    /// Sends a request (path with `/v0`), directly or over HTTP.
    pub fn request(&self, req: Request) -> Resp {
        #[cfg(feature = "http")]
        if let Some((server, client)) = &self.http {
            return http_send(server, client, req);
        }
        let r = self.s.handle(&req);
        Resp { status: r.status, content_type: r.content_type, headers: Headers(r.headers), body: r.body }
    }

    /// GET `path` (without `/v0`) as `user` (token in the query).
    pub fn get(&self, path: &str, user: &str) -> Resp {
        let token = self.s.token_for(user);
        self.request(Request::new("GET", &format!("/v0{path}")).with_token(&token))
    }

    pub fn delete(&self, path: &str, user: &str) -> Resp {
        let token = self.s.token_for(user);
        self.request(Request::new("DELETE", &format!("/v0{path}")).with_token(&token))
    }

    pub fn post_raw(&self, path: &str, body: &Value) -> Resp {
        self.request(Request::new("POST", &format!("/v0{path}")).with_json(body))
    }

    /// POSTs each object to `path` as `user` and checks the error: status, title, text.
    pub fn post_errors(&self, path: &str, user: &str, cases: &[(Value, u16, &str, &str)]) {
        for (object, status, title, text) in cases {
            self.post(path, user, object.clone()).err(*status, title, text);
        }
    }

    /// POSTs each object to `path` as `user` and checks that it is refused
    /// as `400 Bad object` with the text given.
    pub fn bad_objects(&self, path: &str, user: &str, cases: &[(Value, &str)]) {
        for (object, text) in cases {
            self.post(path, user, object.clone()).bad_object(text);
        }
    }

    /// GETs each path as `user` and checks the error: status, title, text.
    pub fn get_errors(&self, user: &str, cases: &[(&str, u16, &str, &str)]) {
        for (path, status, title, text) in cases {
            self.get(path, user).err(*status, title, text);
        }
    }

    /// DELETEs each path as `user` and checks the error: status, title, text.
    pub fn delete_errors(&self, user: &str, cases: &[(&str, u16, &str, &str)]) {
        for (path, status, title, text) in cases {
            self.delete(path, user).err(*status, title, text);
        }
    }

    /// Checks the admin's refusals every `DELETE /{collection}/:slug` shares:
    /// `bad`, not a slug (400); an unknown slug (404); and `in_use`, the slug
    /// of a `what` a time entry uses (405, allowing GET and POST only).
    pub fn delete_refusals(&self, collection: &str, bad: &str, in_use: &str, what: &str) {
        self.delete_errors(
            "admin",
            &[
                (
                    &format!("/{collection}/{bad}"),
                    400,
                    "The provided identifier was invalid",
                    &format!("Expected slug but received {bad}"),
                ),
                (&format!("/{collection}/zzz"), 404, "Object not found", "Nonexistent slug"),
            ],
        );
        let r = self.delete(&format!("/{collection}/{in_use}"), "admin");
        r.err(405, "Method not allowed", &format!("The method specified is not allowed for the {what} identified"));
        assert_eq!(r.headers["allow"], "GET, POST");
    }

    /// POST `object` in the token envelope as `user`.
    pub fn post(&self, path: &str, user: &str, object: Value) -> Resp {
        let token = self.s.token_for(user);
        self.post_raw(path, &json!({"auth": {"type": "token", "token": token}, "object": object}))
    }
}

#[cfg(feature = "http")]
impl Env {
    /// A seeded engine behind an HTTP test server.
    pub fn http() -> Env {
        let s = Arc::new(Engine::new());
        seed(&s);
        let server = timesync_engine::http::TestServer::serve(s.clone(), "127.0.0.1:0").expect("start server");
        // No proxy from the caller's environment (`http_proxy`, `ALL_PROXY`, …): the
        // requests go straight to the server on 127.0.0.1.
        let client = reqwest::blocking::Client::builder().no_proxy().build().expect("HTTP client");
        Env { s, http: Some((server, client)) }
    }

    pub fn server(&self) -> &timesync_engine::http::TestServer {
        &self.http.as_ref().expect("an HTTP environment").0
    }

    pub fn client(&self) -> &reqwest::blocking::Client {
        &self.http.as_ref().expect("an HTTP environment").1
    }

    /// The full URL of `path` (without `/v0`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.server().base_url(), path)
    }

    /// Sends a request built with reqwest.
    pub fn send(&self, rb: reqwest::blocking::RequestBuilder) -> Resp {
        send_with(rb)
    }
}

#[cfg(feature = "http")]
fn http_send(server: &timesync_engine::http::TestServer, client: &reqwest::blocking::Client, req: Request) -> Resp {
    let query = if req.query.is_empty() { String::new() } else { format!("?{}", req.query) };
    let url = format!("http://{}{}{query}", server.addr(), req.path);
    let mut rb = client.request(req.method.parse().expect("method"), url).body(req.body);
    if let Some(ct) = &req.content_type {
        rb = rb.header("Content-Type", ct);
    }
    send_with(rb)
}

#[cfg(feature = "http")]
fn send_with(rb: reqwest::blocking::RequestBuilder) -> Resp {
    let r = rb.send().expect("request");
    let status = r.status().as_u16();
    let headers: Vec<(String, String)> = r
        .headers()
        .iter()
        .map(|(n, v)| (n.as_str().to_string(), String::from_utf8_lossy(v.as_bytes()).into_owned()))
        .collect();
    let content_type = headers.iter().find(|(n, _)| n == "content-type").map(|(_, v)| v.clone());
    Resp { status, content_type, headers: Headers(headers), body: r.text().unwrap() }
}
