//! `/v0/times`: list and get with filters and visibility, create (echo of the request),
//! update (new revision row, un-deletes), soft delete of every revision.

mod create;
mod filters;
mod update;

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::auth::query_caller;
use crate::dates::{date_value, has_date_pattern, parse_js_date, write_date_json};
use crate::errors::{self, Action, Bad};
use crate::js::js_type;
use crate::reply::{Answer, Reply, JSON};
use crate::request::Req;
use crate::state::{Db, TimeRow, User};
use crate::validate::{slug_strict, uuid_ok};

pub use create::create;
use filters::{matches, parse_filters};
pub use update::update;

/// The GET shape of a time row with the given project and activity slugs.
fn time_json_with(row: &TimeRow, project: Vec<String>, activities: Vec<String>) -> Value {
    json!({
        "duration": Value::Number(row.duration.clone()),
        "user": row.user,
        "notes": row.notes,
        "issue_uri": row.issue_uri,
        "uuid": row.rev.uuid,
        "revision": row.rev.revision,
        "project": project,
        "activities": activities,
        "created_at": date_value(Some(row.rev.created_at)),
        "updated_at": date_value(row.rev.updated_at),
        "deleted_at": date_value(row.rev.deleted_at),
        "date_worked": date_value(Some(row.date_worked)),
    })
}

/// The GET shape, or `None` when the time vanishes (project without slugs, no activities).
fn time_json(db: &Db, row: &TimeRow) -> Option<Value> {
    let project = db.slugs_of(&row.project);
    let activities = db.activity_slugs(&row.activities);
    if project.is_empty() || activities.is_empty() {
        return None;
    }
    Some(time_json_with(row, project, activities))
}

/// Site spectators and admins see everything; others their own times and times in
/// projects where they are spectators.
fn visible(db: &Db, caller: &User, row: &TimeRow) -> bool {
    caller.site_spectator
        || caller.site_admin
        || row.user == caller.username
        || db.role(&row.project, &caller.username).is_some_and(|r| r.spectator)
}

/// `GET /times`.
pub fn list(db: &mut Db, req: &Req) -> Answer {
    let caller = query_caller(db, req)?;
    let filters = parse_filters(db, &req.query)?;
    let deleted = req.query.lenient_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let mut rows: Vec<&TimeRow> = db
        .times
        .iter()
        .filter(|r| r.rev.listed(deleted))
        .filter(|r| visible(db, &caller, r) && matches(db, &filters, r))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.rev.revision));
    if revisions {
        let out = rows.into_iter().filter_map(|row| Some(with_union_parents(db, row, time_json(db, row)?)));
        return Ok(Reply::ok_json_array(out));
    }
    let mut writer = ListWriter { db, projects: HashMap::new(), activities: HashMap::new() };
    // Room for a guess at the whole body, then for the rest as the first rows average, so
    // that a body of hundreds of megabytes is not copied as it grows.
    let mut body = Vec::with_capacity(2 + rows.len().min(1000) * 512);
    body.push(b'[');
    let total = rows.len();
    for (i, row) in rows.into_iter().enumerate() {
        if i == 1000 {
            body.reserve((total - i) * body.len() / i * 11 / 10);
        }
        if writer.write(&mut body, row) {
            body.push(b',');
        }
    }
    if body.len() > 1 {
        body.pop();
    }
    body.push(b']');
    let body = String::from_utf8(body).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    Ok(Reply::with_type(200, JSON, body))
}

/// Writes the rows of a list as [`time_json`]`(…).to_string()` would, byte for byte, without
/// building a `Value` a row: a list of a million times takes seconds less. The slugs of each
/// project and of each set of activity rows are written out once.
struct ListWriter<'a> {
    db: &'a Db,
    /// Project uuid → its slugs as JSON (`None`: it has none, its times vanish).
    projects: HashMap<&'a str, Option<String>>,
    /// Activity rows → their slugs as JSON (`None`: no slugs, the time vanishes).
    activities: HashMap<&'a [usize], Option<String>>,
}

impl<'a> ListWriter<'a> {
    /// Appends the row's GET shape to `out`; false (and nothing written) when it vanishes.
    fn write(&mut self, out: &mut Vec<u8>, row: &'a TimeRow) -> bool {
        let db = self.db;
        let project = self.projects.entry(&row.project).or_insert_with(|| {
            let slugs = db.slugs_of(&row.project);
            (!slugs.is_empty()).then(|| Value::from(slugs).to_string())
        });
        let activities = self.activities.entry(&row.activities).or_insert_with(|| {
            let slugs = db.activity_slugs(&row.activities);
            (!slugs.is_empty()).then(|| Value::from(slugs).to_string())
        });
        let (Some(project), Some(activities)) = (project.as_deref(), activities.as_deref()) else {
            return false;
        };
        let field = |out: &mut Vec<u8>, name: &str| {
            out.push(if name == "duration" { b'{' } else { b',' });
            out.push(b'"');
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(b"\":");
        };
        // Writing JSON into a Vec<u8> cannot fail.
        field(out, "duration");
        let _ = serde_json::to_writer(&mut *out, &row.duration);
        field(out, "user");
        let _ = serde_json::to_writer(&mut *out, &row.user);
        field(out, "notes");
        let _ = serde_json::to_writer(&mut *out, &row.notes);
        field(out, "issue_uri");
        let _ = serde_json::to_writer(&mut *out, &row.issue_uri);
        field(out, "uuid");
        let _ = serde_json::to_writer(&mut *out, &row.rev.uuid);
        field(out, "revision");
        out.extend_from_slice(row.rev.revision.to_string().as_bytes());
        field(out, "project");
        out.extend_from_slice(project.as_bytes());
        field(out, "activities");
        out.extend_from_slice(activities.as_bytes());
        field(out, "created_at");
        write_date_json(out, Some(row.rev.created_at));
        field(out, "updated_at");
        write_date_json(out, row.rev.updated_at);
        field(out, "deleted_at");
        write_date_json(out, row.rev.deleted_at);
        field(out, "date_worked");
        write_date_json(out, Some(row.date_worked));
        out.push(b'}');
        true
    }
}

/// \[BUG] copied: with `include_revisions`, the list shows the time and each of its parents
/// with the union of the projects and activities of all its revisions (a time moved between
/// projects lists both); parents newest first.
fn with_union_parents(db: &Db, row: &TimeRow, mut v: Value) -> Value {
    let all: Vec<&TimeRow> = db.times.iter().filter(|t| t.rev.uuid == row.rev.uuid).collect();
    let mut projects: Vec<String> = all.iter().flat_map(|t| db.slugs_of(&t.project)).collect();
    projects.sort();
    projects.dedup();
    let ids: Vec<usize> = all.iter().flat_map(|t| t.activities.iter().copied()).collect();
    let activities = db.activity_slugs(&ids);
    v["project"] = json!(projects);
    v["activities"] = json!(activities);
    let mut parents: Vec<&TimeRow> = all.into_iter().filter(|t| !t.rev.newest).collect();
    parents.sort_by_key(|r| std::cmp::Reverse(r.rev.revision));
    v["parents"] = parents.into_iter().map(|p| time_json_with(p, projects.clone(), activities.clone())).collect();
    v
}

/// `GET /times/:uuid`.
pub fn get(db: &mut Db, req: &Req, uuid: &str) -> Answer {
    let caller = query_caller(db, req)?;
    if !uuid_ok(uuid) {
        return Err(errors::invalid_identifier("UUID", uuid));
    }
    let filters = parse_filters(db, &req.query)?;
    let deleted = req.query.lenient_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let found = db
        .newest_time(uuid)
        .map(|i| &db.times[i])
        .filter(|r| (deleted || r.rev.deleted_at.is_none()) && visible(db, &caller, r) && matches(db, &filters, r));
    let (row, mut v) = found.and_then(|r| time_json(db, r).map(|v| (r, v))).ok_or_else(|| errors::not_found("time"))?;
    if revisions {
        let mut parents: Vec<&TimeRow> =
            db.times.iter().filter(|t| t.rev.uuid == row.rev.uuid && !t.rev.newest).collect();
        parents.sort_by_key(|t| t.rev.revision);
        v["parents"] = parents.into_iter().filter_map(|p| time_json(db, p)).collect();
    }
    Ok(Reply::ok_json(&v))
}

/// `DELETE /times/:uuid` (marks every revision deleted).
pub fn delete(db: &mut Db, req: &Req, uuid: &str) -> Answer {
    let caller = query_caller(db, req)?;
    if !uuid_ok(uuid) {
        return Err(errors::invalid_identifier("uuid", uuid));
    }
    let original = db
        .times
        .iter()
        .filter(|t| t.rev.uuid == uuid)
        .min_by_key(|t| t.rev.revision)
        .ok_or_else(|| errors::not_found("uuid"))?;
    if !(original.user == caller.username || caller.site_manager || caller.site_admin) {
        return Err(errors::not_authorized(&caller.username, Action::DeleteTime(uuid)));
    }
    let now = db.now();
    for t in db.times.iter_mut().filter(|t| t.rev.uuid == uuid) {
        t.rev.deleted_at = Some(now);
    }
    Ok(Reply::empty())
}

/// Activity-list element checks shared by create and update.
fn check_activity_items(items: &[Value]) -> Result<(), Reply> {
    for item in items {
        let got = match item {
            Value::String(s) if slug_strict(s) => continue,
            Value::String(_) => "invalid slug",
            other => js_type(other),
        };
        return Err(errors::invalid("time", "activities", Bad::SlugList { sent: got }));
    }
    Ok(())
}

/// `date_worked`: the unanchored date pattern and a JavaScript `Date.parse` success.
fn check_date_worked(v: &str) -> Result<i64, Reply> {
    parse_js_date(v)
        .filter(|_| has_date_pattern(v))
        .ok_or_else(|| errors::invalid("time", "date_worked", Bad::Date { sent: v }))
}

/// Activity row ids for slugs (every row carrying each slug), or 409 if one is unknown.
fn resolve_activities(db: &Db, slugs: &[Value]) -> Result<Vec<usize>, Reply> {
    let mut ids = Vec::new();
    for s in slugs {
        let rows = s.as_str().map(|s| db.activity_rows_with_slug(s)).unwrap_or_default();
        if rows.is_empty() {
            return Err(errors::foreign_key("time", "activities"));
        }
        for r in rows {
            if !ids.contains(&r) {
                ids.push(r);
            }
        }
    }
    Ok(ids)
}
