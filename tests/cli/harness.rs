//! Shared set-up: a test server with an admin, a private config directory,
//! and the binary with a clean environment.
//!
//! Every process a test starts gets a cleared environment: only `PATH`, a
//! `HOME` of its own and the variables the test sets, so no `TIMESYNC_*`,
//! `XDG_*`, `PAGER`, proxy or shell variable of the caller reaches it.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use assert_cmd::assert::Assert;
use assert_cmd::Command;
use chrono::{DateTime, FixedOffset};
use predicates::prelude::*;
use serde_json::Value;
use tempfile::TempDir;

pub use timesync_engine::http::{Fault, ProjectRoles, SiteRoles, Stall, TestServer};
use timesync_engine::Clock;

/// The admin every environment starts with (site admin, manager and spectator).
pub const ADMIN: &str = "admin";
/// The admin's password.
pub const ADMIN_PASSWORD: &str = "admin-pw";

/// The roles of a plain member of a project.
pub const MEMBER: ProjectRoles = ProjectRoles { member: true, spectator: false, manager: false };

/// The URL of a server that is gone (connections are refused).
pub fn down_url() -> String {
    TestServer::start().base_url()
}

/// A test server and a config directory of one's own.
pub struct Env {
    /// The server, with `ADMIN` added.
    pub server: TestServer,
    /// Holds the config file; removed at the end of the test.
    pub dir: TempDir,
    /// The instant both clocks are fixed at, once [`Env::set_now`] was called.
    now: Mutex<Option<DateTime<FixedOffset>>>,
}

impl Env {
    /// A fresh server with the admin, and an empty config directory.
    pub fn new() -> Env {
        let server = TestServer::start();
        server.add_admin(ADMIN, ADMIN_PASSWORD);
        Env { server, dir: tempfile::tempdir().expect("temp dir"), now: Mutex::new(None) }
    }

    /// Fixes both clocks at `now` (RFC 3339): the server's (`Clock::Fixed`:
    /// what it stamps, the `iat` and `exp` of the tokens it issues, and its
    /// expiry checks) and, through `TIMESYNC_NOW`, that of every command of
    /// this environment started from then on (a test's own `TIMESYNC_NOW` wins).
    pub fn set_now(&self, now: &str) {
        let now = DateTime::parse_from_rfc3339(now).unwrap_or_else(|e| panic!("{now}: {e}"));
        self.server.set_clock(Clock::Fixed(now.timestamp_millis()));
        *self.now.lock().unwrap() = Some(now);
    }

    /// Moves both clocks fixed by [`Env::set_now`] on by `by`.
    pub fn advance(&self, by: Duration) {
        let now = self.now.lock().unwrap().expect("Env::advance needs Env::set_now first");
        let later = now + chrono::Duration::from_std(by).expect("a duration chrono can hold");
        self.set_now(&later.to_rfc3339());
    }

    /// The variables every process of this environment starts with, after
    /// its environment is cleared: `PATH`, `HOME` (the temporary directory),
    /// `TIMESYNC_CONFIG`, git without system or global config and outside
    /// any repository (`GIT_DIR` names none: the tests run inside this
    /// project's; `tests/cli/git_context.rs` removes it) and, once
    /// [`Env::set_now`] was called, `TIMESYNC_NOW`.
    fn variables(&self) -> Vec<(&'static str, OsString)> {
        let mut variables = vec![
            ("HOME", self.dir.path().as_os_str().to_owned()),
            ("TIMESYNC_CONFIG", self.config_path().into_os_string()),
            ("PATH", std::env::var_os("PATH").unwrap_or_default()),
            ("GIT_CONFIG_NOSYSTEM", "1".into()),
            ("GIT_CONFIG_GLOBAL", "/dev/null".into()),
            ("GIT_DIR", self.dir.path().join("no-repository").into_os_string()),
        ];
        if let Some(now) = *self.now.lock().unwrap() {
            variables.push(("TIMESYNC_NOW", now.to_rfc3339().into()));
        }
        variables
    }

    /// `program` (a shell, say, that runs the binary) with a cleared
    /// environment and this environment's variables (see [`Env::bare`]).
    pub fn program(&self, program: impl AsRef<OsStr>) -> std::process::Command {
        let mut cmd = std::process::Command::new(program);
        cmd.env_clear().envs(self.variables());
        cmd
    }

    /// A fresh server with a project `gwm` (default activity `docs`), the
    /// activities `docs` and `dev`, and a member `alice` (password `alice-pw`).
    pub fn with_project() -> Env {
        let env = Env::new();
        env.server.add_user("alice", "alice-pw", SiteRoles::default());
        env.server.add_activity("Documentation", "docs");
        env.server.add_activity("Development", "dev");
        env.server.add_project("Ganeti Web Manager", &["gwm", "ganeti-webmgr"], Some("docs"), &[("alice", MEMBER)]);
        env
    }

    /// The config file every command of this environment uses.
    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("config").join("config.toml")
    }

    /// The binary with only this environment's variables: config file, HOME,
    /// PATH, the clock once [`Env::set_now`] fixed it, and nothing from the
    /// developer's shell (no TIMESYNC_*, XDG_*, PAGER, …).
    pub fn bare(&self) -> Command {
        let mut cmd = Command::cargo_bin("timesync").expect("binary");
        cmd.env_clear().envs(self.variables());
        cmd
    }

    /// The binary as a `std::process::Command` acting as `user` (for running
    /// several at once, and for killing one mid-request).
    pub fn spawnable(&self, user: &str) -> std::process::Command {
        let mut cmd = self.std_cmd();
        cmd.env("TIMESYNC_TOKEN", self.server.token_for(user))
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd
    }

    /// The binary as a `std::process::Command` pointed at the server, using
    /// the stored login (for running it on a terminal).
    pub fn std_cmd(&self) -> std::process::Command {
        let mut cmd = self.program(env!("CARGO_BIN_EXE_timesync"));
        cmd.env("TIMESYNC_URL", self.server.base_url());
        cmd
    }

    /// The state directory of this environment's commands.
    pub fn state_dir(&self) -> PathBuf {
        self.dir.path().join(".local").join("state").join("timesync")
    }

    /// The binary pointed at the server with `TIMESYNC_URL`, not logged in.
    pub fn cmd(&self) -> Command {
        let mut cmd = self.bare();
        cmd.env("TIMESYNC_URL", self.server.base_url());
        cmd
    }

    /// The binary acting as `user` through `TIMESYNC_TOKEN` (no login round-trip).
    pub fn as_user(&self, user: &str) -> Command {
        let mut cmd = self.cmd();
        cmd.env("TIMESYNC_TOKEN", self.server.token_for(user));
        cmd
    }

    /// Runs `args` as `user` and asserts that it exits with `code` (see [`Run::fails`]).
    pub fn fails(&self, user: &str, args: &[&str], code: i32) -> Assert {
        self.as_user(user).fails(args, code)
    }

    /// Runs `args` as `user` and asserts that it succeeds (see [`Run::succeeds`]).
    pub fn succeeds(&self, user: &str, args: &[&str]) -> Assert {
        self.as_user(user).succeeds(args)
    }

    /// Runs `prefix` followed by each case's arguments as `user`, and asserts
    /// that each is refused with exit code 2 and its message in stderr.
    pub fn refuses_each(&self, user: &str, prefix: &[&str], cases: &[(&[&str], &str)]) {
        refuses_each(|| self.as_user(user), prefix, cases);
    }

    /// Checks how `KIND get`, run as `user`, shows a deleted object (the one
    /// whose `key` is `value`): left out of the list, listed with its deletion
    /// date under `--include-deleted` (returned, for more checks), and in that
    /// table with `mark` (`(deleted …)`).
    pub fn deleted_listed(&self, user: &str, kind: &str, key: &str, value: &str, mark: &str) -> Value {
        let live = self.json(user, &[kind, "get"]);
        assert!(live.as_array().unwrap().iter().all(|o| o[key] != value), "{value} is listed: {live}");
        let all = self.json(user, &[kind, "get", "--include-deleted"]);
        let found = all.as_array().unwrap().iter().find(|o| o[key] == value);
        let found = found.unwrap_or_else(|| panic!("the deleted {kind} {value} is not listed: {all}")).clone();
        assert!(found["deleted_at"].is_string(), "{found}");
        self.succeeds(user, &[kind, "get", "--include-deleted"]).stdout(predicate::str::contains(mark));
        found
    }

    /// Logs in through the CLI (`--password-stdin`), storing the token in the config file.
    pub fn login(&self, user: &str, password: &str) {
        self.cmd().write_stdin(format!("{password}\n")).succeeds(&["login", "--username", user, "--password-stdin"]);
    }

    /// Runs the binary as `user` with `--json` and returns the parsed stdout (see [`Run::json`]).
    pub fn json(&self, user: &str, args: &[&str]) -> Value {
        self.as_user(user).json(args)
    }

    /// Reads the config file.
    pub fn config_text(&self) -> String {
        std::fs::read_to_string(self.config_path()).unwrap_or_default()
    }
}

/// Running a command with its arguments and checking how it ended.
pub trait Run {
    /// Runs with `args` added and asserts that it exits with `code`; the
    /// returned `Assert` checks what else the test expects (stderr, stdout).
    fn fails(&mut self, args: &[&str], code: i32) -> Assert;
    /// Runs with `args` added and asserts that it succeeds; the returned
    /// `Assert` checks what else the test expects (stdout, stderr).
    fn succeeds(&mut self, args: &[&str]) -> Assert;
    /// Runs with `--json` and `args` added, asserts that it succeeds, and
    /// returns the JSON it printed.
    fn json(&mut self, args: &[&str]) -> Value;
}

impl Run for Command {
    fn fails(&mut self, args: &[&str], code: i32) -> Assert {
        self.args(args).assert().code(code)
    }

    fn succeeds(&mut self, args: &[&str]) -> Assert {
        self.args(args).assert().success()
    }

    fn json(&mut self, args: &[&str]) -> Value {
        let output = self.arg("--json").args(args).output().expect("run");
        assert!(output.status.success(), "timesync {args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_slice(&output.stdout).expect("JSON on stdout")
    }
}

/// Checks on what a finished command printed.
pub trait Printed {
    /// Asserts that stdout contains each of `parts`.
    fn stdout_has(self, parts: &[&str]) -> Assert;
    /// Asserts that stderr contains each of `parts`.
    fn stderr_has(self, parts: &[&str]) -> Assert;
}

impl Printed for Assert {
    fn stdout_has(self, parts: &[&str]) -> Assert {
        parts.iter().fold(self, |assert, part| assert.stdout(predicate::str::contains(*part)))
    }

    fn stderr_has(self, parts: &[&str]) -> Assert {
        parts.iter().fold(self, |assert, part| assert.stderr(predicate::str::contains(*part)))
    }
}

/// The binary acting as alice with the clock at `now` (`TIMESYNC_NOW`, RFC 3339).
pub fn at(env: &Env, now: &str) -> Command {
    let mut cmd = env.as_user("alice");
    cmd.env("TIMESYNC_NOW", now);
    cmd
}

/// Polls `done` every few milliseconds until it holds: waiting for something
/// to happen (a request to arrive, a file to appear) rather than for a time
/// to pass. Panics, naming `what`, if it still does not hold after a
/// generous deadline (a slow machine is no failure).
pub fn wait_until(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "waited 20 s in vain until {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Runs `prefix` followed by each case's arguments on a command from `cmd`,
/// and asserts that each is refused with exit code 2 and its message in stderr.
pub fn refuses_each(cmd: impl Fn() -> Command, prefix: &[&str], cases: &[(&[&str], &str)]) {
    for (args, message) in cases {
        cmd().args(prefix).fails(args, 2).stderr(predicate::str::contains(*message));
    }
}

/// Parses stderr of a `--json` run as the JSON error object.
pub fn json_error(output: &std::process::Output) -> Value {
    serde_json::from_slice(&output.stderr)
        .unwrap_or_else(|_| panic!("stderr is not JSON: {}", String::from_utf8_lossy(&output.stderr)))
}

/// Whether `args` (a documented example) needs what an earlier command left
/// in the local state: a running clock to stop or cancel, or an entry in
/// the outbox to drop. Test mode starts every command from the same state,
/// so these say what is missing there; [`run_with_state`] runs them.
pub fn needs_earlier_state(args: &[String]) -> Option<&'static str> {
    let first = args.first().map(String::as_str);
    let stops_a_clock = matches!(first, Some("stop" | "cancel"))
        || (first == Some("clock") && matches!(args.get(1).map(String::as_str), Some("out" | "cancel")));
    if stops_a_clock {
        Some("not clocked in")
    } else if args.first().is_some_and(|a| a == "outbox")
        && matches!(args.get(1).map(String::as_str), Some("drop" | "show" | "edit"))
    {
        Some("the outbox has 0 entries")
    } else {
        None
    }
}

/// Runs `args` (see [`needs_earlier_state`]) as alice against a test server
/// with the project gwm, after what it needs: a clock started at 09:00, or
/// an entry kept while the server was down. `path` is the `PATH` to run with.
pub fn run_with_state(args: &[String], path: &str, now: &str) -> std::process::Output {
    let env = Env::with_project();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "[profiles.default]\nusername = \"alice\"\n").unwrap();
    let live = || {
        let mut cmd = env.as_user("alice");
        cmd.env("TIMESYNC_NOW", now).env("PATH", path);
        cmd
    };
    if args.first().is_some_and(|a| a == "outbox") {
        live().args(["--url", &down_url(), "time", "create", "-d", "1h", "-p", "gwm"]).assert().code(3);
    } else {
        live().args(["clock", "in", "gwm", "--at", "09:00"]).assert().success();
    }
    live().args(args).output().unwrap()
}
