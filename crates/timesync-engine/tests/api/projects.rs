//! `/v0/projects`: create, update, list with the user filter, delete.

use serde_json::{json, Value};

use crate::common::{env, Env};

/// The seeded environment plus project "New" (`new`, `nw`; default activity docs; alice a
/// member), created by the site manager.
fn with_new_project() -> Env {
    let e = env();
    let obj = json!({"name": "New", "slugs": ["new", "nw"], "uri": "http://localhost:8000/x", "default_activity": "docs", "users": {"alice": {"member": true}, "ghost": {"member": true}}});
    assert_eq!(e.post("/projects", "mgr", obj).status, 200);
    e
}

#[test]
fn project_create_echo() {
    let e = env();
    let obj = json!({"name": "New", "slugs": ["new", "nw"], "uri": "http://localhost:8000/x", "default_activity": "docs", "users": {"alice": {"member": true}, "ghost": {"member": true}}});
    let r = e.post("/projects", "mgr", obj);
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let v = r.json();
    assert_eq!(v["slugs"], json!(["new", "nw"]));
    assert_eq!(v["users"], json!({"alice": {"member": true}}));
    let keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        [
            "name",
            "slugs",
            "uri",
            "default_activity",
            "users",
            "uuid",
            "created_at",
            "revision",
            "updated_at",
            "deleted_at"
        ]
    );
    let g = e.get("/projects/nw", "alice").json();
    assert_eq!(g["users"], json!({"alice": {"member": true, "spectator": false, "manager": false}}));
    assert_eq!(g["default_activity"], "docs");
    let r = e.post("/projects", "admin", json!({"name": "Bare", "slugs": ["bare"]}));
    assert_eq!(r.status, 200);
    assert!(e.get("/projects/bare", "alice").json().get("users").is_none(), "users omitted without roles");
}

#[test]
fn project_create_validation_order() {
    let e = with_new_project();
    e.post("/projects", "alice", json!({})).unauthorized("alice is not authorized to create projects");
    e.bad_objects(
        "/projects",
        "admin",
        &[
            (json!({"name": "A", "slugs": ["a"], "owner": "x"}), "project does not have a owner field"),
            (json!({"slugs": ["a"]}), "The project is missing a name"),
            (json!({"name": "A"}), "The project is missing a slugs"),
            (
                json!({"name": "A", "slugs": ["a"], "uri": null}),
                "Field uri of project should be string but was sent as null",
            ),
            (json!({"name": "A", "slugs": "a"}), "Field slugs of project should be array but was sent as string"),
            (
                json!({"name": "A", "slugs": ["a"], "uri": "ftp://x"}),
                "Field uri of project should be uri but was sent as non-uri string",
            ),
            (
                json!({"name": "A", "slugs": ["A"]}),
                "Field slugs of project should be slugs but was sent as non-slug strings",
            ),
        ],
    );
    let r = e.post("/projects", "admin", json!({"name": "A", "slugs": ["ptc", "new", "z"]}));
    r.err(409, "The slug provided already exists", "slugs new, ptc already exist");
    assert_eq!(r.json()["values"], json!(["new", "ptc"]));
    e.post("/projects", "admin", json!({"name": "A", "slugs": ["a"], "default_activity": "zzz"}))
        .bad_reference("project", "activity");
    e.post("/projects", "admin", json!({"name": "New", "slugs": ["a"]}))
        .bad_object("Field name of project should be unique name but was sent as name which already exists");
}

#[test]
fn project_update_validation_order() {
    let e = with_new_project();
    e.bad_objects(
        "/projects/gwm",
        "admin",
        &[
            (json!({"uri": "nope"}), "Field uri of project should be uri but was sent as string"),
            (json!({"slugs": []}), "Field slugs of project should be array of slugs but was sent as empty array"),
        ],
    );
    e.post("/projects/zzz", "admin", json!({})).err(404, "Object not found", "Nonexistent project");
    e.post("/projects/gwm", "alice", json!({}))
        .unauthorized("alice is not authorized to make changes to Ganeti Web Manager");
    e.post("/projects/gwm", "bob", json!({"name": "New"}))
        .bad_object("Field name of project should be unique name but was sent as name which already exists");
    e.post("/projects/gwm", "bob", json!({"slugs": ["gwm", "nw"]})).err(
        409,
        "The slug provided already exists",
        "slug nw already exists",
    );
}

#[test]
fn project_update_by_a_project_manager_and_the_user_filter() {
    let e = with_new_project();
    // Project manager bob updates; users sent → JSON content type; response users as sent.
    let r = e.post(
        "/projects/gwm",
        "bob",
        json!({"users": {"bob": {"manager": true, "member": true}, "ghost": {}}, "default_activity": null, "name": ""}),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("application/json; charset=utf-8"));
    let v = r.json();
    assert_eq!(v["users"], json!({"bob": {"manager": true, "member": true}, "ghost": {}}));
    assert_eq!(v["default_activity"], "dev", "old default shown (copied bug)");
    assert_eq!(v["name"], "Ganeti Web Manager");
    assert_eq!(v["revision"], 2);
    let g = e.get("/projects/gwm?include_revisions", "alice").json();
    assert_eq!(g["default_activity"], Value::Null);
    assert_eq!(g["users"], json!({"bob": {"member": true, "spectator": false, "manager": true}}));
    assert!(g["parents"][0].get("slugs").is_none() && g["parents"][0]["revision"] == 1);
    let r = e.post("/projects/ganeti", "bob", json!({"slugs": ["gwm", "g2"]}));
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(r.json()["slugs"], json!(["g2", "gwm"]));
    e.get("/projects/ganeti", "alice").err(404, "Object not found", "Nonexistent project");
    assert_eq!(e.get("/projects/ganeti?include_revisions", "alice").body, "");
    // List and the user filter.
    let names = |q: &str| -> Vec<String> {
        e.get(&format!("/projects{q}"), "alice")
            .json()
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("?user=alice"), ["New"]);
    assert_eq!(names("")[0], "Ganeti Web Manager", "revision descending first");
    e.get("/projects?user=ghost", "alice").err(400, "Bad query value", "Parameter user contained invalid value ghost");
}

#[test]
fn project_delete() {
    let e = with_new_project();
    e.delete("/projects/gwm", "bob").unauthorized("bob is not authorized to delete project gwm");
    e.s.add_time("bob", "gwm", &["dev"], 1, "2024-01-01");
    e.delete_refusals("projects", "G_W", "gwm", "project");
    assert_eq!(e.delete("/projects/nw", "mgr").body, "");
    e.get("/projects/new", "alice").err(404, "Object not found", "Nonexistent project");
    let deleted = e.get("/projects?include_deleted", "alice").json();
    let p = deleted.as_array().unwrap().iter().find(|p| p["name"] == "New").unwrap().clone();
    assert_eq!((p["slugs"].clone(), p.get("users").is_none()), (json!([]), true));
    assert_eq!(e.post("/projects", "admin", json!({"name": "Again", "slugs": ["new"]})).status, 200, "slugs freed");
}
