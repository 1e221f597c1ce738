//! `/v0/activities`: create, update (revisions), get, delete.

use serde_json::json;

use crate::common::{env, Env};

const UNIQUE_NAME: &str = "Field name of activity should be unique name but was sent as name which already exists";

/// The seeded environment plus activity `test` ("Testing"), created by the site manager.
fn with_test_activity() -> Env {
    let e = env();
    let r = e.post("/activities", "mgr", json!({"slug": "test", "name": "Testing"}));
    assert_eq!(r.status, 200, "{}", r.body);
    e
}

#[test]
fn activity_create_echo_and_validation() {
    let e = env();
    let r = e.post("/activities", "mgr", json!({"slug": "test", "name": "Testing"}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let keys: Vec<String> = r.json().as_object().unwrap().keys().cloned().collect();
    assert_eq!(keys, ["slug", "name", "uuid", "revision", "created_at", "updated_at", "deleted_at"]);
    e.post("/activities", "alice", json!({"name": "X", "slug": "x"}))
        .unauthorized("alice is not authorized to create activities");
    e.bad_objects(
        "/activities",
        "admin",
        &[
            (json!({"name": "X", "slug": "x", "foo": 1}), "activity does not have a foo field"),
            (json!({"name": "", "slug": "x"}), "The activity is missing a name"),
            (json!({"name": "X"}), "The activity is missing a slug"),
            (json!({"name": 5, "slug": "x"}), "Field name of activity should be string but was sent as number"),
            (
                json!({"name": "X", "slug": "X_1"}),
                "Field slug of activity should be slug but was sent as non-slug string",
            ),
            (json!({"name": "Testing", "slug": "x"}), UNIQUE_NAME),
        ],
    );
    let r = e.post("/activities", "admin", json!({"name": "X", "slug": "dev"}));
    r.err(409, "The slug provided already exists", "slug dev already exists");
    assert_eq!(r.json()["values"], json!(["dev"]));
}

#[test]
fn activity_update_validation_order() {
    let e = with_test_activity();
    e.post("/activities/test", "alice", json!({})).unauthorized("alice is not authorized to update activities");
    e.post_errors(
        "/activities/test",
        "admin",
        &[
            (
                json!({"name": ""}),
                400,
                "Bad object",
                "Field name of activity should be string but was sent as empty string",
            ),
            (
                json!({"slug": ""}),
                400,
                "Bad object",
                "Field slug of activity should be slug but was sent as empty string",
            ),
            (
                json!({"slug": "a--b"}),
                400,
                "Bad object",
                "Field slug of activity should be valid slug but was sent as invalid slug a--b",
            ),
            (json!({"slug": "test"}), 409, "The slug provided already exists", "slug test already exists"),
            (json!({"name": "Testing"}), 400, "Bad object", UNIQUE_NAME),
        ],
    );
    e.post("/activities/Te_st", "admin", json!({})).err(
        400,
        "The provided identifier was invalid",
        "Expected slug but received Te_st",
    );
    e.post("/activities/nope", "admin", json!({"name": "Z"})).err(404, "Object not found", "Nonexistent activity");
}

#[test]
fn activity_updates_make_revisions() {
    let e = with_test_activity();
    let r = e.post("/activities/test", "admin", json!({"name": "QA"}));
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    let v = r.json();
    assert_eq!((v["revision"].clone(), v.get("deleted_at").is_none()), (json!(2), true));
    let v = e.post("/activities/test", "admin", json!({"slug": "qa"})).json();
    assert_eq!((v["revision"].clone(), v["name"].clone()), (json!(3), json!("QA")));
    let g = e.get("/activities/qa?include_revisions", "alice").json();
    assert_eq!(g["parents"], json!([]), "only revisions carrying the current slug");
    let g = e.get("/activities/test?include_revisions", "alice");
    assert_eq!((g.status, g.body.as_str()), (200, ""), "unknown slug with include_revisions: empty 200");
    e.get("/activities/test", "alice").err(404, "Object not found", "Nonexistent activity");
    e.get("/activities/a.b", "alice").err(400, "The provided identifier was invalid", "Expected slug but received a.b");
    let list = e.get("/activities?include_revisions", "alice").json();
    let qa = list.as_array().unwrap().iter().find(|a| a["slug"] == "qa").unwrap();
    assert_eq!(qa["parents"].as_array().unwrap().len(), 2);
}

#[test]
fn activity_delete() {
    let e = with_test_activity();
    e.post("/activities/test", "admin", json!({"name": "QA"}));
    e.post("/activities/test", "admin", json!({"slug": "qa"}));
    e.delete("/activities/qa", "alice").unauthorized("alice is not authorized to delete activities");
    e.s.add_time("alice", "gwm", &["dev"], 1, "2024-01-01");
    e.delete_refusals("activities", "Q_A", "dev", "activity");
    let r = e.delete("/activities/qa", "admin");
    assert_eq!((r.status, r.body.as_str(), r.content_type.clone()), (200, "", None));
    let all = e.get("/activities?include_deleted", "alice").json();
    assert!(all.as_array().unwrap().iter().any(|a| a["slug"].is_null() && a["name"] == "QA"));
}
