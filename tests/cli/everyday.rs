//! Everyday rules (issue 21): dates, durations, short clocks and one JSON
//! timestamp form.

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::{at, Env, Printed, Run, ADMIN};

/// 2026-12-04 is a Friday.
const FRIDAY: &str = "2026-12-04T10:00:00+00:00";

#[test]
fn days_after_tomorrow_need_future_and_1970_to_2100_always() {
    let env = Env::with_project();
    let create = |extra: &[&str]| {
        let mut cmd = at(&env, FRIDAY);
        cmd.args(["time", "create", "-d", "1h", "-p", "gwm"]).args(extra);
        cmd
    };
    create(&["-D", "2027-06-01"]).fails(&[], 2).stderr_has(&["--date", "after tomorrow", "--future"]);
    for far in ["0000-01-01", "9999-12-31", "1969-12-31", "2101-01-01"] {
        create(&["-D", far]).fails(&[], 2).stderr_has(&["--date", "1970-01-01 to 2100-12-31"]);
        create(&["-D", far, "--future"]).fails(&[], 2);
    }
    assert!(env.server.requests().iter().all(|r| r.method != "POST"), "nothing was sent");
    let tomorrow = create(&["-D", "2026-12-05"]).json(&[]);
    assert_eq!(tomorrow["date_worked"], "2026-12-05");
    let later = create(&["-D", "2027-06-01", "--future"]).json(&[]);
    assert_eq!(later["date_worked"], "2027-06-01");
    at(&env, FRIDAY).fails(&["log", "--start", "1900-01-01"], 2).stderr_has(&["--start", "1970-01-01"]);
    at(&env, FRIDAY).fails(&["time", "get", "--end", "-36500d"], 2).stderr_has(&["--end", "2100-12-31"]);
}

#[test]
fn weekday_names_are_the_latest_such_day_and_end_after_the_start() {
    let env = Env::with_project();
    let friday = at(&env, FRIDAY).json(&["time", "create", "-d", "1h", "-p", "gwm", "-D", "friday"]);
    assert_eq!(friday["date_worked"], "2026-12-04", "today, on a Friday");
    let monday = at(&env, FRIDAY).json(&["time", "create", "-d", "1h", "-p", "gwm", "-D", "mon"]);
    assert_eq!(monday["date_worked"], "2026-11-30");
    at(&env, FRIDAY)
        .succeeds(&["log", "-s", "monday", "-e", "sunday"])
        .stdout(predicate::str::starts_with("From (2026-11-30 to 2026-12-06): 2h"));
}

#[test]
fn short_bare_numbers_and_zero_durations_are_refused() {
    let env = Env::with_project();
    env.refuses_each(
        "alice",
        &["time", "create", "-p", "gwm"],
        &[
            (&["-d", "90"], "write 90m or 90s"),
            (&["-d", "299"], "write 299m or 299s"),
            (&["-d", "0"], "zero records nothing"),
            (&["-d", "0m"], "zero records nothing"),
        ],
    );
    env.refuses_each("alice", &["time", "update", "@1"], &[(&["-d", "0"], "--duration")]);
    assert!(env.server.requests().is_empty(), "refused before any request");
    assert_eq!(env.json("alice", &["time", "create", "-p", "gwm", "-d", "300"])["duration"], 300);
    assert_eq!(env.json("alice", &["time", "create", "-p", "gwm", "-d", "90s"])["duration"], 90);
}

#[test]
fn a_clock_stopped_within_a_minute_records_nothing_unless_kept() {
    let env = Env::with_project();
    let (nine, later) = ("2026-12-04T09:00:00+00:00", "2026-12-04T09:00:40+00:00");
    at(&env, nine).succeeds(&["start", "gwm"]);
    at(&env, later).succeeds(&["stop"]).stdout_has(&["40s", "nothing was recorded", "--keep"]);
    assert!(env.server.requests().iter().all(|r| r.method != "POST"));
    assert_eq!(at(&env, later).json(&["clock", "status"])["running"], false);
    at(&env, nine).succeeds(&["start", "gwm"]);
    let kept = at(&env, later).json(&["stop", "--keep"]);
    assert_eq!(kept[0]["duration"], 40);
}

/// Every timestamp the CLI writes itself is RFC 3339 in UTC, to the second.
fn assert_one_form(value: &Value) {
    let text = value.as_str().unwrap_or_else(|| panic!("not a string: {value}"));
    assert_eq!(text.len(), 20, "{text}");
    assert!(text.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(text).is_ok(), "{text}");
}

#[test]
fn json_timestamps_have_one_form() {
    let env = Env::with_project();
    env.login("alice", "alice-pw");
    let cmd = || {
        let mut cmd = env.cmd();
        cmd.env("TIMESYNC_NOW", "2026-12-04T09:15:00.250+01:00");
        cmd
    };
    cmd().succeeds(&["start", "gwm"]);
    let clock = cmd().json(&["clock", "status"]);
    assert_one_form(&clock["started_at"]);
    assert_eq!(clock["started_at"], "2026-12-04T08:15:00Z");
    let status = cmd().json(&["status"]);
    assert_one_form(&status["clock"]["started_at"]);
    assert_one_form(&status["token"]["expires_at"]);
    assert_one_form(&cmd().json(&["token"])["expires_at"]);
    // An entry kept while the server was down: when it was queued.
    cmd().args(["--url", &crate::harness::down_url(), "time", "create", "-d", "1h", "-p", "gwm"]).assert().code(3);
    let outbox = cmd().json(&["outbox"]);
    assert_one_form(&outbox[0]["queued_at"]);
}

#[test]
fn watson_verbs_at_the_top_level_get_a_pointed_hint() {
    let env = Env::new();
    for (verb, meant) in
        [("add", "time create"), ("edit", "time update"), ("rm", "time delete"), ("remove", "time delete")]
    {
        env.bare().fails(&[verb], 2).stderr_has(&[&format!("timesync has no '{verb}': use 'timesync {meant}'")]);
    }
}

#[test]
fn completions_for_an_unknown_shell_name_the_supported_ones() {
    let env = Env::new();
    env.bare()
        .fails(&["completions", "tcsh"], 2)
        .stderr_has(&["'tcsh'", "bash, elvish, fish, powershell, zsh only"])
        .stderr(predicate::str::contains("did you mean").not());
}

#[test]
fn test_mode_logs_in_any_username() {
    let env = Env::new();
    env.bare()
        .succeeds(&["--test", "login", "--username", "ci"])
        .stdout_has(&["Logged in to http://timesync.test/v0 as ci"]);
    env.bare().succeeds(&["--test", "login", "--username", "userone"]).stdout_has(&["as userone"]);
}

#[cfg(unix)]
mod on_a_terminal {
    use crate::harness::Env;
    use crate::pty::PtyChild;

    fn on_pty(env: &Env, args: &[&str]) -> PtyChild {
        let mut cmd = env.std_cmd();
        cmd.env("TIMESYNC_TOKEN", env.server.token_for("alice")).args(args);
        PtyChild::spawn(cmd, 24, 200)
    }

    fn live_times(env: &Env) -> usize {
        env.json("alice", &["time", "get"]).as_array().unwrap().len()
    }

    #[test]
    fn delete_shows_what_it_deletes_and_asks() {
        let env = Env::with_project();
        env.server.add_time("alice", "gwm", &["dev"], 5400, "2026-01-10");
        let mut child = on_pty(&env, &["time", "delete", "@1"]);
        child.expect("Delete time entry ");
        child.expect(" of 2026-01-10: 1h30m on gwm (dev)? [y/N] ");
        child.send("n\n");
        let (code, output) = child.finish();
        assert_eq!(code, Some(2), "{output}");
        assert!(output.contains("nothing was deleted"), "{output}");
        assert_eq!(live_times(&env), 1);
        let mut child = on_pty(&env, &["time", "delete", "@1"]);
        child.expect("[y/N] ");
        child.send("y\n");
        let (code, output) = child.finish();
        assert_eq!(code, Some(0), "{output}");
        assert_eq!(live_times(&env), 0);
    }

    #[test]
    fn yes_deletes_without_asking_and_so_does_a_script() {
        let env = Env::with_project();
        env.server.add_time("alice", "gwm", &["dev"], 5400, "2026-01-10");
        env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-01-11");
        let (code, output) = on_pty(&env, &["time", "delete", "@1", "--yes"]).finish();
        assert_eq!(code, Some(0), "{output}");
        assert!(!output.contains("[y/N]"), "{output}");
        assert_eq!(live_times(&env), 1);
        env.succeeds("alice", &["time", "delete", "@1"]);
        assert_eq!(live_times(&env), 0, "without a terminal, nothing is asked");
    }

    #[test]
    fn deleting_a_project_activity_or_user_asks_too() {
        let env = Env::with_project();
        env.server.add_user("bob", "bob-pw", crate::harness::SiteRoles::default());
        for (args, question) in [
            (&["activity", "delete", "dev"][..], "Delete activity dev (Development)? [y/N] "),
            (&["project", "delete", "gwm"], "Delete project gwm (Ganeti Web Manager"),
            (&["user", "delete", "bob"], "Delete user bob"),
        ] {
            let mut cmd = env.std_cmd();
            cmd.env("TIMESYNC_TOKEN", env.server.token_for(crate::harness::ADMIN)).args(args);
            let mut child = PtyChild::spawn(cmd, 24, 200);
            child.expect(question);
            child.send("no\n");
            let (code, output) = child.finish();
            assert_eq!(code, Some(2), "{output}");
        }
        assert_eq!(env.json("alice", &["project", "get", "gwm"])[0]["name"], "Ganeti Web Manager");
        let mut cmd = env.std_cmd();
        cmd.env("TIMESYNC_TOKEN", env.server.token_for(crate::harness::ADMIN)).args(["user", "delete", "-y", "bob"]);
        let (code, output) = PtyChild::spawn(cmd, 24, 200).finish();
        assert_eq!(code, Some(0), "{output}");
    }
}

#[test]
fn short_help_is_short_and_points_to_the_global_options() {
    let env = Env::new();
    let short = |args: &[&str]| {
        let output = env.bare().args(args).arg("-h").output().unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let create = short(&["time", "create"]);
    assert!(create.lines().count() < 30, "{} lines:\n{create}", create.lines().count());
    assert!(create.contains("--duration") && create.contains("--future"), "{create}");
    assert!(!create.contains("--verbose") && !create.contains("Global options:"), "{create}");
    assert!(create.trim_end().ends_with("see `timesync help globals`"), "{create}");
    let stop = short(&["stop"]);
    assert!(!stop.contains("create default") && !stop.contains("-V"), "{stop}");
    let update = short(&["time", "update"]);
    assert!(!update.contains("--user"), "time update has no --user: {update}");
    let globals = env.bare().args(["help", "globals"]).output().unwrap();
    let globals = String::from_utf8(globals.stdout).unwrap();
    for flag in ["--json", "--quiet", "--profile <NAME>", "--test", "--url <URL>"] {
        assert!(globals.contains(flag), "{flag} missing from help globals: {globals}");
    }
    env.bare().fails(&["time", "create", "-V"], 2);
    env.bare().succeeds(&["-V"]).stdout(predicate::str::starts_with("timesync "));
}

#[test]
fn start_stop_and_switch_speak_one_line_each_with_the_entry_number() {
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-12-05");
    let (nine, half_past_ten) = ("2026-12-04T09:00:00+00:00", "2026-12-04T10:30:00+00:00");
    at(&env, nine).succeeds(&["start", "gwm"]).stdout("Started gwm at 09:00.\n");
    at(&env, half_past_ten)
        .succeeds(&["start", "--switch", "gwm", "-a", "dev"])
        .stdout("Stopped gwm: 1h30m recorded on 2026-12-04 (@2). Started gwm at 10:30.\n");
    at(&env, "2026-12-04T11:00:00+00:00").succeeds(&["stop"]).stdout("Stopped gwm: 30m recorded on 2026-12-04 (@2).\n");
    at(&env, "2026-12-04T11:00:00+00:00")
        .succeeds(&["restart", "--at", "2026-12-03 23:00"])
        .stdout("Started gwm at 2026-12-03 23:00.\n");
    at(&env, "2026-12-04T01:00:00+00:00")
        .succeeds(&["stop"])
        .stdout("Stopped gwm: 1h recorded on 2026-12-03 (@5), 1h recorded on 2026-12-04 (@2).\n");
}

#[test]
fn quiet_prints_the_natural_key_of_every_list() {
    let env = Env::with_project();
    let newer = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-12-04");
    let older = env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-12-03");
    let quiet = |args: &[&str]| {
        let output = at(&env, FRIDAY).arg("-q").args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(quiet(&["log"]), format!("{newer}\n{older}\n"), "newest first, as log numbers them");
    assert_eq!(quiet(&["project", "get"]), "gwm\n");
    assert_eq!(quiet(&["project", "get", "gwm"]), "gwm\n");
    assert_eq!(quiet(&["activity", "get"]).lines().collect::<Vec<_>>(), ["docs", "dev"]);
    assert!(quiet(&["user", "get"]).lines().any(|l| l == "alice"));
    assert_eq!(quiet(&["time", "get"]).lines().count(), 2);
}

#[test]
fn report_groups_by_project_unless_told_and_project_get_shows_uri_and_uuid() {
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-12-04");
    at(&env, FRIDAY).succeeds(&["report", "--week"]).stdout_has(&["Project", "gwm", "1h"]);
    let total = at(&env, FRIDAY).arg("report").args(["--week", "--total"]).output().unwrap();
    let total = String::from_utf8(total.stdout).unwrap();
    assert!(!total.contains("Project") && total.contains("1h"), "{total}");
    at(&env, FRIDAY).fails(&["report", "--total", "--by", "day"], 2);
    let uuid = env.json("alice", &["project", "get", "gwm"])[0]["uuid"].as_str().unwrap().to_owned();
    env.as_user(ADMIN).succeeds(&["project", "update", "gwm", "--uri", "https://example.com/gwm"]);
    env.succeeds("alice", &["project", "get"]).stdout_has(&["URI", "https://example.com/gwm", &uuid[..8]]);
    env.succeeds("alice", &["--long", "project", "get"]).stdout_has(&[&uuid]);
}

#[test]
fn every_test_mode_import_starts_from_the_same_state() {
    let env = Env::new();
    let import = || {
        let mut cmd = env.bare();
        cmd.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/import")).env("TIMESYNC_TEST", "1");
        cmd.args(["time", "import", "november.csv"]).assert().success()
    };
    import().stdout_has(&["3 entries, 3 sent, 0 skipped"]);
    import().stdout_has(&["3 entries, 3 sent, 0 skipped"]);
    env.bare().succeeds(&["--test", "login", "--username", "ci"]).stdout_has(&["as ci"]);
}

#[test]
fn log_says_when_later_entries_take_the_first_numbers() {
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["dev"], 3600, "2026-12-04");
    at(&env, FRIDAY).succeeds(&["log", "--today"]).stdout_has(&["@1"]).stderr("");
    at(&env, FRIDAY).succeeds(&["time", "create", "-d", "1h", "-p", "gwm", "-D", "2026-12-05"]);
    at(&env, FRIDAY)
        .succeeds(&["log", "--today"])
        .stdout_has(&["@2"])
        .stderr_has(&["1 entry of yours is dated after 2026-12-04 (@1): see `timesync log --end 2026-12-05`"]);
}

#[test]
fn a_short_clock_stopped_with_json_gives_an_empty_list_and_a_note() {
    let env = Env::with_project();
    at(&env, "2026-12-04T09:00:00+00:00").succeeds(&["start", "gwm"]);
    let output = at(&env, "2026-12-04T09:00:30+00:00").args(["--json", "stop"]).output().unwrap();
    assert!(output.status.success());
    assert_eq!(serde_json::from_slice::<Value>(&output.stdout).unwrap(), serde_json::json!([]));
    assert!(String::from_utf8_lossy(&output.stderr).contains("30s, under a minute"));
}
