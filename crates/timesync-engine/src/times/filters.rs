//! The `user`, `project`, `activity`, `start` and `end` filters of `GET /times` and
//! `GET /times/:uuid`.

use crate::dates::{has_date_pattern, parse_js_date};
use crate::errors;
use crate::query::{QVal, Query};
use crate::reply::Reply;
use crate::state::{Db, TimeRow};

/// The parsed filters; `None` means "not filtered".
pub struct Filters {
    users: Option<Vec<String>>,
    /// Project uuids.
    projects: Option<Vec<String>>,
    activities: Option<Vec<String>>,
    start: Option<i64>,
    end: Option<i64>,
}

pub fn parse_filters(db: &Db, q: &Query) -> Result<Filters, Reply> {
    let (start, end) = date_range(db, q)?;
    Ok(Filters {
        users: q.known_values("user", |u| db.user(u).map(|_| u.to_string()))?,
        projects: q.known_values("project", |s| db.project_by_slug(s))?,
        activities: q
            .known_values("activity", |s| (!db.activity_rows_with_slug(s).is_empty()).then(|| s.to_string()))?,
        start,
        end,
    })
}

/// The date a `start` or `end` parameter gives: an empty value counts as absent, a repeated
/// one gives its first value.
fn range_end(q: &Query, key: &str) -> Option<String> {
    match q.get(key)? {
        QVal::One(v) if v.is_empty() => None,
        other => Some(other.first()),
    }
}

/// `start` and `end`, checked in the reference's order: each one's date pattern, then start
/// after end, then start later than now. A value that fits the pattern but is no date is
/// ignored; with both given, the epoch itself (1970-01-01) is refused, as JavaScript's
/// falsy 0 makes the reference do.
fn date_range(db: &Db, q: &Query) -> Result<(Option<i64>, Option<i64>), Reply> {
    let raw = |key: &str| q.get(key).map(|v| v.joined()).unwrap_or_default();
    let (start, end) = (range_end(q, "start"), range_end(q, "end"));
    for (key, value) in [("start", &start), ("end", &end)] {
        if value.as_deref().is_some_and(|v| !has_date_pattern(v)) {
            return Err(errors::bad_query(key, &raw(key)));
        }
    }
    let (start, end) = (start.as_deref().and_then(parse_js_date), end.as_deref().and_then(parse_js_date));
    if let (Some(s), Some(e)) = (start, end) {
        if s > e || s == 0 {
            return Err(errors::bad_query("start", &raw("start")));
        }
        if e == 0 {
            return Err(errors::bad_query("end", &raw("end")));
        }
    }
    if start.is_some_and(|s| s > db.now()) {
        return Err(errors::bad_query("start", &raw("start")));
    }
    Ok((start, end))
}

pub fn matches(db: &Db, f: &Filters, row: &TimeRow) -> bool {
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
