//! Completion of project and activity slugs and usernames from the local
//! cache: filled by the commands that fetch them, read without the server.

use crate::harness::{down_url, Env, Run, ADMIN, ADMIN_PASSWORD};

/// Runs `timesync __complete ARGS…` against a server that is down; returns stdout.
fn complete(env: &Env, down: &str, args: &[&str]) -> String {
    let output = env.cmd().env("TIMESYNC_URL", down).arg("__complete").args(args).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// An environment whose cache holds what `project get`, `activity get` and a login fetched.
fn cached_env() -> Env {
    let env = Env::with_project();
    env.login(ADMIN, ADMIN_PASSWORD);
    env.succeeds("alice", &["project", "get"]);
    env.succeeds("alice", &["activity", "get"]);
    env
}

#[test]
fn cached_names_complete_without_the_server() {
    let env = cached_env();
    let down = down_url();
    let before = env.server.requests().len();
    assert_eq!(complete(&env, &down, &["projects"]), "ganeti-webmgr\ngwm\n");
    assert_eq!(complete(&env, &down, &["activities"]), "dev\ndocs\n");
    assert_eq!(complete(&env, &down, &["users"]), "admin\nalice\n", "the login cached the users");
    assert_eq!(complete(&env, &down, &["words", "--", "timesync", "start", "g"]), "ganeti-webmgr\ngwm\n");
    assert_eq!(
        complete(&env, &down, &["words", "--", "timesync", "clock", "in", "gwm", "--activity", "dev,d"]),
        "dev,docs\n",
        "a comma list offers the rest, not what it holds"
    );
    assert_eq!(complete(&env, &down, &["words", "--", "timesync", "start", "gwm", "--notes", ""]), "");
    assert_eq!(env.server.requests().len(), before, "completing never calls the server");
}

#[test]
fn deleted_and_unknown_objects_leave_the_cache() {
    let env = cached_env();
    env.succeeds(ADMIN, &["activity", "delete", "dev"]);
    env.fails("alice", &["project", "get", "nosuch"], 1);
    let down = down_url();
    assert_eq!(complete(&env, &down, &["activities"]), "docs\n");
    env.succeeds(ADMIN, &["project", "update", "gwm", "--slug", "gwm2"]);
    assert_eq!(complete(&env, &down, &["projects"]), "gwm2\n", "the project's slugs as updated");
}

#[cfg(unix)]
#[test]
fn the_bash_script_offers_cached_slugs() {
    let path = std::env::var_os("PATH").unwrap_or_default();
    if std::process::Command::new("bash").args(["-c", "true"]).env_clear().env("PATH", path).status().is_err() {
        return;
    }
    let env = cached_env();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/timesync.bash");
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_timesync")).parent().unwrap();
    let down = down_url();
    let run = |line: &str| {
        let shell = format!(
            "source {script}; COMP_WORDS=({line}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); \
             _timesync_cached timesync \"${{COMP_WORDS[COMP_CWORD]}}\" \"${{COMP_WORDS[COMP_CWORD-1]}}\"; \
             printf '%s\\n' \"${{COMPREPLY[@]}}\""
        );
        // A cleared environment: no BASH_ENV, TIMESYNC_PROFILE, XDG_STATE_HOME… of the caller.
        let output = env
            .program("bash")
            .args(["-c", &shell])
            .env("TIMESYNC_URL", &down)
            .env("PATH", format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default()))
            .output()
            .unwrap();
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(run("timesync start gw"), "gwm\n");
    assert_eq!(run("timesync time get --activity do"), "docs\n");
    let mut commands: Vec<String> = run("timesync sta").lines().map(str::to_owned).collect();
    commands.sort();
    assert_eq!(commands, ["start", "status"], "the rest completes as generated");
}

#[test]
fn profiles_complete_from_the_config_file() {
    let env = cached_env();
    std::fs::write(env.config_path(), "[profiles.work]\nusername = \"alice\"\n[profiles.home]\n").unwrap();
    let down = down_url();
    assert_eq!(complete(&env, &down, &["words", "--", "timesync", "--profile", ""]), "home\nwork\n");
    assert_eq!(complete(&env, &down, &["words", "--", "timesync", "log", "--profile", "w"]), "home\nwork\n");
}

#[test]
fn entry_references_complete_with_their_summaries_from_the_copy_with_the_server_stopped() {
    let mut b = crate::proxy::Behind::new();
    b.env.server.add_time("alice", "gwm", &["dev"], 5400, "2026-01-10");
    b.env.server.add_time("alice", "gwm", &["docs"], 3600, "2026-01-12");
    b.env.server.add_time("admin", "gwm", &["docs"], 3600, "2026-01-13");
    let complete = |b: &crate::proxy::Behind, words: &[&str]| {
        let output = b.cmd().args(["__complete", "words", "--", "timesync"]).args(words).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    assert_eq!(complete(&b, &["time", "show", "@"]), "", "nothing read yet: nothing offered");
    b.cmd().succeeds(&["log", "--start", "2026-01-01"]);
    let before = b.env.server.requests().len();
    b.proxy.down();
    let expected = "@1\t2026-01-12 1h gwm (docs)\n@2\t2026-01-10 1h30m gwm (dev)\n";
    assert_eq!(complete(&b, &["time", "show", "@"]), expected, "numbered as log numbers them, yours only");
    assert_eq!(complete(&b, &["time", "delete", ""]), expected);
    assert_eq!(complete(&b, &["restart", "@"]), expected);
    assert_eq!(complete(&b, &["time", "show", "83"]), "", "a UUID prefix is not completed");
    b.proxy.up();
    assert_eq!(complete(&b, &["time", "show", "@"]), expected);
    assert_eq!(b.env.server.requests().len(), before, "completion never asks the server");
}

#[cfg(unix)]
#[test]
fn the_bash_script_offers_entry_references_without_their_summaries() {
    let path = std::env::var_os("PATH").unwrap_or_default();
    if std::process::Command::new("bash").args(["-c", "true"]).env_clear().env("PATH", path).status().is_err() {
        return;
    }
    let env = Env::with_project();
    env.server.add_time("alice", "gwm", &["dev"], 5400, "2026-01-10");
    env.server.add_time("alice", "gwm", &["docs"], 3600, "2026-01-12");
    env.succeeds("alice", &["log", "--start", "2026-01-01"]);
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/completions/timesync.bash");
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_timesync")).parent().unwrap();
    let shell = format!(
        "source {script}; COMP_WORDS=(timesync time show @); COMP_CWORD=3; \
         _timesync_cached timesync @ show; printf '%s\\n' \"${{COMPREPLY[@]}}\""
    );
    let output = env
        .program("bash")
        .args(["-c", &shell])
        .env("TIMESYNC_URL", env.server.base_url())
        .env("TIMESYNC_TOKEN", env.server.token_for("alice"))
        .env("PATH", format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default()))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "@1\n@2\n");
}
