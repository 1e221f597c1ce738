//! Short references to time entries: `@1`, `@2`, … (as `timesync log`
//! numbers them) and UUID prefixes of 6 characters or more, resolved with
//! at most one `GET /times`.

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::{json_error, Env, Printed, Run};

const FIRST: &str = "abcdef01-0000-4000-8000-000000000001";
const SECOND: &str = "abcdef01-0000-4000-8000-000000000002";
const OLDEST: &str = "12345678-0000-4000-8000-000000000003";

/// alice's entries: @1 = SECOND (newest day), @2 = FIRST, @3 = OLDEST.
fn env_with_times() -> Env {
    let env = Env::with_project();
    env.server.add_time_with_uuid(OLDEST, "alice", "gwm", &["dev"], 600, "2026-01-10");
    env.server.add_time_with_uuid(FIRST, "alice", "gwm", &["docs"], 3600, "2026-01-12");
    env.server.add_time_with_uuid(SECOND, "alice", "gwm", &["dev"], 1800, "2026-01-13");
    env
}

fn show(env: &Env, reference: &str) -> Value {
    env.json("alice", &["time", "show", reference])
}

/// How many list requests (`GET /times?…`, not `/times/UUID`) the server saw.
fn list_requests(env: &Env) -> usize {
    env.server.requests().iter().filter(|r| r.method == "GET" && r.url.starts_with("/v0/times?")).count()
}

#[test]
fn numbers_count_back_from_the_most_recent_entry() {
    let env = env_with_times();
    assert_eq!(show(&env, "@1")["uuid"], SECOND);
    assert_eq!(show(&env, "@2")["uuid"], FIRST);
    assert_eq!(show(&env, "@3")["uuid"], OLDEST);
    assert_eq!(list_requests(&env), 3, "one GET /times each");
    env.fails("alice", &["time", "show", "@4"], 2)
        .stderr("error: there is no @4: you have 3 time entries, @1 to @3 (see `timesync log`)\n");
    env.fails("alice", &["time", "show", "@0"], 2).stderr(predicate::str::contains("invalid reference '@0'"));
}

#[test]
fn update_delete_and_get_take_references() {
    let env = env_with_times();
    let updated = env.json("alice", &["time", "update", "@2", "--duration", "2h"]);
    assert_eq!((updated["uuid"].as_str(), updated["duration"].as_u64()), (Some(FIRST), Some(7200)));
    let posts: Vec<String> = env.server.requests().into_iter().filter(|r| r.method == "POST").map(|r| r.url).collect();
    assert_eq!(posts, [format!("/v0/times/{FIRST}")]);
    assert_eq!(list_requests(&env), 1);
    let got = env.json("alice", &["time", "get", "123456"]);
    assert_eq!(got[0]["uuid"], OLDEST);
    env.succeeds("alice", &["time", "delete", "12345678-0"]).stdout(format!("Deleted time entry {OLDEST}.\n"));
    assert_eq!(env.server.get_json("/times", "alice").as_array().unwrap().len(), 2);
    // A whole UUID is used as it is: no list is fetched to resolve it.
    let before = list_requests(&env);
    assert_eq!(show(&env, SECOND)["uuid"], SECOND);
    assert_eq!(list_requests(&env), before);
}

#[test]
fn an_ambiguous_prefix_lists_the_candidates() {
    let env = env_with_times();
    let output = env.as_user("alice").args(["time", "show", "abcdef01"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(output.stderr).unwrap(),
        format!(
            "error: 'abcdef01' begins 2 time entries: {FIRST} (2026-01-12, gwm, 1h); {SECOND} (2026-01-13, gwm, 30m); \
             give more of the UUID, or @N as `timesync log` numbers them\n"
        )
    );
    assert_eq!(show(&env, "abcdef01-0000-4000-8000-000000000002")["uuid"], SECOND);
    env.fails("alice", &["time", "show", "ABCDEF01-0000-4000-8000-0000000000"], 2)
        .stderr(predicate::str::contains("begins 2 time entries"));
}

#[test]
fn prefixes_need_six_characters_and_a_match() {
    let env = env_with_times();
    env.fails("alice", &["time", "show", "abcde"], 2).stderr_has(&["invalid UUID 'abcde'", "first 6 characters"]);
    assert!(env.server.requests().is_empty(), "refused before sending");
    let output = env.as_user("alice").args(["--json", "time", "show", "fedcba"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        json_error(&output)["message"],
        "no time entry you can see has a UUID beginning with 'fedcba' (see `timesync log`, or `timesync time get` \
         for everyone's)"
    );
}

#[test]
fn test_mode_samples_are_told_apart_by_their_first_characters() {
    let env = Env::new();
    let shown = env.bare().arg("--test").json(&["time", "show", "838853"]);
    assert_eq!(shown["uuid"], "838853e3-3635-4076-a26f-7efa4e60981f");
}
