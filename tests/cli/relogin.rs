//! A session that lasts the working day: logging in again with a password
//! command (or a prompt) when the token expires or the server forgets it.
//!
//! Tokens expire by the clocks, not by waiting: the tests fix the server's
//! clock (which sets a token's `exp` and decides on the server whether it
//! has passed) and the command's (`TIMESYNC_NOW`, by which it decides
//! locally) at the same instant, and move both on past the expiry.

use std::path::{Path, PathBuf};
use std::time::Duration;

use predicates::prelude::*;

use crate::harness::{Env, Printed, Run};

const PASSWORD: &str = "alice-pw";

/// Where the tests' clocks start: a morning, so the day's hours stay on one date.
const MORNING: &str = "2026-11-24T09:00:00+01:00";

/// How long the server's tokens last in these tests.
const LIFETIME: Duration = Duration::from_secs(30 * 60);

/// Longer than a token lasts.
const PAST_EXPIRY: Duration = Duration::from_secs(31 * 60);

/// A password command: a script printing `password`.
fn password_script(env: &Env, name: &str, body: &str) -> PathBuf {
    let path = env.dir.path().join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    path
}

/// Logs alice in with a password command that prints her password (and
/// first records every process's argument list, as `ps` would show it).
fn login_with_command(env: &Env) -> PathBuf {
    let ps = env.dir.path().join("ps.txt");
    let body = format!(
        "cat /proc/[0-9]*/cmdline 2>/dev/null | tr '\\0' ' ' >> '{}'\nprintf '%s\\n' '{PASSWORD}'",
        ps.display()
    );
    let script = password_script(env, "pw.sh", &body);
    env.cmd().succeeds(&["login", "--username", "alice", "--password-command", script.to_str().unwrap()]);
    script
}

fn stored_token(env: &Env) -> String {
    let text = env.config_text();
    text.lines().find(|l| l.starts_with("token = ")).unwrap_or_default().to_owned()
}

fn logins(env: &Env) -> usize {
    env.server.requests().iter().filter(|r| r.method == "POST" && r.url.ends_with("/login")).count()
}

/// Every file below `dir`, recursively.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn every_command_logs_in_again_after_the_expiry_and_the_password_goes_nowhere() {
    let env = Env::with_project();
    env.set_now(MORNING);
    env.server.set_token_lifetime(LIFETIME);
    let script = login_with_command(&env);
    let text = env.config_text();
    assert!(text.contains(&format!("password_command = \"{}\"", script.display())), "{text}");
    // Queue one entry for sync: with a token given (and expired) nothing is sent.
    let expired = env.server.expired_token_for("alice");
    env.cmd().env("TIMESYNC_TOKEN", expired).fails(&["time", "create", "--duration", "1h", "--project", "gwm"], 4);
    let mut printed = String::new();
    for args in [
        vec!["-v", "time", "create", "--duration", "30m", "--project", "gwm"],
        vec!["-v", "time", "get"],
        vec!["-v", "clock", "in", "gwm", "--at", "-1h"],
        vec!["-v", "clock", "out"],
        vec!["-v", "report", "--week"],
        vec!["-v", "sync"],
    ] {
        env.advance(PAST_EXPIRY);
        let before = stored_token(&env);
        let output = env.cmd().args(&args).output().unwrap();
        let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        assert!(output.status.success(), "{args:?}: {stderr}");
        if args[1] != "clock" || args[2] == "out" {
            assert!(stderr.contains("logged in again as alice"), "{args:?}: {stderr}");
            assert_ne!(stored_token(&env), before, "{args:?} stored the new token");
        }
        printed.push_str(&stdout);
        printed.push_str(&stderr);
    }
    assert_eq!(env.server.get_json("/times", "alice").as_array().unwrap().len(), 3);
    assert!(!printed.contains(PASSWORD), "the password was printed");
    for file in files(env.dir.path()).iter().filter(|f| **f != script) {
        let bytes = std::fs::read(file).unwrap();
        assert!(!String::from_utf8_lossy(&bytes).contains(PASSWORD), "the password is in {}", file.display());
    }
    for request in env.server.requests() {
        let carries = request.body.contains(PASSWORD) || request.url.contains(PASSWORD);
        assert!(!carries || request.url.ends_with("/login"), "the password went to {}", request.url);
    }
    let argument_lists = std::fs::read_to_string(env.dir.path().join("ps.txt")).unwrap();
    assert!(argument_lists.contains("timesync"), "the argument lists were recorded");
    assert!(!argument_lists.contains(PASSWORD), "the password is in an argument list");
}

/// alice logged in with a password command, on a server that has since
/// forgotten every token.
fn with_forgotten_token() -> Env {
    let env = Env::with_project();
    login_with_command(&env);
    env.server.revoke_tokens();
    env
}

#[test]
fn a_token_the_server_forgot_is_renewed_once_and_the_request_retried() {
    let env = with_forgotten_token();
    let before = logins(&env);
    env.cmd().succeeds(&["time", "get"]);
    assert_eq!(logins(&env), before + 1, "exactly one re-login");
    let gets = env.server.requests().iter().filter(|r| r.method == "GET" && r.url.starts_with("/v0/times")).count();
    assert_eq!(gets, 2, "the refused request, then its one retry");
}

#[test]
fn a_failing_or_silent_password_command_keeps_the_profile_and_its_token() {
    let env = with_forgotten_token();
    let token = stored_token(&env);
    for (command, why) in [("false", "failed"), ("true", "printed no password")] {
        env.cmd()
            .env("TIMESYNC_PASSWORD_COMMAND", command)
            .fails(&["time", "get"], 4)
            .stderr(predicate::str::contains(format!("the password command `{command}` {why}")));
        assert_eq!(stored_token(&env), token, "the old token is kept");
        assert!(env.config_text().contains("[profiles.default]"));
    }
}

#[test]
fn the_wrong_password_makes_exactly_one_login_attempt() {
    let env = with_forgotten_token();
    let before = logins(&env);
    env.cmd()
        .env("TIMESYNC_PASSWORD_COMMAND", "echo wrong-pw")
        .fails(&["time", "get"], 4)
        .stderr(predicate::str::contains("logging in again as alice failed"));
    assert_eq!(logins(&env), before + 1);
}

/// alice logged in with her password (no password command), her token since expired.
fn with_expired_login() -> Env {
    let env = Env::with_project();
    env.set_now(MORNING);
    env.server.set_token_lifetime(LIFETIME);
    env.login("alice", PASSWORD);
    env.advance(PAST_EXPIRY);
    env
}

#[test]
fn without_a_password_source_or_terminal_an_expired_token_exits_4() {
    let env = with_expired_login();
    env.cmd().fails(&["time", "get"], 4).stderr_has(&["the stored token expired at", "timesync login"]);
    assert_eq!(logins(&env), 1);
}

#[cfg(unix)]
#[test]
fn on_a_terminal_the_password_is_asked_for_and_the_command_goes_on() {
    let env = with_expired_login();
    let mut cmd = env.std_cmd();
    cmd.args(["time", "get"]);
    let mut child = crate::pty::PtyChild::spawn(cmd, 24, 100);
    child.expect("token expired; password for alice@127.0.0.1: ");
    child.send(&format!("{PASSWORD}\n"));
    let (code, output) = child.finish();
    assert_eq!(code, Some(0), "{output}");
    assert!(!output.contains(PASSWORD), "no echo: {output}");
    assert_eq!(logins(&env), 2);
}

#[test]
fn status_says_whether_a_command_would_run_without_a_login() {
    let env = Env::with_project();
    env.set_now(MORNING);
    env.cmd().fails(&["status"], 4).stdout(predicate::str::contains("none (not logged in)"));
    env.server.set_token_lifetime(LIFETIME);
    login_with_command(&env);
    let status = env.cmd().args(["--json", "status", "--check"]).output().unwrap();
    assert!(status.status.success());
    let status: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(status["user"], "alice");
    assert_eq!(status["password_source"]["kind"], "command");
    assert_eq!(status["password_source"]["works"], true);
    assert_eq!(status["outbox"]["waiting"], 0);
    env.advance(PAST_EXPIRY);
    // Expired, but the password command can renew it: still ready.
    env.cmd().succeeds(&["status"]).stdout_has(&["expired at", "Re-login:  command `"]);
    env.cmd()
        .env("TIMESYNC_PASSWORD_COMMAND", "false")
        .fails(&["status", "--check"], 4)
        .stdout(predicate::str::contains("does not work"));
}
