//! `timesync log`: entries by day, numbered @1, @2, … with day and period
//! totals and a bar per day, from one `GET /times`.

use serde_json::{json, Value};

use crate::harness::{at, Env, ProjectRoles, Run, MEMBER};

/// 2026-01-15 is a Thursday.
const NOW: &str = "2026-01-15T18:00:00+00:00";

/// alice's entries (newest first: @1 to @5) and one of bob's.
fn env_with_times() -> Env {
    let env = Env::with_project();
    let spectator = ProjectRoles { member: true, spectator: true, ..ProjectRoles::default() };
    env.server.add_user("bob", "bob-pw", Default::default());
    env.server.add_project("TimeSync", &["ts", "timesync"], Some("dev"), &[("bob", MEMBER), ("alice", spectator)]);
    let add = |uuid: &str, user: &str, project: &str, activity: &str, seconds: i64, day: &str| {
        env.server.add_time_with_uuid(uuid, user, project, &[activity], seconds, day)
    };
    add("aaaaaaa4-0000-4000-8000-000000000000", "alice", "gwm", "dev", 3600, "2026-01-12");
    add("aaaaaaa3-0000-4000-8000-000000000000", "alice", "ts", "docs", 1800, "2026-01-13");
    add("aaaaaaa2-0000-4000-8000-000000000000", "alice", "gwm", "dev", 60, "2026-01-15");
    add("aaaaaaa1-0000-4000-8000-000000000000", "alice", "gwm", "docs", 5400, "2026-01-15");
    add("aaaaaaa5-0000-4000-8000-000000000000", "alice", "gwm", "dev", 7200, "2026-01-02");
    add("bbbbbbb1-0000-4000-8000-000000000000", "bob", "ts", "dev", 600, "2026-01-14");
    env
}

fn log(env: &Env, args: &[&str]) -> std::process::Output {
    let output = at(env, NOW).arg("log").args(args).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    output
}

fn text(env: &Env, args: &[&str]) -> String {
    String::from_utf8(log(env, args).stdout).unwrap()
}

#[test]
fn the_last_seven_days_by_day_newest_first_with_totals_and_bars() {
    let env = env_with_times();
    let expected = "\
Last 7 days (2026-01-09 to 2026-01-15): 3h1m

Thursday 2026-01-15  1h31m  ███
  @1  aaaaaaa1  1h30m  gwm  docs
  @2  aaaaaaa2     1m  gwm  dev

Tuesday 2026-01-13  30m  █
  @3  aaaaaaa3    30m  ts   docs

Monday 2026-01-12  1h  ██
  @4  aaaaaaa4     1h  gwm  dev
";
    assert_eq!(text(&env, &[]), expected);
    let times: Vec<_> = env.server.requests().into_iter().filter(|r| r.url.starts_with("/v0/times")).collect();
    assert_eq!(times.len(), 1, "one GET /times");
    assert!(times[0].url.contains("user=alice") && times[0].url.contains("start=2026-01-09"), "{}", times[0].url);
}

#[test]
fn filters_and_periods_keep_the_numbers() {
    let env = env_with_times();
    let project = text(&env, &["--project", "ts"]);
    assert!(project.contains("\n  @3  aaaaaaa3  30m  ts  docs\n"), "{project}");
    assert!(project.starts_with("Last 7 days (2026-01-09 to 2026-01-15): 30m\n"), "{project}");
    let today = text(&env, &["--today", "--activity", "dev"]);
    assert!(today.starts_with("Today (2026-01-15): 1m\n") && today.contains("@2  aaaaaaa2"), "{today}");
    assert!(!today.contains("@1"), "{today}");
    let month = text(&env, &["--month"]);
    assert!(month.contains("Friday 2026-01-02  2h  ████\n  @5  aaaaaaa5"), "{month}");
    let empty = text(&env, &["--start", "2026-01-03", "--end", "2026-01-11"]);
    assert_eq!(empty, "From (2026-01-03 to 2026-01-11): 0m\nNo time entries.\n");
}

#[test]
fn all_users_shows_others_unnumbered_with_their_names() {
    let env = env_with_times();
    let all = text(&env, &["--all-users"]);
    assert!(all.contains("Wednesday 2026-01-14  10m  ▎\n      bbbbbbb1    10m  ts   dev   bob\n"), "{all}");
    assert!(all.contains("  @1  aaaaaaa1  1h30m  gwm  docs  alice\n"), "{all}");
}

#[test]
fn json_and_csv_give_the_entries_with_day_and_number() {
    let env = env_with_times();
    let entries: Value = serde_json::from_slice(&log(&env, &["--json", "--all-users"]).stdout).unwrap();
    let keys: Vec<(Value, Value, Value)> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["day"].clone(), e["number"].clone(), e["uuid"].clone()))
        .collect();
    assert_eq!(
        keys,
        [
            (json!("2026-01-15"), json!(1), json!("aaaaaaa1-0000-4000-8000-000000000000")),
            (json!("2026-01-15"), json!(2), json!("aaaaaaa2-0000-4000-8000-000000000000")),
            (json!("2026-01-14"), json!(null), json!("bbbbbbb1-0000-4000-8000-000000000000")),
            (json!("2026-01-13"), json!(3), json!("aaaaaaa3-0000-4000-8000-000000000000")),
            (json!("2026-01-12"), json!(4), json!("aaaaaaa4-0000-4000-8000-000000000000")),
        ]
    );
    assert_eq!(entries[0]["duration"], 5400);
    let csv = String::from_utf8(log(&env, &["--csv"]).stdout).unwrap();
    let mut lines = csv.lines();
    assert!(lines.next().unwrap().starts_with("day,number,duration,user,project,activities"), "{csv}");
    assert!(lines.next().unwrap().starts_with("2026-01-15,1,5400,alice,ganeti-webmgr;gwm,docs"), "{csv}");
    assert_eq!(csv.lines().count(), 5, "a header and four entries: {csv}");
}

#[test]
fn a_start_after_the_end_is_refused_before_sending() {
    let env = env_with_times();
    at(&env, NOW).fails(&["log", "--start", "2026-01-14", "--end", "2026-01-12"], 2);
    assert!(env.server.requests().is_empty());
}

#[test]
fn a_log_over_fifty_thousand_entries_finishes_numbered_to_the_last() {
    let env = Env::with_project();
    let days = 50_000 / 25;
    for n in 0..50_000 {
        let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + chrono::Days::new((n % days) as u64);
        env.server.add_time("alice", "gwm", &["dev"], 60, &day.to_string());
    }
    let output = log(&env, &["--json", "--start", "2020-01-01"]);
    let entries: Value = serde_json::from_slice(&output.stdout).unwrap();
    let numbers: Vec<u64> = entries.as_array().unwrap().iter().map(|e| e["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers.len(), 50_000);
    assert_eq!(numbers.first(), Some(&1), "newest first");
    assert_eq!(numbers.last(), Some(&50_000));
    // A window of it keeps the numbers of the whole list: one day of 25 entries.
    let output = log(&env, &["--json", "--start", "2020-01-01", "--end", "2020-01-01"]);
    let day: Value = serde_json::from_slice(&output.stdout).unwrap();
    let numbers: Vec<u64> = day.as_array().unwrap().iter().map(|e| e["number"].as_u64().unwrap()).collect();
    assert_eq!(numbers, (49_976..=50_000).collect::<Vec<u64>>());
}

/// A reader that stops early (`timesync log | head`) is no error, in
/// every format and for the page: the output is longer than a pipe holds.
#[test]
fn a_reader_that_stops_early_is_no_error() {
    use std::io::Read;
    let env = Env::with_project();
    for n in 0..3_000u64 {
        let day = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + chrono::Days::new(n % 300);
        env.server.add_time("alice", "gwm", &["dev"], 60, &day.to_string());
    }
    for format in [&[][..], &["--csv"], &["-q"], &["--json"], &["--html", "-"]] {
        let mut child = env
            .spawnable("alice")
            .env("TIMESYNC_NOW", NOW)
            .args(["log", "--start", "2025-01-01"])
            .args(format)
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        stdout.read_exact(&mut [0; 16]).unwrap();
        drop(stdout);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success() && stderr.is_empty(), "{format:?}: {:?} {stderr}", output.status);
    }
}
