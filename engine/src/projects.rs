//! `/v0/projects` (§5.2): list (with `user` filter), get, create, update (new revision row,
//! slug and role replacement), soft delete (slugs and roles removed).

use serde_json::{json, Map, Value};

use crate::auth::{post_caller, query_caller};
use crate::dates::date_value;
use crate::errors::{self, Action};
use crate::js::{js_type, truthy_opt};
use crate::reply::Reply;
use crate::request::Req;
use crate::state::{Db, ProjectRow, Role};
use crate::validate::{slug_loose, slug_strict, web_uri_ok};

const FIELDS: [(&str, &str); 5] =
    [("name", "string"), ("uri", "string"), ("slugs", "array"), ("users", "object"), ("default_activity", "string")];

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
pub fn project_json(db: &Db, row: &ProjectRow, full: bool) -> Value {
    let default_activity = row.default_activity.as_deref().and_then(|u| db.activity_slug_by_uuid(u));
    let mut v = json!({
        "name": row.name,
        "uri": row.uri,
        "uuid": row.uuid,
        "default_activity": default_activity,
        "revision": row.revision,
    });
    if full {
        v["slugs"] = json!(db.slugs_of(&row.uuid));
    }
    v["updated_at"] = date_value(row.updated_at);
    v["deleted_at"] = date_value(row.deleted_at);
    v["created_at"] = date_value(Some(row.created_at));
    if full {
        if let Some(users) = users_json(db, &row.uuid) {
            v["users"] = users;
        }
    }
    v
}

fn with_parents(db: &Db, row: &ProjectRow, mut v: Value) -> Value {
    let mut parents: Vec<&ProjectRow> = db.projects.iter().filter(|p| p.uuid == row.uuid && !p.newest).collect();
    parents.sort_by_key(|r| std::cmp::Reverse(r.revision));
    v["parents"] = Value::Array(parents.into_iter().map(|p| project_json(db, p, false)).collect());
    v
}

/// `GET /projects` (`user` filter, lenient `include_deleted`, strict `include_revisions`).
pub fn list(db: &mut Db, req: &Req) -> Reply {
    if let Err(e) = query_caller(db, req) {
        return e;
    }
    let mut user_filter: Option<Vec<String>> = None;
    if let Some(q) = req.query.get("user") {
        let given: Vec<String> = q.all().into_iter().filter(|u| !u.is_empty()).collect();
        if !given.is_empty() {
            let existing: Vec<String> = given.into_iter().filter(|u| db.user(u).is_some()).collect();
            if existing.is_empty() {
                return errors::bad_query("user", &q.joined());
            }
            user_filter = Some(existing);
        }
    }
    let deleted = req.query.lenient_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let mut rows: Vec<&ProjectRow> = db
        .projects
        .iter()
        .filter(|r| r.newest && (deleted || r.deleted_at.is_none()))
        .filter(|r| match &user_filter {
            None => true,
            Some(users) => db.roles.iter().any(|role| role.project == r.uuid && users.contains(&role.user)),
        })
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.revision));
    let out: Vec<Value> = rows
        .into_iter()
        .map(|r| {
            let v = project_json(db, r, true);
            if revisions {
                with_parents(db, r, v)
            } else {
                v
            }
        })
        .collect();
    Reply::ok_json(&Value::Array(out))
}

/// `GET /projects/:slug`.
pub fn get(db: &mut Db, req: &Req, slug: &str) -> Reply {
    if let Err(e) = query_caller(db, req) {
        return e;
    }
    if !slug_loose(slug) {
        return errors::invalid_identifier("slug", slug);
    }
    let revisions = req.query.strict_flag("include_revisions");
    let Some(id) = db.project_by_slug(slug).and_then(|u| db.newest_project(&u)) else {
        return if revisions { Reply::empty() } else { errors::not_found("project") };
    };
    let row = &db.projects[id];
    let v = project_json(db, row, true);
    Reply::ok_json(&if revisions { with_parents(db, row, v) } else { v })
}

/// Unknown keys and field types, shared by create and update.
fn check_fields(obj: &Map<String, Value>, create: bool) -> Result<(), Reply> {
    if let Some(k) = obj.keys().find(|k| !FIELDS.iter().any(|(f, _)| f == k)) {
        return Err(errors::unknown_field("project", k));
    }
    for (f, ty) in FIELDS {
        match obj.get(f) {
            None if create && (f == "name" || f == "slugs") => return Err(errors::missing_field("project", f)),
            None => {}
            Some(Value::Null) if f == "default_activity" => {}
            Some(v) if js_type(v) != ty => return Err(errors::invalid_field("project", f, ty, js_type(v))),
            Some(_) => {}
        }
    }
    Ok(())
}

/// Validated `slugs` (de-duplicated, order kept), or the error.
fn check_slugs(obj: &Map<String, Value>) -> Result<Option<Vec<String>>, Reply> {
    let Some(Value::Array(items)) = obj.get("slugs") else {
        return Ok(None);
    };
    if items.is_empty() {
        return Err(errors::invalid_field("project", "slugs", "array of slugs", "empty array"));
    }
    let mut slugs: Vec<String> = Vec::new();
    for item in items {
        match item.as_str() {
            Some(s) if slug_strict(s) => {
                if !slugs.iter().any(|x| x == s) {
                    slugs.push(s.to_string());
                }
            }
            _ => return Err(errors::invalid_field("project", "slugs", "slugs", "non-slug strings")),
        }
    }
    Ok(Some(slugs))
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
fn resolve_default(db: &Db, obj: &Map<String, Value>) -> Result<Option<String>, Reply> {
    match obj.get("default_activity") {
        Some(Value::String(s)) => match db.current_activity(s) {
            Some(i) => Ok(Some(db.activities[i].uuid.clone())),
            None => Err(errors::foreign_key("project", "activity")),
        },
        _ => Ok(None),
    }
}

/// `POST /projects`.
pub fn create(db: &mut Db, req: &Req) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    if !(caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::CreateProjects);
    }
    if let Err(e) = check_fields(&obj, true) {
        return e;
    }
    let uri = obj.get("uri").and_then(Value::as_str).map(str::to_string);
    if uri.as_deref().is_some_and(|u| !u.is_empty() && !web_uri_ok(u)) {
        return errors::invalid_field("project", "uri", "uri", "non-uri string");
    }
    let slugs = match check_slugs(&obj) {
        Ok(s) => s.unwrap_or_default(),
        Err(e) => return e,
    };
    let clashes: Vec<String> = slugs.iter().filter(|s| db.project_by_slug(s).is_some()).cloned().collect();
    if !clashes.is_empty() {
        return errors::slugs_exist(clashes);
    }
    let default_activity = match resolve_default(db, &obj) {
        Ok(d) => d,
        Err(e) => return e,
    };
    let name = obj.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
    if db.projects.iter().any(|p| p.name == name) {
        return errors::duplicate_name("project");
    }
    let uuid = db.new_uuid();
    let now = db.now();
    let empty = Map::new();
    let users = obj.get("users").and_then(Value::as_object).unwrap_or(&empty);
    let roles = roles_from(db, &uuid, users);
    db.projects.push(ProjectRow {
        uuid: uuid.clone(),
        name,
        uri,
        default_activity,
        revision: 1,
        newest: true,
        created_at: now,
        updated_at: None,
        deleted_at: None,
    });
    db.project_slugs.extend(slugs.into_iter().map(|s| (s, uuid.clone())));
    db.roles.extend(roles);
    let mut out = obj.clone();
    if let Some(Value::Object(u)) = out.get_mut("users") {
        let known: Map<String, Value> =
            u.iter().filter(|(k, _)| db.user(k).is_some()).map(|(k, v)| (k.clone(), v.clone())).collect();
        *u = known;
    }
    out.insert("uuid".into(), json!(uuid));
    out.insert("created_at".into(), date_value(Some(now)));
    out.insert("revision".into(), json!(1));
    out.insert("updated_at".into(), Value::Null);
    out.insert("deleted_at".into(), Value::Null);
    Reply::ok_html_json(&Value::Object(out))
}

/// `POST /projects/:slug`.
pub fn update(db: &mut Db, req: &Req, slug: &str) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    if let Err(e) = check_fields(&obj, false) {
        return e;
    }
    let uri = obj.get("uri").and_then(Value::as_str).map(str::to_string);
    if uri.as_deref().is_some_and(|u| !u.is_empty() && !web_uri_ok(u)) {
        return errors::invalid_field("project", "uri", "uri", "string");
    }
    let new_slugs = match check_slugs(&obj) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let Some(id) = db.project_by_slug(slug).and_then(|u| db.newest_project(&u)) else {
        return errors::not_found("project");
    };
    let current = db.projects[id].clone();
    let is_manager = db.role(&current.uuid, &caller.username).is_some_and(|r| r.manager);
    if !(is_manager || caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::ChangeProject(&current.name));
    }
    let new_default = match resolve_default(db, &obj) {
        Ok(d) => d,
        Err(e) => return e,
    };
    let name = obj.get("name").and_then(Value::as_str).filter(|n| !n.is_empty()).map(str::to_string);
    if let Some(n) = &name {
        if *n != current.name && db.projects.iter().any(|p| &p.name == n) {
            return errors::duplicate_name("project");
        }
    }
    if let Some(slugs) = &new_slugs {
        let clashes: Vec<String> =
            slugs.iter().filter(|s| db.project_by_slug(s).is_some_and(|u| u != current.uuid)).cloned().collect();
        if !clashes.is_empty() {
            return errors::slugs_exist(clashes);
        }
    }
    let old_default_slug = current.default_activity.as_deref().and_then(|u| db.activity_slug_by_uuid(u));
    let mut row = current.clone();
    db.projects[id].newest = false;
    if let Some(n) = name {
        row.name = n;
    }
    if let Some(u) = uri.filter(|u| !u.is_empty()) {
        row.uri = Some(u);
    }
    // The reference server clears `default_activity` when an update leaves it out
    // (it rebuilds the row from the request): copied, so clients are tested against it.
    match obj.get("default_activity") {
        Some(Value::Null) | None => row.default_activity = None,
        Some(_) => row.default_activity = new_default,
    }
    row.revision += 1;
    row.updated_at = Some(db.now());
    row.deleted_at = None;
    row.newest = true;
    if let Some(slugs) = new_slugs {
        db.project_slugs.retain(|(_, u)| *u != row.uuid);
        db.project_slugs.extend(slugs.into_iter().map(|s| (s, row.uuid.clone())));
    }
    if let Some(Value::Object(users)) = obj.get("users") {
        let roles = roles_from(db, &row.uuid, users);
        db.roles.retain(|r| r.project != row.uuid);
        db.roles.extend(roles);
    }
    // [BUG] copied: `default_activity: null` still shows the old slug in the response.
    let shown_default = match obj.get("default_activity") {
        Some(Value::Null) => old_default_slug,
        _ => row.default_activity.as_deref().and_then(|u| db.activity_slug_by_uuid(u)),
    };
    let mut out = json!({
        "name": row.name,
        "uri": row.uri,
        "uuid": row.uuid,
        "revision": row.revision,
        "created_at": date_value(Some(row.created_at)),
        "default_activity": shown_default,
        "updated_at": date_value(row.updated_at),
        "deleted_at": Value::Null,
        "slugs": db.slugs_of(&row.uuid),
    });
    match obj.get("users") {
        Some(sent) => out["users"] = sent.clone(),
        None => {
            if let Some(u) = users_json(db, &row.uuid) {
                out["users"] = u;
            }
        }
    }
    db.projects.push(row);
    if obj.contains_key("slugs") {
        Reply::ok_html_json(&out)
    } else {
        Reply::ok_json(&out)
    }
}

/// `DELETE /projects/:slug`.
pub fn delete(db: &mut Db, req: &Req, slug: &str) -> Reply {
    let caller = match query_caller(db, req) {
        Ok(c) => c,
        Err(e) => return e,
    };
    if !(caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::DeleteProject(slug));
    }
    if !slug_strict(slug) {
        return errors::invalid_identifier("slug", slug);
    }
    let Some(uuid) = db.project_by_slug(slug) else {
        return errors::not_found("slug");
    };
    if db.times.iter().any(|t| t.newest && t.deleted_at.is_none() && t.project == uuid) {
        return errors::method_not_allowed("project");
    }
    if let Some(id) = db.newest_project(&uuid) {
        db.projects[id].deleted_at = Some(db.now());
    }
    db.project_slugs.retain(|(_, u)| *u != uuid);
    db.roles.retain(|r| r.project != uuid);
    Reply::empty()
}
