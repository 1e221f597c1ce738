//! `timesync activity create|update|get|delete` against the test server.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{Env, SiteRoles, ADMIN};

fn last_post(env: &Env) -> (String, Value) {
    let request = env.server.requests().into_iter().rev().find(|r| r.method == "POST").expect("a POST");
    let body: Value = serde_json::from_str(&request.body).unwrap();
    (request.url.split('?').next().unwrap().to_owned(), body["object"].clone())
}

fn with_activities() -> Env {
    let env = Env::new();
    env.server.add_user("alice", "alice-pw", SiteRoles::default());
    env.server.add_user("sitemgr", "sitemgr-pw", SiteRoles { manager: true, ..SiteRoles::default() });
    env.server.add_activity("Documentation", "docs");
    env.server.add_activity("Development", "dev");
    env
}

#[test]
fn create_sends_name_and_slug_and_prints_the_activity() {
    let env = with_activities();
    let activity = env.json("sitemgr", &["activity", "create", "--name", "Code review", "--slug", "review"]);
    assert_eq!(last_post(&env), ("/v0/activities".to_owned(), json!({"name": "Code review", "slug": "review"})));
    assert_eq!(activity["name"], "Code review");
    assert_eq!(activity["slug"], "review");
    assert_eq!(activity["revision"], 1);
    assert_eq!(activity["deleted_at"], Value::Null);
    env.succeeds(ADMIN, &["activity", "create", "--name", "Planning", "--slug", "plan"])
        .stdout(predicate::str::is_match(r"name\s+Planning").unwrap())
        .stdout(predicate::str::is_match(r"slug\s+plan").unwrap());
}

#[test]
fn create_refuses_bad_input_before_sending() {
    let env = with_activities();
    env.refuses_each(
        ADMIN,
        &["activity", "create"],
        &[
            (&["--name", "X"], "--slug <SLUG>"),
            (&["--slug", "x"], "--name <NAME>"),
            (&["--name", "", "--slug", "x"], "the name cannot be empty"),
            (&["--name", "X", "--slug", "a--b"], "invalid slug 'a--b'"),
        ],
    );
    assert!(env.server.requests().is_empty());
}

#[test]
fn create_refusals_from_the_server_exit_1() {
    let env = with_activities();
    env.fails("alice", &["activity", "create", "--name", "X", "--slug", "x"], 1)
        .stderr("error: Authorization failure: alice is not authorized to create activities (401)\n");
    env.fails(ADMIN, &["activity", "create", "--name", "Docs again", "--slug", "docs"], 1)
        .stderr(predicate::str::contains("slug docs already exists (409)"));
    env.fails(ADMIN, &["activity", "create", "--name", "Documentation", "--slug", "documentation"], 1)
        .stderr(predicate::str::contains("Field name of activity should be unique name"));
}

#[test]
fn update_sends_only_what_changes_and_reads_the_activity_back() {
    let env = with_activities();
    let activity = env.json(ADMIN, &["activity", "update", "dev", "--name", "Coding"]);
    assert_eq!(last_post(&env), ("/v0/activities/dev".to_owned(), json!({"name": "Coding"})));
    assert_eq!(
        (activity["name"].clone(), activity["slug"].clone(), activity["revision"].clone()),
        (json!("Coding"), json!("dev"), json!(2))
    );
    assert_eq!(activity["deleted_at"], Value::Null, "the read-back has deleted_at, the update reply does not");
    let last = env.server.requests().pop().unwrap();
    assert!(last.method == "GET" && last.url.starts_with("/v0/activities/dev?"), "{}", last.url);

    let activity = env.json(ADMIN, &["activity", "update", "dev", "--slug", "code"]);
    assert_eq!(last_post(&env).1, json!({"slug": "code"}));
    assert_eq!(
        (activity["name"].clone(), activity["slug"].clone(), activity["revision"].clone()),
        (json!("Coding"), json!("code"), json!(3))
    );
    let last = env.server.requests().pop().unwrap();
    assert!(last.url.starts_with("/v0/activities/code?"), "read back by the new slug: {}", last.url);
}

#[test]
fn update_refuses_empty_changes_before_sending() {
    let env = with_activities();
    env.refuses_each(
        ADMIN,
        &["activity", "update"],
        &[
            (&["dev"], "activity update: nothing to change: give --name or a --slug other than dev"),
            (&["dev", "--slug", "dev"], "activity update: nothing to change"),
            (&["dev", "--name", ""], "the name cannot be empty"),
            (&["Dev", "--name", "X"], "invalid slug 'Dev'"),
        ],
    );
    assert!(env.server.requests().is_empty());
}

#[test]
fn update_with_the_same_slug_and_a_name_sends_only_the_name() {
    let env = with_activities();
    let activity = env.json(ADMIN, &["activity", "update", "dev", "--slug", "dev", "--name", "Coding"]);
    assert_eq!(last_post(&env).1, json!({"name": "Coding"}));
    assert_eq!(activity["name"], "Coding");
}

#[test]
fn update_refusals_exit_1() {
    let env = with_activities();
    env.fails("alice", &["activity", "update", "dev", "--name", "X"], 1)
        .stderr("error: Authorization failure: alice is not authorized to update activities (401)\n");
    env.fails(ADMIN, &["activity", "update", "nope", "--name", "X"], 1)
        .stderr("error: Object not found: Nonexistent activity (404)\n");
    env.fails(ADMIN, &["activity", "update", "dev", "--slug", "docs"], 1)
        .stderr(predicate::str::contains("slug docs already exists (409)"));
}

#[test]
fn get_lists_and_shows_one() {
    let env = with_activities();
    let all = env.json("alice", &["activity", "get"]);
    let mut slugs: Vec<&str> = all.as_array().unwrap().iter().map(|a| a["slug"].as_str().unwrap()).collect();
    slugs.sort();
    assert_eq!(slugs, ["dev", "docs"]);
    let one = env.json("alice", &["activity", "get", "docs"]);
    assert_eq!(one, json!([one[0].clone()]));
    assert_eq!(one[0]["name"], "Documentation");
    env.succeeds("alice", &["activity", "get"])
        .stdout(predicate::str::is_match(r"Name\s+Slug\s+Rev").unwrap())
        .stdout(predicate::str::is_match(r"Documentation\s+docs\s+1").unwrap());
}

#[test]
fn get_with_revisions_and_deleted() {
    let env = with_activities();
    env.json(ADMIN, &["activity", "update", "dev", "--name", "Coding"]);
    let one = env.json("alice", &["activity", "get", "dev", "--include-revisions"]);
    assert_eq!(one[0]["revision"], 2);
    assert_eq!(one[0]["parents"][0]["name"], "Development");
    env.succeeds("alice", &["activity", "get", "--include-revisions"])
        .stdout(predicate::str::is_match(r"Coding\s+dev\s+2").unwrap())
        .stdout(predicate::str::is_match(r"Development\s+dev\s+1").unwrap());

    env.succeeds(ADMIN, &["activity", "delete", "docs"]);
    let docs = env.deleted_listed("alice", "activity", "name", "Documentation", "(deleted ");
    assert_eq!(docs["slug"], Value::Null);
}

#[test]
fn get_refuses_a_slug_with_include_deleted_and_reports_unknown_slugs() {
    let env = with_activities();
    env.fails("alice", &["activity", "get", "dev", "--include-deleted"], 2)
        .stderr("error: invalid combination: slug and include_deleted\n");
    assert!(env.server.requests().is_empty());
    for args in [&["activity", "get", "nope"][..], &["activity", "get", "nope", "--include-revisions"]] {
        env.fails("alice", args, 1)
            .stdout("")
            .stderr("error: activity 'nope' does not exist (see `timesync activity get`)\n");
    }
}

#[test]
fn delete_prints_status_and_refusals_exit_1() {
    let env = with_activities();
    env.server.add_project("Ganeti Web Manager", &["gwm"], None, &[]);
    env.server.add_time(ADMIN, "gwm", &["dev"], 60, "2026-01-02");
    env.server.add_activity("Planning", "plan");
    assert_eq!(env.json("sitemgr", &["activity", "delete", "plan"]), json!({"status": 200}));
    env.fails("alice", &["activity", "get", "plan"], 1);
    env.fails(ADMIN, &["activity", "delete", "dev"], 1)
        .stderr("error: Method not allowed: The method specified is not allowed for the activity identified (405)\n");
    env.fails("alice", &["activity", "delete", "docs"], 1)
        .stderr("error: Authorization failure: alice is not authorized to delete activities (401)\n");
    env.succeeds(ADMIN, &["activity", "delete", "docs"]).stdout("Deleted activity docs.\n");
    env.fails(ADMIN, &["activity", "delete", "nope"], 1).stderr(predicate::str::contains("Nonexistent slug (404)"));
}
