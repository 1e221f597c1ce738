//! `timesync report`: totals from one GET /times, and `--csv` everywhere.

use serde_json::{json, Value};

use crate::harness::{Env, Run, ADMIN, MEMBER};

/// 2026-01-15 is a Thursday.
const NOW: &str = "2026-01-15T10:00:00+00:00";

fn env_with_times() -> Env {
    let env = Env::with_project();
    env.server.add_user("bob", "bob-pw", Default::default());
    env.server.add_project("TimeSync", &["ts", "timesync"], Some("dev"), &[("bob", MEMBER)]);
    env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-12");
    env.server.add_time("alice", "gwm", &["docs"], 1800, "2026-01-13");
    env.server.add_time("alice", "gwm", &["dev"], 60, "2026-01-15");
    env.server.add_time("bob", "ts", &["dev", "docs"], 600, "2026-01-15");
    env
}

fn report(env: &Env, args: &[&str]) -> Value {
    env.as_user(ADMIN).env("TIMESYNC_NOW", NOW).json(&[&["report"][..], args].concat())
}

#[test]
fn totals_nest_in_the_order_given_from_one_request() {
    let env = env_with_times();
    let report = report(&env, &["--by", "project", "--by", "activity"]);
    assert_eq!(report["entries"], 4);
    assert_eq!(report["total_seconds"], 6060);
    assert_eq!(report["total"], "1h41m");
    assert_eq!(
        report["groups"][0],
        json!({"project": "gwm", "entries": 3, "total_seconds": 5460, "total": "1h31m",
        "groups": [
            {"activity": "dev", "entries": 2, "total_seconds": 3660, "total": "1h1m"},
            {"activity": "docs", "entries": 1, "total_seconds": 1800, "total": "30m"}]})
    );
    assert_eq!(report["groups"][1]["project"], "ts");
    assert_eq!(report["groups"][1]["groups"][0]["activity"], "dev+docs");
    let gets: Vec<_> = env.server.requests().into_iter().filter(|r| r.url.starts_with("/v0/times")).collect();
    assert_eq!(gets.len(), 1, "one GET /times, grouped on the client");
}

#[test]
fn periods_become_start_and_end() {
    let env = env_with_times();
    let week = report(&env, &["--week", "--by", "day"]);
    assert_eq!((week["start"].as_str(), week["end"].as_str()), (Some("2026-01-12"), Some("2026-01-15")));
    let url = env.server.requests().last().unwrap().url.clone();
    assert!(url.contains("end=2026-01-15&start=2026-01-12"), "{url}");
    let days: Vec<&str> = week["groups"].as_array().unwrap().iter().map(|g| g["day"].as_str().unwrap()).collect();
    assert_eq!(days, ["2026-01-12", "2026-01-13", "2026-01-15"]);
    assert_eq!(report(&env, &["--today"])["total_seconds"], 660);
    assert_eq!(report(&env, &["--month"])["start"], "2026-01-01");
    assert_eq!(report(&env, &["--start", "2026-01-13", "--end", "2026-01-13"])["total_seconds"], 1800);
    assert_eq!(report(&env, &["--user", "bob"])["total_seconds"], 600);
}

#[test]
fn rounding_and_decimal_hours() {
    let env = env_with_times();
    let up = report(&env, &["--round", "15m", "--decimal"]);
    // 3600 + 1800 + 60→900 + 600→900
    assert_eq!(up["total_seconds"], 7200);
    assert_eq!(up["total"], "2.00");
    assert_eq!(up["rounding"], json!({"step_seconds": 900, "mode": "up"}));
    let nearest = report(&env, &["--round", "15m", "--round-mode", "nearest"]);
    // 3600 + 1800 + 60→0 + 600→900
    assert_eq!(nearest["total_seconds"], 6300);
}

#[test]
fn csv_and_table_give_the_same_numbers() {
    let env = env_with_times();
    let csv = env.as_user(ADMIN).env("TIMESYNC_NOW", NOW).args(["--csv", "report", "--by", "user"]).output().unwrap();
    assert_eq!(
        String::from_utf8(csv.stdout).unwrap(),
        "start,end,user,entries,total_seconds,total\n,,alice,3,5460,1h31m\n,,bob,1,600,10m\n"
    );
    let table =
        env.as_user(ADMIN).env("TIMESYNC_NOW", NOW).args(["report", "--by", "user", "--decimal"]).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    for expected in ["User", "Entries", "alice", "1.52", "bob", "0.17", "Total", "1.68"] {
        assert!(table.contains(expected), "{expected} in {table}");
    }
}

#[test]
fn bad_report_options_are_refused_before_sending() {
    let env = env_with_times();
    env.fails(ADMIN, &["report", "--week", "--month"], 2);
    env.fails(ADMIN, &["report", "--round", "0"], 2);
    env.fails(ADMIN, &["report", "--by", "colour"], 2);
    env.fails(ADMIN, &["report", "--start", "2026-01-10", "--end", "2026-01-01"], 2);
    assert!(env.server.requests().is_empty());
}

#[test]
fn time_get_as_csv_joins_lists_with_semicolons() {
    let env = env_with_times();
    let output = env.as_user("alice").args(["--csv", "time", "get", "--activity", "docs"]).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let mut lines = text.lines();
    assert_eq!(lines.next(), Some("duration,user,project,activities,notes,issue_uri,date_worked,uuid,revision,created_at,updated_at,deleted_at"));
    let row = lines.next().unwrap();
    assert!(row.starts_with("1800,alice,ganeti-webmgr;gwm,docs,"), "{row}");
    assert_eq!(lines.next(), None);
}
