//! `/v0/activities`: list, get, create, update (new revision row), soft delete.

use serde_json::{json, Value};

use crate::auth::{post_caller, query_caller, require_site_manager};
use crate::dates::date_value;
use crate::errors::{self, Action, Bad};
use crate::fields::{check_fields, check_known_keys, field, str_field, Field, Object};
use crate::js::truthy_opt;
use crate::lookup;
use crate::reply::{create_echo, Answer, Reply};
use crate::request::Req;
use crate::state::{ActivityRow, Db, Rev};
use crate::validate::slug_strict;

const KEYS: [&str; 2] = ["name", "slug"];
const FIELDS: [Field; 2] = [field("name", "string"), field("slug", "string")];

/// The GET shape of one activity row.
fn activity_json(row: &ActivityRow) -> Value {
    json!({
        "name": row.name,
        "slug": row.slug,
        "uuid": row.rev.uuid,
        "revision": row.rev.revision,
        "created_at": date_value(Some(row.rev.created_at)),
        "deleted_at": date_value(row.rev.deleted_at),
        "updated_at": date_value(row.rev.updated_at),
    })
}

/// `GET /activities` (`include_deleted` and `include_revisions` both strict).
pub fn list(db: &mut Db, req: &Req) -> Answer {
    query_caller(db, req)?;
    let deleted = req.query.strict_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let mut out = Vec::new();
    for row in db.activities.iter().filter(|r| r.rev.listed(deleted)) {
        let mut v = activity_json(row);
        if revisions {
            let parents: Vec<Value> = db
                .activities
                .iter()
                .filter(|p| p.rev.uuid == row.rev.uuid && !p.rev.newest && p.rev.revision != row.rev.revision)
                .map(activity_json)
                .collect();
            v["parents"] = Value::Array(parents);
        }
        out.push(v);
    }
    Ok(Reply::ok_json(&Value::Array(out)))
}

/// `GET /activities/:slug`.
pub fn get(db: &mut Db, req: &Req, slug: &str) -> Answer {
    let (id, revisions) = lookup::by_slug(db, req, slug, "activity", |db| db.current_activity(slug))?;
    let row = &db.activities[id];
    let mut v = activity_json(row);
    if revisions {
        let mut parents: Vec<&ActivityRow> = db
            .activities
            .iter()
            .enumerate()
            .filter(|(i, p)| *i != id && p.rev.uuid == row.rev.uuid && p.slug.as_deref() == Some(slug))
            .map(|(_, p)| p)
            .collect();
        parents.sort_by_key(|r| std::cmp::Reverse(r.rev.revision));
        v["parents"] = Value::Array(parents.into_iter().map(activity_json).collect());
    }
    Ok(Reply::ok_json(&v))
}

/// 409 when `slug` is on any activity row (old revisions included).
fn check_slug_free(db: &Db, slug: &str) -> Result<(), Reply> {
    if db.activity_rows_with_slug(slug).is_empty() {
        Ok(())
    } else {
        Err(errors::slugs_exist(vec![slug.to_string()]))
    }
}

/// 400 when `name` is on any activity row (deleted and old revisions included).
fn check_name_free(db: &Db, name: &str) -> Result<(), Reply> {
    if db.activities.iter().any(|r| r.name == name) {
        Err(errors::invalid("activity", "name", Bad::UniqueName))
    } else {
        Ok(())
    }
}

/// `POST /activities`.
pub fn create(db: &mut Db, req: &Req) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    require_site_manager(&caller, Action::CreateActivities)?;
    check_known_keys("activity", &obj, &KEYS)?;
    for f in KEYS {
        if !truthy_opt(obj.get(f)) {
            return Err(errors::missing_field("activity", f));
        }
    }
    check_fields("activity", &obj, &FIELDS)?;
    let name = str_field(&obj, "name").unwrap_or_default();
    let slug = str_field(&obj, "slug").unwrap_or_default();
    if !slug_strict(&slug) {
        return Err(errors::invalid("activity", "slug", Bad::NonSlug));
    }
    check_slug_free(db, &slug)?;
    check_name_free(db, &name)?;
    let uuid = db.new_uuid();
    let now = db.now();
    db.activities.push(ActivityRow { rev: Rev::first(&uuid, now), name, slug: Some(slug) });
    Ok(Reply::ok_html_json(&create_echo(obj, &uuid, now)))
}

/// Steps 3–9 of an update: keys, types, empty strings, the URL slug, the new slug and name.
fn check_update(db: &Db, obj: &Object, slug: &str) -> Result<(Option<String>, Option<String>), Reply> {
    check_known_keys("activity", obj, &KEYS)?;
    check_fields("activity", obj, &FIELDS)?;
    let name = str_field(obj, "name");
    let new_slug = str_field(obj, "slug");
    if name.as_deref() == Some("") {
        return Err(errors::invalid("activity", "name", Bad::Empty { expected: "string" }));
    }
    if new_slug.as_deref() == Some("") {
        return Err(errors::invalid("activity", "slug", Bad::Empty { expected: "slug" }));
    }
    if !slug_strict(slug) {
        return Err(errors::invalid_identifier("slug", slug));
    }
    if let Some(s) = &new_slug {
        if !slug_strict(s) {
            return Err(errors::invalid("activity", "slug", Bad::InvalidSlug { expected: "valid slug", slug: s }));
        }
        check_slug_free(db, s)?;
    }
    if let Some(n) = &name {
        check_name_free(db, n)?;
    }
    Ok((name, new_slug))
}

/// `POST /activities/:slug` (builds the new revision on the newest row; see the deviations).
pub fn update(db: &mut Db, req: &Req, slug: &str) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    require_site_manager(&caller, Action::UpdateActivities)?;
    let (name, new_slug) = check_update(db, &obj, slug)?;
    let id = db.current_activity(slug).ok_or_else(|| errors::not_found("activity"))?;
    let mut row = db.activities[id].clone();
    db.activities[id].rev.newest = false;
    if let Some(n) = name {
        row.name = n;
    }
    if let Some(s) = new_slug {
        row.slug = Some(s);
    }
    row.rev = row.rev.next(db.now());
    let out = json!({
        "name": row.name,
        "slug": row.slug,
        "uuid": row.rev.uuid,
        "revision": row.rev.revision,
        "updated_at": date_value(row.rev.updated_at),
        "created_at": date_value(Some(row.rev.created_at)),
    });
    db.activities.push(row);
    Ok(Reply::ok_json(&out))
}

/// `DELETE /activities/:slug`.
pub fn delete(db: &mut Db, req: &Req, slug: &str) -> Answer {
    let caller = query_caller(db, req)?;
    require_site_manager(&caller, Action::DeleteActivities)?;
    if !slug_strict(slug) {
        return Err(errors::invalid_identifier("slug", slug));
    }
    let rows = db.activity_rows_with_slug(slug);
    if rows.is_empty() {
        return Err(errors::not_found("slug"));
    }
    // [BUG] copied: any link from any time row, as long as some current undeleted time exists.
    let linked = db.times.iter().any(|t| t.activities.iter().any(|a| rows.contains(a)));
    let any_live_time = db.times.iter().any(|t| t.rev.newest && t.rev.deleted_at.is_none());
    if linked && any_live_time {
        return Err(errors::method_not_allowed("activity"));
    }
    let now = db.now();
    for id in rows {
        let row = &mut db.activities[id];
        row.rev.deleted_at = Some(now);
        row.slug = None;
    }
    Ok(Reply::empty())
}
