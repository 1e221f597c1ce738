//! `POST /times/:uuid`: a new revision row built on the newest one, with the reference's
//! validation order, its falsy-values-are-ignored rule and its response bugs.

use serde_json::{json, Number, Value};

use super::{check_activity_items, check_date_worked, resolve_activities, time_json_with};
use crate::auth::post_caller;
use crate::errors::{self, Action, Bad};
use crate::fields::{check_fields, check_known_keys, field, str_field, Field, Object};
use crate::js::js_number;
use crate::reply::{Answer, Reply};
use crate::request::Req;
use crate::state::{Db, TimeRow};
use crate::validate::{slug_strict, uuid_ok, web_uri_ok};

const ALLOWED: [&str; 7] = ["duration", "project", "activities", "user", "issue_uri", "date_worked", "notes"];

const FIELDS: [Field; 6] = [
    field("project", "string"),
    field("user", "string"),
    field("issue_uri", "string"),
    field("activities", "array"),
    field("date_worked", "string"),
    field("notes", "string"),
];

/// The checked fields of an update (steps 3–9).
struct Changes {
    /// `duration` after JavaScript `Number()`.
    duration: Option<f64>,
    activities: Option<Vec<Value>>,
    issue_uri: Option<String>,
    date_worked: Option<i64>,
}

/// The references an update names, resolved (steps 12–14).
struct Resolved {
    user: Option<String>,
    /// Project uuid.
    project: Option<String>,
    activities: Option<Vec<usize>>,
}

fn check_changes(obj: &Object) -> Result<Changes, Reply> {
    // Objects are rejected; anything else (null and arrays too) goes through JavaScript
    // `Number()`: null and [] become 0 (then ignored), [5] becomes 5.
    let duration = match obj.get("duration") {
        None => None,
        Some(Value::Object(_)) => {
            return Err(errors::invalid("time", "duration", Bad::Type { expected: "number", sent: "object" }))
        }
        Some(v) => Some(js_number(v)),
    };
    check_known_keys("time", obj, &ALLOWED)?;
    check_fields("time", obj, &FIELDS)?;
    if duration.is_some_and(|d| d < 0.0) {
        return Err(errors::invalid("time", "duration", Bad::Negative { integer: true }));
    }
    let activities = obj.get("activities").and_then(Value::as_array).cloned();
    check_activity_items(activities.as_deref().unwrap_or_default())?;
    let issue_uri = str_field(obj, "issue_uri");
    if let Some(u) = issue_uri.as_deref().filter(|u| !web_uri_ok(u)) {
        return Err(errors::invalid("time", "issue_uri", Bad::IssueUri { uri: u }));
    }
    let date_worked = obj.get("date_worked").and_then(Value::as_str).map(check_date_worked).transpose()?;
    Ok(Changes { duration, activities, issue_uri, date_worked })
}

fn resolve(db: &Db, obj: &Object, changes: &Changes) -> Result<Resolved, Reply> {
    let user = str_field(obj, "user").filter(|u| !u.is_empty());
    if user.as_deref().is_some_and(|u| db.user(u).is_none()) {
        return Err(errors::foreign_key("time", "user"));
    }
    let project = match str_field(obj, "project").filter(|p| !p.is_empty()) {
        Some(p) => Some(
            db.project_by_slug(&p).filter(|_| slug_strict(&p)).ok_or_else(|| errors::foreign_key("time", "project"))?,
        ),
        None => None,
    };
    let activities = match &changes.activities {
        Some(list) if !list.is_empty() => Some(resolve_activities(db, list)?),
        Some(_) => Some(Vec::new()),
        None => None,
    };
    Ok(Resolved { user, project, activities })
}

/// A JavaScript number as a JSON number (`None` for NaN and infinities).
fn number_from_f64(f: f64) -> Option<Number> {
    if f.fract() == 0.0 && f.abs() < 9_007_199_254_740_992.0 {
        Some(Number::from(f as i64))
    } else {
        Number::from_f64(f)
    }
}

/// The new revision: falsy values (`0`, `""`) keep the old value.
fn apply(row: &mut TimeRow, obj: &Object, changes: Changes, resolved: Resolved) {
    if let Some(n) = changes.duration.filter(|d| *d != 0.0 && !d.is_nan()).and_then(number_from_f64) {
        // A JSON number is kept as sent (1.5 stays 1.5); strings are coerced.
        row.duration = match obj.get("duration") {
            Some(Value::Number(orig)) => orig.clone(),
            _ => n,
        };
    }
    if let Some(u) = resolved.user {
        row.user = u;
    }
    if let Some(p) = resolved.project {
        row.project = p;
    }
    if let Some(ids) = resolved.activities {
        row.activities = ids;
    }
    if let Some(n) = str_field(obj, "notes").filter(|n| !n.is_empty()) {
        row.notes = Some(n);
    }
    if let Some(u) = changes.issue_uri.filter(|u| !u.is_empty()) {
        row.issue_uri = Some(u);
    }
    if let Some(d) = changes.date_worked {
        row.date_worked = d;
    }
}

/// `POST /times/:uuid`.
pub fn update(db: &mut Db, req: &Req, uuid: &str) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    if !uuid_ok(uuid) {
        return Err(errors::invalid_identifier("UUID", uuid));
    }
    let changes = check_changes(&obj)?;
    // The reference finds the time through its project's slugs: a time whose project was
    // deleted (its slugs freed) is not found, as it is not listed.
    let id = db
        .newest_time(uuid)
        .filter(|&id| !db.slugs_of(&db.times[id].project).is_empty())
        .ok_or_else(|| errors::not_found("time"))?;
    let current = db.times[id].clone();
    if !(current.user == caller.username || caller.site_admin) {
        return Err(errors::not_authorized(&caller.username, Action::CreateObjectsFor(&current.user)));
    }
    let resolved = resolve(db, &obj, &changes)?;
    let sent_activities = changes.activities.clone();
    let mut row = current.clone();
    apply(&mut row, &obj, changes, resolved);
    row.rev = row.rev.next(db.now());
    db.times[id].rev.newest = false;
    let out = update_reply(db, &current, &row, sent_activities.as_deref());
    db.times.push(row);
    Ok(Reply::ok_json(&out))
}

/// The update response, with the reference's bugs.
fn update_reply(db: &Db, previous: &TimeRow, row: &TimeRow, sent_activities: Option<&[Value]>) -> Value {
    if sent_activities.is_some_and(|a| a.is_empty()) {
        return raw_row(db, row);
    }
    // [BUG] copied: `activities` is [] when not sent, and one slug per linked activity row
    // when sent (an activity with several revisions carrying the slug shows it that often);
    // `user` is the previous owner.
    let mut shown_activities: Vec<String> = match sent_activities {
        Some(_) => row.activities.iter().filter_map(|&i| db.activities.get(i).and_then(|a| a.slug.clone())).collect(),
        None => Vec::new(),
    };
    shown_activities.sort();
    let shown = TimeRow { user: previous.user.clone(), ..row.clone() };
    time_json_with(&shown, db.slugs_of(&row.project), shown_activities)
}

/// \[BUG] copied: `activities: []` answers with the raw database row.
fn raw_row(db: &Db, row: &TimeRow) -> Value {
    let user_id = db.users.iter().position(|u| u.username == row.user).map_or(0, |i| i + 1);
    json!({
        "duration": Value::Number(row.duration.clone()),
        "user": user_id,
        "project": row.project,
        "notes": row.notes,
        "issue_uri": row.issue_uri,
        "date_worked": row.date_worked,
        "created_at": row.rev.created_at,
        "updated_at": row.rev.updated_at,
        "uuid": row.rev.uuid,
        "revision": row.rev.revision,
        "newest": true,
    })
}
