//! Authentication: `POST /login`, checking tokens, finding the caller of a GET/DELETE (query
//! `token`) or a POST (body envelope), and the site-role checks shared by the handlers.

use serde_json::{json, Map, Value};

use crate::engine::LoginPolicy;
use crate::errors::{self, Action};
use crate::js::{js_string, truthy_opt};
use crate::query::QVal;
use crate::reply::{Answer, Reply};
use crate::request::Req;
use crate::state::{Db, User};

/// The body's `auth` object, after the first three ordered checks: present, has a type, and
/// the type is `expected`.
fn auth_block<'a>(body: &'a Value, expected: &str) -> Result<&'a Value, Reply> {
    let auth = body.get("auth").filter(|a| truthy_opt(Some(a))).ok_or_else(errors::missing_credentials)?;
    let ty = auth.get("type").filter(|t| truthy_opt(Some(t))).ok_or_else(errors::auth_type_required)?;
    if ty != expected {
        return Err(errors::bad_auth_type(&js_string(ty)));
    }
    Ok(auth)
}

/// `POST /v0/login`.
pub fn login(db: &mut Db, req: &Req) -> Answer {
    let body = req.body_value();
    let auth = auth_block(&body, "password")?;
    let (username, password) = (auth.get("username"), auth.get("password"));
    if !truthy_opt(username) || !truthy_opt(password) {
        return Err(errors::missing_credentials());
    }
    let (Some(Value::String(username)), Some(Value::String(password))) = (username, password) else {
        return Err(errors::wrong_password());
    };
    let ok = db.user(username).is_some_and(|u| match db.login_policy {
        LoginPolicy::Password => bcrypt::verify(password.as_bytes(), &u.password).unwrap_or(false),
        LoginPolicy::AnyPassword => true,
    });
    if !ok {
        return Err(errors::wrong_password());
    }
    let token = db.issue_token(username);
    Ok(Reply::ok_html_json(&json!({ "token": token }))
        .with_header("Cache-control", "no-cache no-store must-validate max-age=0")
        .with_header("Pragma", "no-cache")
        .with_header("Expires", "Thu, 01 Jan 1970 00:00:01 GMT"))
}

/// Resolves a token to its user: in the table, not expired, user `sub` exists. Whitespace
/// is turned back into `+` first (an unencoded `+` arrives as a space), wherever the token
/// came from.
fn check_token(db: &Db, token: &str) -> Result<User, Reply> {
    let token: String = token.chars().map(|c| if c.is_whitespace() { '+' } else { c }).collect();
    if let Some((_, text)) = PROTOTYPE_TOKENS.iter().find(|(name, _)| *name == token) {
        return Err(errors::auth_failure_text(text));
    }
    let info = db.tokens.get(&token).ok_or_else(errors::bad_token)?;
    if info.exp < db.now() {
        return Err(errors::bad_token());
    }
    db.user(&info.sub).cloned().ok_or_else(errors::bad_token)
}

/// The reference keeps its tokens in a plain JavaScript object, so a token named like a
/// property of `Object.prototype` is "found"; decoding its first part as a token header then
/// fails, and the 401's text is the message of that `JSON.parse` error (Node 20's wording,
/// recorded from the reference).
const PROTOTYPE_TOKENS: [(&str, &str); 12] = [
    ("constructor", "Unexpected token 'r', \"r\u{fffd}\u{cdbb}\u{fffd}\u{fffd}\u{fffd}\" is not valid JSON"),
    ("__defineGetter__", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}^~)\u{fffd}\u{19}\u{fffd}mz\u{fffd}\u{fffd}\" is not valid JSON"),
    ("__defineSetter__", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}^~)\u{fffd}I\u{fffd}mz\u{fffd}\u{fffd}\" is not valid JSON"),
    ("hasOwnProperty", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}\u{e}\u{fffd}s\u{b897}\u{fffd}\u{fffd}\" is not valid JSON"),
    ("__lookupGetter__", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}h\u{fffd}K\u{fffd}\u{19}\u{fffd}mz\u{fffd}\u{fffd}\" is not valid JSON"),
    ("__lookupSetter__", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}h\u{fffd}K\u{fffd}I\u{fffd}mz\u{fffd}\u{fffd}\" is not valid JSON"),
    ("isPrototypeOf", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}\u{fffd}\u{fffd}-\u{297}\u{fffd}\" is not valid JSON"),
    ("propertyIsEnumerable", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd})z\u{fffd}r\"\u{fffd}'\u{fffd}g\u{fffd}i\u{fffd}^\" is not valid JSON"),
    ("toString", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}\u{fffd}\u{fffd})\u{fffd}\" is not valid JSON"),
    ("valueOf", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}nx\u{fffd}\" is not valid JSON"),
    ("__proto__", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}k\u{fffd}\u{fffd}?\" is not valid JSON"),
    ("toLocaleString", "Unexpected token '\u{fffd}', \"\u{fffd}\u{fffd}\u{fffd}q\u{fffd}^J\u{fffd}\u{fffd}\" is not valid JSON"),
];

/// Caller of a GET or DELETE: the `token` query parameter.
pub fn query_caller(db: &Db, req: &Req) -> Result<User, Reply> {
    match req.query.get("token") {
        None => Err(errors::missing_credentials()),
        Some(QVal::One(t)) if t.is_empty() => Err(errors::missing_credentials()),
        Some(QVal::One(t)) => check_token(db, &t),
        // passport-localapikey takes a repeated parameter (a list) for no key at all.
        Some(QVal::Many(_)) => Err(errors::auth_failure_text("Missing API Key")),
    }
}

/// Caller and `object` of an authenticated POST (the four ordered auth failures, then the
/// missing-`object` bug: 401 with `"text": {}`).
pub fn post_caller(db: &Db, req: &Req) -> Result<(User, Map<String, Value>), Reply> {
    let body = req.body_value();
    let auth = auth_block(&body, "token")?;
    let token = auth.get("token");
    if !truthy_opt(token) {
        return Err(errors::missing_credentials());
    }
    let user = match token {
        Some(Value::String(t)) => check_token(db, t)?,
        _ => return Err(errors::bad_token()),
    };
    match body.get("object") {
        None | Some(Value::Null) => Err(errors::object_missing()),
        Some(object) => Ok((user, object_keys(object))),
    }
}

/// The `object` of a POST as the handlers see it: what JavaScript's `Object.keys` and
/// property reads make of it. A string has a key per UTF-16 unit (`"0"`, `"1"`, …), an array
/// one per element, a number or boolean none, so `"object": "str"` answers as an object with
/// the unknown key `0` (or, where unknown keys are not checked, as one missing its fields).
fn object_keys(object: &Value) -> Map<String, Value> {
    match object {
        Value::Object(o) => o.clone(),
        Value::Array(items) => items.iter().enumerate().map(|(i, v)| (i.to_string(), v.clone())).collect(),
        Value::String(s) => s
            .encode_utf16()
            .enumerate()
            .map(|(i, unit)| (i.to_string(), Value::String(String::from_utf16_lossy(&[unit]))))
            .collect(),
        _ => Map::new(),
    }
}

/// Site managers and site admins pass; anyone else gets 401 for `action`.
pub fn require_site_manager(caller: &User, action: Action<'_>) -> Result<(), Reply> {
    if caller.site_manager || caller.site_admin {
        Ok(())
    } else {
        Err(errors::not_authorized(&caller.username, action))
    }
}
