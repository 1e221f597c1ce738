//! Who may create, update and delete what: for each role, every write on
//! projects, activities, users and other people's time entries either
//! succeeds or is refused with the server's message and exit code 1; failed
//! authentication exits 4.

use predicates::prelude::*;

use crate::harness::{Env, ProjectRoles, SiteRoles, ADMIN, MEMBER};

/// The actors: one per role. `member` and `projspec` hold roles on `gwm`
/// only; `owner` (not an actor) owns the time entries.
const ACTORS: [&str; 7] = [ADMIN, "sitemgr", "sitespec", "projmgr", "member", "projspec", "plain"];

/// An environment with every actor, the project `gwm`, and for each actor
/// its own objects to change or delete (so every attempt meets the same state).
struct Matrix {
    env: Env,
    /// Per actor: a time entry of `owner` in `gwm`.
    times: Vec<(String, String)>,
}

fn matrix() -> Matrix {
    let env = Env::new();
    let none = SiteRoles::default();
    env.server.add_user("sitemgr", "pw", SiteRoles { manager: true, ..none });
    env.server.add_user("sitespec", "pw", SiteRoles { spectator: true, ..none });
    for user in ["projmgr", "member", "projspec", "plain", "owner", "target"] {
        env.server.add_user(user, "pw", none);
    }
    env.server.add_activity("Documentation", "docs");
    env.server.add_project(
        "Ganeti Web Manager",
        &["gwm"],
        Some("docs"),
        &[
            ("projmgr", ProjectRoles { manager: true, ..ProjectRoles::default() }),
            ("member", MEMBER),
            ("projspec", ProjectRoles { spectator: true, ..ProjectRoles::default() }),
            ("owner", MEMBER),
        ],
    );
    let mut times = Vec::new();
    for actor in ACTORS {
        env.server.add_project(&format!("Doomed {actor}"), &[&format!("d-{actor}")], None, &[]);
        env.server.add_activity(&format!("Update {actor}"), &format!("u-{actor}"));
        env.server.add_activity(&format!("Remove {actor}"), &format!("x-{actor}"));
        env.server.add_user(&format!("victim-{actor}"), "pw", none);
        times.push((actor.to_owned(), env.server.add_time("owner", "gwm", &["docs"], 3600, "2026-01-05")));
    }
    Matrix { env, times }
}

impl Matrix {
    fn time_of(&self, actor: &str) -> String {
        self.times.iter().find(|(a, _)| a == actor).unwrap().1.clone()
    }

    /// Runs `args` as each actor: those in `allowed` must succeed, the others
    /// must exit 1 with the server's authorization message.
    fn check(
        &self,
        what: &str,
        allowed: &[&str],
        args: impl Fn(&str) -> Vec<String>,
        refusal: impl Fn(&str) -> String,
    ) {
        for actor in ACTORS {
            let output =
                self.env.as_user(actor).env("TIMESYNC_NEW_PASSWORD", "new-pw").args(args(actor)).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            if allowed.contains(&actor) {
                assert!(output.status.success(), "{what}: {actor} should be allowed: {stderr}");
            } else {
                assert_eq!(output.status.code(), Some(1), "{what}: {actor} should be refused: {stderr}");
                let expected = format!("error: Authorization failure: {} (401)\n", refusal(actor));
                assert_eq!(stderr, expected, "{what}: {actor}");
            }
        }
    }
}

fn strings(args: &[&str]) -> Vec<String> {
    args.iter().map(|s| s.to_string()).collect()
}

#[test]
fn projects() {
    let m = matrix();
    m.check(
        "project create",
        &[ADMIN, "sitemgr"],
        |a| strings(&["project", "create", "--name", &format!("New {a}"), "--slug", &format!("new-{a}")]),
        |a| format!("{a} is not authorized to create projects"),
    );
    m.check(
        "project update",
        &[ADMIN, "sitemgr", "projmgr"],
        |a| strings(&["project", "update", "gwm", "--uri", &format!("https://example.com/{a}")]),
        |a| format!("{a} is not authorized to make changes to Ganeti Web Manager"),
    );
    m.check(
        "project users add",
        &[ADMIN, "sitemgr", "projmgr"],
        |a| strings(&["project", "users", "add", "gwm", &format!("victim-{a}"), "--role", "spectator"]),
        |a| format!("{a} is not authorized to make changes to Ganeti Web Manager"),
    );
    m.check(
        "project delete",
        &[ADMIN, "sitemgr"],
        |a| strings(&["project", "delete", &format!("d-{a}")]),
        |a| format!("{a} is not authorized to delete project d-{a}"),
    );
}

#[test]
fn activities() {
    let m = matrix();
    m.check(
        "activity create",
        &[ADMIN, "sitemgr"],
        |a| strings(&["activity", "create", "--name", &format!("New {a}"), "--slug", &format!("new-{a}")]),
        |a| format!("{a} is not authorized to create activities"),
    );
    m.check(
        "activity update",
        &[ADMIN, "sitemgr"],
        |a| strings(&["activity", "update", &format!("u-{a}"), "--name", &format!("Updated {a}")]),
        |a| format!("{a} is not authorized to update activities"),
    );
    m.check(
        "activity delete",
        &[ADMIN, "sitemgr"],
        |a| strings(&["activity", "delete", &format!("x-{a}")]),
        |a| format!("{a} is not authorized to delete activities"),
    );
}

#[test]
fn users() {
    let m = matrix();
    m.check(
        "user create",
        &[ADMIN],
        |a| strings(&["user", "create", &format!("new-{a}")]),
        |a| format!("{a} is not authorized to create users"),
    );
    m.check(
        "user update of someone else",
        &[ADMIN],
        |a| strings(&["user", "update", "target", "--display-name", &format!("Named by {a}")]),
        |a| match a {
            "sitemgr" => {
                "sitemgr is not authorized to modify fields of user target other than site_spectator".to_owned()
            }
            _ => format!("{a} is not authorized to modify user target"),
        },
    );
    m.check(
        "user update of someone else's site_spectator",
        &[ADMIN, "sitemgr"],
        |_| strings(&["user", "update", "target", "--site-spectator"]),
        |a| format!("{a} is not authorized to modify user target"),
    );
    m.check(
        "user delete",
        &[ADMIN, "sitemgr"],
        |a| strings(&["user", "delete", &format!("victim-{a}")]),
        |a| format!("{a} is not authorized to delete users"),
    );
}

#[test]
fn other_peoples_times() {
    let m = matrix();
    m.check(
        "time update of another user's entry",
        &[ADMIN],
        |a| strings(&["time", "update", &m.time_of(a), "--notes", &format!("changed by {a}")]),
        |a| format!("{a} is not authorized to create objects for owner"),
    );
    m.check(
        "time delete of another user's entry",
        &[ADMIN, "sitemgr"],
        |a| strings(&["time", "delete", &m.time_of(a)]),
        |a| format!("{a} is not authorized to delete time {}", m.time_of(a)),
    );
}

#[test]
fn a_refused_write_changes_nothing() {
    let m = matrix();
    m.env.fails("member", &["project", "update", "gwm", "--name", "Mine"], 1);
    m.env.fails("plain", &["activity", "update", "docs", "--name", "Mine"], 1);
    m.env.fails("projspec", &["user", "update", "target", "--display-name", "Mine"], 1);
    let project = m.env.server.get_json("/projects/gwm", ADMIN);
    assert_eq!((project["name"].as_str(), project["revision"].as_u64()), (Some("Ganeti Web Manager"), Some(1)));
    assert_eq!(m.env.server.get_json("/activities/docs", ADMIN)["name"], "Documentation");
    assert_eq!(m.env.server.get_json("/users/target", ADMIN)["display_name"], serde_json::Value::Null);
}

#[test]
fn failed_authentication_exits_4_for_every_kind_of_write() {
    let m = matrix();
    let writes: [&[&str]; 4] = [
        &["project", "update", "gwm", "--uri", "https://example.com"],
        &["activity", "create", "--name", "X", "--slug", "x"],
        &["user", "update", "target", "--meta", "x"],
        &["project", "delete", "d-plain"],
    ];
    for args in writes {
        // A token the server does not know: the server's own refusal.
        m.env
            .cmd()
            .env("TIMESYNC_TOKEN", "not-a-token")
            .args(args)
            .assert()
            .code(4)
            .stderr("error: Authentication failure: Bad API token (401)\n");
        // An expired token: refused before anything is sent.
        m.env
            .cmd()
            .env("TIMESYNC_TOKEN", m.env.server.expired_token_for(ADMIN))
            .args(args)
            .assert()
            .code(4)
            .stderr(predicate::str::contains("expired"));
        // No token at all.
        m.env.cmd().args(args).assert().code(4).stderr(predicate::str::contains("not logged in"));
    }
    let project = m.env.server.get_json("/projects/gwm", ADMIN);
    assert_eq!(project["revision"], 1);
}
