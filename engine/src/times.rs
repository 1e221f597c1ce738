//! `/v0/times` (§5.3): list and get with filters and visibility (§9), create (echo of the
//! request), update (new revision row, un-deletes), soft delete of every revision.

use serde_json::{json, Number, Value};

use crate::auth::{post_caller, query_caller};
use crate::dates::{date_value, has_date_pattern, parse_js_date};
use crate::errors::{self, Action};
use crate::js::{js_number, js_string, js_type};
use crate::query::Query;
use crate::reply::Reply;
use crate::request::Req;
use crate::state::{Db, TimeRow, User};
use crate::validate::{slug_strict, uuid_ok, web_uri_ok};

/// The GET shape of a time row with the given project and activity slugs.
fn time_json_with(row: &TimeRow, project: Vec<String>, activities: Vec<String>) -> Value {
    json!({
        "duration": Value::Number(row.duration.clone()),
        "user": row.user,
        "notes": row.notes,
        "issue_uri": row.issue_uri,
        "uuid": row.uuid,
        "revision": row.revision,
        "project": project,
        "activities": activities,
        "created_at": date_value(Some(row.created_at)),
        "updated_at": date_value(row.updated_at),
        "deleted_at": date_value(row.deleted_at),
        "date_worked": date_value(Some(row.date_worked)),
    })
}

/// The GET shape, or `None` when the time vanishes (project without slugs, no activities).
pub fn time_json(db: &Db, row: &TimeRow) -> Option<Value> {
    let project = db.slugs_of(&row.project);
    let activities = db.activity_slugs(&row.activities);
    if project.is_empty() || activities.is_empty() {
        return None;
    }
    Some(time_json_with(row, project, activities))
}

/// §9: site spectators and admins see everything; others their own times and times in
/// projects where they are spectators.
fn visible(db: &Db, caller: &User, row: &TimeRow) -> bool {
    caller.site_spectator
        || caller.site_admin
        || row.user == caller.username
        || db.role(&row.project, &caller.username).is_some_and(|r| r.spectator)
}

/// The `user`, `project`, `activity`, `start` and `end` filters (§6).
#[derive(Default)]
struct Filters {
    users: Option<Vec<String>>,
    projects: Option<Vec<String>>,
    activities: Option<Vec<String>>,
    start: Option<i64>,
    end: Option<i64>,
}

fn non_empty_values(q: &Query, key: &str) -> Option<(Vec<String>, String)> {
    let qv = q.get(key)?;
    let vals: Vec<String> = qv.all().into_iter().filter(|v| !v.is_empty()).collect();
    (!vals.is_empty()).then(|| (vals, qv.joined()))
}

fn parse_filters(db: &Db, q: &Query) -> Result<Filters, Reply> {
    let mut f = Filters::default();
    if let Some((vals, raw)) = non_empty_values(q, "user") {
        let existing: Vec<String> = vals.into_iter().filter(|u| db.user(u).is_some()).collect();
        if existing.is_empty() {
            return Err(errors::bad_query("user", &raw));
        }
        f.users = Some(existing);
    }
    if let Some((vals, raw)) = non_empty_values(q, "project") {
        let uuids: Vec<String> = vals.iter().filter_map(|s| db.project_by_slug(s)).collect();
        if uuids.is_empty() {
            return Err(errors::bad_query("project", &raw));
        }
        f.projects = Some(uuids);
    }
    if let Some((vals, raw)) = non_empty_values(q, "activity") {
        let existing: Vec<String> = vals.into_iter().filter(|s| !db.activity_rows_with_slug(s).is_empty()).collect();
        if existing.is_empty() {
            return Err(errors::bad_query("activity", &raw));
        }
        f.activities = Some(existing);
    }
    let mut start_raw = String::new();
    for key in ["start", "end"] {
        let Some(qv) = q.get(key) else { continue };
        let raw = qv.first();
        if !has_date_pattern(&raw) {
            return Err(errors::bad_query(key, &raw));
        }
        let parsed = parse_js_date(&raw);
        if key == "start" {
            if parsed.is_some_and(|s| s > db.now()) {
                return Err(errors::bad_query("start", &raw));
            }
            f.start = parsed;
            start_raw = raw;
        } else {
            f.end = parsed;
        }
    }
    if let (Some(s), Some(e)) = (f.start, f.end) {
        if s > e {
            return Err(errors::bad_query("start", &start_raw));
        }
    }
    Ok(f)
}

fn matches(db: &Db, f: &Filters, row: &TimeRow) -> bool {
    none_or(f.users.as_ref(), |u| u.contains(&row.user))
        && none_or(f.projects.as_ref(), |p| p.contains(&row.project))
        && none_or(f.activities.as_ref(), |wanted| {
            db.activity_slugs(&row.activities).iter().any(|s| wanted.contains(s))
        })
        && none_or(f.start, |s| row.date_worked >= s)
        && none_or(f.end, |e| row.date_worked <= e)
}

/// `opt.is_none_or(f)` for the crate's older minimum Rust version.
fn none_or<T>(opt: Option<T>, f: impl FnOnce(T) -> bool) -> bool {
    match opt {
        None => true,
        Some(x) => f(x),
    }
}

/// `GET /times`.
pub fn list(db: &mut Db, req: &Req) -> Reply {
    let caller = match query_caller(db, req) {
        Ok(c) => c,
        Err(e) => return e,
    };
    let filters = match parse_filters(db, &req.query) {
        Ok(f) => f,
        Err(e) => return e,
    };
    let deleted = req.query.lenient_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let mut rows: Vec<&TimeRow> = db
        .times
        .iter()
        .filter(|r| r.newest && (deleted || r.deleted_at.is_none()))
        .filter(|r| visible(db, &caller, r) && matches(db, &filters, r))
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.revision));
    let mut out = Vec::new();
    for row in rows {
        let Some(mut v) = time_json(db, row) else {
            continue;
        };
        if revisions {
            // [BUG] copied: each parent shows the union of projects/activities of all revisions.
            let all: Vec<&TimeRow> = db.times.iter().filter(|t| t.uuid == row.uuid).collect();
            let mut projects: Vec<String> = all.iter().flat_map(|t| db.slugs_of(&t.project)).collect();
            projects.sort();
            projects.dedup();
            let ids: Vec<usize> = all.iter().flat_map(|t| t.activities.iter().copied()).collect();
            let activities = db.activity_slugs(&ids);
            let mut parents: Vec<&TimeRow> = all.into_iter().filter(|t| !t.newest).collect();
            parents.sort_by_key(|r| std::cmp::Reverse(r.revision));
            v["parents"] =
                parents.into_iter().map(|p| time_json_with(p, projects.clone(), activities.clone())).collect();
        }
        out.push(v);
    }
    Reply::ok_json(&Value::Array(out))
}

/// `GET /times/:uuid`.
pub fn get(db: &mut Db, req: &Req, uuid: &str) -> Reply {
    let caller = match query_caller(db, req) {
        Ok(c) => c,
        Err(e) => return e,
    };
    if !uuid_ok(uuid) {
        return errors::invalid_identifier("UUID", uuid);
    }
    let filters = match parse_filters(db, &req.query) {
        Ok(f) => f,
        Err(e) => return e,
    };
    let deleted = req.query.lenient_flag("include_deleted");
    let revisions = req.query.strict_flag("include_revisions");
    let found = db
        .newest_time(uuid)
        .map(|i| &db.times[i])
        .filter(|r| (deleted || r.deleted_at.is_none()) && visible(db, &caller, r) && matches(db, &filters, r));
    let Some((row, mut v)) = found.and_then(|r| time_json(db, r).map(|v| (r, v))) else {
        return errors::not_found("time");
    };
    if revisions {
        let mut parents: Vec<&TimeRow> = db.times.iter().filter(|t| t.uuid == row.uuid && !t.newest).collect();
        parents.sort_by_key(|t| t.revision);
        v["parents"] = parents.into_iter().filter_map(|p| time_json(db, p)).collect();
    }
    Reply::ok_json(&v)
}

/// Activity-list element checks shared by create and update.
fn check_activity_items(items: &[Value]) -> Result<(), Reply> {
    for item in items {
        match item {
            Value::String(s) if slug_strict(s) => {}
            Value::String(_) => {
                return Err(errors::invalid_field(
                    "time",
                    "activities",
                    "slugs",
                    "array containing at least 1 invalid slug",
                ))
            }
            other => {
                let got = format!("array containing at least 1 {}", js_type(other));
                return Err(errors::invalid_field("time", "activities", "slugs", &got));
            }
        }
    }
    Ok(())
}

fn check_date_worked(v: &str) -> Result<i64, Reply> {
    parse_js_date(v)
        .filter(|_| has_date_pattern(v))
        .ok_or_else(|| errors::invalid_field("time", "date_worked", "ISO-8601 date", v))
}

/// Activity row ids for slugs, or `None` if one of them is unknown.
fn resolve_activities(db: &Db, slugs: &[Value]) -> Option<Vec<usize>> {
    let mut ids = Vec::new();
    for s in slugs {
        let rows = db.activity_rows_with_slug(s.as_str()?);
        if rows.is_empty() {
            return None;
        }
        for r in rows {
            if !ids.contains(&r) {
                ids.push(r);
            }
        }
    }
    Some(ids)
}

/// `POST /times`.
pub fn create(db: &mut Db, req: &Req) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    let fields = [
        ("duration", "number", true),
        ("project", "string", true),
        ("user", "string", true),
        ("issue_uri", "string", false),
        ("activities", "array", false),
        ("date_worked", "string", true),
    ];
    for (f, ty, required) in fields {
        match obj.get(f) {
            None if required => return errors::missing_field("time", f),
            None => {}
            Some(v) if js_type(v) != ty => return errors::invalid_field("time", f, ty, js_type(v)),
            Some(_) => {}
        }
    }
    let duration = match obj.get("duration") {
        Some(Value::Number(n)) => n.clone(),
        _ => Number::from(0),
    };
    if duration.as_f64().is_some_and(|d| d < 0.0) {
        return errors::invalid_field("time", "duration", "positive number", "negative number");
    }
    let project = obj.get("project").and_then(Value::as_str).unwrap_or_default().to_string();
    if !slug_strict(&project) {
        return errors::invalid_field("time", "project", "slug", &format!("invalid slug {project}"));
    }
    let activities = obj.get("activities").and_then(Value::as_array).cloned();
    if let Err(e) = check_activity_items(activities.as_deref().unwrap_or_default()) {
        return e;
    }
    let issue_uri = obj.get("issue_uri").and_then(Value::as_str).map(str::to_string);
    if let Some(u) = issue_uri.as_deref().filter(|u| !u.is_empty() && !web_uri_ok(u)) {
        return errors::invalid_field("time", "issue_uri", "URI", &format!("invalid URI {u}"));
    }
    let date_worked = match check_date_worked(obj.get("date_worked").and_then(Value::as_str).unwrap_or("")) {
        Ok(d) => d,
        Err(e) => return e,
    };
    let user = obj.get("user").and_then(Value::as_str).unwrap_or_default().to_string();
    if user != caller.username {
        return errors::not_authorized(&caller.username, Action::CreateTimesFor(&user));
    }
    let Some(project_uuid) = db.project_by_slug(&project) else {
        return errors::foreign_key("time", "project");
    };
    let activity_ids = match activities.filter(|a| !a.is_empty()) {
        Some(list) => match resolve_activities(db, &list) {
            Some(ids) => ids,
            None => return errors::foreign_key("time", "activities"),
        },
        None => {
            let default = db
                .newest_project(&project_uuid)
                .and_then(|i| db.projects[i].default_activity.clone())
                .and_then(|u| db.newest_activity_by_uuid(&u))
                .filter(|&i| db.activities[i].deleted_at.is_none() && db.activities[i].slug.is_some());
            match default {
                Some(i) => vec![i],
                None => return errors::missing_field("time", "activities"),
            }
        }
    };
    let member = db.role(&project_uuid, &caller.username).is_some_and(|r| r.member);
    if !(member || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::CreateTimesInProject(&project));
    }
    let notes = match obj.get("notes") {
        None | Some(Value::Null) => None,
        Some(v) => Some(js_string(v)),
    };
    let uuid = db.new_uuid();
    let now = db.now();
    db.times.push(TimeRow {
        uuid: uuid.clone(),
        duration,
        user,
        project: project_uuid,
        activities: activity_ids,
        notes,
        issue_uri,
        date_worked,
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

/// A JavaScript number as a JSON number (`None` for NaN and infinities).
fn number_from_f64(f: f64) -> Option<Number> {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        Some(Number::from(f as i64))
    } else {
        Number::from_f64(f)
    }
}

/// `POST /times/:uuid`.
pub fn update(db: &mut Db, req: &Req, uuid: &str) -> Reply {
    let (caller, obj) = match post_caller(db, req) {
        Ok(x) => x,
        Err(e) => return e,
    };
    if !uuid_ok(uuid) {
        return errors::invalid_identifier("UUID", uuid);
    }
    // Step 3: objects/arrays rejected, anything else goes through JavaScript `Number()`.
    let duration: Option<f64> = match obj.get("duration") {
        None => None,
        Some(Value::Null | Value::Object(_) | Value::Array(_)) => {
            return errors::invalid_field("time", "duration", "number", "object")
        }
        Some(v) => Some(js_number(v)),
    };
    const ALLOWED: [&str; 7] = ["duration", "project", "activities", "user", "issue_uri", "date_worked", "notes"];
    if let Some(k) = obj.keys().find(|k| !ALLOWED.contains(&k.as_str())) {
        return errors::unknown_field("time", k);
    }
    let types = [
        ("project", "string"),
        ("user", "string"),
        ("issue_uri", "string"),
        ("activities", "array"),
        ("date_worked", "string"),
        ("notes", "string"),
    ];
    for (f, ty) in types {
        if let Some(v) = obj.get(f) {
            if js_type(v) != ty {
                return errors::invalid_field("time", f, ty, js_type(v));
            }
        }
    }
    if duration.is_some_and(|d| d < 0.0) {
        return errors::invalid_field("time", "duration", "positive integer", "negative integer");
    }
    let activities = obj.get("activities").and_then(Value::as_array).cloned();
    if let Err(e) = check_activity_items(activities.as_deref().unwrap_or_default()) {
        return e;
    }
    let issue_uri = obj.get("issue_uri").and_then(Value::as_str).map(str::to_string);
    if let Some(u) = issue_uri.as_deref().filter(|u| !web_uri_ok(u)) {
        return errors::invalid_field("time", "issue_uri", "URI", &format!("invalid URI {u}"));
    }
    let date_worked = match obj.get("date_worked").and_then(Value::as_str) {
        Some(d) => match check_date_worked(d) {
            Ok(ms) => Some(ms),
            Err(e) => return e,
        },
        None => None,
    };
    let Some(id) = db.newest_time(uuid) else {
        return errors::not_found("time");
    };
    let current = db.times[id].clone();
    if !(current.user == caller.username || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::CreateObjectsFor(&current.user));
    }
    let new_user = obj.get("user").and_then(Value::as_str).filter(|u| !u.is_empty());
    if new_user.is_some_and(|u| db.user(u).is_none()) {
        return errors::foreign_key("time", "user");
    }
    let new_project = match obj.get("project").and_then(Value::as_str).filter(|p| !p.is_empty()) {
        Some(p) => match db.project_by_slug(p).filter(|_| slug_strict(p)) {
            Some(u) => Some(u),
            None => return errors::foreign_key("time", "project"),
        },
        None => None,
    };
    let new_activities = match &activities {
        Some(list) if !list.is_empty() => match resolve_activities(db, list) {
            Some(ids) => Some(ids),
            None => return errors::foreign_key("time", "activities"),
        },
        Some(_) => Some(Vec::new()),
        None => None,
    };
    let mut row = current.clone();
    if let Some(n) = duration.filter(|d| *d != 0.0 && !d.is_nan()).and_then(number_from_f64) {
        // A JSON number is kept as sent (1.5 stays 1.5); strings are coerced.
        row.duration = match obj.get("duration") {
            Some(Value::Number(orig)) => orig.clone(),
            _ => n,
        };
    }
    if let Some(u) = new_user {
        row.user = u.to_string();
    }
    if let Some(p) = new_project {
        row.project = p;
    }
    if let Some(ids) = new_activities {
        row.activities = ids;
    }
    if let Some(n) = obj.get("notes").and_then(Value::as_str).filter(|n| !n.is_empty()) {
        row.notes = Some(n.to_string());
    }
    if let Some(u) = issue_uri.filter(|u| !u.is_empty()) {
        row.issue_uri = Some(u);
    }
    if let Some(d) = date_worked {
        row.date_worked = d;
    }
    let now = db.now();
    row.revision += 1;
    row.updated_at = Some(now);
    row.deleted_at = None;
    row.newest = true;
    db.times[id].newest = false;
    let out = if activities.as_ref().is_some_and(|a| a.is_empty()) {
        // [BUG] copied: `activities: []` answers with the raw database row.
        let user_id = db.users.iter().position(|u| u.username == row.user).map_or(0, |i| i + 1);
        json!({
            "duration": Value::Number(row.duration.clone()),
            "user": user_id,
            "project": row.project,
            "notes": row.notes,
            "issue_uri": row.issue_uri,
            "date_worked": row.date_worked,
            "created_at": row.created_at,
            "updated_at": row.updated_at,
            "deleted_at": Value::Null,
            "uuid": row.uuid,
            "revision": row.revision,
            "newest": true,
        })
    } else {
        // [BUG] copied: `activities` is [] when not sent, `user` is the previous owner.
        let shown_activities = if activities.is_some() { db.activity_slugs(&row.activities) } else { Vec::new() };
        let mut shown = row.clone();
        shown.user = current.user.clone();
        time_json_with(&shown, db.slugs_of(&row.project), shown_activities)
    };
    db.times.push(row);
    Reply::ok_json(&out)
}

/// `DELETE /times/:uuid` (marks every revision deleted).
pub fn delete(db: &mut Db, req: &Req, uuid: &str) -> Reply {
    let caller = match query_caller(db, req) {
        Ok(c) => c,
        Err(e) => return e,
    };
    if !uuid_ok(uuid) {
        return errors::invalid_identifier("uuid", uuid);
    }
    let Some(original) = db.times.iter().filter(|t| t.uuid == uuid).min_by_key(|t| t.revision) else {
        return errors::not_found("uuid");
    };
    if !(original.user == caller.username || caller.site_manager || caller.site_admin) {
        return errors::not_authorized(&caller.username, Action::DeleteTime(uuid));
    }
    let now = db.now();
    for t in db.times.iter_mut().filter(|t| t.uuid == uuid) {
        t.deleted_at = Some(now);
    }
    Reply::empty()
}
