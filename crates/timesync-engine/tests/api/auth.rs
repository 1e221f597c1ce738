//! Login, tokens and where they go (§3).

use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use serde_json::{json, Value};
use timesync_engine::Request;

use crate::common::{env, payload};

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
    let ok = e.request(Request::new("GET", "/v0/activities").with_token(&token));
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
    e.request(Request::new("GET", "/v0/times")).err(401, "Authentication failure", "Missing credentials");
    e.request(Request::new("GET", "/v0/times?token=")).err(401, "Authentication failure", "Missing credentials");
    e.request(Request::new("GET", "/v0/times?token=abc")).err(401, "Authentication failure", "Bad API token");
    let expired = e.s.expired_token_for("admin");
    e.request(Request::new("GET", "/v0/times").with_token(&expired)).err(
        401,
        "Authentication failure",
        "Bad API token",
    );
    let token = e.s.token_for("admin");
    // An unencoded token still works: `+` decodes to a space and is turned back.
    let raw = loop {
        let t = e.s.token_for("admin");
        if t.contains('+') {
            break t;
        }
    };
    let r = e.request(Request::new("GET", &format!("/v0/times?token={}", raw.replace('/', "%2F").replace('=', "%3D"))));
    assert_eq!(r.status, 200, "{}", r.body);
    // DELETE: token in the body is not accepted.
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let body = json!({"auth": {"type": "token", "token": token}});
    e.request(Request::new("DELETE", &format!("/v0/times/{uuid}")).with_json(&body)).err(
        401,
        "Authentication failure",
        "Missing credentials",
    );
    // POST: a token in the query is ignored; the four ordered failures.
    let q = Request::new("POST", "/v0/activities").with_token(&token).with_json(&json!({"object": {}}));
    e.request(q).err(401, "Authentication failure", "Missing credentials");
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
    let body = json!({"auth": {"type": "token", "token": token}, "object": {}}).to_string();
    let r = e.request(Request { body: body.into_bytes(), ..Request::new("POST", "/v0/activities") });
    r.err(401, "Authentication failure", "Missing credentials");
    // Form-encoded bodies are parsed (extended style).
    let form = "auth[type]=password&auth[username]=admin&auth[password]=pw";
    let r = e.request(Request::new("POST", "/v0/login").with_body("application/x-www-form-urlencoded", form));
    assert_eq!(r.status, 200, "{}", r.body);
}
