//! `timesync time import`: every format into a real test server, dry runs,
//! bad rows, and the progress bar.

mod bounded;
mod resume;

use std::path::{Path, PathBuf};

use assert_cmd::assert::Assert;
use predicates::prelude::*;
use serde_json::Value;

use crate::harness::{Env, Printed, Run};

/// Writes `text` to `name` in the environment's directory.
fn file(env: &Env, name: &str, text: &str) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Runs `timesync time import OPTIONS PATH` as alice.
fn import(env: &Env, options: &[&str], path: &Path) -> Assert {
    env.as_user("alice").args(["time", "import"]).args(options).arg(path).assert()
}

/// Every current entry on the server as (date, duration, project slugs,
/// activities, notes, issue link), sorted.
fn entries(env: &Env) -> Vec<(String, u64, Value, Value, Value, Value)> {
    let times = env.server.get_json("/times", "admin");
    let mut entries: Vec<_> = times
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["date_worked"].as_str().unwrap().to_owned(),
                t["duration"].as_u64().unwrap(),
                t["project"].clone(),
                t["activities"].clone(),
                t["notes"].clone(),
                t["issue_uri"].clone(),
            )
        })
        .collect();
    entries.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    entries
}

fn posts(env: &Env) -> usize {
    env.server.requests().iter().filter(|r| r.method == "POST").count()
}

/// A server with a history of alice's: activities, notes with a comma, a
/// quote and a newline, an issue link, and an entry on the default activity.
fn history() -> Env {
    let env = Env::with_project();
    let entries: [&[&str]; 4] = [
        &[
            "--duration",
            "1h30m",
            "--activity",
            "dev,docs",
            "--date",
            "2026-11-02",
            "--notes",
            "Fixed it, \"finally\"\nfor real",
        ],
        &["--duration", "45m", "--date", "2026-11-03", "--issue-uri", "https://github.com/osuosl/gwm/issues/7"],
        &["--duration", "2h", "--activity", "dev", "--date", "2026-11-03", "--notes", " leading blank"],
        &["--duration", "2h", "--activity", "dev", "--date", "2026-11-03", "--notes", " leading blank"],
    ];
    for args in entries {
        env.as_user("alice").args(["time", "create", "--project", "gwm"]).args(args).assert().success();
    }
    env
}

/// Exports `history()` with `format` (`--csv` or `--json`) and imports the file into a fresh server.
fn round_trip(format: &str, name: &str, transform: impl Fn(&str) -> String) {
    let source = history();
    let output = source.as_user("alice").args([format, "time", "get"]).output().unwrap();
    assert!(output.status.success());
    let target = Env::with_project();
    let path = file(&target, name, &transform(&String::from_utf8(output.stdout).unwrap()));
    import(&target, &[], &path)
        .success()
        .stdout(predicate::str::contains("4 entries, 4 sent, 0 skipped (already imported), 0 rejected"));
    assert_eq!(entries(&target), entries(&source));
    assert_eq!(entries(&target).len(), 4, "two identical entries are two entries");
    import(&target, &[], &path).success().stdout(predicate::str::contains("0 sent, 4 skipped (already imported)"));
    assert_eq!(entries(&target).len(), 4, "importing again sends nothing");
}

#[test]
fn a_csv_export_imports_back_unchanged() {
    round_trip("--csv", "history.csv", str::to_owned);
}

#[test]
fn a_json_export_imports_back_unchanged() {
    round_trip("--json", "history.json", str::to_owned);
}

#[test]
fn json_lines_import_back_unchanged() {
    round_trip("--json", "history.jsonl", |text| {
        let list: Vec<Value> = serde_json::from_str(text).unwrap();
        list.iter().map(|item| format!("{item}\n")).collect()
    });
}

#[test]
fn standard_input_is_read_and_its_format_told_by_content() {
    let env = Env::with_project();
    let lines =
        "{\"duration\": 600, \"project\": \"gwm\", \"activities\": [\"dev\"], \"date_worked\": \"2026-11-02\"}\n";
    env.as_user("alice")
        .current_dir(env.dir.path())
        .write_stdin(lines)
        .succeeds(&["--json", "time", "import", "-"])
        .stdout_has(&["\"format\": \"jsonl\"", "\"sent\": 1"]);
    assert_eq!(entries(&env)[0].1, 600);
}

const WATSON_LOG: &str = r#"[
    {"id": "a1", "project": "Client/Web", "start": "2026-11-02T22:00:00+02:00", "stop": "2026-11-03T01:00:00+02:00", "tags": ["coding", "lunch"]},
    {"id": "a2", "project": "gwm", "start": "2026-11-03T09:00:00+02:00", "stop": "2026-11-03T09:45:00+02:00", "tags": ["docs"]}
]"#;

#[test]
fn watson_log_output_imports_with_the_mapping_applied_and_midnight_split() {
    let env = Env::with_project();
    let map = file(&env, "map.toml", "[projects]\n\"Client/Web\" = \"gwm\"\n[activities]\ncoding = \"dev\"\n");
    let path = file(&env, "watson.json", WATSON_LOG);
    import(&env, &["--map", map.to_str().unwrap(), "--activity-map", "lunch="], &path)
        .success()
        .stdout(predicate::str::contains("3 entries, 3 sent"));
    let got: Vec<(String, u64, Value)> = entries(&env).into_iter().map(|e| (e.0, e.1, e.3)).collect();
    assert_eq!(
        got,
        [
            ("2026-11-02".into(), 7200, serde_json::json!(["dev"])),
            ("2026-11-03".into(), 2700, serde_json::json!(["docs"])),
            ("2026-11-03".into(), 3600, serde_json::json!(["dev"])),
        ]
    );
}

#[test]
fn a_watson_frames_file_imports_in_the_local_time_zone() {
    let env = Env::with_project();
    // 2026-11-28T22:30:00Z to 2026-11-29T00:30:00Z: 00:30 to 02:30 at UTC+2, all on the 29th.
    let path = file(&env, "frames", "[\n [1795905000, 1795912200, \"gwm\", \"f1\", [\"dev\"], 1795912200]\n]\n");
    env.as_user("alice").env("TZ", "XST-2").args(["time", "import"]).arg(&path).assert().success();
    let got: Vec<(String, u64)> = entries(&env).into_iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(got, [("2026-11-29".into(), 7200)]);
    let env = Env::with_project();
    let path = file(&env, "frames", "[\n [1795905000, 1795912200, \"gwm\", \"f1\", [\"dev\"], 1795912200]\n]\n");
    env.as_user("alice").env("TZ", "UTC0").args(["time", "import"]).arg(&path).assert().success();
    let got: Vec<(String, u64)> = entries(&env).into_iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(got, [("2026-11-28".into(), 5400), ("2026-11-29".into(), 1800)], "split at UTC midnight");
}

#[test]
fn timewarrior_takes_the_project_from_the_tag_that_names_one() {
    let env = Env::with_project();
    let export = r#"[
{"id":2,"start":"20261102T083000Z","end":"20261102T100000Z","tags":["Client A","dev"],"annotation":"Sprint planning"},
{"id":1,"start":"20261103T080000Z","end":"20261103T083000Z","tags":["gwm","docs"]}
]"#;
    let path = file(&env, "timew.json", export);
    env.as_user("alice")
        .env("TZ", "UTC0")
        .args(["time", "import", "--project-map", "Client A=gwm"])
        .arg(&path)
        .assert()
        .success();
    let got: Vec<(String, u64, Value, Value)> = entries(&env).into_iter().map(|e| (e.0, e.1, e.3, e.4)).collect();
    assert_eq!(
        got,
        [
            ("2026-11-02".into(), 5400, serde_json::json!(["dev"]), serde_json::json!("Sprint planning")),
            ("2026-11-03".into(), 1800, serde_json::json!(["docs"]), Value::Null),
        ]
    );
}

#[test]
fn a_dry_run_shows_what_would_be_sent_and_sends_nothing() {
    let env = Env::with_project();
    let path =
        file(&env, "plan.csv", "date_worked,duration,project,activities\n2026-11-02,1h,gwm,dev\n2026-11-03,30m,gwm,\n");
    let output = env.as_user("alice").args(["--json", "time", "import", "--dry-run"]).arg(&path).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let plan: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(plan.as_array().unwrap().len(), 2);
    assert_eq!((plan[0]["line"].clone(), plan[0]["duration"].clone()), (2.into(), 3600.into()));
    assert_eq!(plan[1]["status"], "new");
    assert!(String::from_utf8_lossy(&output.stderr).contains("dry run: 2 entries would be sent"));
    assert_eq!(posts(&env), 0);
    import(&env, &[], &path).success();
    import(&env, &["--dry-run"], &path)
        .success()
        .stdout("Nothing to send.\n")
        .stderr(predicate::str::contains("2 already imported (or being imported) would be skipped"));
    assert_eq!(posts(&env), 2);
}

#[test]
fn bad_rows_are_listed_with_their_lines_and_nothing_is_sent() {
    let env = Env::with_project();
    let text = "date_worked,duration,project,activities,user\n\
                2026-11-02,1h,gwm,dev,alice\n\
                2026-11-02,1x,gwm,dev,alice\n\
                2026-11-03,1h,nope,dev,alice\n\
                2026-11-03,1h,gwm,cooking,alice\n\
                2026-11-03,1h,gwm,dev,bob\n";
    let path = file(&env, "bad.csv", text);
    for extra in [&[][..], &["--dry-run"][..]] {
        import(&env, extra, &path).code(2).stderr_has(&[
            "4 bad rows in",
            "nothing was sent",
            "line 3: invalid duration '1x'",
            "line 4: unknown project nope",
            "line 5: unknown activity cooking",
            "line 6: user bob is not the logged-in user alice",
        ]);
    }
    let requests: Vec<String> = env.server.requests().iter().map(|r| format!("{} {}", r.method, r.url)).collect();
    assert_eq!(requests.len(), 4, "{requests:?}");
    assert!(
        requests.iter().all(|r| r.starts_with("GET /v0/projects?") || r.starts_with("GET /v0/activities?")),
        "only the two GETs, twice: {requests:?}"
    );
}

#[test]
fn rows_after_tomorrow_need_future_and_rows_outside_1970_to_2100_never_pass() {
    let env = Env::with_project();
    env.set_now("2026-12-04T12:00:00+00:00");
    let text = "date_worked,duration,project,activities\n\
                2026-12-05,1h,gwm,dev\n\
                2027-06-01,1h,gwm,dev\n\
                0000-01-01,1h,gwm,dev\n\
                2101-01-01T09:00:00Z,1h,gwm,dev\n";
    let path = file(&env, "dates.csv", text);
    for extra in [&[][..], &["--dry-run"][..]] {
        import(&env, extra, &path).code(2).stderr_has(&[
            "3 bad rows in",
            "line 3: date_worked 2027-06-01 is after tomorrow (2026-12-05); pass --future to record a day to come",
            "line 4: date_worked 0000-01-01 is outside the accepted dates, 1970-01-01 to 2100-12-31",
            "line 5: date_worked 2101-01-01 is outside the accepted dates",
        ]);
    }
    import(&env, &["--future"], &path)
        .code(2)
        .stderr_has(&["2 bad rows in", "line 4: date_worked 0000-01-01", "line 5: date_worked 2101-01-01"])
        .stderr(predicate::str::contains("line 3").not());
    assert_eq!(posts(&env), 0, "nothing was sent");
    // Offline too: the rows are refused before the server is asked.
    env.as_user("alice")
        .env("TIMESYNC_URL", crate::harness::down_url())
        .args(["time", "import"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("line 3: date_worked 2027-06-01 is after tomorrow"));
    let future = file(&env, "future.csv", "date_worked,duration,project,activities\n2027-06-01,1h,gwm,dev\n");
    import(&env, &["--future", "--quiet"], &future).success();
    assert_eq!(entries(&env)[0].0, "2027-06-01");
}

#[test]
fn many_bad_rows_are_cut_short_and_a_broken_file_names_its_line() {
    let env = Env::with_project();
    let mut text = String::from("date_worked,duration,project\n");
    for _ in 0..60 {
        text.push_str("2026-11-02,junk,gwm\n");
    }
    let path = file(&env, "many.csv", &text);
    let output = env.as_user("alice").args(["time", "import"]).arg(&path).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("60 bad rows") && stderr.contains("line 51:") && !stderr.contains("line 52:"), "{stderr}");
    assert!(stderr.contains("… and 10 more"), "{stderr}");
    let before = env.server.requests().len();
    let broken = file(&env, "broken.json", "[\n{\"duration\": 1},\n{oops}\n]");
    import(&env, &[], &broken).code(2).stderr(predicate::str::contains("line 3: invalid JSON"));
    assert_eq!(env.server.requests().len(), before, "a file that cannot be read asks nothing of the server");
}

#[cfg(unix)]
#[test]
fn the_progress_bar_shows_on_a_terminal_only() {
    let env = Env::with_project();
    env.login("alice", "alice-pw");
    let mut text = String::from("date_worked,duration,project,notes\n");
    for n in 0..30 {
        text.push_str(&format!("2026-11-02,1m,gwm,row {n}\n"));
    }
    let path = file(&env, "rows.csv", &text);
    let mut cmd = env.std_cmd();
    cmd.env("TERM", "xterm").args(["time", "import"]).arg(&path);
    let (code, output) = crate::pty::PtyChild::spawn(cmd, 24, 120).finish();
    assert_eq!(code, Some(0), "{output}");
    assert!(output.contains("importing [") && output.contains("/30 entries"), "{output}");
    assert!(output.contains("30 entries, 30 sent"), "{output}");
    let piped = env.cmd().env("TERM", "xterm").args(["time", "import"]).arg(&path).output().unwrap();
    assert!(piped.status.success());
    assert!(piped.stderr.is_empty(), "{}", String::from_utf8_lossy(&piped.stderr));
    assert!(String::from_utf8_lossy(&piped.stdout).contains("30 skipped"));
    let mut quiet = env.std_cmd();
    quiet.env("TERM", "xterm").args(["time", "import", "-q"]).arg(&path);
    let (code, output) = crate::pty::PtyChild::spawn(quiet, 24, 120).finish();
    assert_eq!((code, output.trim()), (Some(0), ""), "nothing at all with -q");
}
