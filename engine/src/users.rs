//! `/v0/users` (§5.4): list, get, create (echo with the reference quirks), update in place
//! (with the manager/self permission rules), soft delete.

use serde_json::{json, Map, Value};

use crate::auth::{post_caller, query_caller};
use crate::dates::date_value;
use crate::errors::{self, Action};
use crate::js::{js_type, js_typeof, truthy, truthy_opt};
use crate::reply::Reply;
use crate::request::Req;
use crate::state::{Db, User};
use crate::validate::{email_ok, username_ok};

/// The GET shape of a user.
pub fn user_json(u: &User) -> Value {
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
pub fn list(db: &mut Db, req: &Req) -> Reply {
    if let Err(e) = query_caller(db, req) {
        return e;
    }
    let deleted = req.query.lenient_flag("include_deleted");
    let out: Vec<Value> = db.users.iter().filter(|u| deleted || u.deleted_at.is_none()).map(user_json).collect();
    Reply::ok_json(&Value::Array(out))
}

/// `GET /users/:username`.
pub fn get(db: &mut Db, req: &Req, name: &str) -> Reply {
    if let Err(e) = query_caller(db, req) {
        return e;
    }
    if !username_ok(name) {
        return errors::invalid_identifier("username", name);
    }
    let deleted = req.query.lenient_flag("include_deleted");
    match db.user(name).filter(|u| deleted || u.deleted_at.is_none()) {
        Some(u) => Reply::ok_json(&user_json(u)),
        None => errors::not_found("user"),
    }
}

const TYPED: [(&str, &str); 9] = [
    ("username", "string"),
    ("display_name", "string"),
    ("password", "string"),
    ("email", "string"),
    ("site_spectator", "boolean"),
    ("site_manager", "boolean"),
    ("site_admin", "boolean"),
    ("active", "boolean"),
    ("meta", "string"),
];

fn check_types(obj: &Map<String, Value>, fields: &[&str]) -> Result<(), Reply> {
    for (f, ty) in TYPED.iter().filter(|(f, _)| fields.contains(f)) {
        if let Some(v) = obj.get(*f) {
            if js_type(v) != *ty {
                return Err(errors::invalid_field("user", f, ty, js_type(v)));
            }
        }
    }
    Ok(())
}

/// Keys the reference server would try to store as columns that do not exist (its 500).
fn unknown_key(obj: &Map<String, Value>, extra_known: &[&str]) -> Option<String> {
    obj.keys().find(|k| !TYPED.iter().any(|(f, _)| f == k) && !extra_known.contains(&k.as_str())).cloned()
}

fn opt_string(v: Option<&Value>) -> Option<String> {
    v.and_then(Value::as_str).map(str::to_string)
}

/// `POST /users`.
pub fn create(db: &mut Db, req: &Req) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    for f in ["username", "password"] {
        if !truthy_opt(obj.get(f)) {
            return errors::missing_field("user", f);
        }
    }
    for at in ["created_at", "updated_at", "deleted_at"] {
        if truthy_opt(obj.get(at)) {
            return errors::unknown_field("user", at);
        }
    }
    let all: Vec<&str> = TYPED.iter().map(|(f, _)| *f).collect();
    if let Err(e) = check_types(&obj, &all) {
        return e;
    }
    let username = opt_string(obj.get("username")).unwrap_or_default();
    if !username_ok(&username) {
        return errors::invalid_field("user", "username", "valid username", "string");
    }
    if let Some(Value::String(e)) = obj.get("email") {
        if !e.is_empty() && !email_ok(e) {
            return errors::invalid_field("user", "email", "valid email", "string");
        }
    }
    if !(caller.site_admin && caller.site_manager) {
        return errors::not_authorized(&caller.username, Action::CreateUsers);
    }
    if db.user(&username).is_some() {
        return errors::username_exists(&username);
    }
    if let Some(k) = unknown_key(&obj, &["created_at", "updated_at", "deleted_at"]) {
        return errors::unknown_field("user", &k);
    }
    let now = db.now();
    let flag = |f: &str, default: bool| obj.get(f).and_then(Value::as_bool).unwrap_or(default);
    db.users.push(User {
        username: username.clone(),
        password: opt_string(obj.get("password")).unwrap_or_default(),
        display_name: opt_string(obj.get("display_name")),
        email: opt_string(obj.get("email")),
        meta: opt_string(obj.get("meta")),
        site_spectator: flag("site_spectator", false),
        site_manager: flag("site_manager", false),
        site_admin: flag("site_admin", false),
        active: flag("active", true),
        created_at: now,
        updated_at: None,
        deleted_at: None,
    });
    // The reference server mutates the request object into its response.
    let mut out = obj;
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
    Reply::ok_html_json(&Value::Object(out))
}

/// `POST /users/:username`.
pub fn update(db: &mut Db, req: &Req, name: &str) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    for at in ["created_at", "updated_at", "deleted_at", "username"] {
        if truthy_opt(obj.get(at)) {
            return errors::unknown_field("user", at);
        }
    }
    if let Some(e) = obj.get("email").filter(|e| truthy(e)) {
        if !e.as_str().is_some_and(email_ok) {
            return errors::invalid_field("user", "email", "valid email", js_typeof(e));
        }
    }
    let is_self = caller.username == name;
    if !(caller.site_admin || caller.site_manager || is_self) {
        return errors::not_authorized(&caller.username, Action::ModifyUser(name));
    }
    let restricted = ["display_name", "password", "site_manager", "site_admin", "active", "meta"];
    if caller.site_manager && !caller.site_admin && restricted.iter().any(|f| truthy_opt(obj.get(*f))) {
        return errors::not_authorized(&caller.username, Action::ModifyFieldsOtherThanSpectator(name));
    }
    if !caller.site_admin && (truthy_opt(obj.get("site_manager")) || truthy_opt(obj.get("site_admin"))) {
        return errors::not_authorized(&caller.username, Action::SetPermissions(name));
    }
    let typed = ["display_name", "password", "site_spectator", "site_manager", "site_admin", "active", "meta"];
    if let Err(e) = check_types(&obj, &typed) {
        return e;
    }
    if db.user(name).is_none() {
        return errors::not_found("user");
    }
    if let Some(k) = unknown_key(&obj, &["created_at", "updated_at", "deleted_at", "username"]) {
        return errors::unknown_field("user", &k);
    }
    let now = db.now();
    let Some(user) = db.user_mut(name) else {
        return errors::not_found("user");
    };
    for (key, value) in &obj {
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
    user.updated_at = Some(now);
    user.deleted_at = None;
    Reply::ok_html_json(&user_json(user))
}

/// `DELETE /users/:username`.
pub fn delete(db: &mut Db, req: &Req, name: &str) -> Reply {
    let caller = match query_caller(db, req) {
        Ok(c) => c,
        Err(e) => return e,
    };
    if !username_ok(name) {
        return errors::invalid_identifier("username", name);
    }
    if !(caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::DeleteUsers);
    }
    let now = db.now();
    let Some(user) = db.user_mut(name) else {
        return errors::not_found("user");
    };
    user.updated_at = Some(now);
    user.deleted_at = Some(now);
    Reply::empty()
}
