//! The injected clock and the login policy.

use std::time::Duration;

use chrono::{DateTime, Utc};
use serde_json::{json, Value};
use timesync_engine::{Clock, Engine, LoginPolicy, Request, SiteRoles};

use crate::common::payload;

/// 2020-06-15T12:00:00Z in milliseconds.
const NOON: i64 = 1_592_222_400_000;

fn date(ms: i64) -> String {
    DateTime::<Utc>::from_timestamp_millis(ms).unwrap().format("%Y-%m-%d").to_string()
}

fn post(e: &Engine, user: &str, path: &str, object: Value) -> Value {
    let body = json!({"auth": {"type": "token", "token": e.token_for(user)}, "object": object});
    let reply = e.handle(&Request::new("POST", &format!("/v0{path}")).with_json(&body));
    assert_eq!(reply.status, 200, "{}", reply.body);
    reply.body_json().unwrap()
}

#[test]
fn a_fixed_clock_stamps_every_date() {
    let e = Engine::with_clock(Clock::Fixed(NOON));
    assert_eq!(e.now_ms(), NOON);
    e.add_admin("admin", "pw");
    let token = e.token_for("admin");
    assert_eq!(
        (payload(&token)["iat"].clone(), payload(&token)["exp"].clone()),
        (json!(NOON), json!(NOON + 1_800_000))
    );
    let created = post(&e, "admin", "/activities", json!({"name": "Docs", "slug": "docs"}));
    assert_eq!(created["created_at"], "2020-06-15");
    e.set_clock(Clock::Fixed(NOON + 86_400_000));
    let updated = post(&e, "admin", "/activities/docs", json!({"name": "Documentation"}));
    assert_eq!(
        (updated["created_at"].clone(), updated["updated_at"].clone()),
        (json!("2020-06-15"), json!("2020-06-16"))
    );
    let user = post(&e, "admin", "/users", json!({"username": "bob", "password": "$2a$04$x"}));
    assert_eq!(user["created_at"], NOON + 86_400_000, "the user-create answer shows ms");
    assert_eq!(e.get_json("/users/admin", "admin")["created_at"], "2020-06-15");
}

#[test]
fn token_expiry_and_start_filters_read_the_clock() {
    let e = Engine::with_clock(Clock::Fixed(NOON));
    e.add_admin("admin", "pw");
    e.set_token_lifetime(Duration::from_secs(60));
    let token = e.token_for("admin");
    let get = |url: &str, token: &str| e.handle(&Request::new("GET", url).with_token(token));
    assert_eq!(get("/v0/times?start=2020-06-15", &token).status, 200);
    let r = get("/v0/times?start=2020-06-16", &token);
    assert_eq!(r.status, 400, "start later than the engine's now: {}", r.body);
    e.set_clock(Clock::Fixed(NOON + 60_000));
    assert_eq!(get("/v0/times", &token).status, 200, "exp == now still passes");
    e.set_clock(Clock::Fixed(NOON + 60_001));
    assert_eq!(get("/v0/times", &token).status, 401, "expired by the engine's clock");
    assert_eq!(e.expired_token_for("admin").len(), token.len());
    assert_eq!(get("/v0/times", &e.expired_token_for("admin")).status, 401);
}

#[test]
fn a_shifted_clock_starts_elsewhere_and_keeps_ticking() {
    let clock = Clock::starting_at(NOON);
    let first = clock.now_ms();
    assert!((NOON..NOON + 5_000).contains(&first), "{first}");
    crate::common::wait_until("the shifted clock moves on", || clock.now_ms() > first);
    assert_eq!(date(Engine::with_clock(clock).now_ms()), "2020-06-15");
    assert!((Clock::System.now_ms() - Utc::now().timestamp_millis()).abs() < 5_000);
}

fn login(e: &Engine, auth: Value) -> timesync_engine::Reply {
    e.handle(&Request::new("POST", "/v0/login").with_json(&json!({ "auth": auth })))
}

#[test]
fn the_any_password_policy_still_refuses_what_the_reference_refuses() {
    let e = Engine::new();
    e.add_user("alice", "secret", SiteRoles::default());
    let with =
        |username: Value, password: Value| json!({"type": "password", "username": username, "password": password});
    assert_eq!(login(&e, with(json!("alice"), json!("wrong"))).status, 401, "default: the password is checked");
    e.set_login_policy(LoginPolicy::AnyPassword);
    let ok = login(&e, with(json!("alice"), json!("wrong")));
    assert_eq!(ok.status, 200);
    assert_eq!(ok.header("pragma"), Some("no-cache"));
    let token = ok.body_json().unwrap()["token"].as_str().unwrap().to_string();
    assert_eq!(payload(&token)["sub"], "alice");
    assert_eq!(e.handle(&Request::new("GET", "/v0/users").with_token(&token)).status, 200);
    for (auth, text) in [
        (with(json!("ghost"), json!("x")), "Incorrect username or password"),
        (with(json!("ALICE"), json!("x")), "Incorrect username or password"),
        (with(json!("alice"), json!("")), "Missing credentials"),
        (json!({"type": "password", "username": "alice"}), "Missing credentials"),
        (with(json!("alice"), json!(5)), "Incorrect username or password"),
    ] {
        let r = login(&e, auth.clone());
        assert_eq!((r.status, r.body_json().unwrap()["text"].clone()), (401, json!(text)), "{auth}");
    }
    let r = login(&e, json!({"type": "ldap", "username": "alice", "password": "x"}));
    assert_eq!(r.body_json().unwrap()["error"], "Bad query value");
}

#[test]
fn an_engine_is_shared_between_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Engine>();
    let e = std::sync::Arc::new(Engine::new());
    e.add_admin("admin", "pw");
    let threads: Vec<_> = (0..4)
        .map(|i| {
            let e = e.clone();
            std::thread::spawn(move || e.add_activity(&format!("Activity {i}"), &format!("a{i}")))
        })
        .collect();
    let uuids: std::collections::BTreeSet<String> = threads.into_iter().map(|t| t.join().unwrap()).collect();
    assert_eq!(uuids.len(), 4);
    assert_eq!(e.get_json("/activities", "admin").as_array().unwrap().len(), 4);
}
