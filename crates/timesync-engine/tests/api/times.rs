//! `/v0/times`: create echo, validation order, revisions, deletion, visibility, filters.

use serde_json::{json, Value};
use timesync_engine::SiteRoles;

use crate::common::{env, Env, Resp, MEMBER, SPECTATOR};

#[test]
fn time_create_echo_and_get() {
    let e = env();
    let obj = json!({"duration": 12, "user": "alice", "project": "ganeti", "notes": 42, "issue_uri": "https://x.org/1", "date_worked": "2024-03-05", "extra": [1]});
    let r = e.post("/times", "alice", obj);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let v = r.json();
    let keys: Vec<&String> = v.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "duration",
            "user",
            "project",
            "notes",
            "issue_uri",
            "date_worked",
            "extra",
            "uuid",
            "revision",
            "created_at",
            "updated_at",
            "deleted_at"
        ]
    );
    assert_eq!(v["project"], "ganeti");
    assert!(v.get("activities").is_none());
    assert_eq!(v["revision"], 1);
    assert_eq!(v["notes"], 42);
    let uuid = v["uuid"].as_str().unwrap();
    assert_eq!(uuid.len(), 36);
    let g = e.get(&format!("/times/{uuid}"), "alice").json();
    assert_eq!(g["project"], json!(["ganeti", "gwm"]));
    assert_eq!(g["activities"], json!(["dev"]));
    assert_eq!(g["notes"], "42");
    assert_eq!(g["date_worked"], "2024-03-05");
    assert_eq!(g["updated_at"], Value::Null);
    let keys: Vec<&String> = g.as_object().unwrap().keys().collect();
    assert_eq!(
        keys,
        [
            "duration",
            "user",
            "notes",
            "issue_uri",
            "uuid",
            "revision",
            "project",
            "activities",
            "created_at",
            "updated_at",
            "deleted_at",
            "date_worked"
        ]
    );
    // activities sent: echoed; upper-case uuid 404s.
    let r = e.post("/times", "alice", json!({"duration": 0, "user": "alice", "project": "gwm", "activities": ["docs", "dev", "docs"], "date_worked": "2024-03-06"}));
    assert_eq!(r.json()["activities"], json!(["docs", "dev", "docs"]));
    let u2 = r.json()["uuid"].as_str().unwrap().to_string();
    assert_eq!(e.get(&format!("/times/{u2}"), "alice").json()["activities"], json!(["dev", "docs"]));
    e.get(&format!("/times/{}", u2.to_uppercase()), "alice").err(404, "Object not found", "Nonexistent time");
    let r = e.get("/times/nope", "alice");
    r.err(400, "The provided identifier was invalid", "Expected UUID but received nope");
    assert_eq!(r.json()["values"], json!(["nope"]));
}

/// Creates a valid time of alice's with `k` set to `v` (or removed, for `null`, except the
/// fields where `null` is a value under test).
fn create_with(e: &Env, k: &str, v: Value) -> Resp {
    let mut o =
        json!({"duration": 10, "user": "alice", "project": "gwm", "activities": ["dev"], "date_worked": "2024-01-01"});
    if v.is_null() && k != "issue_uri" && k != "duration" {
        o.as_object_mut().unwrap().remove(k);
    } else {
        o[k] = v;
    }
    e.post("/times", "alice", o)
}

#[test]
fn time_create_validation_order() {
    let e = env();
    let with = |k: &str, v: Value| create_with(&e, k, v);
    with("duration", Value::Null).bad_object("Field duration of time should be number but was sent as null");
    with("project", Value::Null).bad_object("The time is missing a project");
    with("duration", json!("60")).bad_object("Field duration of time should be number but was sent as string");
    with("issue_uri", Value::Null).bad_object("Field issue_uri of time should be string but was sent as null");
    with("activities", json!("dev")).bad_object("Field activities of time should be array but was sent as string");
    with("date_worked", Value::Null).bad_object("The time is missing a date_worked");
    with("duration", json!(-1))
        .bad_object("Field duration of time should be positive number but was sent as negative number");
    with("project", json!("Bad_Slug"))
        .bad_object("Field project of time should be slug but was sent as invalid slug Bad_Slug");
    with("activities", json!(["dev", 3]))
        .bad_object("Field activities of time should be slugs but was sent as array containing at least 1 number");
    with("activities", json!(["a--b"])).bad_object(
        "Field activities of time should be slugs but was sent as array containing at least 1 invalid slug",
    );
    with("issue_uri", json!("ftp://x"))
        .bad_object("Field issue_uri of time should be URI but was sent as invalid URI ftp://x");
    with("date_worked", json!("2016-13-45"))
        .bad_object("Field date_worked of time should be ISO-8601 date but was sent as 2016-13-45");
}

#[test]
fn time_create_references_and_membership() {
    let e = env();
    let with = |k: &str, v: Value| create_with(&e, k, v);
    with("user", json!("bob")).unauthorized("alice is not authorized to create time entries for bob");
    with("project", json!("nope")).bad_reference("time", "project");
    with("activities", json!(["nope"])).bad_reference("time", "activities");
    // No activities and no default activity.
    let r =
        e.post("/times", "bob", json!({"duration": 1, "user": "bob", "project": "ptc", "date_worked": "2024-01-01"}));
    r.bad_object("The time is missing a activities");
    // Membership: carol (site spectator) and mgr (site manager) are not members; admin bypasses.
    let r =
        e.post("/times", "mgr", json!({"duration": 1, "user": "mgr", "project": "gwm", "date_worked": "2024-01-01"}));
    r.unauthorized("mgr is not authorized to create time entries for project gwm.");
    let r = e.post(
        "/times",
        "admin",
        json!({"duration": 1, "user": "admin", "project": "gwm", "date_worked": "2016-02-30"}),
    );
    assert_eq!(r.status, 200);
    let u = r.json()["uuid"].as_str().unwrap().to_string();
    assert_eq!(e.get(&format!("/times/{u}"), "admin").json()["date_worked"], "2016-03-01");
    // Unknown keys are accepted on create; empty issue_uri accepted.
    assert_eq!(with("issue_uri", json!("")).status, 200);
}

#[test]
fn time_update_revisions_and_bugs() {
    let e = env();
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let path = format!("/times/{uuid}");
    // Never updated: parents [] (deviation: the reference crashes).
    assert_eq!(e.get(&format!("{path}?include_revisions=true"), "alice").json()["parents"], json!([]));
    let r = e.post(&path, "alice", json!({"duration": "300", "notes": "first"}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    let v = r.json();
    assert_eq!(v["revision"], 2);
    assert_eq!(v["duration"], 300);
    assert_eq!(v["activities"], json!([]));
    assert_eq!(v["project"], json!(["ganeti", "gwm"]));
    // Reassign to bob (admin may): response shows the previous owner.
    let r = e.post(&path, "admin", json!({"user": "bob", "activities": ["docs"], "duration": 0, "notes": ""}));
    let v = r.json();
    assert_eq!(v["user"], "alice");
    assert_eq!(v["activities"], json!(["docs"]));
    let g = e.get(&format!("{path}?include_revisions=true"), "admin").json();
    assert_eq!(g["user"], "bob");
    assert_eq!(g["revision"], 3);
    assert_eq!(g["duration"], 300);
    assert_eq!(g["notes"], "first");
    let revs: Vec<i64> = g["parents"].as_array().unwrap().iter().map(|p| p["revision"].as_i64().unwrap()).collect();
    assert_eq!(revs, [1, 2]);
    assert_eq!(g["parents"][0]["activities"], json!(["dev"]));
    // List: parents descending, with the union of activities.
    let list = e.get("/times?include_revisions", "admin").json();
    let t = list.as_array().unwrap().iter().find(|t| t["uuid"] == uuid.as_str()).unwrap().clone();
    let revs: Vec<i64> = t["parents"].as_array().unwrap().iter().map(|p| p["revision"].as_i64().unwrap()).collect();
    assert_eq!(revs, [2, 1]);
    assert_eq!(t["parents"][1]["activities"], json!(["dev", "docs"]));
    // alice no longer owns it.
    e.post(&path, "alice", json!({"notes": "x"})).unauthorized("alice is not authorized to create objects for bob");
}

#[test]
fn time_update_validation_order() {
    let e = env();
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let path = format!("/times/{uuid}");
    e.post(&path, "admin", json!({"user": "bob"}));
    e.post("/times/xyz", "bob", json!({"key": 1})).err(
        400,
        "The provided identifier was invalid",
        "Expected UUID but received xyz",
    );
    e.bad_objects(
        &path,
        "bob",
        &[
            (json!({"duration": {}, "key": 1}), "Field duration of time should be number but was sent as object"),
            (json!({"key": 1}), "time does not have a key field"),
            (json!({"notes": null}), "Field notes of time should be string but was sent as null"),
            (
                json!({"duration": -5}),
                "Field duration of time should be positive integer but was sent as negative integer",
            ),
            (json!({"issue_uri": ""}), "Field issue_uri of time should be URI but was sent as invalid URI "),
        ],
    );
    let missing = "00000000-0000-4000-8000-000000000000";
    e.post(&format!("/times/{missing}"), "bob", json!({})).err(404, "Object not found", "Nonexistent time");
    e.post(&path, "bob", json!({"user": "ghost"})).bad_reference("time", "user");
    e.post(&path, "bob", json!({"project": "nope"})).bad_reference("time", "project");
    e.post(&path, "bob", json!({"activities": ["nope"]})).bad_reference("time", "activities");
}

#[test]
fn time_delete_is_soft_and_update_undeletes() {
    let e = env();
    let uuid = e.s.add_time("alice", "gwm", &["dev"], 60, "2024-01-01");
    let path = format!("/times/{uuid}");
    e.post(&path, "alice", json!({"duration": 90}));
    e.delete(&path, "bob").unauthorized(&format!("bob is not authorized to delete time {uuid}"));
    e.delete("/times/xyz", "alice").err(400, "The provided identifier was invalid", "Expected uuid but received xyz");
    e.delete("/times/00000000-0000-4000-8000-000000000000", "alice").err(404, "Object not found", "Nonexistent uuid");
    let r = e.delete(&path, "alice");
    assert_eq!((r.status, r.body.as_str(), r.content_type.clone()), (200, "", None));
    e.get(&path, "alice").err(404, "Object not found", "Nonexistent time");
    assert!(e.get("/times", "admin").json().as_array().unwrap().is_empty());
    let g = e.get(&format!("{path}?include_deleted=no&include_revisions"), "alice").json();
    assert!(g["deleted_at"].is_string());
    assert!(g["parents"][0]["deleted_at"].is_string(), "all revisions deleted");
    assert_eq!(e.delete(&path, "mgr").status, 200, "site managers may delete; deleting again is fine");
    let r = e.post(&path, "alice", json!({"notes": "back"}));
    assert_eq!(r.status, 200);
    assert_eq!(e.get(&path, "alice").json()["deleted_at"], Value::Null);
}

#[test]
fn time_visibility() {
    let e = env();
    let a = e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    let b = e.s.add_time("bob", "gwm", &["dev"], 2, "2024-01-02");
    let c = e.s.add_time("admin", "ptc", &["docs"], 3, "2024-01-03");
    e.s.add_user("sam", "spw", SiteRoles::default());
    e.s.add_project("Spectated", &["spec"], None, &[("sam", SPECTATOR), ("alice", MEMBER)]);
    let d = e.s.add_time("alice", "spec", &["docs"], 4, "2024-01-04");
    let uuids = |user: &str| -> Vec<String> {
        let mut v: Vec<String> = e
            .get("/times", user)
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["uuid"].as_str().unwrap().to_string())
            .collect();
        v.sort();
        v
    };
    let sorted = |mut v: Vec<String>| {
        v.sort();
        v
    };
    assert_eq!(uuids("alice"), sorted(vec![a.clone(), d.clone()]));
    assert_eq!(uuids("sam"), sorted(vec![d.clone()]), "project spectator sees the project's times");
    assert_eq!(
        uuids("bob"),
        sorted(vec![b.clone(), c.clone()]),
        "own + spectator of ptc; manager of gwm is not enough"
    );
    assert_eq!(uuids("carol"), sorted(vec![a.clone(), b.clone(), c.clone(), d.clone()]));
    assert_eq!(uuids("admin").len(), 4);
    assert!(uuids("mgr").is_empty(), "site manager without spectator sees only own");
    e.get(&format!("/times/{b}"), "alice").err(404, "Object not found", "Nonexistent time");
}

#[test]
fn time_filters() {
    let e = env();
    let a = e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    let b = e.s.add_time("bob", "ptc", &["docs"], 2, "2024-01-05");
    let count = |q: &str| e.get(&format!("/times?{q}"), "admin").json().as_array().unwrap().len();
    assert_eq!(count("user=alice"), 1);
    assert_eq!(count("user=alice&user=bob"), 2);
    assert_eq!(count("user=alice&user=ghost"), 1);
    assert_eq!(count("user="), 2);
    assert_eq!(count("project=ganeti"), 1);
    assert_eq!(count("activity=docs"), 1);
    assert_eq!(count("start=2024-01-02"), 1);
    assert_eq!(count("end=2024-01-01"), 1);
    assert_eq!(count("start=2024-01-01&end=2024-01-05"), 2);
    assert_eq!(count("start=2016-13-45"), 2, "pattern matches but not a date: ignored");
    assert_eq!(count("user=alice&project=ptc"), 0);
    e.get_errors(
        "admin",
        &[
            ("/times?user=ghost", 400, "Bad query value", "Parameter user contained invalid value ghost"),
            (
                "/times?user=ghost&user=nobody",
                400,
                "Bad query value",
                "Parameter user contained invalid value ghost,nobody",
            ),
            ("/times?project=not@slug!", 400, "Bad query value", "Parameter project contained invalid value not@slug!"),
            ("/times?activity=zzz", 400, "Bad query value", "Parameter activity contained invalid value zzz"),
            ("/times?start=yesterday", 400, "Bad query value", "Parameter start contained invalid value yesterday"),
            ("/times?end=soon", 400, "Bad query value", "Parameter end contained invalid value soon"),
            ("/times?start=2999-01-01", 400, "Bad query value", "Parameter start contained invalid value 2999-01-01"),
            (
                "/times?start=2024-01-05&end=2024-01-01",
                400,
                "Bad query value",
                "Parameter start contained invalid value 2024-01-05",
            ),
        ],
    );
    // Filters also apply to /times/:uuid.
    e.get(&format!("/times/{a}?user=bob"), "admin").err(404, "Object not found", "Nonexistent time");
    assert_eq!(e.get(&format!("/times/{b}?user=bob"), "admin").status, 200);
}

#[test]
fn include_flag_parsing() {
    let e = env();
    let t = e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    e.delete(&format!("/times/{t}"), "alice");
    let count = |q: &str| e.get(&format!("/times?{q}"), "admin").json().as_array().unwrap().len();
    for (q, n) in [
        ("include_deleted=true", 1),
        ("include_deleted", 1),
        ("include_deleted=0", 1),
        ("include_deleted=no", 1),
        ("include_deleted=false", 0),
        ("include_deleted=false&include_deleted=false", 1),
    ] {
        assert_eq!(count(q), n, "lenient {q}");
    }
    e.post("/activities", "admin", json!({"name": "Gone", "slug": "gone"}));
    e.delete("/activities/gone", "admin");
    let acount = |q: &str| e.get(&format!("/activities?{q}"), "admin").json().as_array().unwrap().len();
    for (q, n) in [
        ("include_deleted=true", 3),
        ("include_deleted", 3),
        ("include_deleted=1", 2),
        ("include_deleted=yes", 2),
        ("include_deleted=true&include_deleted=true", 2),
    ] {
        assert_eq!(acount(q), n, "strict {q}");
    }
    let has_parents = |q: &str| e.get(&format!("/activities?{q}"), "admin").json()[0].get("parents").is_some();
    assert!(has_parents("include_revisions=true"));
    assert!(has_parents("include_revisions"));
    assert!(!has_parents("include_revisions=1"));
    assert!(!has_parents("include_revisions=false"));
}
