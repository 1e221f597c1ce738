//! What the user sees when the server is down, slow, or answers with
//! something that is not TimeSync JSON.

use std::net::TcpListener;

use assert_cmd::assert::Assert;
use predicates::prelude::*;

use crate::harness::{down_url, json_error, Env, Fault, Run, ADMIN};

/// Runs `--online time get` (never answered from the local copy) as the
/// admin against a server that answers every request with `status`,
/// `content_type` and `body`, and asserts that it exits `code`.
fn time_get_answered(env: &Env, status: u16, content_type: &str, body: &str, code: i32) -> Assert {
    env.server.set_fault(Some(Fault { status, content_type: Some(content_type.to_owned()), body: body.to_owned() }));
    env.fails(ADMIN, &["--online", "time", "get"], code)
}

#[test]
fn a_server_that_is_down_exits_3_without_leaking_the_token() {
    let env = Env::new();
    let url = down_url();
    let token = env.server.token_for(ADMIN);
    let output = env.cmd().args(["--online", "time", "get", "--url", &url, "--token", &token]).output().unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr
            .starts_with(&format!("error: could not reach TimeSync at {url}/times?token=REDACTED: connection failed")),
        "{stderr}"
    );
    assert!(!stderr.contains(&token));
}

#[test]
fn requests_go_through_the_proxy_the_environment_names_except_to_no_proxy_hosts() {
    let env = Env::new();
    // The server named is down; the test server stands in as the proxy (it
    // routes a proxy's absolute-form request by its path).
    let (url, proxy) = (down_url(), format!("http://{}", env.server.addr()));
    let token = env.server.token_for(ADMIN);
    let run = |no_proxy: &str| {
        let mut cmd = env.bare();
        cmd.env("HTTP_PROXY", &proxy).env("NO_PROXY", no_proxy);
        cmd.args(["--online", "--json", "user", "get", "--url", &url, "--token", &token]).output().unwrap()
    };
    let through = run("");
    assert!(through.status.success(), "{}", String::from_utf8_lossy(&through.stderr));
    assert!(String::from_utf8_lossy(&through.stdout).contains(&format!("\"username\": \"{ADMIN}\"")));
    let direct = run("127.0.0.1");
    assert_eq!(direct.status.code(), Some(3), "{}", String::from_utf8_lossy(&direct.stderr));
}

#[test]
fn an_html_404_reads_like_pymesync() {
    let env = Env::new();
    time_get_answered(&env, 404, "text/html; charset=utf-8", "<!DOCTYPE html><pre>Cannot GET /v0/times</pre>", 3)
        .stderr(format!(
            "error: connection to TimeSync failed at baseurl {} - response status was 404\n",
            env.server.base_url()
        ));
}

#[test]
fn a_url_without_the_version_path_meets_the_html_404() {
    let env = Env::new();
    let without_version = env.server.base_url().trim_end_matches("/v0").to_owned();
    env.fails(ADMIN, &["--online", "time", "get", "--url", &without_version], 3)
        .stderr(format!("error: no TimeSync API at {without_version}/ — did you mean {without_version}/v0?\n"));
    let output =
        env.as_user(ADMIN).args(["--json", "--online", "time", "get", "--url", &without_version]).output().unwrap();
    assert_eq!(json_error(&output)["status"], 404, "the status stays in --json");
}

#[test]
fn malformed_json_is_not_timesync() {
    let env = Env::new();
    time_get_answered(&env, 200, "application/json", "{\"duration\": ", 3)
        .stderr(predicate::str::contains("response status was 200"));
}

#[test]
fn json_of_the_wrong_shape_is_reported_not_panicked_on() {
    let env = Env::new();
    time_get_answered(&env, 200, "application/json", "[{\"duration\": \"lots\"}]", 3)
        .stderr("error: the reply to GET /times is not a list of time entries\n");
}

#[test]
fn a_500_with_a_timesync_error_exits_1_with_its_text() {
    let env = Env::new();
    time_get_answered(
        &env,
        500,
        "application/json",
        r#"{"status":500,"error":"Server error","text":"Unexpected server error."}"#,
        1,
    )
    .stderr("error: Server error: Unexpected server error. (500)\n");
}

#[test]
fn a_500_html_page_exits_3() {
    let env = Env::new();
    time_get_answered(&env, 500, "text/html", "<h1>Internal Server Error</h1>", 3)
        .stderr(predicate::str::contains("response status was 500"));
}

#[test]
fn an_error_object_in_text_is_shown_as_json() {
    let env = Env::new();
    time_get_answered(&env, 401, "application/json", r#"{"status":401,"error":"Authentication failure","text":{}}"#, 4)
        .stderr("error: Authentication failure: {} (401)\n");
}

#[test]
fn a_silent_server_times_out() {
    let env = Env::new();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v0", listener.local_addr().unwrap());
    env.fails(ADMIN, &["--online", "time", "get", "--timeout", "1", "--url", &url], 3)
        .stderr(predicate::str::contains("timed out"));
    drop(listener);
}

#[test]
fn a_list_that_breaks_off_keeps_what_came_but_is_left_unclosed() {
    use std::io::{Read, Write};
    let env = Env::new();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v0", listener.local_addr().unwrap());
    let entry = |n: u32| {
        format!(
            r#"{{"duration":600,"user":"admin","project":["gwm"],"activities":["dev"],"notes":null,"issue_uri":null,
            "date_worked":"2026-01-10","uuid":"00000000-0000-4000-8000-00000000000{n}","revision":1,
            "created_at":"2026-01-10","updated_at":null,"deleted_at":null}}"#
        )
    };
    let body = format!("[{},{},{}", entry(1), entry(2), &entry(3)[..40]);
    let server = std::thread::spawn(move || {
        let (mut socket, _) = listener.accept().unwrap();
        let _ = socket.read(&mut [0; 4096]);
        let head = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n", 10_000);
        socket.write_all(head.as_bytes()).unwrap();
        socket.write_all(body.as_bytes()).unwrap();
    });
    let output = env.cmd().args(["--json", "time", "get", "--url", &url, "--token", "T"]).output().unwrap();
    server.join().unwrap();
    assert_eq!(output.status.code(), Some(3));
    let stdout = String::from_utf8(output.stdout).unwrap();
    for uuid in ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"] {
        assert!(stdout.contains(uuid), "{stdout} {}", String::from_utf8_lossy(&output.stderr));
    }
    assert!(stdout.starts_with('['), "{stdout}");
    assert!(serde_json::from_str::<serde_json::Value>(&stdout).is_err(), "not a whole list: {stdout}");
    assert!(String::from_utf8_lossy(&output.stderr).contains("broke off"), "{:?}", output.stderr);
}

#[test]
fn server_errors_under_json_carry_status_title_and_text() {
    let env = Env::new();
    let output = env.as_user(ADMIN).args(["--json", "time", "get", "--user", "nobody"]).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let error = json_error(&output);
    assert_eq!(error["status"], 400);
    assert_eq!(error["title"], "Bad query value");
    assert_eq!(error["text"], "Parameter user contained invalid value nobody");
    assert_eq!(error["exit_code"], 1);
}

#[test]
fn usage_errors_exit_2_and_json_usage_errors_are_json() {
    let env = Env::new();
    env.cmd().fails(&["time", "frobnicate"], 2);
    let output = env.cmd().args(["--json", "time", "create", "--duration", "x"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let error = json_error(&output);
    assert!(error["message"].as_str().unwrap().contains("invalid duration 'x'"), "{error}");
    assert!(env.server.requests().is_empty());
}

#[test]
fn help_and_version_succeed() {
    let env = Env::new();
    env.bare().succeeds(&["--help"]).stdout(predicate::str::contains("Exit codes"));
    env.bare().succeeds(&["--version"]).stdout(predicate::str::starts_with("timesync "));
    env.bare().succeeds(&["time", "create", "--help"]).stdout(predicate::str::contains("--duration"));
}
