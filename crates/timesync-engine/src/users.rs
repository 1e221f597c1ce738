//! `/v0/users`: list, get, create (echo with the reference quirks), update in place (with
//! the manager/self permission rules), soft delete.

use serde_json::{json, Value};

use crate::auth::{post_caller, query_caller, require_site_manager};
use crate::dates::date_value;
use crate::errors::{self, Action, Bad};
use crate::fields::{check_fields, field, str_field, Field, Object};
use crate::js::{js_typeof, truthy, truthy_opt};
use crate::reply::{Answer, Reply};
use crate::request::Req;
use crate::state::{Db, User};
use crate::validate::{email_ok, username_ok};

/// The GET shape of a user.
fn user_json(u: &User) -> Value {
    json!({
        "display_name": u.display_name,
        "username": u.username,
        "email": u.email,
        "meta": u.meta,
        "site_spectator": u.site_spectator,
        "site_manager": u.site_manager,
        "site_admin": u.site_admin,
        "active": u.active,
        "updated_at": date_value(u.updated_at),
        "deleted_at": date_value(u.deleted_at),
        "created_at": date_value(Some(u.created_at)),
    })
}

/// `GET /users` (lenient `include_deleted`).
pub fn list(db: &mut Db, req: &Req) -> Answer {
    query_caller(db, req)?;
    let deleted = req.query.lenient_flag("include_deleted");
    let out: Vec<Value> = db.users.iter().filter(|u| deleted || u.deleted_at.is_none()).map(user_json).collect();
    Ok(Reply::ok_json(&Value::Array(out)))
}

/// `GET /users/:username`.
pub fn get(db: &mut Db, req: &Req, name: &str) -> Answer {
    query_caller(db, req)?;
    if !username_ok(name) {
        return Err(errors::invalid_identifier("username", name));
    }
    let deleted = req.query.lenient_flag("include_deleted");
    match db.user(name).filter(|u| deleted || u.deleted_at.is_none()) {
        Some(u) => Ok(Reply::ok_json(&user_json(u))),
        None => Err(errors::not_found("user")),
    }
}

/// The user columns a request may set, with their types.
const FIELDS: [Field; 9] = [
    field("username", "string"),
    field("display_name", "string"),
    field("password", "string"),
    field("email", "string"),
    field("site_spectator", "boolean"),
    field("site_manager", "boolean"),
    field("site_admin", "boolean"),
    field("active", "boolean"),
    field("meta", "string"),
];

/// The fields an update type-checks (`username` is refused before, `email` separately).
const UPDATE_FIELDS: [Field; 7] = [FIELDS[1], FIELDS[2], FIELDS[4], FIELDS[5], FIELDS[6], FIELDS[7], FIELDS[8]];

/// A truthy `created_at`/`updated_at`/`deleted_at` (and, on update, `username`) is refused.
fn check_no_dates(obj: &Object, keys: &[&str]) -> Result<(), Reply> {
    match keys.iter().find(|k| truthy_opt(obj.get(**k))) {
        Some(k) => Err(errors::unknown_field("user", k)),
        None => Ok(()),
    }
}

/// Keys the reference server would try to store as columns that do not exist (its 500),
/// checked after everything else.
fn check_columns(obj: &Object, extra_known: &[&str]) -> Result<(), Reply> {
    let known = |k: &str| FIELDS.iter().any(|f| f.name == k) || extra_known.contains(&k);
    match obj.keys().find(|k| !known(k)) {
        Some(k) => Err(errors::unknown_field("user", k)),
        None => Ok(()),
    }
}

const DATES: [&str; 3] = ["created_at", "updated_at", "deleted_at"];

/// `POST /users`.
pub fn create(db: &mut Db, req: &Req) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    for f in ["username", "password"] {
        if !truthy_opt(obj.get(f)) {
            return Err(errors::missing_field("user", f));
        }
    }
    check_no_dates(&obj, &DATES)?;
    check_fields("user", &obj, &FIELDS)?;
    let username = str_field(&obj, "username").unwrap_or_default();
    if !username_ok(&username) {
        return Err(errors::invalid("user", "username", Bad::Username));
    }
    if str_field(&obj, "email").is_some_and(|e| !e.is_empty() && !email_ok(&e)) {
        return Err(errors::invalid("user", "email", Bad::Email { sent: "string" }));
    }
    if !(caller.site_admin && caller.site_manager) {
        return Err(errors::not_authorized(&caller.username, Action::CreateUsers));
    }
    if db.user(&username).is_some() {
        return Err(errors::username_exists(&username));
    }
    check_columns(&obj, &DATES)?;
    let now = db.now();
    let flag = |f: &str, default: bool| obj.get(f).and_then(Value::as_bool).unwrap_or(default);
    db.users.push(User {
        username,
        password: str_field(&obj, "password").unwrap_or_default(),
        display_name: str_field(&obj, "display_name"),
        email: str_field(&obj, "email"),
        meta: str_field(&obj, "meta"),
        site_spectator: flag("site_spectator", false),
        site_manager: flag("site_manager", false),
        site_admin: flag("site_admin", false),
        active: flag("active", true),
        created_at: now,
        updated_at: None,
        deleted_at: None,
    });
    Ok(Reply::ok_html_json(&create_echo(obj, now)))
}

/// The reference server mutates the request object into its response: `created_at` in ms,
/// falsy strings and dates null, falsy flags false, `active` always true, no password.
fn create_echo(mut out: Object, now: i64) -> Value {
    out.insert("created_at".into(), json!(now));
    for f in ["username", "display_name", "password", "email", "meta", "created_at", "updated_at", "deleted_at"] {
        if !truthy_opt(out.get(f)) {
            out.insert(f.into(), Value::Null);
        }
    }
    for f in ["site_spectator", "site_manager", "site_admin"] {
        if !truthy_opt(out.get(f)) {
            out.insert(f.into(), json!(false));
        }
    }
    if !truthy_opt(out.get("active")) {
        out.insert("active".into(), json!(true));
    }
    out.shift_remove("password");
    Value::Object(out)
}

/// Steps 4–6 of an update: who may change whom, and which fields.
fn check_update_rights(caller: &User, obj: &Object, name: &str) -> Result<(), Reply> {
    let is_self = caller.username == name;
    if !(caller.site_admin || caller.site_manager || is_self) {
        return Err(errors::not_authorized(&caller.username, Action::ModifyUser(name)));
    }
    let restricted = ["display_name", "password", "site_manager", "site_admin", "active", "meta"];
    if caller.site_manager && !caller.site_admin && restricted.iter().any(|f| truthy_opt(obj.get(*f))) {
        return Err(errors::not_authorized(&caller.username, Action::ModifyFieldsOtherThanSpectator(name)));
    }
    if !caller.site_admin && (truthy_opt(obj.get("site_manager")) || truthy_opt(obj.get("site_admin"))) {
        return Err(errors::not_authorized(&caller.username, Action::SetPermissions(name)));
    }
    Ok(())
}

/// Merges the sent fields into `user`.
fn merge(user: &mut User, obj: &Object) {
    for (key, value) in obj {
        match (key.as_str(), value) {
            ("display_name", Value::String(s)) => user.display_name = Some(s.clone()),
            ("password", Value::String(s)) => user.password = s.clone(),
            ("email", Value::String(s)) => user.email = Some(s.clone()),
            ("email", _) => user.email = None,
            ("meta", Value::String(s)) => user.meta = Some(s.clone()),
            ("site_spectator", Value::Bool(b)) => user.site_spectator = *b,
            ("site_manager", Value::Bool(b)) => user.site_manager = *b,
            ("site_admin", Value::Bool(b)) => user.site_admin = *b,
            ("active", Value::Bool(b)) => user.active = *b,
            _ => {}
        }
    }
}

/// `POST /users/:username`.
pub fn update(db: &mut Db, req: &Req, name: &str) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    check_no_dates(&obj, &["created_at", "updated_at", "deleted_at", "username"])?;
    if let Some(e) = obj.get("email").filter(|e| truthy(e)) {
        if !e.as_str().is_some_and(email_ok) {
            return Err(errors::invalid("user", "email", Bad::Email { sent: js_typeof(e) }));
        }
    }
    check_update_rights(&caller, &obj, name)?;
    check_fields("user", &obj, &UPDATE_FIELDS)?;
    if db.user(name).is_none() {
        return Err(errors::not_found("user"));
    }
    check_columns(&obj, &["created_at", "updated_at", "deleted_at", "username"])?;
    let now = db.now();
    let user = db.user_mut(name).ok_or_else(|| errors::not_found("user"))?;
    merge(user, &obj);
    user.updated_at = Some(now);
    user.deleted_at = None;
    Ok(Reply::ok_html_json(&user_json(user)))
}

/// `DELETE /users/:username`.
pub fn delete(db: &mut Db, req: &Req, name: &str) -> Answer {
    let caller = query_caller(db, req)?;
    if !username_ok(name) {
        return Err(errors::invalid_identifier("username", name));
    }
    require_site_manager(&caller, Action::DeleteUsers)?;
    let now = db.now();
    let user = db.user_mut(name).ok_or_else(|| errors::not_found("user"))?;
    user.updated_at = Some(now);
    user.deleted_at = Some(now);
    Ok(Reply::empty())
}
