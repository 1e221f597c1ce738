//! `/v0/users`: create echo, update permissions, delete.

use serde_json::{json, Value};

use crate::common::{env, Env};

/// The seeded environment plus user `eve` (inactive, empty e-mail), created by the admin.
fn with_eve() -> Env {
    let e = env();
    let r =
        e.post("/users", "admin", json!({"username": "eve", "password": "$2a$04$hash", "active": false, "email": ""}));
    assert_eq!(r.status, 200, "{}", r.body);
    e
}

#[test]
fn user_create_echo() {
    let e = env();
    let r =
        e.post("/users", "admin", json!({"username": "eve", "password": "$2a$04$hash", "active": false, "email": ""}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    let v = r.json();
    assert!(v["created_at"].is_i64(), "created_at in ms");
    assert_eq!(v["active"], true, "active shown true (copied bug)");
    assert!(v.get("password").is_none());
    let keys: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
    assert_eq!(
        keys,
        [
            "username",
            "active",
            "email",
            "created_at",
            "display_name",
            "meta",
            "updated_at",
            "deleted_at",
            "site_spectator",
            "site_manager",
            "site_admin"
        ]
    );
}

#[test]
fn user_create_validation_order() {
    let e = with_eve();
    let g = e.get("/users/eve", "alice").json();
    assert_eq!((g["active"].clone(), g["email"].clone()), (json!(false), json!("")));
    e.bad_objects(
        "/users",
        "admin",
        &[
            (json!({"password": "x"}), "The user is missing a username"),
            (json!({"username": "x"}), "The user is missing a password"),
            (json!({"username": "x", "password": "p", "created_at": 5}), "user does not have a created_at field"),
            (
                json!({"username": "x", "password": "p", "display_name": null}),
                "Field display_name of user should be string but was sent as null",
            ),
            (
                json!({"username": "a.b", "password": "p"}),
                "Field username of user should be valid username but was sent as string",
            ),
            (
                json!({"username": "x", "password": "p", "email": "a@b.com"}),
                "Field email of user should be valid email but was sent as string",
            ),
        ],
    );
    e.post("/users", "mgr", json!({"username": "x", "password": "p"}))
        .unauthorized("mgr is not authorized to create users");
    let r = e.post("/users", "admin", json!({"username": "eve", "password": "p"}));
    r.err(409, "Username already exists", "username eve already exists");
    assert_eq!(r.json()["values"], json!(["eve"]));
    assert_eq!(e.post("/users", "admin", json!({"username": "Eve", "password": "p"})).status, 200, "case-sensitive");
}

#[test]
fn user_update_rights_and_validation() {
    let e = with_eve();
    e.bad_objects(
        "/users/eve",
        "admin",
        &[
            (json!({"username": "x"}), "user does not have a username field"),
            (json!({"email": {}}), "Field email of user should be valid email but was sent as object"),
        ],
    );
    e.post("/users/ghost", "alice", json!({})).unauthorized("alice is not authorized to modify user ghost");
    e.post("/users/eve", "mgr", json!({"display_name": "E"}))
        .unauthorized("mgr is not authorized to modify fields of user eve other than site_spectator");
    e.post("/users/alice", "alice", json!({"site_admin": true}))
        .unauthorized("alice is not authorized to set permissions of user alice");
    e.post("/users/alice", "alice", json!({"active": "yes"}))
        .bad_object("Field active of user should be boolean but was sent as string");
    e.post("/users/ghost", "admin", json!({})).err(404, "Object not found", "Nonexistent user");
    let r = e.post("/users/eve", "mgr", json!({"site_spectator": true, "email": "eve@example.com"}));
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.content_type.as_deref(), Some("text/html; charset=utf-8"));
    assert_eq!(r.json()["site_spectator"], true);
    let r = e.post("/users/alice", "alice", json!({"display_name": "Alice", "active": false, "meta": "m"}));
    assert_eq!(r.json()["display_name"], "Alice");
    assert_eq!(r.json().as_object().unwrap().len(), 11);
}

#[test]
fn user_delete() {
    let e = with_eve();
    e.delete("/users/a.b", "admin").err(
        400,
        "The provided identifier was invalid",
        "Expected username but received a.b",
    );
    e.delete("/users/eve", "alice").unauthorized("alice is not authorized to delete users");
    e.delete("/users/ghost", "mgr").err(404, "Object not found", "Nonexistent user");
    assert_eq!(e.delete("/users/eve", "mgr").body, "");
    e.get("/users/eve", "alice").err(404, "Object not found", "Nonexistent user");
    assert!(e.get("/users/eve?include_deleted=0", "alice").json()["deleted_at"].is_string());
    assert!(!e.get("/users", "alice").json().as_array().unwrap().iter().any(|u| u["username"] == "eve"));
    let r = e.post("/users/eve", "admin", json!({}));
    assert_eq!(r.json()["deleted_at"], Value::Null, "update un-deletes");
}
