//! What comes from this machine rather than the server: arguments and
//! variables that are not UTF-8, server URLs with credentials in them, and
//! config files and password commands that never end or never stop talking.
//! Each is refused with a one-line error and its exit code, promptly, and
//! without echoing what might be a secret.

use std::time::{Duration, Instant};

use assert_cmd::assert::Assert;
use predicates::prelude::*;

use crate::harness::{Env, Printed, Run};

/// Far longer than any of these commands takes; only there so that a
/// regression fails the test instead of hanging it.
const SAFETY_NET: Duration = Duration::from_secs(120);

/// Asserts that neither stdout nor stderr contains `secret`.
fn never_shows(assert: Assert, secret: &str) -> Assert {
    assert.stdout(predicate::str::contains(secret).not()).stderr(predicate::str::contains(secret).not())
}

/// Whether the server was asked anything at all.
fn nothing_sent(env: &Env) -> bool {
    env.server.requests().is_empty()
}

/// A config file for `env` holding `text`, in its private directory.
fn write_config(env: &Env, text: &str) {
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), text).unwrap();
}

/// Item 4: an argument or variable that is not UTF-8 is a usage error naming
/// it (exit code 2), never a panic, and its value is never printed.
#[cfg(unix)]
#[test]
fn arguments_and_variables_that_are_not_utf8_are_usage_errors_that_never_show_them() {
    use std::ffi::OsString;
    use std::os::unix::ffi::OsStringExt;

    let env = Env::new();
    let not_utf8 = |text: &str| {
        let mut bytes = text.as_bytes().to_vec();
        bytes.push(0xff);
        OsString::from_vec(bytes)
    };
    let mut token_flag = OsString::from("--token=");
    token_flag.push(not_utf8("SECRET"));
    let cases: Vec<(Vec<OsString>, &str)> = vec![
        (vec!["--token".into(), not_utf8("SECRET"), "time".into(), "get".into()], "the value of --token"),
        (vec![token_flag, "time".into(), "get".into()], "the value of --token"),
        (vec!["--json".into(), "--token".into(), not_utf8("SECRET"), "status".into()], "the value of --token"),
        (vec!["time".into(), "get".into(), "--start".into(), not_utf8("SECRET")], "the value of --start"),
        (vec!["time".into(), "get".into(), not_utf8("SECRET")], "argument 3"),
    ];
    for (args, which) in cases {
        never_shows(env.cmd().args(&args).assert().code(2), "SECRET")
            .stderr_has(&[which, "not valid UTF-8"])
            .stderr(predicate::str::contains("panicked").not());
    }
    for var in ["TIMESYNC_TOKEN", "TIMESYNC_URL", "TIMESYNC_PROFILE"] {
        never_shows(env.cmd().env(var, not_utf8("SECRET")).args(["time", "get"]).assert().code(2), "SECRET")
            .stderr_has(&[var, "not valid UTF-8"])
            .stderr(predicate::str::contains("panicked").not());
    }
    env.cmd()
        .env("TIMESYNC_PASSWORD_COMMAND", not_utf8("echo SECRET"))
        .fails(&["status"], 2)
        .stderr_has(&["TIMESYNC_PASSWORD_COMMAND is not valid UTF-8"]);
    assert!(nothing_sent(&env));
}

/// Item 7: a server URL with a user name or password in it is refused by
/// every command, `status` and `login` included, wherever it comes from,
/// and neither the password nor the user is printed.
#[test]
fn a_url_with_credentials_is_refused_by_every_command_without_being_shown() {
    let env = Env::new();
    let url = format!("http://webadmin:s3cr3t@{}/v0", env.server.addr());
    let commands: [&[&str]; 5] = [
        &["status"],
        &["--json", "status"],
        &["login", "--username", "admin", "--password-stdin"],
        &["time", "get"],
        &["--test", "status"],
    ];
    for args in commands {
        let by_flag = env.bare().args(["--url", &url]).args(args).write_stdin("admin-pw\n").assert().code(2);
        never_shows(never_shows(by_flag, "s3cr3t"), "webadmin")
            .stderr_has(&["--url or TIMESYNC_URL", "user name or password"]);
        let by_env = env.bare().env("TIMESYNC_URL", &url).args(args).write_stdin("admin-pw\n").assert().code(2);
        never_shows(never_shows(by_env, "s3cr3t"), "webadmin").stderr_has(&["user name or password"]);
    }
    write_config(&env, &format!("[profiles.default]\nurl = \"{url}\"\n"));
    for args in commands {
        let from_config = env.bare().args(args).write_stdin("admin-pw\n").assert().code(2);
        never_shows(never_shows(from_config, "s3cr3t"), "webadmin").stderr_has(&[
            "profiles.default.url",
            "user name or password",
            &env.config_path().display().to_string(),
        ]);
    }
    // Help does not show it either (clap shows the values of variables).
    never_shows(env.bare().env("TIMESYNC_URL", &url).args(["status", "--help"]).assert().success(), "s3cr3t")
        .stdout_has(&["TIMESYNC_URL"]);
    assert!(nothing_sent(&env));
    // A URL given on the command line is the one in use: logging in with a
    // good one mends the profile.
    env.bare().args(["--url", &env.server.base_url()]).write_stdin("admin-pw\n").succeeds(&[
        "login",
        "--username",
        "admin",
        "--password-stdin",
    ]);
    assert!(!env.config_text().contains("s3cr3t"), "{}", env.config_text());
    // A malformed URL without credentials is still for a sending command to refuse.
    env.bare().args(["--url", "nonsense"]).succeeds(&["status"]).stdout_has(&["Server:    nonsense"]);
    env.bare().args(["--url", "nonsense"]).fails(&["time", "get"], 2).stderr_has(&["invalid server URL 'nonsense'"]);
}

/// Item 10 (config): only a regular file of at most 1 MiB is read as the
/// config; a FIFO, a device behind a symlink, a directory or a huge file is
/// refused at once (exit code 2) with the file named.
#[cfg(unix)]
#[test]
fn a_config_that_is_not_a_small_regular_file_is_refused_at_once() {
    let env = Env::new();
    let dir = env.dir.path();
    let fifo = dir.join("fifo.toml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let zero = dir.join("zero.toml");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    let huge = dir.join("huge.toml");
    std::fs::write(&huge, format!("[profiles.default]\n{}", "#".repeat(1 << 20))).unwrap();
    for (path, why) in [
        (&fifo, "is a FIFO"),
        (&zero, "is a device"),
        (&huge, "is larger than 1 MiB"),
        (&dir.to_path_buf(), "is a directory"),
    ] {
        let started = Instant::now();
        env.cmd()
            .env("TIMESYNC_CONFIG", path)
            .timeout(SAFETY_NET)
            .fails(&["status"], 2)
            .stderr_has(&[&format!("config file {}: {why}", path.display())]);
        assert!(started.elapsed() < Duration::from_secs(30), "{why}: {:?}", started.elapsed());
    }
    // Just at the limit, a config file is still read.
    let text = "[profiles.default]\nusername = \"alice\"\n";
    write_config(&env, &format!("{text}{}", "#".repeat((1 << 20) - text.len())));
    env.cmd().fails(&["status"], 4).stdout_has(&["User:      alice"]);
    assert!(nothing_sent(&env));
}

/// A config whose default profile gets its password from `command`, given
/// `timeout` seconds.
fn with_password_command(command: &str, timeout: u64) -> Env {
    let env = Env::new();
    let command = command.replace('\\', "\\\\").replace('"', "\\\"");
    write_config(
        &env,
        &format!("[profiles.default]\npassword_command = \"{command}\"\npassword_command_timeout = {timeout}\n"),
    );
    env
}

/// Item 10 (password command): at most 4 KiB of its output is read, and one
/// that does not finish in `password_command_timeout` is stopped; either way
/// the command exits with code 4 at once, before sending anything, and
/// what the password command printed is never shown.
#[cfg(unix)]
#[test]
fn a_password_command_that_prints_too_much_or_never_ends_is_stopped() {
    let cases = [
        // 200 MB on one line: never read whole, let alone sent.
        ("!printf '%s%s' SEC RET; head -c 209715200 /dev/zero", "printed no line break within its first 4096 bytes"),
        // A short first line, then 200 MB it is never asked to deliver.
        ("!printf '%s%s\\n' SEC RET; head -c 209715200 /dev/zero", "failed"),
        ("sleep 1000", "did not finish within 1 second and was stopped"),
    ];
    for (command, why) in cases {
        let env = with_password_command(command, 1);
        let started = Instant::now();
        never_shows(env.cmd().timeout(SAFETY_NET).fails(&["login", "--username", "admin"], 4), "SECRET")
            .stderr_has(&[&format!("the password command `{command}` {why}")]);
        assert!(started.elapsed() < Duration::from_secs(30), "{command}: {:?}", started.elapsed());
        assert!(nothing_sent(&env), "{command}: {:?}", env.server.requests());
    }
    // `status --check` runs it under the same limits.
    let env = with_password_command("sleep 1000", 1);
    env.cmd().timeout(SAFETY_NET).fails(&["status", "--check"], 4).stdout_has(&["does not work", "did not finish"]);
    // The timeout is checked like the other timeouts.
    for bad in [0, 3601] {
        let env = with_password_command("pass show timesync", bad);
        env.cmd().fails(&["status"], 2).stderr_has(&[&format!(
            "profiles.default.password_command_timeout = {bad} is out of range: give 1 to 3600 seconds"
        )]);
    }
    // Standard input gives a password, not a file.
    let env = Env::new();
    env.cmd()
        .write_stdin(format!("SECRET{}\n", "x".repeat(4096)))
        .fails(&["login", "--username", "admin", "--password-stdin"], 2)
        .stderr_has(&["the password on standard input is longer than 4096 bytes"]);
    assert!(nothing_sent(&env));
    // A password command within the limits still logs in.
    let env = with_password_command("printf 'admin-pw\\n'", 5);
    env.cmd().succeeds(&["login", "--username", "admin"]);
}
