//! Git context: the project whose uri is a remote of the repository the
//! command runs in, the issue of its branch, `--here`, and `status`.
//! Each test makes temporary repositories with the real `git`, which sees
//! no system or global config (the harness's variables) and no `GIT_DIR`.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::{json, Value};
use tempfile::TempDir;

use crate::harness::{Env, ADMIN, MEMBER};

const NOW: &str = "2026-01-15T10:00:00+01:00";
const GWM: &str = "https://github.com/osuosl/gwm";

/// A server with `gwm` (uri [`GWM`]) and `ts` (on GitLab), alice a member of both.
fn env() -> Env {
    let env = Env::with_project();
    env.server.add_project("TimeSync", &["ts"], Some("dev"), &[("alice", MEMBER)]);
    env.as_user(ADMIN).args(["project", "update", "gwm", "--uri", GWM]).assert().success();
    let ts = "https://gitlab.example.com/osuosl/ts";
    env.as_user(ADMIN).args(["project", "update", "ts", "--uri", ts]).assert().success();
    env
}

/// Runs git in `dir`, which must succeed.
fn git(env: &Env, dir: &Path, args: &[&str]) {
    let status = env.program("git").env_remove("GIT_DIR").current_dir(dir).args(args).status().unwrap();
    assert!(status.success(), "git {args:?} failed");
}

/// A new repository (one commit) on `branch` with `remotes`.
fn repo(env: &Env, remotes: &[(&str, &str)], branch: &str) -> (TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("repo");
    std::fs::create_dir(&path).unwrap();
    git(env, &path, &["init", "-q"]);
    git(env, &path, &["config", "user.name", "Alice"]);
    git(env, &path, &["config", "user.email", "alice@example.com"]);
    git(env, &path, &["commit", "-q", "--allow-empty", "-m", "start"]);
    git(env, &path, &["checkout", "-q", "-b", branch]);
    for (name, url) in remotes {
        git(env, &path, &["remote", "add", name, url]);
    }
    (dir, path)
}

/// The binary acting as alice, in `dir`, with git finding its repository.
fn in_dir(env: &Env, dir: &Path) -> Command {
    let mut cmd = env.as_user("alice");
    cmd.env("TIMESYNC_NOW", NOW).env_remove("GIT_DIR").current_dir(dir);
    cmd
}

fn created(env: &Env, dir: &Path, args: &[&str]) -> Value {
    let out = in_dir(env, dir).args(["--json", "time", "create", "-d", "1h"]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn project_gets(env: &Env) -> usize {
    let whole_list = |url: &str| url == "/v0/projects" || url.starts_with("/v0/projects?");
    env.server.requests().iter().filter(|r| r.method == "GET" && whole_list(&r.url)).count()
}

#[test]
fn every_url_form_of_a_remote_finds_the_project_from_the_fresh_cache() {
    let env = env();
    for url in [
        "git@github.com:osuosl/gwm.git",
        "ssh://git@github.com:22/osuosl/gwm.git",
        "https://github.com/osuosl/gwm.git",
        "https://github.com/osuosl/gwm/",
        "HTTPS://GitHub.com/OSUOSL/GWM",
        "git://github.com/osuosl/gwm",
        "https://alice@github.com/osuosl/gwm",
    ] {
        let (_dir, path) = repo(&env, &[("origin", url)], "main");
        let time = created(&env, &path, &[]);
        assert_eq!(time["project"], json!(["ganeti-webmgr", "gwm"]), "{url}");
        assert_eq!(time["issue_uri"], Value::Null, "no issue on main ({url})");
    }
    assert_eq!(project_gets(&env), 1, "one GET /projects, then the cache");
}

#[test]
fn start_and_clock_in_without_a_project_take_the_repositorys() {
    let env = env();
    let (_dir, path) = repo(&env, &[("origin", "git@github.com:osuosl/gwm.git")], "main");
    in_dir(&env, &path).args(["start"]).assert().success().stdout("Started gwm at 10:00.\n");
    let (_dir2, ts) = repo(&env, &[("origin", "https://gitlab.example.com/osuosl/ts.git")], "gh-9");
    in_dir(&env, &ts).args(["clock", "in", "--switch"]).assert().success();
    let out = in_dir(&env, &ts).args(["--json", "clock", "status"]).output().unwrap();
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["project"], "ts");
    assert_eq!(status["issue_uri"], "https://gitlab.example.com/osuosl/ts/-/issues/9", "GitLab's issue path");
}

#[test]
fn branch_names_give_the_issue_unless_told_otherwise() {
    let env = env();
    for branch in ["123-fix-login", "issue-123", "gh-123", "fix/123-login"] {
        let (_dir, path) = repo(&env, &[("origin", GWM)], branch);
        let time = created(&env, &path, &[]);
        assert_eq!(time["issue_uri"], format!("{GWM}/issues/123"), "{branch}");
    }
    let (_dir, path) = repo(&env, &[("origin", GWM)], "123-fix-login");
    assert_eq!(created(&env, &path, &["--no-issue"])["issue_uri"], Value::Null);
    assert_eq!(created(&env, &path, &["--issue", "7"])["issue_uri"], format!("{GWM}/issues/7"));
    let given = created(&env, &path, &["--issue-uri", "https://example.com/x"]);
    assert_eq!(given["issue_uri"], "https://example.com/x");
    assert_eq!(created(&env, &path, &["-p", "gwm"])["issue_uri"], format!("{GWM}/issues/123"), "-p of this repo");
    assert_eq!(created(&env, &path, &["-p", "ts"])["issue_uri"], Value::Null, "another project: not its issue");
    in_dir(&env, &path)
        .args(["time", "create", "-d", "1h", "--issue", "0"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--issue"));
}

#[test]
fn a_configured_pattern_gives_the_issue_url() {
    let env = env();
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(
        env.config_path(),
        "[profiles.default.issues]\ngwm = \"https://tracker.example.com/browse/GWM-{n}\"\n",
    )
    .unwrap();
    let (_dir, path) = repo(&env, &[("origin", GWM)], "issue-42");
    assert_eq!(created(&env, &path, &[])["issue_uri"], "https://tracker.example.com/browse/GWM-42");
}

#[test]
fn a_worktree_is_its_repositorys() {
    let env = env();
    let (dir, path) = repo(&env, &[("origin", "git@github.com:osuosl/gwm.git")], "main");
    let worktree = dir.path().join("wt");
    git(&env, &path, &["worktree", "add", "-q", "-b", "55-in-a-worktree", worktree.to_str().unwrap()]);
    let time = created(&env, &worktree, &[]);
    assert_eq!(time["project"], json!(["ganeti-webmgr", "gwm"]));
    assert_eq!(time["issue_uri"], format!("{GWM}/issues/55"));
    std::fs::create_dir(worktree.join("sub")).unwrap();
    assert_eq!(created(&env, &worktree.join("sub"), &[])["issue_uri"], format!("{GWM}/issues/55"), "below the top");
}

#[test]
fn no_match_or_several_ask_for_the_project_naming_the_remotes() {
    let env = env();
    let (_dir, path) = repo(&env, &[("origin", GWM), ("upstream", "git@gitlab.example.com:osuosl/ts.git")], "main");
    in_dir(&env, &path).args(["time", "create", "-d", "1h"]).assert().code(2).stderr(
        predicate::str::contains("pass --project")
            .and(predicate::str::contains("several projects match this git repository: gwm, ts"))
            .and(predicate::str::contains("origin https://github.com/osuosl/gwm"))
            .and(predicate::str::contains("upstream git@gitlab.example.com:osuosl/ts.git")),
    );
    let (_dir2, other) = repo(&env, &[("origin", "https://github.com/someone/else")], "main");
    in_dir(&env, &other).args(["start"]).assert().code(2).stderr(
        predicate::str::contains("clock in needs the project")
            .and(predicate::str::contains("no project's uri matches"))
            .and(predicate::str::contains("origin https://github.com/someone/else")),
    );
    let outside = tempfile::tempdir().unwrap();
    in_dir(&env, outside.path())
        .args(["time", "create", "-d", "1h"])
        .assert()
        .code(2)
        .stderr("error: a time entry needs project (pass --project)\n");
    assert!(
        env.server.requests().iter().all(|r| r.method != "POST" || !r.url.starts_with("/v0/times")),
        "nothing sent"
    );
}

#[test]
fn without_git_on_path_git_context_says_it_needs_git() {
    let env = env();
    let (_dir, path) = repo(&env, &[("origin", GWM)], "12-x");
    let empty = tempfile::tempdir().unwrap();
    let mut cmd = in_dir(&env, &path);
    cmd.env("PATH", empty.path()).args(["time", "create", "-d", "1h"]);
    cmd.assert().code(2).stderr(predicate::str::contains("git context needs git (not found on PATH)"));
    let mut here = in_dir(&env, &path);
    here.env("PATH", empty.path()).args(["log", "--here"]);
    here.assert().code(2).stderr(predicate::str::contains("git context needs git (not found on PATH)"));
    let mut given = in_dir(&env, &path);
    let out = given.env("PATH", empty.path()).args(["--json", "time", "create", "-d", "1h", "-p", "gwm"]).output();
    let time: Value = serde_json::from_slice(&out.unwrap().stdout).unwrap();
    assert_eq!(time["issue_uri"], Value::Null, "with -p, no git is no issue");
}

#[test]
fn here_filters_log_and_report_to_the_repositorys_project_and_status_shows_it() {
    let env = env();
    let (_dir, path) = repo(&env, &[("origin", GWM)], "31-status");
    created(&env, &path, &[]);
    created(&env, &path, &["-p", "ts"]);
    let out = in_dir(&env, &path).args(["--json", "report", "--here", "--total"]).output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["total_seconds"], 3600, "{report}");
    let out = in_dir(&env, &path).args(["--json", "log", "--here"]).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("gwm") && !text.contains("\"ts\""), "{text}");
    let out = in_dir(&env, &path).args(["--json", "status"]).output().unwrap();
    let status: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(status["repository"]["project"], "gwm");
    assert_eq!(status["repository"]["issue_uri"], format!("{GWM}/issues/31"));
    let text = in_dir(&env, &path).arg("status").output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains(": project gwm\n") && text.contains(&format!("Issue:     {GWM}/issues/31\n")), "{text}");
    let outside = tempfile::tempdir().unwrap();
    in_dir(&env, outside.path())
        .args(["report", "--here"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not inside a git work tree"));
}

#[test]
fn a_server_out_of_reach_keeps_the_entry_the_project_from_the_cache_of_any_age() {
    let env = env();
    let (_dir, path) = repo(&env, &[("origin", GWM)], "12-offline");
    let mut cmd = in_dir(&env, &path);
    cmd.env("TIMESYNC_URL", crate::harness::down_url()).args(["time", "create", "-d", "1h", "-p", "gwm"]);
    cmd.assert().code(3).stderr(predicate::str::contains("saved to the outbox"));
    let mut cmd = in_dir(&env, &path);
    cmd.env("TIMESYNC_URL", crate::harness::down_url()).args(["time", "create", "-d", "1h"]);
    cmd.assert().code(3).stderr(predicate::str::contains("1 time entry was saved to the outbox (2 waiting)"));
}

#[test]
fn a_submodule_is_its_own_repository() {
    let env = env();
    let (_inner_dir, inner) = repo(&env, &[], "main");
    let (_dir, outer) = repo(&env, &[("origin", "https://github.com/someone/outer")], "main");
    let inner_path = inner.to_str().unwrap();
    git(&env, &outer, &["-c", "protocol.file.allow=always", "submodule", "add", "-q", inner_path, "sub"]);
    let sub = outer.join("sub");
    git(&env, &sub, &["remote", "set-url", "origin", "git@github.com:osuosl/gwm.git"]);
    git(&env, &sub, &["checkout", "-q", "-b", "gh-77"]);
    let time = created(&env, &sub, &[]);
    assert_eq!(time["project"], json!(["ganeti-webmgr", "gwm"]));
    assert_eq!(time["issue_uri"], format!("{GWM}/issues/77"));
    in_dir(&env, &outer)
        .args(["time", "create", "-d", "1h"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("origin https://github.com/someone/outer"));
}
