//! `login`, `logout`, `token`, the config file and the precedence of URL and token.

use predicates::prelude::*;

use crate::harness::{json_error, Env, Printed, Run, ADMIN, ADMIN_PASSWORD};

#[test]
fn login_stores_token_url_username_and_auth_type_then_commands_need_no_flags() {
    let env = Env::new();
    env.cmd()
        .write_stdin(format!("{ADMIN_PASSWORD}\n"))
        .succeeds(&["login", "--username", ADMIN, "--password-stdin"])
        .stdout_has(&[&format!("Logged in to {} as admin", env.server.base_url()), "The token expires at"]);
    let text = env.config_text();
    assert!(text.contains("[profiles.default]"), "{text}");
    assert!(text.contains(&format!("url = \"{}\"", env.server.base_url())), "{text}");
    assert!(text.contains("username = \"admin\"") && text.contains("auth_type = \"password\""), "{text}");
    assert!(text.contains("token = \""), "{text}");
    // No URL, no token, no username given: all come from the profile.
    env.bare().succeeds(&["time", "get"]);
}

#[test]
fn login_sends_the_password_login_body() {
    let env = Env::new();
    env.login(ADMIN, ADMIN_PASSWORD);
    let login = &env.server.requests()[0];
    assert_eq!(login.method, "POST");
    assert_eq!(login.url, "/v0/login");
    let body: serde_json::Value = serde_json::from_str(&login.body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"auth": {"type": "password", "username": "admin", "password": ADMIN_PASSWORD}})
    );
}

#[cfg(unix)]
#[test]
fn the_config_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.login(ADMIN, ADMIN_PASSWORD);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&env.config_path()), 0o600);
    assert_eq!(mode(env.config_path().parent().unwrap()), 0o700);
}

#[test]
fn the_password_can_come_from_the_environment() {
    let env = Env::new();
    env.cmd().args(["login", "--username", ADMIN]).env("TIMESYNC_PASSWORD", ADMIN_PASSWORD).assert().success();
    assert!(env.config_text().contains("token = "));
}

#[test]
fn login_under_offline_is_refused_before_anything_is_asked_or_sent() {
    let env = Env::new();
    env.cmd().env("TIMESYNC_PASSWORD", ADMIN_PASSWORD).fails(&["--offline", "login", "--username", ADMIN], 3).stderr(
        "error: cannot log in under --offline: logging in asks the server for a token; \
                 run `timesync login` without --offline once the server can be reached\n",
    );
    // No password source at all: still the --offline refusal, not a question.
    env.cmd().fails(&["--offline", "login", "--username", ADMIN], 3).stderr_has(&["cannot log in under --offline"]);
    let error = json_error(&env.cmd().args(["--json", "--offline", "login", "--username", ADMIN]).output().unwrap());
    assert_eq!(
        (&error["error"], &error["exit_code"]),
        (&serde_json::json!("unreachable"), &serde_json::json!(3)),
        "{error}"
    );
    assert!(env.server.requests().is_empty(), "nothing sent");
    assert!(!env.config_path().exists() || !env.config_text().contains("token = "), "nothing stored");
}

#[test]
fn without_a_terminal_or_password_source_login_refuses_and_sends_nothing() {
    let env = Env::new();
    env.cmd().fails(&["login", "--username", ADMIN], 2).stderr_has(&["--password-stdin", "TIMESYNC_PASSWORD"]);
    assert!(env.server.requests().is_empty());
}

#[test]
fn there_is_no_password_flag() {
    let env = Env::new();
    env.cmd().fails(&["login", "--username", ADMIN, "--password", "x"], 2);
    assert!(env.server.requests().is_empty());
}

#[test]
fn a_wrong_password_prints_the_server_error_and_stores_nothing() {
    let env = Env::new();
    env.cmd()
        .write_stdin("wrong\n")
        .fails(&["login", "--username", ADMIN, "--password-stdin"], 4)
        .stderr("error: Authentication failure: Incorrect username or password (401)\n");
    assert!(!env.config_path().exists());
}

#[test]
fn a_failed_login_keeps_the_stored_token() {
    let env = Env::new();
    env.login(ADMIN, ADMIN_PASSWORD);
    let before = env.config_text();
    env.cmd().write_stdin("wrong\n").fails(&["login", "--username", ADMIN, "--password-stdin"], 4);
    assert_eq!(env.config_text(), before);
}

#[test]
fn ldap_on_a_server_without_it_is_an_authentication_error() {
    let env = Env::new();
    env.cmd()
        .write_stdin(ADMIN_PASSWORD)
        .fails(&["login", "--username", ADMIN, "--auth-type", "ldap", "--password-stdin"], 4)
        .stderr(predicate::str::contains("Bad query value: ldap is not a valid authentication type (401)"));
}

#[test]
fn login_without_a_url_says_how_to_give_one() {
    let env = Env::new();
    env.bare()
        .write_stdin(ADMIN_PASSWORD)
        .fails(&["login", "--username", ADMIN, "--password-stdin"], 2)
        .stderr_has(&["no server URL", "--url"]);
}

#[test]
fn an_invalid_username_is_refused_before_sending() {
    let env = Env::new();
    env.cmd()
        .write_stdin("x")
        .fails(&["login", "--username", "a.b", "--password-stdin"], 2)
        .stderr(predicate::str::contains("invalid username 'a.b'"));
    assert!(env.server.requests().is_empty());
}

#[test]
fn logout_forgets_the_token_but_keeps_the_profile() {
    let env = Env::new();
    env.login(ADMIN, ADMIN_PASSWORD);
    env.bare().succeeds(&["logout"]).stdout(predicate::str::contains("Logged out"));
    let text = env.config_text();
    assert!(!text.contains("token"), "{text}");
    assert!(text.contains("username = \"admin\""), "{text}");
    env.bare().fails(&["time", "get"], 4).stderr_has(&["not logged in", "timesync login"]);
    env.bare().succeeds(&["logout"]).stdout(predicate::str::contains("Not logged in"));
}

#[test]
fn token_reports_expiry_user_and_the_token_itself_on_request() {
    let env = Env::new();
    env.login(ADMIN, ADMIN_PASSWORD);
    let output = env.bare().args(["token", "--json"]).output().unwrap();
    assert!(output.status.success());
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["user"], "admin");
    assert_eq!(value["expired"], false);
    let expires = chrono::DateTime::parse_from_rfc3339(value["expires_at"].as_str().unwrap()).unwrap();
    let minutes = (expires.to_utc() - chrono::Utc::now()).num_minutes();
    assert!((28..=30).contains(&minutes), "expires in {minutes} minutes");
    env.bare().succeeds(&["token"]).stdout(predicate::str::starts_with("The token for admin expires at"));
    let shown = env.bare().args(["token", "--show"]).output().unwrap();
    let stored = env.config_text();
    let token = String::from_utf8(shown.stdout).unwrap();
    assert!(stored.contains(&format!("token = \"{}\"", token.trim())), "{token}");
}

#[test]
fn an_expired_token_is_caught_locally_with_exit_4() {
    let env = Env::new();
    let expired = env.server.expired_token_for(ADMIN);
    env.cmd()
        .args(["time", "get"])
        .env("TIMESYNC_TOKEN", &expired)
        .assert()
        .code(4)
        .stderr_has(&["expired at", "run `timesync login`"]);
    assert!(env.server.requests().is_empty(), "nothing may be sent with an expired token");
    let output = env.cmd().args(["token", "--json"]).env("TIMESYNC_TOKEN", &expired).output().unwrap();
    assert_eq!(output.status.code(), Some(4));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["expired"], true);
}

#[test]
fn the_token_expires_by_the_clock() {
    let env = Env::new();
    env.login(ADMIN, ADMIN_PASSWORD);
    let later = (chrono::Utc::now() + chrono::Duration::minutes(31)).to_rfc3339();
    env.bare().args(["time", "get"]).env("TIMESYNC_NOW", later).assert().code(4);
    env.bare().succeeds(&["time", "get"]);
}

#[test]
fn a_bad_token_is_an_authentication_failure() {
    let env = Env::new();
    env.cmd()
        .fails(&["time", "get", "--token", "not-a-token"], 4)
        .stderr("error: Authentication failure: Bad API token (401)\n");
}

#[test]
fn flags_beat_the_environment_which_beats_the_profile() {
    let env = Env::new();
    env.login(ADMIN, ADMIN_PASSWORD);
    let dead = "http://127.0.0.1:9/v0";
    let good = env.server.base_url();
    // Environment beats profile.
    env.bare().args(["--online", "time", "get"]).env("TIMESYNC_URL", dead).assert().code(3);
    // Flag beats environment.
    env.bare().args(["time", "get", "--url", &good]).env("TIMESYNC_URL", dead).assert().success();
    // Token: environment beats profile, flag beats environment.
    env.bare().args(["time", "get"]).env("TIMESYNC_TOKEN", "bad").assert().code(4);
    let token = env.server.token_for(ADMIN);
    env.bare().args(["time", "get", "--token", &token]).env("TIMESYNC_TOKEN", "bad").assert().success();
}

#[test]
fn profiles_keep_separate_servers_and_tokens() {
    let env = Env::new();
    let staging = crate::harness::TestServer::start();
    staging.add_admin("stager", "stage-pw");
    env.login(ADMIN, ADMIN_PASSWORD);
    env.bare().write_stdin("stage-pw").succeeds(&[
        "login",
        "--profile",
        "staging",
        "--url",
        &staging.base_url(),
        "--username",
        "stager",
        "--password-stdin",
    ]);
    let text = env.config_text();
    assert!(text.contains("[profiles.staging]") && text.contains("[profiles.default]"), "{text}");
    let user_of = |profile: Option<&str>| {
        let mut cmd = env.bare();
        cmd.args(["token", "--json"]);
        if let Some(p) = profile {
            cmd.env("TIMESYNC_PROFILE", p);
        }
        let out = cmd.output().unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["user"].clone()
    };
    assert_eq!(user_of(None), "admin");
    assert_eq!(user_of(Some("staging")), "stager");
    env.bare().succeeds(&["--profile", "staging", "time", "get"]);
    assert!(staging.requests().iter().any(|r| r.url.starts_with("/v0/times")));
}

#[test]
fn a_corrupt_config_is_reported_with_file_and_line_and_left_alone() {
    let env = Env::new();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    let corrupt = "[profiles.default]\nurl = \"http://x/v0\"\ntoken = oops\n";
    std::fs::write(env.config_path(), corrupt).unwrap();
    env.cmd()
        .write_stdin(ADMIN_PASSWORD)
        .fails(&["login", "--username", ADMIN, "--password-stdin"], 2)
        .stderr_has(&[&env.config_path().display().to_string(), "line 3"]);
    assert_eq!(env.config_text(), corrupt);
    assert!(env.server.requests().is_empty());
}

#[test]
fn json_errors_are_objects_on_stderr() {
    let env = Env::new();
    let output = env.cmd().args(["--json", "time", "get"]).output().unwrap();
    assert_eq!(output.status.code(), Some(4));
    assert!(output.stdout.is_empty());
    let error = json_error(&output);
    assert_eq!(error["error"], "authentication_required");
    assert_eq!(error["exit_code"], 4);
}

#[test]
fn verbose_shows_requests_but_never_the_token() {
    let env = Env::new();
    let token = env.server.token_for(ADMIN);
    let output = env.cmd().args(["-v", "time", "get", "--user", ADMIN]).env("TIMESYNC_TOKEN", &token).output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains(&format!("GET {}/times?user=admin&token=REDACTED -> 200 (", env.server.base_url())),
        "{stderr}"
    );
    assert!(stderr.contains(" ms)"), "{stderr}");
    assert!(!stderr.contains(&token), "token leaked: {stderr}");
}
