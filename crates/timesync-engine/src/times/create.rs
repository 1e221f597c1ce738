//! `POST /times`: field checks in the reference's order, the caller and membership rules,
//! the project's default activity, and the echo of the request.

use serde_json::{Number, Value};

use super::{check_activity_items, check_date_worked, resolve_activities};
use crate::auth::post_caller;
use crate::errors::{self, Action, Bad};
use crate::fields::{check_fields, field, str_field, Field, Object};
use crate::js::sqlite_text;
use crate::reply::{create_echo, Answer, Reply};
use crate::request::Req;
use crate::state::{Db, Rev, TimeRow};
use crate::validate::{slug_strict, web_uri_ok};

const FIELDS: [Field; 6] = [
    field("duration", "number").required(),
    field("project", "string").required(),
    field("user", "string").required(),
    field("issue_uri", "string"),
    field("activities", "array"),
    field("date_worked", "string").required(),
];

/// A time create that passed the field checks.
struct NewTime {
    duration: Number,
    project: String,
    user: String,
    activities: Option<Vec<Value>>,
    issue_uri: Option<String>,
    date_worked: i64,
}

/// Steps 2–7: presence and types, then duration, project slug, activities, issue_uri, date.
fn check_new_time(obj: &Object) -> Result<NewTime, Reply> {
    check_fields("time", obj, &FIELDS)?;
    let duration = match obj.get("duration") {
        Some(Value::Number(n)) => n.clone(),
        _ => Number::from(0),
    };
    if duration.as_f64().is_some_and(|d| d < 0.0) {
        return Err(errors::invalid("time", "duration", Bad::Negative { integer: false }));
    }
    let project = str_field(obj, "project").unwrap_or_default();
    if !slug_strict(&project) {
        return Err(errors::invalid("time", "project", Bad::InvalidSlug { expected: "slug", slug: &project }));
    }
    let activities = obj.get("activities").and_then(Value::as_array).cloned();
    check_activity_items(activities.as_deref().unwrap_or_default())?;
    let issue_uri = str_field(obj, "issue_uri");
    if let Some(u) = issue_uri.as_deref().filter(|u| !u.is_empty() && !web_uri_ok(u)) {
        return Err(errors::invalid("time", "issue_uri", Bad::IssueUri { uri: u }));
    }
    let date_worked = check_date_worked(obj.get("date_worked").and_then(Value::as_str).unwrap_or(""))?;
    let user = str_field(obj, "user").unwrap_or_default();
    Ok(NewTime { duration, project, user, activities, issue_uri, date_worked })
}

/// The activity rows of the new time: the ones sent, else the project's default activity.
fn activity_ids(db: &Db, project_uuid: &str, sent: Option<&[Value]>) -> Result<Vec<usize>, Reply> {
    if let Some(list) = sent.filter(|a| !a.is_empty()) {
        return resolve_activities(db, list);
    }
    db.newest_project(project_uuid)
        .and_then(|i| db.projects[i].default_activity.clone())
        .and_then(|u| db.newest_activity_by_uuid(&u))
        .filter(|&i| db.activities[i].rev.deleted_at.is_none() && db.activities[i].slug.is_some())
        .map(|i| vec![i])
        .ok_or_else(|| errors::missing_field("time", "activities"))
}

/// `POST /times`.
pub fn create(db: &mut Db, req: &Req) -> Answer {
    let (caller, obj) = post_caller(db, req)?;
    let new = check_new_time(&obj)?;
    if new.user != caller.username {
        return Err(errors::not_authorized(&caller.username, Action::CreateTimesFor(&new.user)));
    }
    let project_uuid = db.project_by_slug(&new.project).ok_or_else(|| errors::foreign_key("time", "project"))?;
    let activities = activity_ids(db, &project_uuid, new.activities.as_deref())?;
    let member = db.role(&project_uuid, &caller.username).is_some_and(|r| r.member);
    if !(member || caller.site_admin) {
        return Err(errors::not_authorized(&caller.username, Action::CreateTimesInProject(&new.project)));
    }
    let notes = match obj.get("notes") {
        None | Some(Value::Null) => None,
        Some(v) => Some(sqlite_text(v)),
    };
    let uuid = db.new_uuid();
    let now = db.now();
    db.times.push(TimeRow {
        rev: Rev::first(&uuid, now),
        duration: new.duration,
        user: new.user,
        project: project_uuid,
        activities,
        notes,
        issue_uri: new.issue_uri,
        date_worked: new.date_worked,
    });
    Ok(Reply::ok_html_json(&create_echo(obj, &uuid, now)))
}
