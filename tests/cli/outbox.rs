//! The outbox: nothing is lost when the server cannot be reached.

use predicates::prelude::*;
use serde_json::Value;

use crate::harness::{down_url, Env, Printed, Run};
use crate::proxy::{via, Action, Proxy};

fn outbox(env: &Env) -> Value {
    env.json("alice", &["outbox"])
}

#[test]
fn an_entry_kept_while_down_lands_exactly_once_after_sync() {
    let env = Env::with_project();
    let mut proxy = Proxy::to(&env.server);
    proxy.down();
    via(&env, &proxy, "alice")
        .fails(&["time", "create", "--duration", "1h", "--project", "gwm", "--notes", "offline"], 3)
        .stderr(predicate::str::contains("1 time entry was saved to the outbox (1 waiting): run `timesync sync`"));
    let waiting = outbox(&env);
    assert_eq!(waiting.as_array().unwrap().len(), 1);
    assert_eq!(waiting[0]["time"]["notes"], "offline");
    assert_eq!(waiting[0]["status"], "queued");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |path: std::path::PathBuf| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(env.state_dir().join("state.db")), 0o600);
        assert_eq!(mode(env.state_dir()), 0o700);
    }
    env.succeeds("alice", &["time", "get"])
        .stderr(predicate::str::contains("1 time entry is waiting in the outbox: run `timesync sync`"));
    assert!(!env.state_dir().join("outbox-empty").exists());
    proxy.up();
    via(&env, &proxy, "alice").succeeds(&["sync"]).stdout("Sent 1 time entry.\n");
    assert!(env.state_dir().join("outbox-empty").exists(), "later commands need not open the database to remind");
    env.succeeds("alice", &["sync"]).stdout("The outbox is empty.\n");
    let times = env.json("alice", &["time", "get"]);
    assert_eq!(times.as_array().unwrap().len(), 1);
    assert_eq!(times[0]["notes"], "offline");
    assert_eq!(outbox(&env), serde_json::json!([]));
    env.fails("alice", &["time", "create", "--duration", "1h", "--project", "gwm", "--url", &down_url()], 3);
    env.succeeds("alice", &["time", "get"])
        .stderr(predicate::str::contains("1 time entry is waiting in the outbox: run `timesync sync`"));
}

#[test]
fn a_refused_entry_stays_with_its_reason_while_the_others_land() {
    let env = Env::with_project();
    let mut proxy = Proxy::to(&env.server);
    proxy.down();
    for project in ["gwm", "nope", "ganeti-webmgr"] {
        via(&env, &proxy, "alice").fails(&["time", "create", "--duration", "1h", "--project", project], 3);
    }
    proxy.up();
    via(&env, &proxy, "alice")
        .fails(&["sync"], 1)
        .stdout("Sent 2 time entries.\n")
        .stderr(predicate::str::contains("the server refused 1 entry: entry 1 (nope on"))
        .stderr(predicate::str::contains("project 'nope' does not exist (see `timesync project get`)"));
    let waiting = outbox(&env);
    assert_eq!(waiting.as_array().unwrap().len(), 1);
    assert_eq!(waiting[0]["time"]["project"], "nope");
    assert_eq!(waiting[0]["refused"], "project 'nope' does not exist (see `timesync project get`)");
    assert_eq!(env.json("alice", &["time", "get"]).as_array().unwrap().len(), 2);
    env.as_user("alice").env("COLUMNS", "300").succeeds(&["outbox"]).stdout(predicate::str::contains("does not exist"));
    env.fails("alice", &["outbox", "drop", "2"], 2);
    env.succeeds("alice", &["outbox", "drop", "1"]).stdout(predicate::str::starts_with("Dropped entry 1"));
    assert_eq!(outbox(&env), serde_json::json!([]));
}

#[test]
fn sync_stops_when_the_server_is_unreachable_and_keeps_everything() {
    let env = Env::with_project();
    let down = down_url();
    for _ in 0..2 {
        env.fails("alice", &["time", "create", "--duration", "1h", "--project", "gwm", "--url", &down], 3);
    }
    env.fails("alice", &["sync", "--url", &down], 3);
    assert_eq!(outbox(&env).as_array().unwrap().len(), 2);
}

#[test]
fn a_silent_server_keeps_the_entry_as_uncertain() {
    let env = Env::with_project();
    let proxy = Proxy::to(&env.server);
    proxy.on("POST", "/times", Action::Swallow, 1);
    via(&env, &proxy, "alice")
        .fails(&["time", "create", "--duration", "1h", "--project", "gwm", "--timeout", "1"], 3)
        .stderr_has(&["timed out", "kept in the outbox as uncertain"]);
    assert_eq!(outbox(&env)[0]["status"], "uncertain");
    // The entry never arrived: sync looks for it, does not find it, sends it.
    via(&env, &proxy, "alice").succeeds(&["sync"]).stdout("Sent 1 time entry.\n");
    assert_eq!(env.json("alice", &["time", "get"]).as_array().unwrap().len(), 1);
}
