//! The engine over HTTP (`http::TestServer`): routing and the HTML 404, headers and
//! content types on the wire, faults, recording, stalls, a thread per request.

use serde_json::json;

mod common;

use common::{wait_until, Env};
use timesync_engine::http::{Fault, Stall};
use timesync_engine::Request;

fn env() -> Env {
    Env::http()
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
        let url = format!("http://{}{}", e.server().addr(), path);
        let r = e.send(e.client().request(method.parse().unwrap(), url));
        assert_eq!(r.status, 404, "{method} {path}");
        assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
        assert!(r.body.contains(&format!("<pre>Cannot {method} {shown}</pre>")), "{}", r.body);
        assert_eq!(r.headers["access-control-allow-origin"], "*");
    }
    let r = e.send(e.client().post(e.url("/times")).header("Content-Type", "application/json").body("{bad"));
    r.bad_object("The request body could not be parsed as valid JSON");
    assert_eq!(r.headers["access-control-allow-origin"], "*");
    let r = e.get("/users", "alice");
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    assert_eq!(r.headers["access-control-allow-origin"], "*");
    // Case-insensitive routing and trailing slash, like Express.
    assert_eq!(e.get("/Activities/", "alice").status, 200);
}

#[test]
fn faults_recording_and_get_json() {
    let e = env();
    e.server().set_fault(Some(Fault { status: 500, content_type: Some("text/plain".into()), body: "boom".into() }));
    let r = e.get("/users", "alice");
    assert_eq!((r.status, r.body.as_str(), r.content_type.as_deref()), (500, "boom", Some("text/plain")));
    e.server().set_fault(None);
    assert_eq!(e.get("/users", "alice").status, 200);
    let reqs = e.server().requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].method, "GET");
    assert!(reqs[0].url.starts_with("/v0/users?token="));
    e.post("/activities", "admin", json!({"name": "N", "slug": "n"}));
    let last = e.server().requests().pop().unwrap();
    assert_eq!(last.content_type.as_deref(), Some("application/json"));
    assert!(last.body.contains("\"object\""));
    let users = e.server().get_json("/users", "alice");
    assert_eq!(users.as_array().unwrap().len(), 5);
    assert_eq!(e.server().get_json("/activities/n", "alice")["name"], "N");
    assert_eq!(e.server().requests().len(), 3, "get_json is not recorded");
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
    let r = e
        .send(e.client().post(e.url("/times")).header("Content-Type", "application/json").body(vec![0xff, 0xfe, b'{']));
    assert_eq!(r.status, 400);
    let r = e.send(e.client().get(format!("{}/times/%ZZ%E9?token=%&start=%%", e.server().base_url())));
    assert_eq!(r.status, 401);
    assert_eq!(e.get("/users", "admin").status, 200, "still serving");
}

#[test]
fn authorization_header_is_not_accepted() {
    let e = env();
    let token = e.s.token_for("admin");
    let bearer = e.client().get(e.url("/times")).header("Authorization", format!("Bearer {token}"));
    e.send(bearer).err(401, "Authentication failure", "Missing credentials");
}

#[test]
fn content_types_and_headers_on_the_wire() {
    let e = env();
    let r = e.post_raw("/login", &json!({"auth": {"type": "password", "username": "admin", "password": "pw"}}));
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(r.headers["pragma"], "no-cache");
    assert_eq!(r.headers["expires"], "Thu, 01 Jan 1970 00:00:01 GMT");
    assert_eq!(r.headers["x-content-type-options"], "nosniff");
    let r = e.delete("/users/alice", "admin");
    assert_eq!((r.status, r.body.as_str(), r.content_type.clone()), (200, "", None));
    assert_eq!(r.headers["access-control-allow-origin"], "*");
    let r = e.send(e.client().request(reqwest::Method::OPTIONS, e.url("/times")));
    assert_eq!(r.status, 204);
    assert_eq!(r.headers["access-control-allow-origin"], "*");
}

#[test]
fn revoked_tokens_are_bad_tokens() {
    let e = env();
    let token = e.s.token_for("alice");
    let get = |t: &str| e.request(Request::new("GET", "/v0/users").with_token(t));
    assert_eq!(get(&token).status, 200);
    e.server().revoke_tokens();
    get(&token).err(401, "Authentication failure", "Bad API token");
    assert_eq!(get(&e.s.token_for("alice")).status, 200, "new tokens work again");
}

#[test]
fn stalls_delay_matching_requests_while_others_are_served() {
    use std::time::{Duration, Instant};
    let e = env();
    let delay = Duration::from_millis(400);
    e.server().set_stall(Some(Stall {
        method: "POST".into(),
        path_suffix: "/activities".into(),
        before: Duration::ZERO,
        after: delay,
        times: 1,
    }));
    let started = Instant::now();
    std::thread::scope(|scope| {
        let slow = scope.spawn(|| e.post("/activities", "admin", json!({"name": "Slow", "slug": "slow"})));
        wait_until("the POST is held", || e.server().held() == 1);
        // While the POST is held after it was applied, other requests are answered.
        let quick = Instant::now();
        assert_eq!(e.get("/activities/slow", "alice").status, 200, "applied before the stall");
        assert!(quick.elapsed() < delay, "a stalled request does not hold up the others");
        assert_eq!(e.server().held(), 1, "the POST was still held");
        assert_eq!(slow.join().unwrap().status, 200);
    });
    assert!(started.elapsed() >= delay);
    // A reply can reach its client just before its thread counts it answered.
    wait_until("every request is answered", || e.server().in_flight() == 0);
    assert_eq!(e.server().held(), 0);
    // Counted down: the next matching request is not delayed.
    let next = Instant::now();
    assert_eq!(e.post("/activities", "admin", json!({"name": "Fast", "slug": "fast"})).status, 200);
    assert!(next.elapsed() < delay);
    assert_eq!(e.server().requests().len(), 3);
}

#[test]
fn a_stall_before_leaves_nothing_applied_until_it_ends() {
    use std::time::{Duration, Instant};
    let e = env();
    let delay = Duration::from_millis(300);
    e.server().set_stall(Some(Stall {
        method: "post".into(),
        path_suffix: "/activities".into(),
        before: delay,
        after: Duration::ZERO,
        times: 5,
    }));
    let started = Instant::now();
    std::thread::scope(|scope| {
        let slow = scope.spawn(|| e.post("/activities", "admin", json!({"name": "Held", "slug": "held"})));
        wait_until("the POST is held", || e.server().held() == 1);
        assert_eq!(e.get("/activities/held", "alice").status, 404, "not applied yet");
        assert_eq!(slow.join().unwrap().status, 200);
    });
    assert!(started.elapsed() >= delay);
    assert_eq!(e.get("/activities/held", "alice").status, 200);
}

#[test]
fn released_stalls_end_at_once_and_later_requests_are_still_held() {
    use std::time::Duration;
    let e = env();
    let long = Duration::from_secs(600);
    e.server().set_stall(Some(Stall {
        method: "POST".into(),
        path_suffix: "/activities".into(),
        before: long,
        after: long,
        times: 2,
    }));
    std::thread::scope(|scope| {
        let first = scope.spawn(|| e.post("/activities", "admin", json!({"name": "One", "slug": "one"})));
        wait_until("the first POST is held", || e.server().held() == 1);
        assert_eq!(e.get("/activities/one", "alice").status, 404, "held before it is applied");
        e.server().release_stalls();
        wait_until("the first POST is held after it was applied", || e.get("/activities/one", "alice").status == 200);
        assert!(!first.is_finished(), "held again, after it was applied");
        assert_eq!(e.server().held(), 1);
        e.server().release_stalls();
        assert_eq!(first.join().unwrap().status, 200);
        // A release ends the stalls under way, not the ones to come.
        let second = scope.spawn(|| e.post("/activities", "admin", json!({"name": "Two", "slug": "two"})));
        wait_until("the second POST is held", || e.server().held() == 1);
        assert_eq!(e.get("/activities/two", "alice").status, 404, "held before it is applied");
        assert!(!second.is_finished());
        e.server().release_stalls();
        wait_until("the second POST is held after it was applied", || e.get("/activities/two", "alice").status == 200);
        e.server().release_stalls();
        assert_eq!(second.join().unwrap().status, 200);
    });
    // A reply can reach its client just before its thread counts it answered.
    wait_until("every request is answered", || e.server().in_flight() == 0);
    assert_eq!(e.server().held(), 0);
}

/// A `Write` the test keeps a handle on.
#[derive(Clone, Default)]
struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn the_access_log_has_a_line_per_request_with_the_body_size_and_no_token() {
    let e = env();
    let log = Shared::default();
    e.server().set_access_log(Some(Box::new(log.clone())));
    let times = e.get("/times?user=alice", "admin");
    let missing = e.get("/projects/nothing-here", "admin");
    e.server().set_access_log(None);
    e.get("/users", "admin");
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split(' ').collect()).collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert_eq!(lines[0][..4], ["GET", "/v0/times?user=alice&token=\u{2026}", "200", &times.body.len().to_string()]);
    assert_eq!(
        lines[1][..4],
        ["GET", "/v0/projects/nothing-here?token=\u{2026}", "404", &missing.body.len().to_string()]
    );
    assert!(lines.iter().all(|l| l.len() == 5 && l[4].parse::<f64>().is_ok()), "{text}");
}

#[test]
fn a_large_body_is_sent_whole_with_its_length_as_express_sends_it() {
    let e = env();
    let line = r#"{"user": "alice", "project": "gwm", "activities": ["dev"], "duration": 60, "date_worked": "2024-01-02", "notes": "a long enough note to make the list well over 32 kB"}"#;
    let lines = format!("{line}\n").repeat(500);
    e.server().seed_times(lines.as_bytes()).unwrap();
    let r = e.get("/times", "admin");
    assert!(r.body.len() > 100_000, "{}", r.body.len());
    assert_eq!(r.headers["content-length"], r.body.len().to_string());
    assert_eq!(r.headers.get("transfer-encoding"), None);
}
