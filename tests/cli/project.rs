//! `timesync project create|update|get|delete|users` against the test server.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{json_error, Env, Printed, ProjectRoles, SiteRoles, ADMIN, MEMBER};

const MANAGER: ProjectRoles = ProjectRoles { member: false, spectator: false, manager: true };

/// The `object` of every POST the server received, in order.
fn posted_objects(env: &Env) -> Vec<(String, Value)> {
    env.server
        .requests()
        .into_iter()
        .filter(|r| r.method == "POST")
        .map(|r| {
            let body: Value = serde_json::from_str(&r.body).unwrap();
            let path = r.url.split('?').next().unwrap().to_owned();
            (path, body["object"].clone())
        })
        .collect()
}

fn last_object(env: &Env) -> Value {
    posted_objects(env).pop().expect("a POST").1
}

fn no_post_sent(env: &Env) -> bool {
    env.server.requests().iter().all(|r| r.method == "GET")
}

/// The project as the server stores it (read directly, not through the CLI).
fn stored(env: &Env, slug: &str) -> Value {
    env.server.get_json(&format!("/projects/{slug}"), ADMIN)
}

#[test]
fn create_sends_all_three_roles_per_user_and_prints_the_stored_project() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    let project = env.json(
        ADMIN,
        &[
            "project",
            "create",
            "--name",
            "TimeSync",
            "--slug",
            "ts",
            "--slug",
            "timesync",
            "--uri",
            "https://github.com/osuosl/timesync",
            "--default-activity",
            "dev",
            "--member",
            "alice",
            "--manager",
            "alice",
            "--spectator",
            "bob",
        ],
    );
    assert_eq!(
        last_object(&env),
        json!({
            "name": "TimeSync",
            "slugs": ["ts", "timesync"],
            "uri": "https://github.com/osuosl/timesync",
            "default_activity": "dev",
            "users": {
                "alice": {"member": true, "spectator": false, "manager": true},
                "bob": {"member": false, "spectator": true, "manager": false}
            }
        })
    );
    assert_eq!(project["name"], "TimeSync");
    assert_eq!(project["slugs"], json!(["timesync", "ts"]), "the stored (sorted) slugs, not the echo");
    assert_eq!(project["default_activity"], "dev");
    assert_eq!(project["users"]["alice"], json!({"member": true, "spectator": false, "manager": true}));
    assert_eq!(project["users"]["bob"], json!({"member": false, "spectator": true, "manager": false}));
    assert_eq!(project["revision"], 1);
    assert_eq!(stored(&env, "ts")["uuid"], project["uuid"]);
}

#[test]
fn create_with_only_the_required_fields_sends_nothing_else() {
    let env = Env::new();
    let project = env.json(ADMIN, &["project", "create", "--name", "Bare", "--slug", "bare,b-2,bare"]);
    assert_eq!(last_object(&env), json!({"name": "Bare", "slugs": ["bare", "b-2"]}), "duplicates dropped");
    assert_eq!(project["slugs"], json!(["b-2", "bare"]));
    assert_eq!(project["default_activity"], Value::Null);
    assert_eq!(project["users"], json!({}));
}

#[test]
fn create_shows_a_table_for_people() {
    let env = Env::with_project();
    env.succeeds(
        ADMIN,
        &["project", "create", "--name", "TimeSync", "--slug", "ts", "--member", "alice", "--default-activity", "docs"],
    )
    .stdout_has(&["TimeSync", "alice (member)", "default activity", "docs"]);
}

#[test]
fn create_refuses_bad_input_before_sending() {
    let env = Env::with_project();
    let cases: &[(&[&str], &str)] = &[
        (&["--name", "X"], "--slug <SLUG>"),
        (&["--slug", "x"], "--name <NAME>"),
        (&["--name", "", "--slug", "x"], "the name cannot be empty"),
        (&["--name", "X", "--slug", "Not_A_Slug"], "invalid slug 'Not_A_Slug'"),
        (&["--name", "X", "--slug", "x", "--uri", "ftp://example.com"], "invalid URI 'ftp://example.com'"),
        (&["--name", "X", "--slug", "x", "--member", "no.dots"], "invalid username 'no.dots'"),
        (&["--name", "X", "--slug", "x", "--default-activity", "A"], "invalid slug 'A'"),
    ];
    env.refuses_each(ADMIN, &["project", "create"], cases);
    assert!(env.server.requests().is_empty());
}

#[test]
fn create_refuses_unknown_users_the_server_would_silently_drop() {
    let env = Env::with_project();
    env.fails(
        ADMIN,
        &["project", "create", "--name", "X", "--slug", "x", "--member", "alice", "--manager", "ghost"],
        2,
    )
    .stderr(predicate::str::contains("no such user: ghost; nothing was changed"));
    assert!(no_post_sent(&env));
}

#[test]
fn create_reports_server_refusals_with_exit_1() {
    let env = Env::with_project();
    env.fails("alice", &["project", "create", "--name", "X", "--slug", "x"], 1)
        .stderr("error: Authorization failure: alice is not authorized to create projects (401)\n");
    env.fails(ADMIN, &["project", "create", "--name", "Other", "--slug", "gwm", "--slug", "ganeti-webmgr"], 1)
        .stderr(predicate::str::contains("slugs ganeti-webmgr, gwm already exist (409)"));
    env.fails(ADMIN, &["project", "create", "--name", "Ganeti Web Manager", "--slug", "new"], 1)
        .stderr(predicate::str::contains("Field name of project should be unique name"));
    env.fails(ADMIN, &["project", "create", "--name", "X", "--slug", "x", "--default-activity", "nope"], 1)
        .stderr(predicate::str::contains("The project does not contain a valid activity reference. (409)"));
}

#[test]
fn update_keeps_the_default_activity_and_users_it_was_not_asked_to_change() {
    let env = Env::with_project();
    let project = env.json(ADMIN, &["project", "update", "gwm", "--name", "GWM"]);
    // The stored default activity and users are sent along, so a server that
    // clears what an update leaves out (as the reference does) loses nothing.
    assert_eq!(
        last_object(&env),
        json!({
            "name": "GWM",
            "default_activity": "docs",
            "users": {"alice": {"member": true, "spectator": false, "manager": false}}
        })
    );
    assert_eq!(project["name"], "GWM");
    assert_eq!(project["default_activity"], "docs");
    assert_eq!(project["users"], json!({"alice": {"member": true, "spectator": false, "manager": false}}));
    assert_eq!(project["slugs"], json!(["ganeti-webmgr", "gwm"]));
    assert_eq!(project["revision"], 2);
    let stored = stored(&env, "gwm");
    assert_eq!(
        (stored["default_activity"].clone(), stored["users"].clone()),
        (project["default_activity"].clone(), project["users"].clone())
    );
    // Read first, then write, then read back.
    let methods: Vec<String> = env.server.requests().iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["GET", "POST", "GET"]);
}

#[test]
fn update_uri_and_slugs_and_read_back_by_the_new_slug() {
    let env = Env::with_project();
    let project = env.json(
        ADMIN,
        &["project", "update", "ganeti-webmgr", "--uri", "https://example.com/gwm", "--slug", "gwm2,gwm3"],
    );
    let object = last_object(&env);
    assert_eq!(object["uri"], "https://example.com/gwm");
    assert_eq!(object["slugs"], json!(["gwm2", "gwm3"]));
    assert_eq!(project["slugs"], json!(["gwm2", "gwm3"]));
    assert_eq!(project["uri"], "https://example.com/gwm");
    assert_eq!(project["default_activity"], "docs");
    let last = env.server.requests().pop().unwrap();
    assert!(
        last.method == "GET" && last.url.starts_with("/v0/projects/gwm2?"),
        "read back by the new slug: {}",
        last.url
    );
    env.fails(ADMIN, &["project", "get", "gwm"], 1)
        .stderr(predicate::str::contains("project 'gwm' does not exist (see `timesync project get`)"));
}

#[test]
fn update_sets_and_clears_the_default_activity() {
    let env = Env::with_project();
    let project = env.json(ADMIN, &["project", "update", "gwm", "--default-activity", "dev"]);
    assert_eq!(last_object(&env)["default_activity"], "dev");
    assert_eq!(project["default_activity"], "dev");
    let project = env.json(ADMIN, &["project", "update", "gwm", "--no-default-activity"]);
    assert_eq!(last_object(&env)["default_activity"], Value::Null);
    // The update reply still shows the old slug (a server bug); the re-read shows the truth.
    assert_eq!(project["default_activity"], Value::Null);
    assert_eq!(project["users"]["alice"]["member"], true, "users kept");
    assert_eq!(stored(&env, "gwm")["default_activity"], Value::Null);
}

#[test]
fn update_refuses_changes_the_server_would_ignore_and_empty_updates() {
    let env = Env::with_project();
    let cases: &[(&[&str], &str)] = &[
        (&["gwm"], "project update: nothing to change: give at least one of --name, --slug, --uri"),
        (&["gwm", "--name", ""], "the server ignores an empty name"),
        (&["gwm", "--uri", ""], "the server ignores an empty URI, so a project's URI cannot be cleared"),
        (&["gwm", "--uri", "git@github.com:x/y"], "invalid URI"),
        (&["gwm", "--default-activity", "dev", "--no-default-activity"], "cannot be used with"),
        (&["Gwm", "--name", "X"], "invalid slug 'Gwm'"),
    ];
    env.refuses_each(ADMIN, &["project", "update"], cases);
    assert!(env.server.requests().is_empty());
}

#[test]
fn update_by_a_project_manager_works_and_by_a_member_is_refused() {
    let env = Env::new();
    env.server.add_user("pm", "pm-pw", SiteRoles::default());
    env.server.add_user("alice", "alice-pw", SiteRoles::default());
    env.server.add_project("Ganeti Web Manager", &["gwm"], None, &[("pm", MANAGER), ("alice", MEMBER)]);
    let project = env.json("pm", &["project", "update", "gwm", "--uri", "https://example.com"]);
    assert_eq!(project["uri"], "https://example.com");
    assert_eq!(project["users"]["pm"]["manager"], true);
    env.fails("alice", &["project", "update", "gwm", "--uri", "https://example.org"], 1)
        .stderr("error: Authorization failure: alice is not authorized to make changes to Ganeti Web Manager (401)\n");
    env.fails(ADMIN, &["project", "update", "nope", "--name", "X"], 1)
        .stderr(predicate::str::contains("Object not found: Nonexistent project (404)"));
}

#[test]
fn get_lists_projects_and_filters_by_user() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    env.server.add_project("TimeSync", &["ts"], None, &[("bob", MEMBER)]);
    let all = env.json("alice", &["project", "get"]);
    let mut names: Vec<&str> = all.as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["Ganeti Web Manager", "TimeSync"]);
    let bobs = env.json("alice", &["project", "get", "--user", "bob"]);
    assert_eq!(bobs.as_array().unwrap().len(), 1);
    assert_eq!(bobs[0]["slugs"], json!(["ts"]));
    let request = env.server.requests().pop().unwrap();
    assert!(request.url.starts_with("/v0/projects?user=bob&token="), "{}", request.url);
}

#[test]
fn get_one_project_is_a_list_and_a_table() {
    let env = Env::with_project();
    let one = env.json("alice", &["project", "get", "ganeti-webmgr"]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["slugs"], json!(["ganeti-webmgr", "gwm"]));
    assert_eq!(one[0]["default_activity"], "docs");
    env.succeeds("alice", &["project", "get", "gwm"]).stdout_has(&[
        "Default activity",
        "Ganeti Web Manager",
        "ganeti-webmgr, gwm",
        "alice (member)",
    ]);
}

#[test]
fn get_with_revisions_and_deleted() {
    let env = Env::with_project();
    env.json(ADMIN, &["project", "update", "gwm", "--name", "GWM"]);
    let revisions = env.json("alice", &["project", "get", "gwm", "--include-revisions"]);
    assert_eq!(revisions[0]["revision"], 2);
    assert_eq!(revisions[0]["parents"][0]["name"], "Ganeti Web Manager");
    assert_eq!(revisions[0]["parents"][0]["revision"], 1);
    env.succeeds("alice", &["project", "get", "gwm", "--include-revisions"]).stdout_has(&["GWM", "Ganeti Web Manager"]);

    env.server.add_project("Old", &["old"], None, &[]);
    env.succeeds(ADMIN, &["project", "delete", "old"]);
    let old = env.deleted_listed("alice", "project", "name", "Old", "(deleted ");
    assert_eq!(old["slugs"], json!([]));
}

#[test]
fn get_refuses_a_slug_with_include_deleted_like_pymesync() {
    let env = Env::with_project();
    env.fails("alice", &["project", "get", "gwm", "--include-deleted"], 2)
        .stderr("error: invalid combination: slug and include_deleted\n");
    assert!(env.server.requests().is_empty());
}

#[test]
fn an_unknown_slug_is_not_found_even_where_the_server_answers_an_empty_200() {
    let env = Env::with_project();
    for args in [&["project", "get", "nope"][..], &["project", "get", "nope", "--include-revisions"]] {
        env.fails("alice", args, 1)
            .stdout("")
            .stderr("error: project 'nope' does not exist (see `timesync project get`)\n");
    }
    let output =
        env.as_user("alice").args(["--json", "project", "get", "nope", "--include-revisions"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let error = json_error(&output);
    assert_eq!((error["status"].clone(), error["text"].clone()), (json!(404), json!("Nonexistent project")));
}

#[test]
fn delete_prints_status_and_the_project_is_gone() {
    let env = Env::with_project();
    env.server.add_project("Old", &["old"], None, &[]);
    assert_eq!(env.json(ADMIN, &["project", "delete", "old"]), json!({"status": 200}));
    env.fails(ADMIN, &["project", "get", "old"], 1);
    env.server.add_project("Older", &["older"], None, &[]);
    env.succeeds(ADMIN, &["project", "delete", "older"]).stdout("Deleted project older.\n");
    let request = env.server.requests().into_iter().find(|r| r.method == "DELETE").unwrap();
    assert!(request.url.starts_with("/v0/projects/old?token="));
}

#[test]
fn delete_refusals_exit_1() {
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["docs"], 3600, "2026-01-02");
    env.fails(ADMIN, &["project", "delete", "gwm"], 1)
        .stderr("error: Method not allowed: The method specified is not allowed for the project identified (405)\n");
    env.fails("alice", &["project", "delete", "gwm"], 1)
        .stderr("error: Authorization failure: alice is not authorized to delete project gwm (401)\n");
    env.fails(ADMIN, &["project", "delete", "nope"], 1).stderr(predicate::str::contains("Nonexistent slug"));
}

#[test]
fn users_lists_each_user_with_the_true_roles() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    env.server.add_user("carol", "carol-pw", SiteRoles::default());
    env.server.add_project(
        "TimeSync",
        &["ts"],
        None,
        &[
            ("alice", ProjectRoles { member: true, spectator: true, manager: true }),
            ("bob", MEMBER),
            ("carol", ProjectRoles { member: false, spectator: true, manager: false }),
        ],
    );
    assert_eq!(
        env.json("bob", &["project", "users", "ts"]),
        json!({
            "alice": ["member", "spectator", "manager"],
            "bob": ["member"],
            "carol": ["spectator"]
        })
    );
    env.succeeds("bob", &["project", "users", "ts"])
        .stdout_has(&["User", "Roles"])
        .stdout(predicate::str::is_match(r"alice\s+member, spectator, manager").unwrap())
        .stdout(predicate::str::is_match(r"carol\s+spectator").unwrap());
    env.server.add_project("Empty", &["empty"], None, &[]);
    assert_eq!(env.json("bob", &["project", "users", "empty"]), json!({}));
    env.succeeds("bob", &["project", "users", "empty"]).stdout("Project empty has no users.\n");
    env.fails("bob", &["project", "users", "nope"], 1).stderr(predicate::str::contains("Nonexistent project (404)"));
    env.fails("bob", &["project", "users"], 2);
}

#[test]
fn users_add_keeps_existing_roles_and_the_rest_of_the_project() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    let users = env.json(ADMIN, &["project", "users", "add", "gwm", "alice", "bob", "--role", "manager,spectator"]);
    assert_eq!(users, json!({"alice": ["member", "spectator", "manager"], "bob": ["spectator", "manager"]}));
    assert_eq!(
        last_object(&env),
        json!({
            "users": {
                "alice": {"member": true, "spectator": true, "manager": true},
                "bob": {"member": false, "spectator": true, "manager": true}
            },
            "default_activity": "docs"
        })
    );
    let project = stored(&env, "gwm");
    assert_eq!(project["default_activity"], "docs");
    assert_eq!(project["name"], "Ganeti Web Manager");
    // The default role is member.
    env.server.add_user("carol", "carol-pw", SiteRoles::default());
    let users = env.json(ADMIN, &["project", "users", "add", "gwm", "carol"]);
    assert_eq!(users["carol"], json!(["member"]));
    assert_eq!(users["bob"], json!(["spectator", "manager"]));
}

#[test]
fn users_add_with_roles_already_held_sends_nothing() {
    let env = Env::with_project();
    let users = env.json(ADMIN, &["project", "users", "add", "gwm", "alice", "--role", "member"]);
    assert_eq!(users, json!({"alice": ["member"]}));
    assert!(no_post_sent(&env));
}

#[test]
fn users_add_refuses_unknown_users_and_roles() {
    let env = Env::with_project();
    env.fails(ADMIN, &["project", "users", "add", "gwm", "ghost"], 2)
        .stderr(predicate::str::contains("no such user: ghost"));
    env.fails(ADMIN, &["project", "users", "add", "gwm", "alice", "--role", "owner"], 2)
        .stderr(predicate::str::contains("invalid value 'owner' for '--role <ROLE>'"));
    env.fails(ADMIN, &["project", "users", "add", "gwm"], 2);
    assert!(no_post_sent(&env));
}

#[test]
fn users_add_by_a_member_is_refused_by_the_server() {
    let env = Env::with_project();
    env.fails("alice", &["project", "users", "add", "gwm", "alice", "--role", "manager"], 1)
        .stderr("error: Authorization failure: alice is not authorized to make changes to Ganeti Web Manager (401)\n");
    assert_eq!(stored(&env, "gwm")["users"]["alice"]["manager"], false);
}

#[test]
fn users_remove_takes_every_role_and_keeps_the_rest() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    env.json(ADMIN, &["project", "users", "add", "gwm", "bob", "--role", "manager"]);
    let users = env.json(ADMIN, &["project", "users", "remove", "gwm", "alice"]);
    assert_eq!(users, json!({"bob": ["manager"]}));
    assert_eq!(
        last_object(&env),
        json!({
            "users": {"bob": {"member": false, "spectator": false, "manager": true}},
            "default_activity": "docs"
        })
    );
    let project = stored(&env, "gwm");
    assert!(project["users"].get("alice").is_none());
    assert_eq!(project["default_activity"], "docs");
}

#[test]
fn users_remove_refuses_to_leave_a_project_without_users() {
    let env = Env::with_project();
    env.fails(ADMIN, &["project", "users", "remove", "gwm", "alice"], 2)
        .stderr_has(&["cannot remove every user of project gwm", "500"]);
    env.fails(ADMIN, &["project", "users", "remove", "gwm", "bob"], 2)
        .stderr(predicate::str::contains("bob has no roles in project gwm; nothing was changed"));
    assert!(no_post_sent(&env));
    assert_eq!(stored(&env, "gwm")["users"]["alice"]["member"], true);
}

#[test]
fn get_notes_an_ignored_user_filter_and_reports_unknown_users() {
    let env = Env::with_project();
    env.succeeds("alice", &["project", "get", "gwm", "--user", "alice"])
        .stderr("note: --user is ignored when a slug is given\n");
    let request = env.server.requests().pop().unwrap();
    assert!(!request.url.contains("user="), "{}", request.url);
    env.fails("alice", &["project", "get", "--user", "ghost"], 1)
        .stderr("error: user 'ghost' does not exist (see `timesync user get`)\n");
}

#[test]
fn a_project_is_listed_once_after_its_default_activity_was_renamed() {
    let env = Env::with_project();
    env.succeeds(ADMIN, &["activity", "update", "docs", "--slug", "documentation"]);
    let projects = env.json(ADMIN, &["project", "get"]);
    let gwm: Vec<&serde_json::Value> =
        projects.as_array().unwrap().iter().filter(|p| p["slugs"][0] == "ganeti-webmgr").collect();
    assert_eq!(gwm.len(), 1, "{projects}");
    assert_eq!(gwm[0]["default_activity"], "documentation");
    let raw = env.server.get_json("/projects", ADMIN);
    assert_eq!(raw.as_array().unwrap().len(), 2, "the server lists it twice");
}
