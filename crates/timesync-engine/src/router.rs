//! Express-like routing: `/v0` plus a collection and an optional identifier, matched
//! case-insensitively with an optional trailing slash; everything else gets the HTML 404.

use crate::errors;
use crate::query::percent_decode;
use crate::reply::Reply;
use crate::request::{Body, Req};
use crate::state::Db;
use crate::{activities, auth, projects, times, users};

/// Routes a request to its handler.
pub fn dispatch(db: &mut Db, req: &Req) -> Reply {
    if req.method == "OPTIONS" {
        return Reply { status: 204, content_type: None, body: String::new(), headers: Vec::new() }
            .with_header("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE")
            .with_header("Vary", "Access-Control-Request-Headers");
    }
    if matches!(req.body, Body::Bad) {
        return errors::bad_json();
    }
    let method = if req.method == "HEAD" { "GET" } else { req.method.as_str() };
    let mut segs: Vec<&str> = req.path.strip_prefix('/').unwrap_or("\u{0}").split('/').collect();
    if segs.len() > 1 && segs.last() == Some(&"") {
        segs.pop();
    }
    let not_found = || errors::html_404(&req.method, &req.path);
    if !matches!(segs.first(), Some(s) if s.eq_ignore_ascii_case("v0")) {
        return not_found();
    }
    let coll = segs.get(1).map(|s| s.to_ascii_lowercase()).unwrap_or_default();
    let answer = match (segs.len(), method, coll.as_str()) {
        (2, "POST", "login") => auth::login(db, req),
        (2, "GET", "times") => times::list(db, req),
        (2, "POST", "times") => times::create(db, req),
        (2, "GET", "projects") => projects::list(db, req),
        (2, "POST", "projects") => projects::create(db, req),
        (2, "GET", "activities") => activities::list(db, req),
        (2, "POST", "activities") => activities::create(db, req),
        (2, "GET", "users") => users::list(db, req),
        (2, "POST", "users") => users::create(db, req),
        (3, m, c) if !segs[2].is_empty() => {
            let param = percent_decode(segs[2], false);
            match (m, c) {
                ("GET", "times") => times::get(db, req, &param),
                ("POST", "times") => times::update(db, req, &param),
                ("DELETE", "times") => times::delete(db, req, &param),
                ("GET", "projects") => projects::get(db, req, &param),
                ("POST", "projects") => projects::update(db, req, &param),
                ("DELETE", "projects") => projects::delete(db, req, &param),
                ("GET", "activities") => activities::get(db, req, &param),
                ("POST", "activities") => activities::update(db, req, &param),
                ("DELETE", "activities") => activities::delete(db, req, &param),
                ("GET", "users") => users::get(db, req, &param),
                ("POST", "users") => users::update(db, req, &param),
                ("DELETE", "users") => users::delete(db, req, &param),
                _ => Ok(not_found()),
            }
        }
        _ => Ok(not_found()),
    };
    answer.unwrap_or_else(|error| error)
}
