//! The `user`, `project`, `activity`, `start` and `end` filters of `GET /times` and
//! `GET /times/:uuid`.

use crate::dates::{has_date_pattern, parse_js_date};
use crate::errors;
use crate::query::Query;
use crate::reply::Reply;
use crate::state::{Db, TimeRow};

/// The parsed filters; `None` means "not filtered".
#[derive(Default)]
pub struct Filters {
    users: Option<Vec<String>>,
    /// Project uuids.
    projects: Option<Vec<String>>,
    activities: Option<Vec<String>>,
    start: Option<i64>,
    end: Option<i64>,
}

pub fn parse_filters(db: &Db, q: &Query) -> Result<Filters, Reply> {
    let mut f = Filters {
        users: q.known_values("user", |u| db.user(u).map(|_| u.to_string()))?,
        projects: q.known_values("project", |s| db.project_by_slug(s))?,
        activities: q
            .known_values("activity", |s| (!db.activity_rows_with_slug(s).is_empty()).then(|| s.to_string()))?,
        ..Filters::default()
    };
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
