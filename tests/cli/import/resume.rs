//! An import stopped at any point (killed, Ctrl-C, the server gone, the
//! token refused) and run again records every entry exactly once; rows the
//! server refuses go to the reject file.
//!
//! The first POST is held by the server (a stall the test ends with
//! `release_stalls` once it has done what it must while the entry is in
//! flight), and the tests wait on what they can see (a request received, a
//! request held, an entry recorded), never for a time to pass.

use std::time::Duration;

use predicates::prelude::*;

use super::{entries, file, import, posts};
use crate::harness::{wait_until, Env, Fault, Stall};

/// Five entries, the first two identical.
const ROWS: &str = "date_worked,duration,project,activities,notes
2026-11-02,1h,gwm,dev,same
2026-11-02,1h,gwm,dev,same
2026-11-03,2h,gwm,docs,third
2026-11-04,30m,gwm,dev,fourth
2026-11-05,15m,gwm,dev,fifth
";

const NOTES: [&str; 5] = ["fifth", "fourth", "same", "same", "third"];

fn notes(env: &Env) -> Vec<String> {
    let mut notes: Vec<String> =
        entries(env).into_iter().map(|e| e.4.as_str().unwrap_or_default().to_owned()).collect();
    notes.sort();
    notes
}

/// Waits until the server has received `count` POSTs.
fn wait_for_posts(env: &Env, count: usize) {
    wait_until(&format!("the server got {count} POSTs"), || posts(env) >= count);
}

/// Where the server holds the first POST /times.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Held {
    /// Before it records the entry.
    Before,
    /// After it recorded the entry, before it answers.
    After,
}

/// Holds up the next POST /times `where` until the test calls
/// `release_stalls` (the ten minutes are only a bound).
fn stall(held: Held) -> Option<Stall> {
    let (before, after) = match held {
        Held::Before => (Duration::from_secs(600), Duration::ZERO),
        Held::After => (Duration::ZERO, Duration::from_secs(600)),
    };
    Some(Stall { method: "POST".into(), path_suffix: "/times".into(), before, after, times: 1 })
}

/// Kills an import while its first POST is held up before or after the
/// server records it, then runs it again.
fn killed_during_the_first_post(held: Held) -> Env {
    let env = Env::with_project();
    let path = file(&env, "rows.csv", ROWS);
    env.server.set_stall(stall(held));
    let mut child = env.spawnable("alice").args(["time", "import"]).arg(&path).spawn().unwrap();
    wait_for_posts(&env, 1);
    wait_until("the server holds the first POST", || env.server.held() == 1);
    child.kill().unwrap();
    child.wait().unwrap();
    if held == Held::Before {
        // The killed client's request never reaches the database.
        env.server.set_fault(Some(Fault { status: 500, content_type: None, body: String::new() }));
    }
    env.server.release_stalls();
    wait_until("the server has answered every request", || env.server.in_flight() == 0);
    env.server.set_fault(None);
    env.server.set_stall(None);
    let recorded = if held == Held::After { 1 } else { 0 };
    assert_eq!(entries(&env).len(), recorded);
    import(&env, &[], &path)
        .success()
        .stdout(predicate::str::contains(format!("{} sent, {recorded} skipped", 5 - recorded)));
    assert_eq!(notes(&env), NOTES);
    import(&env, &[], &path).success().stdout(predicate::str::contains("0 sent, 5 skipped"));
    env
}

#[test]
fn an_import_killed_before_the_server_recorded_its_entry_sends_it_on_the_next_run() {
    killed_during_the_first_post(Held::Before);
}

#[test]
fn an_import_killed_after_the_server_recorded_its_entry_does_not_send_it_again() {
    killed_during_the_first_post(Held::After);
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_after_the_current_entry_and_the_next_run_sends_the_rest() {
    let env = Env::with_project();
    let path = file(&env, "rows.csv", ROWS);
    env.server.set_stall(stall(Held::After));
    let child = env.spawnable("alice").args(["time", "import"]).arg(&path).spawn().unwrap();
    wait_for_posts(&env, 1);
    wait_until("the server holds the first POST", || env.server.held() == 1);
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: sends SIGINT to the child this test started.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    // The first entry is answered only once the import has taken the signal.
    wait_for_signal_taken(pid);
    env.server.release_stalls();
    let output = child.wait_with_output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert_eq!(output.status.code(), Some(130), "{stdout}{stderr}");
    assert!(stdout.contains("Stopped") && stdout.contains("after 1 of 5 entries, 1 sent"), "{stdout}");
    assert!(stderr.contains("interrupted") && stderr.contains("run the same import again"), "{stderr}");
    assert_eq!(entries(&env).len(), 1, "the entry being sent was finished, no other was started");
    import(&env, &[], &path).success().stdout(predicate::str::contains("4 sent, 1 skipped"));
    assert_eq!(notes(&env), NOTES);
}

/// Waits until process `pid` has taken the SIGINT sent to it: no longer
/// pending, so its handler ran (Linux: `ShdPnd` and `SigPnd` in /proc).
/// Where /proc does not tell, it allows the signal a second to arrive.
#[cfg(unix)]
fn wait_for_signal_taken(pid: libc::pid_t) {
    let sigint = 1u64 << (libc::SIGINT - 1);
    let pending = || -> Option<bool> {
        let mut any = false;
        for task in std::fs::read_dir(format!("/proc/{pid}/task")).ok()? {
            let status = std::fs::read_to_string(task.ok()?.path().join("status")).ok()?;
            for line in status.lines().filter(|l| l.starts_with("ShdPnd:") || l.starts_with("SigPnd:")) {
                let mask = u64::from_str_radix(line[7..].trim(), 16).ok()?;
                any |= mask & sigint != 0;
            }
        }
        Some(any)
    };
    if !std::path::Path::new("/proc/self/task").is_dir() {
        std::thread::sleep(Duration::from_secs(1));
        return;
    }
    wait_until("the import has taken SIGINT", || pending() == Some(false));
}

/// Runs an import whose second POST meets `trouble` (set while the first
/// is held up), checks how it stops, and runs it again.
fn stopped_at_the_second_entry(trouble: impl Fn(&Env), code: i32, says: &str) {
    let env = Env::with_project();
    let path = file(&env, "rows.csv", ROWS);
    env.server.set_stall(stall(Held::After));
    let child = env.spawnable("alice").args(["time", "import"]).arg(&path).spawn().unwrap();
    wait_for_posts(&env, 1);
    wait_until("the server holds the first POST", || env.server.held() == 1);
    trouble(&env);
    env.server.release_stalls();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{stderr}");
    assert!(stderr.contains(says), "{stderr}");
    assert!(stderr.contains("import stopped after 1 of 5 entries") && stderr.contains("run the same import again"));
    env.server.set_fault(None);
    assert_eq!(entries(&env).len(), 1);
    import(&env, &[], &path).success().stdout(predicate::str::contains("4 sent, 1 skipped"));
    assert_eq!(notes(&env), NOTES, "the identical second entry was sent, once");
}

#[test]
fn a_server_gone_mid_import_stops_it_with_code_3_and_the_next_run_finishes() {
    let gateway =
        Fault { status: 502, content_type: Some("text/html".into()), body: "<html>Bad Gateway</html>".into() };
    stopped_at_the_second_entry(
        |env| env.server.set_fault(Some(gateway.clone())),
        3,
        "it is looked for on the server before it is sent again",
    );
}

#[test]
fn a_token_refused_mid_import_stops_it_with_code_4_and_the_next_run_finishes() {
    stopped_at_the_second_entry(|env| env.server.revoke_tokens(), 4, "Bad API token");
}

#[test]
fn refused_rows_go_to_the_reject_file_and_are_retried_only_when_asked() {
    let env = Env::with_project();
    env.server.add_project("Other", &["other"], Some("docs"), &[]);
    let rows = "date_worked,duration,project,notes\n2026-11-02,1h,gwm,a\n2026-11-02,1h,other,b\n\
                2026-11-03,1h,gwm,c\n2026-11-03,2h,other,\"d, quoted\"\n";
    let path = file(&env, "rows.csv", rows);
    let rejects = env.dir.path().join("rows.rejected.csv");
    import(&env, &[], &path)
        .code(1)
        .stdout(predicate::str::contains("4 entries, 2 sent, 0 skipped (already imported), 2 rejected"))
        .stderr(predicate::str::contains(format!("the server refused 2 entries: they are in {}", rejects.display())));
    let mut reader = csv::Reader::from_path(&rejects).unwrap();
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        ["date_worked", "duration", "project", "notes", "reason"]
    );
    let refused: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(refused.iter().map(|r| r[3].to_owned()).collect::<Vec<_>>(), ["b", "d, quoted"]);
    assert!(refused.iter().all(|r| r[4].contains("alice is not authorized to create time entries for project other")));
    let sent = posts(&env);
    import(&env, &[], &path).code(1).stderr(predicate::str::contains("2 entries (2 in an earlier run)"));
    assert_eq!(posts(&env), sent, "refused rows are not sent again unless asked");
    assert_eq!(csv::Reader::from_path(&rejects).unwrap().records().count(), 2, "the reject file still holds them");
    env.succeeds("admin", &["project", "users", "add", "other", "alice", "--role", "member"]);
    env.as_user("alice")
        .args(["time", "import", "--retry-rejected"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicate::str::contains("2 sent, 2 skipped"));
    assert_eq!(entries(&env).len(), 4);
}

#[test]
fn a_json_reject_file_keeps_the_objects_with_a_reason() {
    let env = Env::with_project();
    env.server.add_project("Other", &["other"], Some("docs"), &[]);
    let list = r#"[{"duration": 60, "project": ["other"], "date_worked": "2026-11-02", "uuid": "x"},
                   {"duration": 60, "project": "gwm", "date_worked": "2026-11-02"}]"#;
    let path = file(&env, "list.json", list);
    let rejects = env.dir.path().join("refused.json");
    env.as_user("alice").args(["time", "import", "--rejects"]).arg(&rejects).arg(&path).assert().code(1);
    let refused: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&rejects).unwrap()).unwrap();
    assert_eq!(refused.as_array().unwrap().len(), 1);
    assert_eq!(refused[0]["uuid"], "x", "the object as read");
    assert!(refused[0]["reason"].as_str().unwrap().contains("not authorized"), "{refused}");
    import(&env, &["--rejects", path.to_str().unwrap()], &path)
        .code(2)
        .stderr(predicate::str::contains("is the input itself"));
}

#[test]
fn several_workers_send_each_entry_once() {
    let env = Env::with_project();
    let mut text = String::from("date_worked,duration,project,notes\n");
    for n in 0..40 {
        text.push_str(&format!("2026-11-{:02},{}m,gwm,row {n}\n", 1 + n % 28, 1 + n % 3));
    }
    text.push_str("2026-11-01,1m,gwm,row 0\n");
    let path = file(&env, "rows.csv", &text);
    import(&env, &["--jobs", "4"], &path).success().stdout(predicate::str::contains("41 entries, 41 sent"));
    assert_eq!(entries(&env).len(), 41);
    assert_eq!(posts(&env), 41);
}
