//! Authentication (§3): `POST /login`, the token table, and finding the caller of a GET/DELETE
//! (query `token`) or a POST (body envelope).

use serde_json::{json, Map, Value};

use crate::engine::LoginPolicy;
use crate::errors;
use crate::js::{js_string, truthy_opt};
use crate::reply::Reply;
use crate::request::Req;
use crate::state::{Db, User};

/// `POST /v0/login`.
pub fn login(db: &mut Db, req: &Req) -> Reply {
    let body = req.body_value();
    let auth = body.get("auth");
    if !truthy_opt(auth) {
        return errors::missing_credentials();
    }
    let auth = auth.unwrap_or(&Value::Null);
    let ty = auth.get("type");
    if !truthy_opt(ty) {
        return errors::auth_type_required();
    }
    let ty = ty.unwrap_or(&Value::Null);
    if ty != "password" {
        return errors::bad_auth_type(&js_string(ty));
    }
    let (username, password) = (auth.get("username"), auth.get("password"));
    if !truthy_opt(username) || !truthy_opt(password) {
        return errors::missing_credentials();
    }
    let (Some(Value::String(username)), Some(Value::String(password))) = (username, password) else {
        return errors::wrong_password();
    };
    let ok = db.user(username).is_some_and(|u| match db.login_policy {
        LoginPolicy::Password => bcrypt::verify(password.as_bytes(), &u.password).unwrap_or(false),
        LoginPolicy::AnyPassword => true,
    });
    if !ok {
        return errors::wrong_password();
    }
    let token = db.issue_token(username);
    Reply::ok_html_json(&json!({ "token": token }))
        .with_header("Cache-control", "no-cache no-store must-validate max-age=0")
        .with_header("Pragma", "no-cache")
        .with_header("Expires", "Thu, 01 Jan 1970 00:00:01 GMT")
}

/// Resolves a token to its user: in the table, not expired, user `sub` exists.
fn check_token(db: &Db, token: &str) -> Result<User, Reply> {
    let bad = || errors::bad_token();
    let info = db.tokens.get(token).ok_or_else(bad)?;
    if info.exp < db.now() {
        return Err(bad());
    }
    db.user(&info.sub).cloned().ok_or_else(bad)
}

/// Caller of a GET or DELETE: the `token` query parameter (whitespace turned back into `+`).
pub fn query_caller(db: &Db, req: &Req) -> Result<User, Reply> {
    match req.query.get("token") {
        None => Err(errors::missing_credentials()),
        Some(crate::query::QVal::One(t)) if t.is_empty() => Err(errors::missing_credentials()),
        Some(crate::query::QVal::One(t)) => {
            let t: String = t.chars().map(|c| if c.is_whitespace() { '+' } else { c }).collect();
            check_token(db, &t)
        }
        Some(crate::query::QVal::Many(_)) => Err(errors::bad_token()),
    }
}

/// Caller and `object` of an authenticated POST (the four ordered auth failures, then the
/// missing-`object` bug: 401 with `"text": {}`).
pub fn post_caller(db: &Db, req: &Req) -> Result<(User, Map<String, Value>), Reply> {
    let body = req.body_value();
    let auth = body.get("auth");
    if !truthy_opt(auth) {
        return Err(errors::missing_credentials());
    }
    let auth = auth.unwrap_or(&Value::Null);
    let ty = auth.get("type");
    if !truthy_opt(ty) {
        return Err(errors::auth_type_required());
    }
    let ty = ty.unwrap_or(&Value::Null);
    if ty != "token" {
        return Err(errors::bad_auth_type(&js_string(ty)));
    }
    let token = auth.get("token");
    if !truthy_opt(token) {
        return Err(errors::missing_credentials());
    }
    let user = match token {
        Some(Value::String(t)) => check_token(db, t)?,
        _ => return Err(errors::bad_token()),
    };
    match body.get("object") {
        Some(Value::Object(o)) => Ok((user, o.clone())),
        _ => Err(errors::object_missing()),
    }
}
