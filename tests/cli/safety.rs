//! Local state and secrets: damaged or unwritable files, the config
//! file's lock, symlink and mode, redirects and credentials in URLs.

use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::{Arc, Mutex};

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::{wait_until, Env, Printed, Run, ADMIN, ADMIN_PASSWORD};

#[test]
fn an_unwritable_state_directory_refuses_before_sending() {
    let env = Env::with_project();
    std::fs::create_dir_all(env.state_dir().parent().unwrap()).unwrap();
    std::fs::write(env.state_dir(), "not a directory").unwrap();
    env.fails("alice", &["time", "create", "--duration", "1h", "--project", "gwm"], 2)
        .stderr(predicate::str::contains(env.state_dir().display().to_string()));
    env.fails("alice", &["sync"], 2);
    assert!(env.server.requests().is_empty(), "nothing was sent");
}

#[test]
fn a_damaged_state_database_is_named_and_exits_2() {
    let env = Env::with_project();
    std::fs::create_dir_all(env.state_dir()).unwrap();
    std::fs::write(env.state_dir().join("state.db"), "this is not a database, it is garbage text".repeat(100)).unwrap();
    env.fails("alice", &["time", "create", "--duration", "1h", "--project", "gwm"], 2)
        .stderr_has(&["state.db", "damaged"]);
    assert!(env.server.requests().is_empty());
}

#[test]
fn a_clock_out_of_more_than_a_week_is_refused_without_a_terminal() {
    let env = Env::with_project();
    let mut cmd = env.as_user("alice");
    cmd.env("TIMESYNC_NOW", "2026-11-29T10:00:00+01:00").args(["clock", "in", "gwm", "--at", "2026-01-01 00:00"]);
    cmd.assert().success();
    let before = env.server.requests().len();
    let mut out = env.as_user("alice");
    out.env("TIMESYNC_NOW", "2026-11-29T10:00:00+01:00").fails(&["clock", "out"], 2).stderr_has(&[
        "would record 333 entries",
        "--duration",
        "--at",
    ]);
    assert_eq!(env.server.requests().len(), before, "the refused clock-out sent nothing");
    // With the real clock (the token's), one entry of the length given is fine.
    env.succeeds("alice", &["clock", "out", "--duration", "8h"]);
    assert_eq!(env.server.get_json("/times", "alice").as_array().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn a_symlinked_config_is_written_through_and_an_open_one_is_made_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let real = env.dir.path().join("dotfiles").join("timesync.toml");
    std::fs::create_dir_all(real.parent().unwrap()).unwrap();
    std::fs::write(&real, "# mine\n").unwrap();
    std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::os::unix::fs::symlink(&real, env.config_path()).unwrap();
    env.cmd()
        .write_stdin(format!("{ADMIN_PASSWORD}\n"))
        .succeeds(&["login", "--username", ADMIN, "--password-stdin"])
        .stderr_has(&["was readable by other users", "0600"]);
    assert!(std::fs::symlink_metadata(env.config_path()).unwrap().file_type().is_symlink(), "the link stays");
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(text.contains("# mine") && text.contains("token = "), "{text}");
    assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn config_timeouts_are_checked_like_their_flags() {
    let env = Env::new();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    for bad in ["timeout = 0", "connect_timeout = 3601", "timeout = 18446744073709551615"] {
        std::fs::write(env.config_path(), format!("[profiles.default]\n{bad}\n")).unwrap();
        env.fails(ADMIN, &["time", "get"], 2).stderr(predicate::str::contains(env.config_path().display().to_string()));
    }
    std::fs::write(env.config_path(), "[profiles.default]\ntimeout = 0\n").unwrap();
    env.as_user(ADMIN).args(["time", "get"]).assert().stderr(predicate::str::contains("profiles.default.timeout"));
}

#[test]
fn credentials_in_the_url_are_refused_and_never_echoed() {
    let env = Env::new();
    let url = format!("http://alice:s3cret-pw@{}/v0", env.server.addr());
    for args in [vec!["time", "get"], vec!["-v", "time", "get"], vec!["--json", "time", "get"]] {
        env.as_user(ADMIN)
            .args(["--url", &url])
            .args(&args)
            .assert()
            .code(2)
            .stdout(predicate::str::contains("s3cret").not())
            .stderr(predicate::str::contains("user name or password").and(predicate::str::contains("s3cret").not()));
    }
    assert!(env.server.requests().is_empty());
}

/// Records every byte sent to it; answers nothing useful. Connections are
/// served one at a time, in the order they came.
fn recording_listener() -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_millis(500)));
            let mut buffer = [0u8; 4096];
            while let Ok(n) = stream.read(&mut buffer) {
                if n == 0 {
                    break;
                }
                log.lock().unwrap().extend_from_slice(&buffer[..n]);
            }
            let _ = stream.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n[]");
        }
    });
    (format!("http://{addr}"), seen)
}

/// What the recording listener at `url` received before now: sends it a
/// last connection of its own and waits until that is recorded, so that
/// every connection opened before it was read to its end.
fn received_until_now(url: &str, seen: &Mutex<Vec<u8>>) -> String {
    const MARK: &str = "--- the test's own last connection ---";
    let mut last = std::net::TcpStream::connect(url.trim_start_matches("http://")).unwrap();
    last.write_all(MARK.as_bytes()).unwrap();
    last.shutdown(std::net::Shutdown::Write).unwrap();
    let received = || String::from_utf8_lossy(&seen.lock().unwrap()).into_owned();
    wait_until("the recording listener has read every connection", || received().contains(MARK));
    received().replacen(MARK, "", 1)
}

/// Answers every request with `status` and a Location on `target`.
fn redirecting_listener(status: u16, target: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut stream = stream;
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_millis(300)));
            let mut buffer = [0u8; 65536];
            let n = stream.read(&mut buffer).unwrap_or(0);
            let head = String::from_utf8_lossy(&buffer[..n]);
            let path = head.split_whitespace().nth(1).unwrap_or("/").to_owned();
            let reply = format!("HTTP/1.1 {status} Moved\r\nLocation: {target}{path}\r\ncontent-length: 0\r\n\r\n");
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    format!("http://{addr}/v0")
}

#[test]
fn redirects_to_another_host_carry_no_token_password_or_body() {
    for status in [301, 302, 307, 308] {
        let env = Env::with_project();
        let (second, seen) = recording_listener();
        let url = redirecting_listener(status, second.clone());
        env.cmd()
            .write_stdin("alice-pw\n")
            .fails(&["--url", &url, "login", "--username", "alice", "--password-stdin"], 3)
            .stderr_has(&[&second, "update the server URL"]);
        let token = env.server.token_for("alice");
        env.cmd()
            .env("TIMESYNC_TOKEN", &token)
            .fails(&["--url", &url, "time", "create", "--duration", "1h", "--project", "gwm", "--notes", "private"], 3);
        env.cmd().env("TIMESYNC_TOKEN", &token).fails(&["--online", "--url", &url, "time", "get"], 3);
        env.cmd().env("TIMESYNC_TOKEN", &token).fails(&["--online", "--url", &url, "-v", "time", "get"], 3);
        let seen = received_until_now(&second, &seen);
        assert!(seen.is_empty(), "{status}: the second host received: {seen}");
        // The entry refused by the redirect is kept, not lost.
        let outbox: Value = env.json("alice", &["outbox"]);
        assert_eq!(outbox[0]["time"]["notes"], "private");
    }
}
