//! `timesync time create|update|get|delete` against the test server.

use predicates::prelude::*;
use serde_json::{json, Value};

use crate::harness::{at, Env, ProjectRoles, Run, SiteRoles, ADMIN};

/// A fixed "now" for date defaults: 2026-01-15 is a Thursday.
const NOW: &str = "2026-01-15T10:00:00+00:00";

fn create(env: &Env, args: &[&str]) -> Value {
    at(env, NOW).json(&[&["time", "create"][..], args].concat())
}

fn last_body(env: &Env) -> Value {
    let request = env.server.requests().into_iter().rev().find(|r| r.method == "POST").expect("a POST");
    serde_json::from_str(&request.body).unwrap()
}

#[test]
fn create_sends_exactly_the_api_body_and_prints_the_stored_entry() {
    let env = Env::with_project();
    let time = create(
        &env,
        &[
            "--duration",
            "3h30m",
            "--project",
            "gwm",
            "--activity",
            "dev",
            "--notes",
            "Fixed #1",
            "--issue-uri",
            "https://github.com/osuosl/gwm/issues/1",
        ],
    );
    let body = last_body(&env);
    let token = body["auth"]["token"].as_str().unwrap().to_owned();
    assert_eq!(
        body,
        json!({
            "auth": {"type": "token", "token": token},
            "object": {"duration": 12600, "project": "gwm", "user": "alice", "activities": ["dev"],
                       "date_worked": "2026-01-15", "notes": "Fixed #1", "issue_uri": "https://github.com/osuosl/gwm/issues/1"}
        })
    );
    assert_eq!(time["duration"], 12600);
    assert_eq!(time["project"], json!(["ganeti-webmgr", "gwm"]), "the stored entry, not the echo");
    assert_eq!(time["activities"], json!(["dev"]));
    assert_eq!(time["user"], "alice");
    assert_eq!(time["date_worked"], "2026-01-15");
    assert_eq!(time["revision"], 1);
    assert!(time["uuid"].as_str().unwrap().len() == 36);
}

#[test]
fn create_falls_back_to_the_default_activity() {
    let env = Env::with_project();
    let time = create(&env, &["--duration", "45m", "--project", "gwm"]);
    assert!(last_body(&env)["object"].get("activities").is_none());
    assert_eq!(time["activities"], json!(["docs"]));
    assert_eq!(time["duration"], 2700);
}

#[test]
fn dates_and_durations_in_the_accepted_forms() {
    let env = Env::with_project();
    for (duration, seconds, date, day) in [
        ("5400", 5400, "yesterday", "2026-01-14"),
        ("90m", 5400, "2025-12-31", "2025-12-31"),
        ("1h30m15s", 5415, "monday", "2026-01-12"),
        ("25h", 90000, "-1w", "2026-01-08"),
        ("1:30", 5400, "today", "2026-01-15"),
    ] {
        let time = create(&env, &["--duration", duration, "--project", "gwm", "--date", date]);
        assert_eq!(
            (time["duration"].as_u64().unwrap(), time["date_worked"].as_str().unwrap()),
            (seconds, day),
            "{duration} {date}"
        );
    }
}

#[test]
fn missing_fields_are_named_like_pymesync_and_nothing_is_sent() {
    let env = Env::with_project();
    env.refuses_each(
        "alice",
        &["time", "create"],
        &[
            (&["--notes", "x"], "a time entry needs duration, project (pass --duration and --project)"),
            (&["--duration", "1h"], "a time entry needs project (pass --project)"),
        ],
    );
    assert!(env.server.requests().is_empty());
}

#[test]
fn bad_values_are_refused_with_the_accepted_forms_before_sending() {
    let env = Env::with_project();
    let cases: &[(&[&str], &str)] = &[
        (&["--duration", "3hh30m", "--project", "gwm"], "invalid duration '3hh30m': expected seconds (5400), 3h30m"),
        (&["--duration", "-1h", "--project", "gwm"], "a duration cannot be negative"),
        (&["--duration", "1h", "--project", "Not_A_Slug"], "invalid slug 'Not_A_Slug'"),
        (&["--duration", "1h", "--project", "gwm", "--activity", "a--b"], "invalid slug 'a--b'"),
        (
            &["--duration", "1h", "--project", "gwm", "--date", "2026-02-30"],
            "invalid date '2026-02-30': expected YYYY-MM-DD, today, yesterday",
        ),
        (&["--duration", "1h", "--project", "gwm", "--issue-uri", "ftp://x"], "invalid URI 'ftp://x'"),
        (&["--duration", "1h", "--project", "gwm", "--user", "bob"], "--user bob is not the logged-in user alice"),
    ];
    for (args, message) in cases {
        let output = env.as_user("alice").args(["time", "create"]).args(*args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    }
    assert!(env.server.requests().is_empty());
}

#[test]
fn server_refusals_exit_1_with_the_server_text() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    env.fails("bob", &["time", "create", "--duration", "1h", "--project", "gwm"], 1)
        .stderr("error: Authorization failure: bob is not authorized to create time entries for project gwm. (401)\n");
    env.fails("alice", &["time", "create", "--duration", "1h", "--project", "nope"], 1)
        .stderr("error: project 'nope' does not exist (see `timesync project get`)\n");
    let output = env
        .as_user("alice")
        .args(["--json", "time", "create", "--duration", "1h", "--project", "nope"])
        .output()
        .unwrap();
    let error = crate::harness::json_error(&output);
    assert_eq!(
        (error["status"].clone(), error["title"].clone(), error["text"].clone()),
        (json!(409), json!("Invalid foreign key"), json!("The time does not contain a valid project reference.")),
        "the server's answer stays in --json"
    );
}

#[test]
fn update_sends_only_the_given_fields_and_shows_the_stored_entry() {
    let env = Env::with_project();
    let uuid = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    let time = env.json("alice", &["time", "update", &uuid, "--duration", "2h"]);
    assert_eq!(last_body(&env)["object"], json!({"duration": 7200}));
    assert_eq!(time["duration"], 7200);
    assert_eq!(time["revision"], 2);
    assert_eq!(time["activities"], json!(["dev"]), "kept, whatever the update reply says");
    assert_eq!(time["date_worked"], "2026-01-10");
}

#[test]
fn update_needs_a_uuid_and_a_field() {
    let env = Env::with_project();
    let uuid = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    env.fails("alice", &["time", "update", "--duration", "1h"], 2);
    env.fails("alice", &["time", "update", &uuid], 2).stderr(predicate::str::contains("nothing to change"));
    env.fails("alice", &["time", "update", "not-a-uuid", "--duration", "1h"], 2)
        .stderr(predicate::str::contains("invalid UUID 'not-a-uuid'"));
    env.fails("alice", &["time", "update", &uuid, "--duration", "0"], 2);
    env.fails("alice", &["time", "update", &uuid, "--notes", ""], 2);
    assert!(env.server.requests().is_empty());
}

#[test]
fn update_of_several_fields() {
    let env = Env::with_project();
    let uuid = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    let time = env.json(
        "alice",
        &[
            "time",
            "update",
            &uuid,
            "--activity",
            "docs,dev",
            "--date",
            "2026-01-11",
            "--notes",
            "more",
            "--issue-uri",
            "https://x.example/1",
        ],
    );
    assert_eq!(
        last_body(&env)["object"],
        json!({"activities": ["docs", "dev"], "date_worked": "2026-01-11",
        "notes": "more", "issue_uri": "https://x.example/1"})
    );
    assert_eq!(time["activities"], json!(["dev", "docs"]));
    assert_eq!(time["notes"], "more");
}

#[test]
fn get_lists_with_repeated_filters_as_repeated_query_pairs() {
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    env.server.add_time("alice", "gwm", &["docs"], 60, "2026-01-12");
    let times = env.json(
        ADMIN,
        &[
            "time",
            "get",
            "--user",
            "alice",
            "--user",
            ADMIN,
            "--activity",
            "dev",
            "--project",
            "gwm",
            "--start",
            "2026-01-01",
            "--end",
            "2026-01-11",
        ],
    );
    assert_eq!(times.as_array().unwrap().len(), 1);
    assert_eq!(times[0]["activities"], json!(["dev"]));
    let url = env.server.requests().last().unwrap().url.clone();
    assert!(
        url.starts_with(
            "/v0/times?activity=dev&end=2026-01-11&project=gwm&start=2026-01-01&user=alice&user=admin&token="
        ),
        "{url}"
    );
}

#[test]
fn get_is_always_a_list_and_a_uuid_drops_the_other_filters_with_a_note() {
    let env = Env::with_project();
    let uuid = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    let output = env
        .as_user("alice")
        .args(["--json", "time", "get", &uuid, "--user", "bob", "--project", "gwm"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("--user, --project ignored when a UUID is given"), "{stderr}");
    let times: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(times.as_array().unwrap().len(), 1);
    assert_eq!(times[0]["uuid"], uuid.as_str());
    let url = env.server.requests().last().unwrap().url.clone();
    assert!(url.starts_with(&format!("/v0/times/{uuid}?token=")), "{url}");
    assert_eq!(env.json("alice", &["time", "get"]).as_array().unwrap().len(), 1);
}

#[test]
fn revisions_of_a_never_updated_entry_do_not_ask_the_server_for_them() {
    let env = Env::with_project();
    let uuid = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    let times = env.json("alice", &["time", "get", &uuid, "--include-revisions"]);
    assert_eq!(times[0]["parents"], json!([]));
    assert!(env.server.requests().iter().all(|r| !r.url.contains("include_revisions")));
    env.json("alice", &["time", "update", &uuid, "--duration", "2h"]);
    let times = env.json("alice", &["time", "get", &uuid, "--include-revisions"]);
    assert_eq!(times[0]["revision"], 2);
    assert_eq!(times[0]["parents"][0]["duration"], 3600);
    let listed = env.json("alice", &["time", "get", "--include-revisions"]);
    assert_eq!(listed[0]["parents"].as_array().unwrap().len(), 1);
}

#[test]
fn delete_then_only_include_deleted_shows_it() {
    let env = Env::with_project();
    let uuid = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    assert_eq!(env.json("alice", &["time", "delete", &uuid]), json!({"status": 200}));
    let request = env.server.requests().into_iter().find(|r| r.method == "DELETE").unwrap();
    assert!(request.url.starts_with(&format!("/v0/times/{uuid}?token=")), "token in the query: {}", request.url);
    assert_eq!(env.json("alice", &["time", "get"]), json!([]));
    let deleted = env.json("alice", &["time", "get", "--include-deleted"]);
    assert_eq!(deleted[0]["uuid"], uuid.as_str());
    assert!(deleted[0]["deleted_at"].is_string());
    env.succeeds("alice", &["time", "delete", &uuid]).stdout(format!("Deleted time entry {uuid}.\n"));
}

#[test]
fn deleting_someone_elses_entry_is_refused() {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", SiteRoles::default());
    let uuid = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-10");
    env.fails("bob", &["time", "delete", &uuid], 1)
        .stderr(format!("error: Authorization failure: bob is not authorized to delete time {uuid} (401)\n"));
}

#[test]
fn a_missing_entry_is_not_found() {
    let env = Env::with_project();
    env.fails("alice", &["time", "get", "00000000-0000-4000-8000-000000000000"], 1)
        .stderr("error: Object not found: Nonexistent time (404)\n");
}

#[test]
fn tables_show_durations_and_dates_for_people() {
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["dev", "docs"], 12600, "2026-01-10");
    let output = env.as_user("alice").args(["time", "get"]).output().unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    for expected in ["Date", "Duration", "2026-01-10", "3h30m", "ganeti-webmgr, gwm", "dev, docs", "alice"] {
        assert!(stdout.contains(expected), "{expected} missing in {stdout}");
    }
    assert!(!stdout.contains('\u{1b}'), "no colour when stdout is not a terminal");
    env.fails("alice", &["time", "get", "--project", "gwm", "--user", "bob"], 1);
    let spectator = ProjectRoles { spectator: true, ..ProjectRoles::default() };
    env.server.add_user("sam", "sam-pw", SiteRoles::default());
    env.server.add_project("Other", &["other"], None, &[("sam", spectator)]);
    env.succeeds("sam", &["time", "get"]).stdout("No time entries found.\n");
}

#[test]
fn json_lists_are_written_as_they_arrive_exactly_as_pretty_json() {
    let env = Env::with_project();
    for n in 0..3 {
        env.server.add_time("alice", "gwm", &["docs"], 600 * (n + 1), "2026-01-10");
    }
    for (args, count) in
        [(&["--json", "time", "get"][..], 3), (&["--json", "time", "get", "--end", "2026-01-09"][..], 0)]
    {
        let output = env.as_user("alice").args(args).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let text = String::from_utf8(output.stdout).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value.as_array().unwrap().len(), count);
        assert_eq!(text, format!("{}\n", serde_json::to_string_pretty(&value).unwrap()));
    }
}

#[test]
fn long_json_lists_keep_every_entry_once_in_the_servers_order() {
    // Enough entries to cross the writer's batches several times over.
    let env = Env::with_project();
    let durations: Vec<i64> = (1..=1000).map(|n| 60 * n).collect();
    for &duration in &durations {
        env.server.add_time("alice", "gwm", &["docs"], duration, "2026-01-10");
    }
    let output = env.as_user("alice").args(["--json", "time", "get"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let listed: Vec<i64> = value.as_array().unwrap().iter().map(|time| time["duration"].as_i64().unwrap()).collect();
    assert_eq!(listed, durations);
}

#[test]
fn a_reply_larger_than_the_configured_limit_is_refused() {
    let env = Env::with_project();
    for _ in 0..40 {
        env.server.add_time("alice", "gwm", &["docs"], 600, "2026-01-10");
    }
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "[profiles.default]\nmax_reply_bytes = 2048\n").unwrap();
    for args in [&["--json", "--online", "time", "get"][..], &["--online", "time", "get"][..]] {
        env.as_user("alice")
            .args(args)
            .assert()
            .code(3)
            .stderr(predicates::str::contains("the reply to GET /times is larger than 2048 bytes"));
    }
}

#[test]
fn a_create_with_the_project_cached_is_one_round_trip_and_shows_the_stored_entry() {
    let env = Env::with_project();
    env.login("alice", "alice-pw");
    for (args, activities) in [
        (&["--json", "time", "create", "--duration", "1h", "--project", "ganeti-webmgr"][..], vec!["docs"]),
        (
            &["--json", "time", "create", "--duration", "2h", "--project", "gwm", "--activity", "dev,docs,dev"][..],
            vec!["dev", "docs"],
        ),
    ] {
        let before = env.server.requests().len();
        let output = env.cmd().args(args).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let requests = env.server.requests();
        assert_eq!(requests.len(), before + 1, "only the POST: {:?}", &requests[before..]);
        let shown: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let stored = env.server.get_json(&format!("/times/{}", shown["uuid"].as_str().unwrap()), "alice");
        let mut stored = stored.as_array().map_or(stored.clone(), |list| list[0].clone());
        let sort = |v: &mut serde_json::Value| {
            let mut list: Vec<String> = serde_json::from_value(v.clone()).unwrap();
            list.sort();
            *v = serde_json::json!(list);
        };
        let mut shown = shown;
        sort(&mut shown["activities"]);
        sort(&mut stored["activities"]);
        assert_eq!(shown, stored);
        assert_eq!(shown["activities"], serde_json::json!(activities));
    }
}

#[test]
fn a_create_without_the_project_cached_reads_the_entry_back() {
    let env = Env::with_project();
    let before = env.server.requests().len();
    env.succeeds("alice", &["time", "create", "--duration", "1h", "--project", "gwm"]);
    let methods: Vec<String> = env.server.requests()[before..].iter().map(|r| r.method.clone()).collect();
    assert_eq!(methods, ["POST", "GET"]);
}

#[test]
fn lists_are_sorted_by_day_unless_asked_to_keep_the_servers_order() {
    let env = Env::with_project();
    for (notes, day) in [("third", "2026-01-12"), ("first", "2026-01-10"), ("second", "2026-01-11")] {
        let uuid = env.server.add_time("alice", "gwm", &["dev"], 60, day);
        env.as_user(ADMIN).succeeds(&["time", "update", &uuid, "--notes", notes]);
    }
    let notes = |args: &[&str]| -> Vec<String> {
        let output = env.as_user("alice").args(["--csv", "time", "get"]).args(args).output().unwrap();
        let text = String::from_utf8(output.stdout).unwrap();
        let header: Vec<&str> = text.lines().next().unwrap().split(',').collect();
        let column = header.iter().position(|h| *h == "notes").unwrap();
        text.lines().skip(1).map(|line| line.split(',').nth(column).unwrap().to_owned()).collect()
    };
    assert_eq!(notes(&[]), ["first", "second", "third"]);
    assert_eq!(notes(&["--sort", "none"]), ["third", "first", "second"], "as the server stored them");
    let quiet = |args: &[&str]| -> usize {
        let output = env.as_user("alice").args(["-q", "time", "get"]).args(args).output().unwrap();
        String::from_utf8(output.stdout).unwrap().lines().count()
    };
    assert_eq!((quiet(&[]), quiet(&["--sort", "none"])), (3, 3));
}
