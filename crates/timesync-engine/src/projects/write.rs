//! `POST /projects` and `POST /projects/:slug`: field checks in the reference's order, slug
//! and name clashes, role rows from `users`, and both responses with their quirks.

use serde_json::{json, Map, Value};

use super::users_json;
use crate::auth::{post_caller, require_site_manager};
use crate::dates::date_value;
use crate::errors::{self, Action, Bad};
use crate::fields::{check_fields, check_known_keys, field, str_field, Field, Object};
use crate::js::truthy_opt;
use crate::reply::{Answer, Reply};
use crate::request::Req;
use crate::state::{Db, ProjectRow, Rev, Role, User};
use crate::validate::{slug_strict, web_uri_ok};

const KEYS: [&str; 5] = ["name", "uri", "slugs", "users", "default_activity"];

const CREATE_FIELDS: [Field; 5] = [
    field("name", "string").required(),
    field("uri", "string"),
    field("slugs", "array").required(),
    field("users", "object"),
    field("default_activity", "string").nullable(),
];

const UPDATE_FIELDS: [Field; 5] = [
    field("name", "string"),
    field("uri", "string"),
    field("slugs", "array"),
    field("users", "object"),
    field("default_activity", "string").nullable(),
];

/// Steps 2–5 of both create and update: known keys, types, `uri` (whose error text differs
/// between the two), then the validated `slugs` (de-duplicated, order kept).
fn check_object(obj: &Object, fields: &[Field], create: bool) -> Result<Option<Vec<String>>, Reply> {
    check_known_keys("project", obj, &KEYS)?;
    check_fields("project", obj, fields)?;
    if str_field(obj, "uri").is_some_and(|u| !u.is_empty() && !web_uri_ok(&u)) {
        return Err(errors::invalid("project", "uri", Bad::ProjectUri { create }));
    }
    let Some(Value::Array(items)) = obj.get("slugs") else {
        return Ok(None);
    };
    if items.is_empty() {
        return Err(errors::invalid("project", "slugs", Bad::EmptySlugs));
    }
    let mut slugs: Vec<String> = Vec::new();
    for item in items {
        match item.as_str() {
            Some(s) if slug_strict(s) => {
                if !slugs.iter().any(|x| x == s) {
                    slugs.push(s.to_string());
                }
            }
            _ => return Err(errors::invalid("project", "slugs", Bad::NonSlugs)),
        }
    }
    Ok(Some(slugs))
}

/// 409 when one of `slugs` belongs to a live project other than `own`.
fn check_slug_clashes(db: &Db, slugs: &[String], own: Option<&str>) -> Result<(), Reply> {
    let clashes: Vec<String> =
        slugs.iter().filter(|s| db.project_by_slug(s).is_some_and(|u| Some(u.as_str()) != own)).cloned().collect();
    if clashes.is_empty() {
        Ok(())
    } else {
        Err(errors::slugs_exist(clashes))
    }
}

/// Role rows from a `users` object; unknown usernames are dropped.
fn roles_from(db: &Db, project: &str, users: &Map<String, Value>) -> Vec<Role> {
    users
        .iter()
        .filter(|(name, _)| db.user(name).is_some())
        .map(|(name, r)| Role {
            project: project.to_string(),
            user: name.clone(),
            member: truthy_opt(r.get("member")),
            spectator: truthy_opt(r.get("spectator")),
            manager: truthy_opt(r.get("manager")),
        })
        .collect()
}

/// Resolves `default_activity` to an activity uuid: `Ok(None)` for null/absent.
fn resolve_default(db: &Db, obj: &Object) -> Result<Option<String>, Reply> {
    match obj.get("default_activity") {
        Some(Value::String(s)) => match db.current_activity(s) {
            Some(i) => Ok(Some(db.activities[i].rev.uuid.clone())),
            None => Err(errors::foreign_key("project", "activity")),
        },
        _ => Ok(None),
    }
}

/// `POST /projects`.
pub fn create(db: &mut Db, req: &Req) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    require_site_manager(&caller, Action::CreateProjects)?;
    let slugs = check_object(&obj, &CREATE_FIELDS, true)?.unwrap_or_default();
    check_slug_clashes(db, &slugs, None)?;
    let default_activity = resolve_default(db, &obj)?;
    let name = str_field(&obj, "name").unwrap_or_default();
    if db.projects.iter().any(|p| p.name == name) {
        return Err(errors::invalid("project", "name", Bad::UniqueName));
    }
    let uuid = db.new_uuid();
    let now = db.now();
    let users = obj.get("users").and_then(Value::as_object).cloned().unwrap_or_default();
    let roles = roles_from(db, &uuid, &users);
    let uri = str_field(&obj, "uri");
    db.projects.push(ProjectRow { rev: Rev::first(&uuid, now), name, uri, default_activity });
    db.project_slugs.extend(slugs.into_iter().map(|s| (s, uuid.clone())));
    db.roles.extend(roles);
    let mut out = obj;
    if let Some(Value::Object(u)) = out.get_mut("users") {
        u.retain(|k, _| db.user(k).is_some());
    }
    out.insert("uuid".into(), json!(uuid));
    out.insert("created_at".into(), date_value(Some(now)));
    out.insert("revision".into(), json!(1));
    out.insert("updated_at".into(), Value::Null);
    out.insert("deleted_at".into(), Value::Null);
    Ok(Reply::ok_html_json(&Value::Object(out)))
}

/// Steps 6–10 of an update: the project, the caller's right to change it, the default
/// activity, the name and the slugs. Returns the newest row's index and the new default.
fn check_update(
    db: &Db,
    caller: &User,
    obj: &Object,
    slug: &str,
    new_slugs: Option<&[String]>,
) -> Result<(usize, Option<String>), Reply> {
    let id =
        db.project_by_slug(slug).and_then(|u| db.newest_project(&u)).ok_or_else(|| errors::not_found("project"))?;
    let current = &db.projects[id];
    let is_manager = db.role(&current.rev.uuid, &caller.username).is_some_and(|r| r.manager);
    if !(is_manager || caller.site_manager || caller.site_admin) {
        return Err(errors::not_authorized(&caller.username, Action::ChangeProject(&current.name)));
    }
    let new_default = resolve_default(db, obj)?;
    // Checked for an empty name too (which the update then ignores): a project named ""
    // makes `name: ""` a clash.
    if let Some(n) = str_field(obj, "name") {
        if n != current.name && db.projects.iter().any(|p| p.name == n) {
            return Err(errors::invalid("project", "name", Bad::UniqueName));
        }
    }
    check_slug_clashes(db, new_slugs.unwrap_or_default(), Some(&current.rev.uuid))?;
    Ok((id, new_default))
}

/// `POST /projects/:slug`.
pub fn update(db: &mut Db, req: &Req, slug: &str) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    let new_slugs = check_object(&obj, &UPDATE_FIELDS, false)?;
    let (id, new_default) = check_update(db, &caller, &obj, slug, new_slugs.as_deref())?;
    // The reference answers with the sent default activity, else the old one (as its join
    // finds it: the first activity row with that uuid), whatever it stores.
    let shown_default = match obj.get("default_activity") {
        Some(Value::String(s)) => Some(s.clone()),
        _ => db.projects[id].default_activity.as_deref().and_then(|u| db.first_activity_slug(u)),
    };
    let mut row = db.projects[id].clone();
    db.projects[id].rev.newest = false;
    if let Some(n) = str_field(&obj, "name").filter(|n| !n.is_empty()) {
        row.name = n;
    }
    if let Some(u) = str_field(&obj, "uri").filter(|u| !u.is_empty()) {
        row.uri = Some(u);
    }
    // [BUG] copied: the stored default activity becomes null when an update leaves it out
    // or sends null (the reference rebuilds the row without it), though the response shows
    // the old one.
    row.default_activity = new_default;
    row.rev = row.rev.next(db.now());
    if let Some(slugs) = new_slugs {
        db.project_slugs.retain(|(_, u)| *u != row.rev.uuid);
        db.project_slugs.extend(slugs.into_iter().map(|s| (s, row.rev.uuid.clone())));
    }
    if let Some(Value::Object(users)) = obj.get("users") {
        let roles = roles_from(db, &row.rev.uuid, users);
        db.roles.retain(|r| r.project != row.rev.uuid);
        db.roles.extend(roles);
    }
    let out = update_reply(db, &row, &obj, shown_default);
    db.projects.push(row);
    Ok(if obj.contains_key("slugs") { Reply::ok_html_json(&out) } else { Reply::ok_json(&out) })
}

/// The update response: `users` exactly as sent, else the current roles (if any).
fn update_reply(db: &Db, row: &ProjectRow, obj: &Object, shown_default: Option<String>) -> Value {
    let mut out = json!({
        "name": row.name,
        "uri": row.uri,
        "uuid": row.rev.uuid,
        "revision": row.rev.revision,
        "created_at": date_value(Some(row.rev.created_at)),
        "default_activity": shown_default,
        "updated_at": date_value(row.rev.updated_at),
        "deleted_at": Value::Null,
        "slugs": db.slugs_of(&row.rev.uuid),
    });
    match obj.get("users") {
        Some(sent) => out["users"] = sent.clone(),
        None => {
            if let Some(u) = users_json(db, &row.rev.uuid) {
                out["users"] = u;
            }
        }
    }
    out
}
