//! `/v0/projects`: list (with the `user` filter), get, create, update (new revision row, slug
//! and role replacement), soft delete (slugs and roles removed).

mod write;

use serde_json::{json, Map, Value};

use crate::auth::{query_caller, require_site_manager};
use crate::dates::date_value;
use crate::errors::{self, Action};
use crate::lookup;
use crate::reply::{Answer, Reply};
use crate::request::Req;
use crate::state::{Db, ProjectRow};
use crate::validate::slug_strict;

pub use write::{create, update};

/// The `users` map of a project, or `None` when it has no role rows.
fn users_json(db: &Db, uuid: &str) -> Option<Value> {
    let roles = db.roles_of(uuid);
    if roles.is_empty() {
        return None;
    }
    let mut map = Map::new();
    for r in roles {
        map.insert(r.user.clone(), json!({"member": r.member, "spectator": r.spectator, "manager": r.manager}));
    }
    Some(Value::Object(map))
}

/// The GET shape of a project row; parents (`full == false`) lack `slugs` and `users`.
fn project_json(db: &Db, row: &ProjectRow, full: bool) -> Value {
    let default_activity = row.default_activity.as_deref().and_then(|u| db.activity_slug_by_uuid(u));
    let mut v = json!({
        "name": row.name,
        "uri": row.uri,
        "uuid": row.rev.uuid,
        "default_activity": default_activity,
        "revision": row.rev.revision,
    });
    if full {
        v["slugs"] = json!(db.slugs_of(&row.rev.uuid));
    }
    v["updated_at"] = date_value(row.rev.updated_at);
    v["deleted_at"] = date_value(row.rev.deleted_at);
    v["created_at"] = date_value(Some(row.rev.created_at));
    if full {
        if let Some(users) = users_json(db, &row.rev.uuid) {
            v["users"] = users;
        }
    }
    v
}

/// \[BUG] copied: the list joins a project with every row of its default activity, so a
/// project whose default activity's slug changed is listed once per slug the activity's
/// revisions carry (oldest first); `[None]` when it has no default activity.
fn default_activity_slugs(db: &Db, row: &ProjectRow) -> Vec<Option<String>> {
    let mut slugs: Vec<Option<String>> = Vec::new();
    let rows = db.activities.iter().filter(|a| row.default_activity.as_deref() == Some(a.rev.uuid.as_str()));
    for a in rows {
        if !slugs.contains(&a.slug) {
            slugs.push(a.slug.clone());
        }
    }
    if slugs.is_empty() {
        slugs.push(None);
    }
    slugs
}

/// Adds `parents` (older revisions, newest first) to the GET shape of `row`. \[BUG] copied:
/// the reference joins each parent with every row of its default activity, so a parent is
/// listed once per revision row of that activity (in storage order), each with the slug that
/// row carries (`qa`, `qa`, `test` for an activity renamed once and then given a new slug).
fn with_parents(db: &Db, row: &ProjectRow, mut v: Value) -> Value {
    let mut parents: Vec<&ProjectRow> =
        db.projects.iter().filter(|p| p.rev.uuid == row.rev.uuid && !p.rev.newest).collect();
    parents.sort_by_key(|r| std::cmp::Reverse(r.rev.revision));
    let mut out = Vec::new();
    for p in parents {
        let parent = project_json(db, p, false);
        let rows: Vec<&Option<String>> = db
            .activities
            .iter()
            .filter(|a| p.default_activity.as_deref() == Some(a.rev.uuid.as_str()))
            .map(|a| &a.slug)
            .collect();
        if rows.is_empty() {
            out.push(parent.clone());
        }
        for slug in rows {
            let mut each = parent.clone();
            each["default_activity"] = json!(slug);
            out.push(each);
        }
    }
    v["parents"] = Value::Array(out);
    v
}

/// `GET /projects` (`user` filter, lenient `include_deleted`, strict `include_revisions`).
pub fn list(db: &mut Db, req: &Req) -> Answer {
    query_caller(db, req)?;
    let users = req.query.known_values("user", |u| db.user(u).map(|_| u.to_string()))?;
    let deleted = req.query.lenient_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let mut rows: Vec<&ProjectRow> = db
        .projects
        .iter()
        .filter(|r| r.rev.listed(deleted))
        .filter(|r| match &users {
            None => true,
            Some(users) => db.roles.iter().any(|role| role.project == r.rev.uuid && users.contains(&role.user)),
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.rev.revision));
    let mut out = Vec::new();
    for r in rows {
        let mut v = project_json(db, r, true);
        if revisions {
            v = with_parents(db, r, v);
        }
        for slug in default_activity_slugs(db, r) {
            v["default_activity"] = json!(slug);
            out.push(v.clone());
        }
    }
    Ok(Reply::ok_json(&Value::Array(out)))
}

/// `GET /projects/:slug`.
pub fn get(db: &mut Db, req: &Req, slug: &str) -> Answer {
    let find = |db: &Db| db.project_by_slug(slug).and_then(|u| db.newest_project(&u));
    let (id, revisions) = lookup::by_slug(db, req, slug, "project", find)?;
    let row = &db.projects[id];
    let v = project_json(db, row, true);
    Ok(Reply::ok_json(&if revisions { with_parents(db, row, v) } else { v }))
}

/// `DELETE /projects/:slug`.
pub fn delete(db: &mut Db, req: &Req, slug: &str) -> Answer {
    let caller = query_caller(db, req)?;
    require_site_manager(&caller, Action::DeleteProject(slug))?;
    if !slug_strict(slug) {
        return Err(errors::invalid_identifier("slug", slug));
    }
    let uuid = db.project_by_slug(slug).ok_or_else(|| errors::not_found("slug"))?;
    if db.times.iter().any(|t| t.rev.newest && t.rev.deleted_at.is_none() && t.project == uuid) {
        return Err(errors::method_not_allowed("project"));
    }
    if let Some(id) = db.newest_project(&uuid) {
        db.projects[id].rev.deleted_at = Some(db.now());
    }
    db.project_slugs.retain(|(_, u)| *u != uuid);
    db.roles.retain(|r| r.project != uuid);
    Ok(Reply::empty())
}
