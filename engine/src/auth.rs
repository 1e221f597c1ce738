//! Authentication (§3): `POST /login`, the token table, and finding the caller of a GET/DELETE
//! (query `token`) or a POST (body envelope).

use serde_json::{json, Map, Value};

use super::http::Req;
use super::reply::{self, Reply};
use super::state::{now_ms, Db, User};
use super::validate::{js_string, truthy_opt};

/// `POST /v0/login`.
pub fn login(db: &mut Db, req: &Req) -> Reply {
    let body = req.body_value();
    let auth = body.get("auth");
    if !truthy_opt(auth) {
        return reply::auth_failure("Missing credentials");
    }
    let auth = auth.unwrap_or(&Value::Null);
    let ty = auth.get("type");
    if !truthy_opt(ty) {
        return reply::auth_failure("Authentication type required");
    }
    let ty = ty.unwrap_or(&Value::Null);
    if ty != "password" {
        return reply::bad_auth_type(&js_string(ty));
    }
    let (username, password) = (auth.get("username"), auth.get("password"));
    if !truthy_opt(username) || !truthy_opt(password) {
        return reply::auth_failure("Missing credentials");
    }
    let (Some(Value::String(username)), Some(Value::String(password))) = (username, password) else {
        return reply::auth_failure("Incorrect username or password");
    };
    let ok = db.user(username).is_some_and(|u| bcrypt::verify(password.as_bytes(), &u.password).unwrap_or(false));
    if !ok {
        return reply::auth_failure("Incorrect username or password");
    }
    let token = db.issue_token(username);
    Reply::html_json(&json!({ "token": token }))
        .header("Cache-control", "no-cache no-store must-validate max-age=0")
        .header("Pragma", "no-cache")
        .header("Expires", "Thu, 01 Jan 1970 00:00:01 GMT")
}

/// Resolves a token to its user: in the table, not expired, user `sub` exists.
fn check_token(db: &Db, token: &str) -> Result<User, Reply> {
    let bad = || reply::auth_failure("Bad API token");
    let info = db.tokens.get(token).ok_or_else(bad)?;
    if info.exp < now_ms() {
        return Err(bad());
    }
    db.user(&info.sub).cloned().ok_or_else(bad)
}

/// Caller of a GET or DELETE: the `token` query parameter (whitespace turned back into `+`).
pub fn query_caller(db: &Db, req: &Req) -> Result<User, Reply> {
    match req.query.get("token") {
        None => Err(reply::auth_failure("Missing credentials")),
        Some(super::query::QVal::One(t)) if t.is_empty() => Err(reply::auth_failure("Missing credentials")),
        Some(super::query::QVal::One(t)) => {
            let t: String = t.chars().map(|c| if c.is_whitespace() { '+' } else { c }).collect();
            check_token(db, &t)
        }
        Some(super::query::QVal::Many(_)) => Err(reply::auth_failure("Bad API token")),
    }
}

/// Caller and `object` of an authenticated POST (the four ordered auth failures, then the
/// missing-`object` bug: 401 with `"text": {}`).
pub fn post_caller(db: &Db, req: &Req) -> Result<(User, Map<String, Value>), Reply> {
    let body = req.body_value();
    let auth = body.get("auth");
    if !truthy_opt(auth) {
        return Err(reply::auth_failure("Missing credentials"));
    }
    let auth = auth.unwrap_or(&Value::Null);
    let ty = auth.get("type");
    if !truthy_opt(ty) {
        return Err(reply::auth_failure("Authentication type required"));
    }
    let ty = ty.unwrap_or(&Value::Null);
    if ty != "token" {
        return Err(reply::bad_auth_type(&js_string(ty)));
    }
    let token = auth.get("token");
    if !truthy_opt(token) {
        return Err(reply::auth_failure("Missing credentials"));
    }
    let user = match token {
        Some(Value::String(t)) => check_token(db, t)?,
        _ => return Err(reply::auth_failure("Bad API token")),
    };
    match body.get("object") {
        Some(Value::Object(o)) => Ok((user, o.clone())),
        _ => Err(reply::error(401, "Authentication failure", json!({}))),
    }
}
