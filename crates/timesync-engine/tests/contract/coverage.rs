//! The fixtures cover the API: every route of the contract (timesync-api.md §5), answered
//! with success and refused, and every error of its catalogue (§10) and of its endpoints.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::fixture::{self, Exchange};

/// Every route of timesync-api.md §5 (and §3.1): method and path pattern.
const ROUTES: [(&str, &str); 21] = [
    ("POST", "/v0/login"),
    ("GET", "/v0/activities"),
    ("GET", "/v0/activities/:id"),
    ("POST", "/v0/activities"),
    ("POST", "/v0/activities/:id"),
    ("DELETE", "/v0/activities/:id"),
    ("GET", "/v0/projects"),
    ("GET", "/v0/projects/:id"),
    ("POST", "/v0/projects"),
    ("POST", "/v0/projects/:id"),
    ("DELETE", "/v0/projects/:id"),
    ("GET", "/v0/times"),
    ("GET", "/v0/times/:id"),
    ("POST", "/v0/times"),
    ("POST", "/v0/times/:id"),
    ("DELETE", "/v0/times/:id"),
    ("GET", "/v0/users"),
    ("GET", "/v0/users/:id"),
    ("POST", "/v0/users"),
    ("POST", "/v0/users/:id"),
    ("DELETE", "/v0/users/:id"),
];

/// Every error the contract documents: status, title and text (`*` matches anything).
const ERRORS: &[(u64, &str, &str)] = &[
    (401, "Authentication failure", "Missing credentials"),
    (401, "Authentication failure", "Authentication type required"),
    (401, "Authentication failure", "Bad API token"),
    (401, "Authentication failure", "Incorrect username or password"),
    (401, "Authentication failure", "{}"),
    (401, "Bad query value", "* is not a valid authentication type"),
    (400, "Bad object", "The request body could not be parsed as valid JSON"),
    (400, "Bad object", "The activity is missing a *"),
    (400, "Bad object", "The project is missing a *"),
    (400, "Bad object", "The time is missing a *"),
    (400, "Bad object", "The user is missing a *"),
    (400, "Bad object", "activity does not have a * field"),
    (400, "Bad object", "project does not have a * field"),
    (400, "Bad object", "time does not have a * field"),
    (400, "Bad object", "user does not have a * field"),
    (400, "Bad object", "Field * of activity should be * but was sent as *"),
    (400, "Bad object", "Field * of project should be * but was sent as *"),
    (400, "Bad object", "Field * of time should be * but was sent as *"),
    (400, "Bad object", "Field * of user should be * but was sent as *"),
    (400, "Bad object", "Field name of activity should be unique name but was sent as name which already exists"),
    (400, "Bad object", "Field name of project should be unique name but was sent as name which already exists"),
    (400, "The provided identifier was invalid", "Expected slug but received *"),
    (400, "The provided identifier was invalid", "Expected UUID but received *"),
    (400, "The provided identifier was invalid", "Expected uuid but received *"),
    (400, "The provided identifier was invalid", "Expected username but received *"),
    (400, "Bad query value", "Parameter * contained invalid value *"),
    (404, "Object not found", "Nonexistent activity"),
    (404, "Object not found", "Nonexistent project"),
    (404, "Object not found", "Nonexistent time"),
    (404, "Object not found", "Nonexistent user"),
    (404, "Object not found", "Nonexistent slug"),
    (404, "Object not found", "Nonexistent uuid"),
    (405, "Method not allowed", "The method specified is not allowed for the activity identified"),
    (405, "Method not allowed", "The method specified is not allowed for the project identified"),
    (409, "The slug provided already exists", "slug * already exists"),
    (409, "The slug provided already exists", "slugs *, * already exist"),
    (409, "Invalid foreign key", "The project does not contain a valid activity reference."),
    (409, "Invalid foreign key", "The time does not contain a valid project reference."),
    (409, "Invalid foreign key", "The time does not contain a valid activities reference."),
    (409, "Invalid foreign key", "The time does not contain a valid user reference."),
    (409, "Username already exists", "username * already exists"),
    (500, "Server error", "Unexpected server error."),
    (401, "Authorization failure", "* is not authorized to create activities"),
    (401, "Authorization failure", "* is not authorized to update activities"),
    (401, "Authorization failure", "* is not authorized to delete activities"),
    (401, "Authorization failure", "* is not authorized to create projects"),
    (401, "Authorization failure", "* is not authorized to make changes to *"),
    (401, "Authorization failure", "* is not authorized to delete project *"),
    (401, "Authorization failure", "* is not authorized to create time entries for project *."),
    (401, "Authorization failure", "* is not authorized to create time entries for *"),
    (401, "Authorization failure", "* is not authorized to create objects for *"),
    (401, "Authorization failure", "* is not authorized to delete time *"),
    (401, "Authorization failure", "* is not authorized to create users"),
    (401, "Authorization failure", "* is not authorized to modify user *"),
    (401, "Authorization failure", "* is not authorized to modify fields of user * other than site_spectator"),
    (401, "Authorization failure", "* is not authorized to set permissions of user *"),
    (401, "Authorization failure", "* is not authorized to delete users"),
];

/// The route pattern of a recorded request (`None` for paths outside the API).
fn route(x: &Exchange) -> Option<(String, String)> {
    let rest = x.path.strip_prefix("/v0/")?;
    let mut segs = rest.split('/');
    let collection = segs.next()?;
    let pattern = match (segs.next(), segs.next()) {
        (None, _) => format!("/v0/{collection}"),
        (Some(id), None) if !id.is_empty() => format!("/v0/{collection}/:id"),
        _ => return None,
    };
    Some((x.method.clone(), pattern))
}

/// `*` matches any run of characters (at least one).
fn glob(pattern: &str, text: &str) -> bool {
    match pattern.split_once('*') {
        None => pattern == text,
        Some((head, tail)) => {
            let Some(rest) = text.strip_prefix(head) else { return false };
            (1..=rest.len()).any(|i| rest.is_char_boundary(i) && glob(tail, &rest[i..]))
        }
    }
}

#[test]
fn the_fixtures_cover_every_route_answered_and_refused() {
    let mut ok = BTreeSet::new();
    let mut refused = BTreeSet::new();
    for (_, exchanges) in fixture::load() {
        for x in &exchanges {
            let (Some(route), Some(reply)) = (route(x), &x.reply) else { continue };
            if reply.status == 200 {
                ok.insert(route);
            } else if reply.status >= 400 {
                refused.insert(route);
            }
        }
    }
    for (method, path) in ROUTES {
        let r = (method.to_string(), path.to_string());
        assert!(ok.contains(&r), "no recorded success of {method} {path}");
        assert!(refused.contains(&r), "no recorded refusal of {method} {path}");
    }
}

#[test]
fn the_fixtures_cover_every_documented_error() {
    let mut seen = BTreeSet::new();
    for (_, exchanges) in fixture::load() {
        for reply in exchanges.iter().filter_map(|x| x.reply.as_ref()) {
            let b = &reply.body;
            if let (Some(title), Some(status)) = (b["error"].as_str(), b["status"].as_u64()) {
                let text = match &b["text"] {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                seen.insert((status, title.to_string(), text));
            }
        }
    }
    let missing: Vec<String> = ERRORS
        .iter()
        .filter(|(status, title, text)| !seen.iter().any(|(s, t, x)| s == status && t == title && glob(text, x)))
        .map(|(status, title, text)| format!("{status} {title}: {text}"))
        .collect();
    assert!(missing.is_empty(), "errors of timesync-api.md never recorded: {missing:#?}");
}

#[test]
fn the_fixtures_show_the_html_404_of_unknown_routes() {
    let pages = fixture::load()
        .into_iter()
        .flat_map(|(_, xs)| xs)
        .filter_map(|x| x.reply)
        .filter(|r| r.status == 404 && r.body.as_str().is_some_and(|b| b.contains("<pre>Cannot ")))
        .count();
    assert!(pages >= 5, "{pages} HTML 404 pages recorded");
}

#[test]
fn glob_matches_runs() {
    assert!(glob("slugs *, * already exist", "slugs a, b already exist"));
    assert!(!glob("slug * already exists", "slugs a, b already exist"));
    assert!(glob(
        "* is not authorized to create time entries for project *.",
        "a is not authorized to create time entries for project p."
    ));
    assert!(!glob("Nonexistent slug", "Nonexistent slugs"));
}
