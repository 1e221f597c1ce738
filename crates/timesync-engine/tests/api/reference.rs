//! Where the engine copies the reference server's odd but real behaviour (found by
//! replaying the same requests against both).

use serde_json::{json, Value};
use timesync_engine::Request;

use crate::common::env;

#[test]
fn project_update_without_default_activity_answers_the_old_one_but_stores_null() {
    let e = env();
    let r = e.post("/projects/gwm", "admin", json!({"name": "GWM"}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.json()["default_activity"], "dev", "the reply shows the old default activity");
    assert_eq!(e.get("/projects/gwm", "alice").json()["default_activity"], Value::Null, "stored: null");
    // Sending one shows (and stores) the sent one.
    let r = e.post("/projects/gwm", "admin", json!({"default_activity": "docs"}));
    assert_eq!(r.json()["default_activity"], "docs");
    assert_eq!(e.get("/projects/gwm", "alice").json()["default_activity"], "docs");
}

#[test]
fn projects_list_shows_a_project_once_per_slug_its_default_activity_had() {
    let e = env();
    assert_eq!(e.post("/activities/dev", "admin", json!({"name": "Coding"})).status, 200);
    let count = |list: &Value| list.as_array().unwrap().iter().filter(|p| p["name"] == "Ganeti Web Manager").count();
    assert_eq!(count(&e.get("/projects", "alice").json()), 1, "same slug on every revision: once");
    assert_eq!(e.post("/activities/dev", "admin", json!({"slug": "code"})).status, 200);
    let list = e.get("/projects", "alice").json();
    assert_eq!(count(&list), 2, "{list}");
    let defaults: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["name"] == "Ganeti Web Manager")
        .map(|p| &p["default_activity"])
        .collect();
    assert_eq!(defaults, [&json!("dev"), &json!("code")], "old slug first");
    let revisions = e.get("/projects?include_revisions", "alice").json();
    assert_eq!(count(&revisions), 2);
    assert_eq!(e.get("/projects/gwm", "alice").json()["default_activity"], "code", "one project by slug");
    let others = list.as_array().unwrap().iter().filter(|p| p["name"] == "Protocols").count();
    assert_eq!(others, 1, "no default activity: once");
}

#[test]
fn empty_start_and_end_are_ignored() {
    let e = env();
    e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    for q in ["start=", "end=", "start=&end=", "start=&end=2024-01-01", "start=2024-01-01&end="] {
        let r = e.get(&format!("/times?{q}"), "admin");
        assert_eq!(r.status, 200, "{q}: {}", r.body);
        assert_eq!(r.json().as_array().unwrap().len(), 1, "{q}");
    }
    // A repeated parameter takes its first value, even an empty one; the text shows them all.
    e.get("/times?start=&start=2024-01-01", "admin").err(
        400,
        "Bad query value",
        "Parameter start contained invalid value ,2024-01-01",
    );
    // Checked in the reference's order: both patterns before start > end and start > now.
    e.get("/times?start=2999-01-01&end=soon", "admin").err(
        400,
        "Bad query value",
        "Parameter end contained invalid value soon",
    );
    e.get("/times?start=1970-01-01&end=2024-01-01", "admin").err(
        400,
        "Bad query value",
        "Parameter start contained invalid value 1970-01-01",
    );
}

#[test]
fn listed_revisions_show_the_union_of_projects_and_activities() {
    let e = env();
    let uuid = e.s.add_time("bob", "gwm", &["dev"], 60, "2024-01-01");
    let r = e.post(&format!("/times/{uuid}"), "bob", json!({"project": "ptc", "activities": ["docs"]}));
    assert_eq!(r.status, 200, "{}", r.body);
    let list = e.get("/times?include_revisions=true", "admin").json();
    let t = &list[0];
    assert_eq!(t["project"], json!(["ganeti", "gwm", "ptc"]), "union over the revisions");
    assert_eq!(t["activities"], json!(["dev", "docs"]));
    assert_eq!(t["parents"][0]["project"], json!(["ganeti", "gwm", "ptc"]));
    // Without revisions, and by uuid, the time shows its own.
    assert_eq!(e.get("/times", "admin").json()[0]["project"], json!(["ptc"]));
    let own = e.get(&format!("/times/{uuid}?include_revisions=true"), "admin").json();
    assert_eq!(
        (own["project"].clone(), own["parents"][0]["project"].clone()),
        (json!(["ptc"]), json!(["ganeti", "gwm"]))
    );
}

#[test]
fn an_update_answers_one_slug_per_activity_revision() {
    let e = env();
    assert_eq!(e.post("/activities", "admin", json!({"name": "Testing", "slug": "qa"})).status, 200);
    assert_eq!(e.post("/activities/qa", "admin", json!({"name": "Quality"})).status, 200);
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let r = e.post(&format!("/times/{uuid}"), "alice", json!({"activities": ["qa", "docs"]}));
    assert_eq!(r.json()["activities"], json!(["docs", "qa", "qa"]));
    assert_eq!(e.get(&format!("/times/{uuid}"), "alice").json()["activities"], json!(["docs", "qa"]), "GET: once");
}

#[test]
fn notes_read_back_as_the_reference_database_stores_them() {
    let e = env();
    for (sent, stored) in [
        (json!(true), "1"),
        (json!(false), "0"),
        (json!(42), "42"),
        (json!(1.5), "1.5"),
        // Not an int32: bound as a REAL, whose text SQLite writes with `%!.15g`.
        (json!(1e21), "1.0e+21"),
        (json!(-0.0000001), "-1.0e-07"),
        (json!(3e9), "3000000000.0"),
        // The driver binds any object, an array included, as "[object Object]".
        (json!(["a", null, 2]), "[object Object]"),
        (json!({"a": 1}), "[object Object]"),
    ] {
        let body =
            json!({"duration": 60, "user": "alice", "project": "gwm", "date_worked": "2024-01-01", "notes": sent});
        let r = e.post("/times", "alice", body);
        assert_eq!(r.json()["notes"], sent, "the create answer echoes the request");
        let uuid = r.json()["uuid"].as_str().unwrap().to_string();
        assert_eq!(e.get(&format!("/times/{uuid}"), "alice").json()["notes"], stored, "{sent}");
    }
}

#[test]
fn time_update_duration_goes_through_javascript_number() {
    let e = env();
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let path = format!("/times/{uuid}");
    for (sent, kept) in [(json!(null), 60), (json!([]), 60), (json!([5]), 5), (json!(["90"]), 90), (json!([1, 2]), 90)]
    {
        let r = e.post(&path, "alice", json!({ "duration": sent }));
        assert_eq!(r.status, 200, "{sent}: {}", r.body);
        assert_eq!(e.get(&path, "alice").json()["duration"], kept, "{sent}");
    }
    e.post(&path, "alice", json!({"duration": {"a": 1}}))
        .bad_object("Field duration of time should be number but was sent as object");
}

#[test]
fn a_token_whose_plus_became_a_space_is_accepted_everywhere() {
    let e = env();
    let token = loop {
        let t = e.s.token_for("admin");
        if t.contains('+') {
            break t;
        }
    };
    let spaced = token.replace('+', " ");
    let body = json!({"auth": {"type": "token", "token": spaced}, "object": {"name": "Spaced", "slug": "spaced"}});
    assert_eq!(e.post_raw("/activities", &body).status, 200, "in a JSON body");
    let form = format!("auth[type]=token&auth[token]={token}&object[name]=Form&object[slug]=form");
    let r = e.request(Request::new("POST", "/v0/activities").with_body("application/x-www-form-urlencoded", form));
    assert_eq!(r.status, 200, "a form-encoded `+`: {}", r.body);
    let r = e.request(Request::new("GET", &format!("/v0/users?token={token}")));
    assert_eq!(r.status, 200, "an unencoded query token: {}", r.body);
}

#[test]
fn email_addresses_follow_the_reference_pattern() {
    let e = env();
    let create = |name: &str, email: &str| {
        e.post("/users", "admin", json!({"username": name, "password": "$2a$04$x", "email": email})).status
    };
    for (i, email) in
        ["user@example.com", "a+b@example.com", "xy@ex.co.uk", "a.b_c@def.org", "x|y@abc.de", "ab@abc.d.ef"]
            .iter()
            .enumerate()
    {
        assert_eq!(create(&format!("ok{i}"), email), 200, "{email} is accepted");
    }
    for email in [
        "a@b.com",
        "first-last@x.com",
        "x@example.info",
        "xy@mail.example.com",
        "xy@example.COM",
        "x..y@example.com",
        ".xy@example.com",
        "xy@example.c",
        "x+y+z@example.com",
        "xy@ex..com",
        "xy@@example.com",
        "xy@example.com ",
    ] {
        let r = e.post("/users", "admin", json!({"username": "bad", "password": "$2a$04$x", "email": email}));
        r.bad_object("Field email of user should be valid email but was sent as string");
    }
}
