//! Behaviour the reference server was recorded showing (`tests/contract/fixtures`), each
//! checked here on its own; the replay test checks them all in their recorded sessions.

use serde_json::{json, Value};
use timesync_engine::Request;

use crate::common::{env, MEMBER};

#[test]
fn a_token_named_like_an_object_property_fails_with_the_json_error() {
    let e = env();
    let r = e.request(Request::new("GET", "/v0/activities?token=constructor"));
    let text = r.json()["text"].as_str().unwrap().to_string();
    assert!(text.starts_with("Unexpected token 'r', \"r") && text.ends_with("\" is not valid JSON"), "{text}");
    let body = json!({"auth": {"type": "token", "token": "__proto__"}, "object": {"name": "Ops", "slug": "ops"}});
    let text = e.post_raw("/activities", &body).json()["text"].as_str().unwrap().to_string();
    assert!(text.starts_with("Unexpected token '\u{fffd}'"), "{text}");
    e.request(Request::new("GET", "/v0/activities?token=bogus")).err(401, "Authentication failure", "Bad API token");
    let token = e.s.token_for("alice");
    let twice = Request::new("GET", "/v0/activities").with_token(&token).with_token(&token);
    e.request(twice).err(401, "Authentication failure", "Missing API Key");
}

#[test]
fn a_post_object_that_is_not_an_object_is_read_by_its_keys() {
    let e = env();
    e.post("/activities", "admin", json!("str")).bad_object("activity does not have a 0 field");
    e.post("/activities", "admin", json!(5)).bad_object("The activity is missing a name");
    e.post("/projects", "admin", json!(["x"])).bad_object("project does not have a 0 field");
    e.post("/times", "admin", json!("str")).bad_object("The time is missing a duration");
    e.post("/users", "admin", json!(false)).bad_object("The user is missing a username");
    let r = e.post("/activities", "admin", Value::Null);
    assert_eq!((r.status, r.json()["text"].clone()), (401, json!({})), "null is still no object");
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let r = e.post(&format!("/times/{uuid}"), "alice", json!(5));
    assert_eq!((r.status, r.json()["revision"].clone()), (200, json!(2)), "{}", r.body);
    e.post(&format!("/times/{uuid}"), "alice", json!("ab")).bad_object("time does not have a 0 field");
}

#[test]
fn dates_take_what_the_fallback_parser_reads_around_them() {
    let e = env();
    for (sent, stored) in [
        ("2016-01-05Z", "2016-01-05"),
        ("2016-01-05 utc", "2016-01-05"),
        ("2016-01-05T10:00:00 GMT", "2016-01-05"),
        ("+2016-01-05", "2016-01-05"),
        ("2016-01-05.", "2016-01-05"),
        ("2016-01-05 (Tuesday)", "2016-01-05"),
        ("2016-02-30Z", "2016-03-01"),
    ] {
        let body = json!({"duration": 60, "user": "alice", "project": "gwm", "date_worked": sent});
        let r = e.post("/times", "alice", body);
        assert_eq!(r.status, 200, "{sent}: {}", r.body);
        let uuid = r.json()["uuid"].as_str().unwrap().to_string();
        assert_eq!(e.get(&format!("/times/{uuid}"), "alice").json()["date_worked"], stored, "{sent}");
    }
    for sent in ["2016-01-05x", "2016-01-05T10:00:00junk", "2016-01-05 12"] {
        let body = json!({"duration": 60, "user": "alice", "project": "gwm", "date_worked": sent});
        e.post("/times", "alice", body)
            .bad_object(&format!("Field date_worked of time should be ISO-8601 date but was sent as {sent}"));
    }
}

#[test]
fn a_uri_with_a_bad_percent_escape_is_refused() {
    let e = env();
    for uri in ["http://example.com/%zz", "http://example.com/%4", "http://example.com/a%"] {
        let project = json!({"name": format!("P {uri}"), "slugs": ["p"], "uri": uri});
        e.post("/projects", "admin", project)
            .bad_object("Field uri of project should be uri but was sent as non-uri string");
        let time =
            json!({"duration": 60, "user": "alice", "project": "gwm", "date_worked": "2024-01-01", "issue_uri": uri});
        e.post("/times", "alice", time)
            .bad_object(&format!("Field issue_uri of time should be URI but was sent as invalid URI {uri}"));
    }
    let r = e.post("/projects", "admin", json!({"name": "P", "slugs": ["p"], "uri": "http://example.com/%41"}));
    assert_eq!(r.status, 200, "{}", r.body);
}

#[test]
fn project_parents_come_once_per_row_of_their_default_activity() {
    let e = env();
    assert_eq!(e.post("/projects/ptc", "admin", json!({"default_activity": "docs"})).status, 200);
    assert_eq!(e.post("/activities/docs", "admin", json!({"name": "Docs"})).status, 200);
    assert_eq!(
        e.post("/projects/ptc", "admin", json!({"name": "Protocols 2", "default_activity": "docs"})).status,
        200
    );
    assert_eq!(e.post("/activities/docs", "admin", json!({"slug": "doc"})).status, 200);
    let defaults = |v: &Value| -> Vec<(Value, Value)> {
        v["parents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| (p["revision"].clone(), p["default_activity"].clone()))
            .collect()
    };
    let expected =
        vec![(json!(2), json!("docs")), (json!(2), json!("docs")), (json!(2), json!("doc")), (json!(1), Value::Null)];
    let one = e.get("/projects/ptc?include_revisions=true", "alice").json();
    assert_eq!(defaults(&one), expected, "{one}");
    assert_eq!(one["default_activity"], "doc", "the project itself: the current slug");
    let list = e.get("/projects?include_revisions=true", "alice").json();
    let ptc = list.as_array().unwrap().iter().find(|p| p["name"] == "Protocols 2").unwrap();
    assert_eq!(defaults(ptc), expected);
}

#[test]
fn a_deleted_time_of_a_deleted_project_is_not_found() {
    let e = env();
    e.s.add_project("Temporary", &["tmp"], None, &[("alice", MEMBER)]);
    let uuid = e.s.add_time("alice", "tmp", &["dev"], 60, "2024-01-01");
    assert_eq!(e.delete(&format!("/times/{uuid}"), "alice").status, 200);
    // A deleted time of a live project is found, and the update un-deletes it.
    let r = e.post(&format!("/times/{uuid}"), "alice", json!({"duration": 61}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(e.delete(&format!("/times/{uuid}"), "alice").status, 200);
    assert_eq!(e.delete("/projects/tmp", "admin").status, 200);
    e.post(&format!("/times/{uuid}"), "alice", json!({"duration": 5})).err(404, "Object not found", "Nonexistent time");
}

#[test]
fn an_empty_project_name_clashes_with_a_project_named_so() {
    let e = env();
    assert_eq!(e.post("/projects/ptc", "admin", json!({"name": ""})).status, 200, "no project is named \"\"");
    assert_eq!(e.post("/projects", "admin", json!({"name": "", "slugs": ["empty"]})).status, 200);
    e.post("/projects/ptc", "admin", json!({"name": ""}))
        .bad_object("Field name of project should be unique name but was sent as name which already exists");
    assert_eq!(e.get("/projects/ptc", "alice").json()["name"], "Protocols");
}

#[test]
fn the_raw_row_of_an_emptied_time_has_no_deleted_at() {
    let e = env();
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let raw = e.post(&format!("/times/{uuid}"), "alice", json!({"activities": []})).json();
    assert_eq!(raw["newest"], true, "{raw}");
    assert!(raw.get("deleted_at").is_none(), "{raw}");
}
