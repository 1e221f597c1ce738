//! HTTP-level tests of the in-memory TimeSync test server.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use reqwest::blocking::{Client, RequestBuilder};
use serde_json::{json, Value};
use timesync_engine::http::{Fault, ProjectRoles, SiteRoles, TestServer};

const MEMBER: ProjectRoles = ProjectRoles { member: true, spectator: false, manager: false };
const SPECTATOR: ProjectRoles = ProjectRoles { member: false, spectator: true, manager: false };
const MANAGER: ProjectRoles = ProjectRoles { member: true, spectator: false, manager: true };

struct Resp {
    status: u16,
    content_type: Option<String>,
    headers: reqwest::header::HeaderMap,
    body: String,
}

impl Resp {
    fn json(&self) -> Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    /// Asserts an error reply: status, title and text.
    fn err(&self, status: u16, title: &str, text: &str) {
        let v = self.json();
        assert_eq!(self.status, status, "{}", self.body);
        assert_eq!(v["status"], status, "{}", self.body);
        assert_eq!(v["error"], title, "{}", self.body);
        assert_eq!(v["text"], text, "{}", self.body);
        assert_eq!(self.content_type.as_deref(), Some("application/json; charset=utf-8"));
    }
}

struct Env {
    s: TestServer,
    c: Client,
}

/// A server with admin `admin`, users `alice` (member of gwm), `bob` (member of gwm and
/// spectator of ptc), `carol` (site spectator), `mgr` (site manager), activities `dev` and
/// `docs`, projects `gwm` (default activity dev) and `ptc`.
fn env() -> Env {
    let s = TestServer::start();
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
    Env { s, c: Client::new() }
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

impl Env {
    fn url(&self, path: &str) -> String {
        format!("{}{}", self.s.base_url(), path)
    }

    fn send(&self, rb: RequestBuilder) -> Resp {
        let r = rb.send().expect("request");
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let content_type = headers.get("content-type").map(|v| v.to_str().unwrap().to_string());
        Resp { status, content_type, headers, body: r.text().unwrap() }
    }

    /// GET `path` as `user` (token in the query).
    fn get(&self, path: &str, user: &str) -> Resp {
        let sep = if path.contains('?') { '&' } else { '?' };
        let token = self.s.token_for(user);
        self.send(self.c.get(self.url(&format!("{path}{sep}token={}", enc(&token)))))
    }

    fn delete(&self, path: &str, user: &str) -> Resp {
        let token = self.s.token_for(user);
        self.send(self.c.delete(self.url(&format!("{path}?token={}", enc(&token)))))
    }

    fn post_raw(&self, path: &str, body: &Value) -> Resp {
        self.send(self.c.post(self.url(path)).json(body))
    }

    /// POST `object` in the token envelope as `user`.
    fn post(&self, path: &str, user: &str, object: Value) -> Resp {
        let token = self.s.token_for(user);
        self.post_raw(path, &json!({"auth": {"type": "token", "token": token}, "object": object}))
    }
}

fn payload(token: &str) -> Value {
    let part = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&STANDARD.decode(part).unwrap()).unwrap()
}

#[test]
fn login_success_and_failures() {
    let e = env();
    let r = e.post_raw("/login", &json!({"auth": {"type": "password", "username": "admin", "password": "pw"}}));
    assert_eq!(r.status, 200);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let token = r.json()["token"].as_str().unwrap().to_string();
    let parts: Vec<&str> = token.split('.').collect();
    assert_eq!(parts.len(), 3);
    assert_eq!(STANDARD.decode(parts[0]).unwrap(), br#"{"typ":"JWT","alg":"HMAC-SHA512"}"#);
    let p = payload(&token);
    assert_eq!(p["sub"], "admin");
    assert_eq!(p["exp"].as_i64().unwrap() - p["iat"].as_i64().unwrap(), 1_800_000);
    let ok = e.send(e.c.get(e.url(&format!("/activities?token={}", enc(&token)))));
    assert_eq!(ok.status, 200);

    let login = |auth: Value| e.post_raw("/login", &json!({ "auth": auth }));
    e.post_raw("/login", &json!({})).err(401, "Authentication failure", "Missing credentials");
    login(json!({"username": "admin", "password": "pw"})).err(
        401,
        "Authentication failure",
        "Authentication type required",
    );
    login(json!({"type": "", "username": "admin"})).err(401, "Authentication failure", "Authentication type required");
    login(json!({"type": "ldap", "username": "admin", "password": "pw"})).err(
        401,
        "Bad query value",
        "ldap is not a valid authentication type",
    );
    login(json!({"type": "password", "username": "admin"})).err(401, "Authentication failure", "Missing credentials");
    login(json!({"type": "password", "username": "admin", "password": "nope"})).err(
        401,
        "Authentication failure",
        "Incorrect username or password",
    );
    login(json!({"type": "password", "username": "ADMIN", "password": "pw"})).err(
        401,
        "Authentication failure",
        "Incorrect username or password",
    );
    login(json!({"type": "password", "username": "ghost", "password": "pw"})).err(
        401,
        "Authentication failure",
        "Incorrect username or password",
    );
}

#[test]
fn login_with_client_made_hash_and_token_lifetime() {
    let e = env();
    e.s.set_token_lifetime(std::time::Duration::from_secs(60));
    let hash = bcrypt::hash_with_result("secret", 4).unwrap().format_for_version(bcrypt::Version::TwoA);
    let r = e.post("/users", "admin", json!({"username": "dave", "password": hash}));
    assert_eq!(r.status, 200, "{}", r.body);
    let r = e.post_raw("/login", &json!({"auth": {"type": "password", "username": "dave", "password": "secret"}}));
    assert_eq!(r.status, 200, "{}", r.body);
    let p = payload(r.json()["token"].as_str().unwrap());
    assert_eq!(p["exp"].as_i64().unwrap() - p["iat"].as_i64().unwrap(), 60_000);
    // Deleted users can still log in (copied).
    assert_eq!(e.delete("/users/dave", "admin").status, 200);
    let r = e.post_raw("/login", &json!({"auth": {"type": "password", "username": "dave", "password": "secret"}}));
    assert_eq!(r.status, 200);
}

#[test]
fn token_placement() {
    let e = env();
    e.send(e.c.get(e.url("/times"))).err(401, "Authentication failure", "Missing credentials");
    e.send(e.c.get(e.url("/times?token="))).err(401, "Authentication failure", "Missing credentials");
    e.send(e.c.get(e.url("/times?token=abc"))).err(401, "Authentication failure", "Bad API token");
    let expired = e.s.expired_token_for("admin");
    e.send(e.c.get(e.url(&format!("/times?token={}", enc(&expired))))).err(
        401,
        "Authentication failure",
        "Bad API token",
    );
    let token = e.s.token_for("admin");
    let bearer = e.c.get(e.url("/times")).header("Authorization", format!("Bearer {token}"));
    e.send(bearer).err(401, "Authentication failure", "Missing credentials");
    // An unencoded token still works: `+` decodes to a space and is turned back.
    let raw = loop {
        let t = e.s.token_for("admin");
        if t.contains('+') {
            break t;
        }
    };
    let r = e.send(e.c.get(format!("{}/times?token={}", e.s.base_url(), raw.replace('/', "%2F").replace('=', "%3D"))));
    assert_eq!(r.status, 200, "{}", r.body);
    // DELETE: token in the body is not accepted.
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let body = json!({"auth": {"type": "token", "token": token}});
    e.send(e.c.delete(e.url(&format!("/times/{uuid}"))).json(&body)).err(
        401,
        "Authentication failure",
        "Missing credentials",
    );
    // POST: a token in the query is ignored; the four ordered failures.
    let q = e.c.post(e.url(&format!("/activities?token={}", enc(&token)))).json(&json!({"object": {}}));
    e.send(q).err(401, "Authentication failure", "Missing credentials");
    e.post_raw("/activities", &json!({"auth": {"token": token}, "object": {}})).err(
        401,
        "Authentication failure",
        "Authentication type required",
    );
    e.post_raw("/activities", &json!({"auth": {"type": "password", "token": token}, "object": {}})).err(
        401,
        "Bad query value",
        "password is not a valid authentication type",
    );
    e.post_raw("/activities", &json!({"auth": {"type": "token"}, "object": {}})).err(
        401,
        "Authentication failure",
        "Missing credentials",
    );
    e.post_raw("/activities", &json!({"auth": {"type": "token", "token": "zzz"}, "object": {}})).err(
        401,
        "Authentication failure",
        "Bad API token",
    );
    // Missing object: 401 with `text: {}` (copied bug).
    let r = e.post_raw("/activities", &json!({"auth": {"type": "token", "token": token}}));
    assert_eq!(r.status, 401);
    assert_eq!(r.json(), json!({"status": 401, "error": "Authentication failure", "text": {}}));
    // JSON without the JSON content type is not parsed.
    let r = e.send(
        e.c.post(e.url("/activities"))
            .body(json!({"auth": {"type": "token", "token": token}, "object": {}}).to_string()),
    );
    r.err(401, "Authentication failure", "Missing credentials");
    // Form-encoded bodies are parsed (extended style).
    let form = "auth[type]=password&auth[username]=admin&auth[password]=pw";
    let r = e.send(e.c.post(e.url("/login")).header("Content-Type", "application/x-www-form-urlencoded").body(form));
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn transport_conventions() {
    let e = env();
    for (method, path, shown) in [
        ("GET", "/activities", "/activities"),
        ("PUT", "/v0/times", "/v0/times"),
        ("PATCH", "/v0/users/admin", "/v0/users/admin"),
        ("GET", "/v0/nothing", "/v0/nothing"),
        ("DELETE", "/v0/times", "/v0/times"),
        ("GET", "/v0/login", "/v0/login"),
    ] {
        let url = format!("http://{}{}", e.s.addr(), path);
        let r = e.send(e.c.request(method.parse().unwrap(), url));
        assert_eq!(r.status, 404, "{method} {path}");
        assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
        assert!(r.body.contains(&format!("<pre>Cannot {method} {shown}</pre>")), "{}", r.body);
        assert_eq!(r.headers["access-control-allow-origin"], "*");
    }
    let r = e.send(e.c.post(e.url("/times")).header("Content-Type", "application/json").body("{bad"));
    r.err(400, "Bad object", "The request body could not be parsed as valid JSON");
    assert_eq!(r.headers["access-control-allow-origin"], "*");
    let r = e.get("/users", "alice");
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    assert_eq!(r.headers["access-control-allow-origin"], "*");
    // Case-insensitive routing and trailing slash, like Express.
    assert_eq!(e.get("/Activities/", "alice").status, 200);
}

#[test]
fn time_create_echo_and_get() {
    let e = env();
    let obj = json!({"duration": 12, "user": "alice", "project": "ganeti", "notes": 42, "issue_uri": "https://x.org/1", "date_worked": "2024-03-05", "extra": [1]});
    let r = e.post("/times", "alice", obj);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let v = r.json();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "duration",
            "user",
            "project",
            "notes",
            "issue_uri",
            "date_worked",
            "extra",
            "uuid",
            "revision",
            "created_at",
            "updated_at",
            "deleted_at"
        ]
    );
    assert_eq!(v["project"], "ganeti");
    assert!(v.get("activities").is_none());
    assert_eq!(v["revision"], 1);
    assert_eq!(v["notes"], 42);
    let uuid = v["uuid"].as_str().unwrap();
    assert_eq!(uuid.len(), 36);
    let g = e.get(&format!("/times/{uuid}"), "alice").json();
    assert_eq!(g["project"], json!(["ganeti", "gwm"]));
    assert_eq!(g["activities"], json!(["dev"]));
    assert_eq!(g["notes"], "42");
    assert_eq!(g["date_worked"], "2024-03-05");
    assert_eq!(g["updated_at"], Value::Null);
    let keys: Vec<&String> = g.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "duration",
            "user",
            "notes",
            "issue_uri",
            "uuid",
            "revision",
            "project",
            "activities",
            "created_at",
            "updated_at",
            "deleted_at",
            "date_worked"
        ]
    );
    // activities sent: echoed; upper-case uuid 404s.
    let r = e.post("/times", "alice", json!({"duration": 0, "user": "alice", "project": "gwm", "activities": ["docs", "dev", "docs"], "date_worked": "2024-03-06"}));
    assert_eq!(r.json()["activities"], json!(["docs", "dev", "docs"]));
    let u2 = r.json()["uuid"].as_str().unwrap().to_string();
    assert_eq!(e.get(&format!("/times/{u2}"), "alice").json()["activities"], json!(["dev", "docs"]));
    e.get(&format!("/times/{}", u2.to_uppercase()), "alice").err(404, "Object not found", "Nonexistent time");
    let r = e.get("/times/nope", "alice");
    r.err(400, "The provided identifier was invalid", "Expected UUID but received nope");
    assert_eq!(r.json()["values"], json!(["nope"]));
}

#[test]
fn time_create_validation_order() {
    let e = env();
    let base =
        json!({"duration": 10, "user": "alice", "project": "gwm", "activities": ["dev"], "date_worked": "2024-01-01"});
    let with = |k: &str, v: Value| {
        let mut o = base.clone();
        if v.is_null() && k != "issue_uri" && k != "duration" {
            o.as_object_mut().unwrap().remove(k);
        } else {
            o[k] = v;
        }
        e.post("/times", "alice", o)
    };
    with("duration", Value::Null).err(
        400,
        "Bad object",
        "Field duration of time should be number but was sent as null",
    );
    with("project", Value::Null).err(400, "Bad object", "The time is missing a project");
    with("duration", json!("60")).err(
        400,
        "Bad object",
        "Field duration of time should be number but was sent as string",
    );
    with("issue_uri", Value::Null).err(
        400,
        "Bad object",
        "Field issue_uri of time should be string but was sent as null",
    );
    with("activities", json!("dev")).err(
        400,
        "Bad object",
        "Field activities of time should be array but was sent as string",
    );
    with("date_worked", Value::Null).err(400, "Bad object", "The time is missing a date_worked");
    with("duration", json!(-1)).err(
        400,
        "Bad object",
        "Field duration of time should be positive number but was sent as negative number",
    );
    with("project", json!("Bad_Slug")).err(
        400,
        "Bad object",
        "Field project of time should be slug but was sent as invalid slug Bad_Slug",
    );
    with("activities", json!(["dev", 3])).err(
        400,
        "Bad object",
        "Field activities of time should be slugs but was sent as array containing at least 1 number",
    );
    with("activities", json!(["a--b"])).err(
        400,
        "Bad object",
        "Field activities of time should be slugs but was sent as array containing at least 1 invalid slug",
    );
    with("issue_uri", json!("ftp://x")).err(
        400,
        "Bad object",
        "Field issue_uri of time should be URI but was sent as invalid URI ftp://x",
    );
    with("date_worked", json!("2016-13-45")).err(
        400,
        "Bad object",
        "Field date_worked of time should be ISO-8601 date but was sent as 2016-13-45",
    );
    with("user", json!("bob")).err(
        401,
        "Authorization failure",
        "alice is not authorized to create time entries for bob",
    );
    with("project", json!("nope")).err(
        409,
        "Invalid foreign key",
        "The time does not contain a valid project reference.",
    );
    with("activities", json!(["nope"])).err(
        409,
        "Invalid foreign key",
        "The time does not contain a valid activities reference.",
    );
    // No activities and no default activity.
    let r =
        e.post("/times", "bob", json!({"duration": 1, "user": "bob", "project": "ptc", "date_worked": "2024-01-01"}));
    r.err(400, "Bad object", "The time is missing a activities");
    // Membership: carol (site spectator) and mgr (site manager) are not members; admin bypasses.
    let r =
        e.post("/times", "mgr", json!({"duration": 1, "user": "mgr", "project": "gwm", "date_worked": "2024-01-01"}));
    r.err(401, "Authorization failure", "mgr is not authorized to create time entries for project gwm.");
    let r = e.post(
        "/times",
        "admin",
        json!({"duration": 1, "user": "admin", "project": "gwm", "date_worked": "2016-02-30"}),
    );
    assert_eq!(r.status, 200);
    let u = r.json()["uuid"].as_str().unwrap().to_string();
    assert_eq!(e.get(&format!("/times/{u}"), "admin").json()["date_worked"], "2016-03-01");
    // Unknown keys are accepted on create; empty issue_uri accepted.
    assert_eq!(with("issue_uri", json!("")).status, 200);
}

#[test]
fn time_update_revisions_and_bugs() {
    let e = env();
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let path = format!("/times/{uuid}");
    // Never updated: parents [] (deviation: the reference crashes).
    assert_eq!(e.get(&format!("{path}?include_revisions=true"), "alice").json()["parents"], json!([]));
    let r = e.post(&path, "alice", json!({"duration": "300", "notes": "first"}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    let v = r.json();
    assert_eq!(v["revision"], 2);
    assert_eq!(v["duration"], 300);
    assert_eq!(v["activities"], json!([]));
    assert_eq!(v["project"], json!(["ganeti", "gwm"]));
    // Reassign to bob (admin may): response shows the previous owner.
    let r = e.post(&path, "admin", json!({"user": "bob", "activities": ["docs"], "duration": 0, "notes": ""}));
    let v = r.json();
    assert_eq!(v["user"], "alice");
    assert_eq!(v["activities"], json!(["docs"]));
    let g = e.get(&format!("{path}?include_revisions=true"), "admin").json();
    assert_eq!(g["user"], "bob");
    assert_eq!(g["revision"], 3);
    assert_eq!(g["duration"], 300);
    assert_eq!(g["notes"], "first");
    let revs: Vec<i64> = g["parents"].as_array().unwrap().iter().map(|p| p["revision"].as_i64().unwrap()).collect();
    assert_eq!(revs, [1, 2]);
    assert_eq!(g["parents"][0]["activities"], json!(["dev"]));
    // List: parents descending, with the union of activities.
    let list = e.get("/times?include_revisions", "admin").json();
    let t = list.as_array().unwrap().iter().find(|t| t["uuid"] == uuid.as_str()).unwrap().clone();
    let revs: Vec<i64> = t["parents"].as_array().unwrap().iter().map(|p| p["revision"].as_i64().unwrap()).collect();
    assert_eq!(revs, [2, 1]);
    assert_eq!(t["parents"][1]["activities"], json!(["dev", "docs"]));
    // alice no longer owns it.
    e.post(&path, "alice", json!({"notes": "x"})).err(
        401,
        "Authorization failure",
        "alice is not authorized to create objects for bob",
    );
    // Validation order samples.
    e.post("/times/xyz", "bob", json!({"key": 1})).err(
        400,
        "The provided identifier was invalid",
        "Expected UUID but received xyz",
    );
    e.post(&path, "bob", json!({"duration": {}, "key": 1})).err(
        400,
        "Bad object",
        "Field duration of time should be number but was sent as object",
    );
    e.post(&path, "bob", json!({"key": 1})).err(400, "Bad object", "time does not have a key field");
    e.post(&path, "bob", json!({"notes": null})).err(
        400,
        "Bad object",
        "Field notes of time should be string but was sent as null",
    );
    e.post(&path, "bob", json!({"duration": -5})).err(
        400,
        "Bad object",
        "Field duration of time should be positive integer but was sent as negative integer",
    );
    e.post(&path, "bob", json!({"issue_uri": ""})).err(
        400,
        "Bad object",
        "Field issue_uri of time should be URI but was sent as invalid URI ",
    );
    let missing = "00000000-0000-4000-8000-000000000000";
    e.post(&format!("/times/{missing}"), "bob", json!({})).err(404, "Object not found", "Nonexistent time");
    e.post(&path, "bob", json!({"user": "ghost"})).err(
        409,
        "Invalid foreign key",
        "The time does not contain a valid user reference.",
    );
    e.post(&path, "bob", json!({"project": "nope"})).err(
        409,
        "Invalid foreign key",
        "The time does not contain a valid project reference.",
    );
    e.post(&path, "bob", json!({"activities": ["nope"]})).err(
        409,
        "Invalid foreign key",
        "The time does not contain a valid activities reference.",
    );
}

#[test]
fn time_delete_is_soft_and_update_undeletes() {
    let e = env();
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let path = format!("/times/{uuid}");
    e.post(&path, "alice", json!({"duration": 90}));
    e.delete(&path, "bob").err(401, "Authorization failure", &format!("bob is not authorized to delete time {uuid}"));
    e.delete("/times/xyz", "alice").err(400, "The provided identifier was invalid", "Expected uuid but received xyz");
    e.delete("/times/00000000-0000-4000-8000-000000000000", "alice").err(404, "Object not found", "Nonexistent uuid");
    let r = e.delete(&path, "alice");
    assert_eq!((r.status, r.body.as_str(), r.content_type.clone()), (200, "", None));
    e.get(&path, "alice").err(404, "Object not found", "Nonexistent time");
    assert!(e.get("/times", "admin").json().as_array().unwrap().is_empty());
    let g = e.get(&format!("{path}?include_deleted=no&include_revisions"), "alice").json();
    assert!(g["deleted_at"].is_string());
    assert!(g["parents"][0]["deleted_at"].is_string(), "all revisions deleted");
    assert_eq!(e.delete(&path, "mgr").status, 200, "site managers may delete; deleting again is fine");
    let r = e.post(&path, "alice", json!({"notes": "back"}));
    assert_eq!(r.status, 200);
    assert_eq!(e.get(&path, "alice").json()["deleted_at"], Value::Null);
}

#[test]
fn time_visibility() {
    let e = env();
    let a = e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    let b = e.s.add_time("bob", "gwm", &["dev"], 2, "2024-01-02");
    let c = e.s.add_time("admin", "ptc", &["docs"], 3, "2024-01-03");
    e.s.add_user("sam", "spw", SiteRoles::default());
    e.s.add_project("Spectated", &["spec"], None, &[("sam", SPECTATOR), ("alice", MEMBER)]);
    let d = e.s.add_time("alice", "spec", &["docs"], 4, "2024-01-04");
    let uuids = |user: &str| -> Vec<String> {
        let mut v: Vec<String> = e
            .get("/times", user)
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["uuid"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(uuids("alice"), sorted(vec![a.clone(), d.clone()]));
    assert_eq!(uuids("sam"), sorted(vec![d.clone()]), "project spectator sees the project's times");
    assert_eq!(
        uuids("bob"),
        sorted(vec![b.clone(), c.clone()]),
        "own + spectator of ptc; manager of gwm is not enough"
    );
    assert_eq!(uuids("carol"), sorted(vec![a.clone(), b.clone(), c.clone(), d.clone()]));
    assert_eq!(uuids("admin").len(), 4);
    assert!(uuids("mgr").is_empty(), "site manager without spectator sees only own");
    e.get(&format!("/times/{b}"), "alice").err(404, "Object not found", "Nonexistent time");
}

#[test]
fn time_filters() {
    let e = env();
    let a = e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    let b = e.s.add_time("bob", "ptc", &["docs"], 2, "2024-01-05");
    let count = |q: &str| e.get(&format!("/times?{q}"), "admin").json().as_array().unwrap().len();
    assert_eq!(count("user=alice"), 1);
    assert_eq!(count("user=alice&user=bob"), 2);
    assert_eq!(count("user=alice&user=ghost"), 1);
    assert_eq!(count("user="), 2);
    assert_eq!(count("project=ganeti"), 1);
    assert_eq!(count("activity=docs"), 1);
    assert_eq!(count("start=2024-01-02"), 1);
    assert_eq!(count("end=2024-01-01"), 1);
    assert_eq!(count("start=2024-01-01&end=2024-01-05"), 2);
    assert_eq!(count("start=2016-13-45"), 2, "pattern matches but not a date: ignored");
    assert_eq!(count("user=alice&project=ptc"), 0);
    e.get("/times?user=ghost", "admin").err(400, "Bad query value", "Parameter user contained invalid value ghost");
    e.get("/times?user=ghost&user=nobody", "admin").err(
        400,
        "Bad query value",
        "Parameter user contained invalid value ghost,nobody",
    );
    e.get("/times?project=not@slug!", "admin").err(
        400,
        "Bad query value",
        "Parameter project contained invalid value not@slug!",
    );
    e.get("/times?activity=zzz", "admin").err(400, "Bad query value", "Parameter activity contained invalid value zzz");
    e.get("/times?start=yesterday", "admin").err(
        400,
        "Bad query value",
        "Parameter start contained invalid value yesterday",
    );
    e.get("/times?end=soon", "admin").err(400, "Bad query value", "Parameter end contained invalid value soon");
    e.get("/times?start=2999-01-01", "admin").err(
        400,
        "Bad query value",
        "Parameter start contained invalid value 2999-01-01",
    );
    e.get("/times?start=2024-01-05&end=2024-01-01", "admin").err(
        400,
        "Bad query value",
        "Parameter start contained invalid value 2024-01-05",
    );
    // Filters also apply to /times/:uuid.
    e.get(&format!("/times/{a}?user=bob"), "admin").err(404, "Object not found", "Nonexistent time");
    assert_eq!(e.get(&format!("/times/{b}?user=bob"), "admin").status, 200);
}

#[test]
fn include_flag_parsing() {
    let e = env();
    let t = e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    e.delete(&format!("/times/{t}"), "alice");
    let count = |q: &str| e.get(&format!("/times?{q}"), "admin").json().as_array().unwrap().len();
    for (q, n) in [
        ("include_deleted=true", 1),
        ("include_deleted", 1),
        ("include_deleted=0", 1),
        ("include_deleted=no", 1),
        ("include_deleted=false", 0),
        ("include_deleted=false&include_deleted=false", 1),
    ] {
        assert_eq!(count(q), n, "lenient {q}");
    }
    e.post("/activities", "admin", json!({"name": "Gone", "slug": "gone"}));
    e.delete("/activities/gone", "admin");
    let acount = |q: &str| e.get(&format!("/activities?{q}"), "admin").json().as_array().unwrap().len();
    for (q, n) in [
        ("include_deleted=true", 3),
        ("include_deleted", 3),
        ("include_deleted=1", 2),
        ("include_deleted=yes", 2),
        ("include_deleted=true&include_deleted=true", 2),
    ] {
        assert_eq!(acount(q), n, "strict {q}");
    }
    let has_parents = |q: &str| e.get(&format!("/activities?{q}"), "admin").json()[0].get("parents").is_some();
    assert!(has_parents("include_revisions=true"));
    assert!(has_parents("include_revisions"));
    assert!(!has_parents("include_revisions=1"));
    assert!(!has_parents("include_revisions=false"));
}

#[test]
fn activities_crud() {
    let e = env();
    let r = e.post("/activities", "mgr", json!({"slug": "test", "name": "Testing"}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let keys: Vec<String> = r.json().as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["slug", "name", "uuid", "revision", "created_at", "updated_at", "deleted_at"]);
    e.post("/activities", "alice", json!({"name": "X", "slug": "x"})).err(
        401,
        "Authorization failure",
        "alice is not authorized to create activities",
    );
    e.post("/activities", "admin", json!({"name": "X", "slug": "x", "foo": 1})).err(
        400,
        "Bad object",
        "activity does not have a foo field",
    );
    e.post("/activities", "admin", json!({"name": "", "slug": "x"})).err(
        400,
        "Bad object",
        "The activity is missing a name",
    );
    e.post("/activities", "admin", json!({"name": "X"})).err(400, "Bad object", "The activity is missing a slug");
    e.post("/activities", "admin", json!({"name": 5, "slug": "x"})).err(
        400,
        "Bad object",
        "Field name of activity should be string but was sent as number",
    );
    e.post("/activities", "admin", json!({"name": "X", "slug": "X_1"})).err(
        400,
        "Bad object",
        "Field slug of activity should be slug but was sent as non-slug string",
    );
    let r = e.post("/activities", "admin", json!({"name": "X", "slug": "dev"}));
    r.err(409, "The slug provided already exists", "slug dev already exists");
    assert_eq!(r.json()["values"], json!(["dev"]));
    e.post("/activities", "admin", json!({"name": "Testing", "slug": "x"})).err(
        400,
        "Bad object",
        "Field name of activity should be unique name but was sent as name which already exists",
    );
    // Update.
    e.post("/activities/test", "alice", json!({})).err(
        401,
        "Authorization failure",
        "alice is not authorized to update activities",
    );
    e.post("/activities/test", "admin", json!({"name": ""})).err(
        400,
        "Bad object",
        "Field name of activity should be string but was sent as empty string",
    );
    e.post("/activities/test", "admin", json!({"slug": ""})).err(
        400,
        "Bad object",
        "Field slug of activity should be slug but was sent as empty string",
    );
    e.post("/activities/Te_st", "admin", json!({})).err(
        400,
        "The provided identifier was invalid",
        "Expected slug but received Te_st",
    );
    e.post("/activities/test", "admin", json!({"slug": "a--b"})).err(
        400,
        "Bad object",
        "Field slug of activity should be valid slug but was sent as invalid slug a--b",
    );
    e.post("/activities/test", "admin", json!({"slug": "test"})).err(
        409,
        "The slug provided already exists",
        "slug test already exists",
    );
    e.post("/activities/test", "admin", json!({"name": "Testing"})).err(
        400,
        "Bad object",
        "Field name of activity should be unique name but was sent as name which already exists",
    );
    e.post("/activities/nope", "admin", json!({"name": "Z"})).err(404, "Object not found", "Nonexistent activity");
    let r = e.post("/activities/test", "admin", json!({"name": "QA"}));
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    let v = r.json();
    assert_eq!((v["revision"].clone(), v.get("deleted_at").is_none()), (json!(2), true));
    let v = e.post("/activities/test", "admin", json!({"slug": "qa"})).json();
    assert_eq!((v["revision"].clone(), v["name"].clone()), (json!(3), json!("QA")));
    let g = e.get("/activities/qa?include_revisions", "alice").json();
    assert_eq!(g["parents"], json!([]), "only revisions carrying the current slug");
    let g = e.get("/activities/test?include_revisions", "alice");
    assert_eq!((g.status, g.body.as_str()), (200, ""), "unknown slug with include_revisions: empty 200");
    e.get("/activities/test", "alice").err(404, "Object not found", "Nonexistent activity");
    e.get("/activities/a.b", "alice").err(400, "The provided identifier was invalid", "Expected slug but received a.b");
    let list = e.get("/activities?include_revisions", "alice").json();
    let qa = list.as_array().unwrap().iter().find(|a| a["slug"] == "qa").unwrap();
    assert_eq!(qa["parents"].as_array().unwrap().len(), 2);
    // Delete.
    e.delete("/activities/qa", "alice").err(
        401,
        "Authorization failure",
        "alice is not authorized to delete activities",
    );
    e.delete("/activities/Q_A", "admin").err(
        400,
        "The provided identifier was invalid",
        "Expected slug but received Q_A",
    );
    e.delete("/activities/zzz", "admin").err(404, "Object not found", "Nonexistent slug");
    e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    let r = e.delete("/activities/dev", "admin");
    r.err(405, "Method not allowed", "The method specified is not allowed for the activity identified");
    assert_eq!(r.headers["allow"], "GET, POST");
    let r = e.delete("/activities/qa", "admin");
    assert_eq!((r.status, r.body.as_str(), r.content_type.clone()), (200, "", None));
    let all = e.get("/activities?include_deleted", "alice").json();
    assert!(all.as_array().unwrap().iter().any(|a| a["slug"].is_null() && a["name"] == "QA"));
}

#[test]
fn projects_crud() {
    let e = env();
    let obj = json!({"name": "New", "slugs": ["new", "nw"], "uri": "http://localhost:8000/x", "default_activity": "docs", "users": {"alice": {"member": true}, "ghost": {"member": true}}});
    let r = e.post("/projects", "mgr", obj);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let v = r.json();
    assert_eq!(v["slugs"], json!(["new", "nw"]));
    assert_eq!(v["users"], json!({"alice": {"member": true}}));
    let keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        [
            "name",
            "slugs",
            "uri",
            "default_activity",
            "users",
            "uuid",
            "created_at",
            "revision",
            "updated_at",
            "deleted_at"
        ]
    );
    let g = e.get("/projects/nw", "alice").json();
    assert_eq!(g["users"], json!({"alice": {"member": true, "spectator": false, "manager": false}}));
    assert_eq!(g["default_activity"], "docs");
    let r = e.post("/projects", "admin", json!({"name": "Bare", "slugs": ["bare"]}));
    assert_eq!(r.status, 200);
    assert!(e.get("/projects/bare", "alice").json().get("users").is_none(), "users omitted without roles");
    // Create validation.
    e.post("/projects", "alice", json!({})).err(
        401,
        "Authorization failure",
        "alice is not authorized to create projects",
    );
    e.post("/projects", "admin", json!({"name": "A", "slugs": ["a"], "owner": "x"})).err(
        400,
        "Bad object",
        "project does not have a owner field",
    );
    e.post("/projects", "admin", json!({"slugs": ["a"]})).err(400, "Bad object", "The project is missing a name");
    e.post("/projects", "admin", json!({"name": "A"})).err(400, "Bad object", "The project is missing a slugs");
    e.post("/projects", "admin", json!({"name": "A", "slugs": ["a"], "uri": null})).err(
        400,
        "Bad object",
        "Field uri of project should be string but was sent as null",
    );
    e.post("/projects", "admin", json!({"name": "A", "slugs": "a"})).err(
        400,
        "Bad object",
        "Field slugs of project should be array but was sent as string",
    );
    e.post("/projects", "admin", json!({"name": "A", "slugs": ["a"], "uri": "ftp://x"})).err(
        400,
        "Bad object",
        "Field uri of project should be uri but was sent as non-uri string",
    );
    e.post("/projects", "admin", json!({"name": "A", "slugs": ["A"]})).err(
        400,
        "Bad object",
        "Field slugs of project should be slugs but was sent as non-slug strings",
    );
    let r = e.post("/projects", "admin", json!({"name": "A", "slugs": ["ptc", "new", "z"]}));
    r.err(409, "The slug provided already exists", "slugs new, ptc already exist");
    assert_eq!(r.json()["values"], json!(["new", "ptc"]));
    e.post("/projects", "admin", json!({"name": "A", "slugs": ["a"], "default_activity": "zzz"})).err(
        409,
        "Invalid foreign key",
        "The project does not contain a valid activity reference.",
    );
    e.post("/projects", "admin", json!({"name": "New", "slugs": ["a"]})).err(
        400,
        "Bad object",
        "Field name of project should be unique name but was sent as name which already exists",
    );
    // Update.
    e.post("/projects/gwm", "admin", json!({"uri": "nope"})).err(
        400,
        "Bad object",
        "Field uri of project should be uri but was sent as string",
    );
    e.post("/projects/gwm", "admin", json!({"slugs": []})).err(
        400,
        "Bad object",
        "Field slugs of project should be array of slugs but was sent as empty array",
    );
    e.post("/projects/zzz", "admin", json!({})).err(404, "Object not found", "Nonexistent project");
    e.post("/projects/gwm", "alice", json!({})).err(
        401,
        "Authorization failure",
        "alice is not authorized to make changes to Ganeti Web Manager",
    );
    e.post("/projects/gwm", "bob", json!({"name": "New"})).err(
        400,
        "Bad object",
        "Field name of project should be unique name but was sent as name which already exists",
    );
    e.post("/projects/gwm", "bob", json!({"slugs": ["gwm", "nw"]})).err(
        409,
        "The slug provided already exists",
        "slug nw already exists",
    );
    // Project manager bob updates; users sent → JSON content type; response users as sent.
    let r = e.post(
        "/projects/gwm",
        "bob",
        json!({"users": {"bob": {"manager": true, "member": true}, "ghost": {}}, "default_activity": null, "name": ""}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    let v = r.json();
    assert_eq!(v["users"], json!({"bob": {"manager": true, "member": true}, "ghost": {}}));
    assert_eq!(v["default_activity"], "dev", "old default shown (copied bug)");
    assert_eq!(v["name"], "Ganeti Web Manager");
    assert_eq!(v["revision"], 2);
    let g = e.get("/projects/gwm?include_revisions", "alice").json();
    assert_eq!(g["default_activity"], Value::Null);
    assert_eq!(g["users"], json!({"bob": {"member": true, "spectator": false, "manager": true}}));
    assert!(g["parents"][0].get("slugs").is_none() && g["parents"][0]["revision"] == 1);
    let r = e.post("/projects/ganeti", "bob", json!({"slugs": ["gwm", "g2"]}));
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(r.json()["slugs"], json!(["g2", "gwm"]));
    e.get("/projects/ganeti", "alice").err(404, "Object not found", "Nonexistent project");
    assert_eq!(e.get("/projects/ganeti?include_revisions", "alice").body, "");
    // List and the user filter.
    let names = |q: &str| -> Vec<String> {
        e.get(&format!("/projects{q}"), "alice")
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("?user=alice"), ["New"]);
    assert_eq!(names("")[0], "Ganeti Web Manager", "revision descending first");
    e.get("/projects?user=ghost", "alice").err(400, "Bad query value", "Parameter user contained invalid value ghost");
    // Delete.
    e.delete("/projects/gwm", "bob").err(401, "Authorization failure", "bob is not authorized to delete project gwm");
    e.delete("/projects/G_W", "admin").err(
        400,
        "The provided identifier was invalid",
        "Expected slug but received G_W",
    );
    e.delete("/projects/zzz", "admin").err(404, "Object not found", "Nonexistent slug");
    e.s.add_time("bob", "gwm", &["dev"], 1, "2024-01-01");
    let r = e.delete("/projects/gwm", "admin");
    r.err(405, "Method not allowed", "The method specified is not allowed for the project identified");
    assert_eq!(r.headers["allow"], "GET, POST");
    assert_eq!(e.delete("/projects/nw", "mgr").body, "");
    e.get("/projects/new", "alice").err(404, "Object not found", "Nonexistent project");
    let deleted = e.get("/projects?include_deleted", "alice").json();
    let p = deleted.as_array().unwrap().iter().find(|p| p["name"] == "New").unwrap().clone();
    assert_eq!((p["slugs"].clone(), p.get("users").is_none()), (json!([]), true));
    assert_eq!(e.post("/projects", "admin", json!({"name": "Again", "slugs": ["new"]})).status, 200, "slugs freed");
}

#[test]
fn users_crud() {
    let e = env();
    let r =
        e.post("/users", "admin", json!({"username": "eve", "password": "$2a$04$hash", "active": false, "email": ""}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let v = r.json();
    assert!(v["created_at"].is_i64(), "created_at in ms");
    assert_eq!(v["active"], true, "active shown true (copied bug)");
    assert!(v.get("password").is_none());
    let keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        [
            "username",
            "active",
            "email",
            "created_at",
            "display_name",
            "meta",
            "updated_at",
            "deleted_at",
            "site_spectator",
            "site_manager",
            "site_admin"
        ]
    );
    let g = e.get("/users/eve", "alice").json();
    assert_eq!((g["active"].clone(), g["email"].clone()), (json!(false), json!("")));
    e.post("/users", "admin", json!({"password": "x"})).err(400, "Bad object", "The user is missing a username");
    e.post("/users", "admin", json!({"username": "x"})).err(400, "Bad object", "The user is missing a password");
    e.post("/users", "admin", json!({"username": "x", "password": "p", "created_at": 5})).err(
        400,
        "Bad object",
        "user does not have a created_at field",
    );
    e.post("/users", "admin", json!({"username": "x", "password": "p", "display_name": null})).err(
        400,
        "Bad object",
        "Field display_name of user should be string but was sent as null",
    );
    e.post("/users", "admin", json!({"username": "a.b", "password": "p"})).err(
        400,
        "Bad object",
        "Field username of user should be valid username but was sent as string",
    );
    e.post("/users", "admin", json!({"username": "x", "password": "p", "email": "a@b.com"})).err(
        400,
        "Bad object",
        "Field email of user should be valid email but was sent as string",
    );
    e.post("/users", "mgr", json!({"username": "x", "password": "p"})).err(
        401,
        "Authorization failure",
        "mgr is not authorized to create users",
    );
    let r = e.post("/users", "admin", json!({"username": "eve", "password": "p"}));
    r.err(409, "Username already exists", "username eve already exists");
    assert_eq!(r.json()["values"], json!(["eve"]));
    assert_eq!(e.post("/users", "admin", json!({"username": "Eve", "password": "p"})).status, 200, "case-sensitive");
    // Update.
    e.post("/users/eve", "admin", json!({"username": "x"})).err(
        400,
        "Bad object",
        "user does not have a username field",
    );
    e.post("/users/eve", "admin", json!({"email": {}})).err(
        400,
        "Bad object",
        "Field email of user should be valid email but was sent as object",
    );
    e.post("/users/ghost", "alice", json!({})).err(
        401,
        "Authorization failure",
        "alice is not authorized to modify user ghost",
    );
    e.post("/users/eve", "mgr", json!({"display_name": "E"})).err(
        401,
        "Authorization failure",
        "mgr is not authorized to modify fields of user eve other than site_spectator",
    );
    e.post("/users/alice", "alice", json!({"site_admin": true})).err(
        401,
        "Authorization failure",
        "alice is not authorized to set permissions of user alice",
    );
    e.post("/users/alice", "alice", json!({"active": "yes"})).err(
        400,
        "Bad object",
        "Field active of user should be boolean but was sent as string",
    );
    e.post("/users/ghost", "admin", json!({})).err(404, "Object not found", "Nonexistent user");
    let r = e.post("/users/eve", "mgr", json!({"site_spectator": true, "email": "eve@example.com"}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(r.json()["site_spectator"], true);
    let r = e.post("/users/alice", "alice", json!({"display_name": "Alice", "active": false, "meta": "m"}));
    assert_eq!(r.json()["display_name"], "Alice");
    assert_eq!(r.json().as_object().unwrap().len(), 11);
    // Delete.
    e.delete("/users/a.b", "admin").err(
        400,
        "The provided identifier was invalid",
        "Expected username but received a.b",
    );
    e.delete("/users/eve", "alice").err(401, "Authorization failure", "alice is not authorized to delete users");
    e.delete("/users/ghost", "mgr").err(404, "Object not found", "Nonexistent user");
    assert_eq!(e.delete("/users/eve", "mgr").body, "");
    e.get("/users/eve", "alice").err(404, "Object not found", "Nonexistent user");
    assert!(e.get("/users/eve?include_deleted=0", "alice").json()["deleted_at"].is_string());
    assert!(!e.get("/users", "alice").json().as_array().unwrap().iter().any(|u| u["username"] == "eve"));
    let r = e.post("/users/eve", "admin", json!({}));
    assert_eq!(r.json()["deleted_at"], Value::Null, "update un-deletes");
}

#[test]
fn faults_recording_and_get_json() {
    let e = env();
    e.s.set_fault(Some(Fault { status: 500, content_type: Some("text/plain".into()), body: "boom".into() }));
    let r = e.get("/users", "alice");
    assert_eq!((r.status, r.body.as_str(), r.content_type.as_deref()), (500, "boom", Some("text/plain")));
    e.s.set_fault(None);
    assert_eq!(e.get("/users", "alice").status, 200);
    let reqs = e.s.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].method, "GET");
    assert!(reqs[0].url.starts_with("/v0/users?token="));
    e.post("/activities", "admin", json!({"name": "N", "slug": "n"}));
    let last = e.s.requests().pop().unwrap();
    assert_eq!(last.content_type.as_deref(), Some("application/json"));
    assert!(last.body.contains("\"object\""));
    let users = e.s.get_json("/users", "alice");
    assert_eq!(users.as_array().unwrap().len(), 5);
    assert_eq!(e.s.get_json("/activities/n", "alice")["name"], "N");
    assert_eq!(e.s.requests().len(), 3, "get_json is not recorded");
}

#[test]
fn never_panics_on_odd_input() {
    let e = env();
    let token = e.s.token_for("admin");
    let bodies = [
        json!({"auth": {"type": "token", "token": token}, "object": {"duration": 1e300, "user": "admin", "project": "gwm", "date_worked": "9999-12-31T24:00:00Z"}}),
        json!({"auth": {"type": "token", "token": token}, "object": {"duration": "0x1F", "notes": ["a", {"b": 1}]}}),
        json!({"auth": ["x"], "object": []}),
        json!([1, 2, 3]),
        json!({"auth": {"type": {"a": 1}}}),
    ];
    for b in bodies {
        for path in [
            "/times",
            "/times/00000000-0000-4000-8000-000000000000",
            "/projects",
            "/users",
            "/login",
            "/activities/dev",
        ] {
            let r = e.post_raw(path, &b);
            assert!(r.status < 500, "{path}: {} {}", r.status, r.body);
        }
    }
    let r = e.send(e.c.post(e.url("/times")).header("Content-Type", "application/json").body(vec![0xff, 0xfe, b'{']));
    assert_eq!(r.status, 400);
    let r = e.send(e.c.get(format!("{}/times/%ZZ%E9?token=%&start=%%", e.s.base_url())));
    assert_eq!(r.status, 401);
    assert_eq!(e.get("/users", "admin").status, 200, "still serving");
}
