//! `/v0/activities` (§5.1): list, get, create, update (new revision row), soft delete.

use serde_json::{json, Map, Value};

use crate::auth::{post_caller, query_caller};
use crate::dates::date_value;
use crate::errors::{self, Action};
use crate::js::{js_type, truthy_opt};
use crate::reply::Reply;
use crate::request::Req;
use crate::state::{ActivityRow, Db};
use crate::validate::{slug_loose, slug_strict};

/// The GET shape of one activity row.
pub fn activity_json(row: &ActivityRow) -> Value {
    json!({
        "name": row.name,
        "slug": row.slug,
        "uuid": row.uuid,
        "revision": row.revision,
        "created_at": date_value(Some(row.created_at)),
        "deleted_at": date_value(row.deleted_at),
        "updated_at": date_value(row.updated_at),
    })
}

/// `GET /activities` (`include_deleted` and `include_revisions` both strict).
pub fn list(db: &mut Db, req: &Req) -> Reply {
    if let Err(e) = query_caller(db, req) {
        return e;
    }
    let deleted = req.query.strict_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let mut out = Vec::new();
    for row in db.activities.iter().filter(|r| r.newest && (deleted || r.deleted_at.is_none())) {
        let mut v = activity_json(row);
        if revisions {
            let parents: Vec<Value> = db
                .activities
                .iter()
                .filter(|p| p.uuid == row.uuid && !p.newest && p.revision != row.revision)
                .map(activity_json)
                .collect();
            v["parents"] = Value::Array(parents);
        }
        out.push(v);
    }
    Reply::ok_json(&Value::Array(out))
}

/// `GET /activities/:slug`.
pub fn get(db: &mut Db, req: &Req, slug: &str) -> Reply {
    if let Err(e) = query_caller(db, req) {
        return e;
    }
    if !slug_loose(slug) {
        return errors::invalid_identifier("slug", slug);
    }
    let revisions = req.query.strict_flag("include_revisions");
    let Some(id) = db.current_activity(slug) else {
        return if revisions { Reply::empty() } else { errors::not_found("activity") };
    };
    let row = &db.activities[id];
    let mut v = activity_json(row);
    if revisions {
        let mut parents: Vec<&ActivityRow> = db
            .activities
            .iter()
            .enumerate()
            .filter(|(i, p)| *i != id && p.uuid == row.uuid && p.slug.as_deref() == Some(slug))
            .map(|(_, p)| p)
            .collect();
        parents.sort_by_key(|r| std::cmp::Reverse(r.revision));
        v["parents"] = Value::Array(parents.into_iter().map(activity_json).collect());
    }
    Reply::ok_json(&v)
}

fn check_unknown_keys(obj: &Map<String, Value>) -> Result<(), Reply> {
    match obj.keys().find(|k| *k != "name" && *k != "slug") {
        Some(k) => Err(errors::unknown_field("activity", k)),
        None => Ok(()),
    }
}

fn check_types(obj: &Map<String, Value>) -> Result<(), Reply> {
    for f in ["name", "slug"] {
        if let Some(v) = obj.get(f) {
            if !v.is_string() {
                return Err(errors::invalid_field("activity", f, "string", js_type(v)));
            }
        }
    }
    Ok(())
}

/// `POST /activities`.
pub fn create(db: &mut Db, req: &Req) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    if !(caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::CreateActivities);
    }
    if let Err(e) = check_unknown_keys(&obj) {
        return e;
    }
    for f in ["name", "slug"] {
        if !truthy_opt(obj.get(f)) {
            return errors::missing_field("activity", f);
        }
    }
    if let Err(e) = check_types(&obj) {
        return e;
    }
    let name = obj.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
    let slug = obj.get("slug").and_then(Value::as_str).unwrap_or_default().to_string();
    if !slug_strict(&slug) {
        return errors::invalid_field("activity", "slug", "slug", "non-slug string");
    }
    if !db.activity_rows_with_slug(&slug).is_empty() {
        return errors::slugs_exist(vec![slug]);
    }
    if db.activities.iter().any(|r| r.name == name) {
        return errors::duplicate_name("activity");
    }
    let uuid = db.new_uuid();
    let now = db.now();
    db.activities.push(ActivityRow {
        uuid: uuid.clone(),
        name,
        slug: Some(slug),
        revision: 1,
        newest: true,
        created_at: now,
        updated_at: None,
        deleted_at: None,
    });
    let mut out = obj;
    out.insert("uuid".into(), json!(uuid));
    out.insert("revision".into(), json!(1));
    out.insert("created_at".into(), date_value(Some(now)));
    out.insert("updated_at".into(), Value::Null);
    out.insert("deleted_at".into(), Value::Null);
    Reply::ok_html_json(&Value::Object(out))
}

/// `POST /activities/:slug` (builds the new revision on the newest row; see deviations).
pub fn update(db: &mut Db, req: &Req, slug: &str) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    if !(caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::UpdateActivities);
    }
    if let Err(e) = check_unknown_keys(&obj) {
        return e;
    }
    if let Err(e) = check_types(&obj) {
        return e;
    }
    let name = obj.get("name").and_then(Value::as_str).map(str::to_string);
    let new_slug = obj.get("slug").and_then(Value::as_str).map(str::to_string);
    if name.as_deref() == Some("") {
        return errors::invalid_field("activity", "name", "string", "empty string");
    }
    if new_slug.as_deref() == Some("") {
        return errors::invalid_field("activity", "slug", "slug", "empty string");
    }
    if !slug_strict(slug) {
        return errors::invalid_identifier("slug", slug);
    }
    if let Some(s) = &new_slug {
        if !slug_strict(s) {
            return errors::invalid_field("activity", "slug", "valid slug", &format!("invalid slug {s}"));
        }
        if !db.activity_rows_with_slug(s).is_empty() {
            return errors::slugs_exist(vec![s.clone()]);
        }
    }
    if let Some(n) = &name {
        if db.activities.iter().any(|r| &r.name == n) {
            return errors::duplicate_name("activity");
        }
    }
    let Some(id) = db.current_activity(slug) else {
        return errors::not_found("activity");
    };
    let mut row = db.activities[id].clone();
    db.activities[id].newest = false;
    let now = db.now();
    if let Some(n) = name {
        row.name = n;
    }
    if let Some(s) = new_slug {
        row.slug = Some(s);
    }
    row.revision += 1;
    row.updated_at = Some(now);
    row.deleted_at = None;
    row.newest = true;
    let out = json!({
        "name": row.name,
        "slug": row.slug,
        "uuid": row.uuid,
        "revision": row.revision,
        "updated_at": date_value(row.updated_at),
        "created_at": date_value(Some(row.created_at)),
    });
    db.activities.push(row);
    Reply::ok_json(&out)
}

/// `DELETE /activities/:slug`.
pub fn delete(db: &mut Db, req: &Req, slug: &str) -> Reply {
    let caller = match query_caller(db, req) {
        Ok(c) => c,
        Err(e) => return e,
    };
    if !(caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::DeleteActivities);
    }
    if !slug_strict(slug) {
        return errors::invalid_identifier("slug", slug);
    }
    let rows = db.activity_rows_with_slug(slug);
    if rows.is_empty() {
        return errors::not_found("slug");
    }
    // [BUG] copied: any link from any time row, as long as some current undeleted time exists.
    let linked = db.times.iter().any(|t| t.activities.iter().any(|a| rows.contains(a)));
    let any_live_time = db.times.iter().any(|t| t.newest && t.deleted_at.is_none());
    if linked && any_live_time {
        return errors::method_not_allowed("activity");
    }
    let now = db.now();
    for id in rows {
        let row = &mut db.activities[id];
        row.deleted_at = Some(now);
        row.slug = None;
    }
    Reply::empty()
}
