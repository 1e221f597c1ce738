//! `Engine::seed_times`: a history of time entries from JSON lines, the state the same
//! entries POSTed one by one would leave.

use serde_json::{json, Value};
use timesync_engine::{Engine, ProjectRoles, Request, SiteRoles};

const USERS: [&str; 4] = ["admin", "alice", "bob", "carol-2"];
const PROJECTS: [&str; 3] = ["gwm", "timesync", "client-007"];
const ACTIVITIES: [&str; 4] = ["dev", "docs", "plan", "sys"];

/// Entry `n` of a made-up history: every user, project and activity in turn, notes of
/// varied length (none, non-ASCII, quotes, a line break), some issue links.
fn entry(n: usize) -> Value {
    let mut e = json!({
        "user": USERS[n % 4],
        "project": PROJECTS[n % 3],
        "activities": if n.is_multiple_of(5) { json!([ACTIVITIES[n % 4], ACTIVITIES[(n + 1) % 4]]) } else { json!([ACTIVITIES[n % 4]]) },
        "duration": 300 * (n % 40),
        "date_worked": format!("20{:02}-{:02}-{:02}", 20 + n % 7, 1 + n % 12, 1 + n % 28),
    });
    match n % 6 {
        0 => {}
        1 => e["notes"] = json!(format!("entry {n}")),
        2 => e["notes"] = json!(format!("réunion, \"quoted\" {n}\nsecond line")),
        3 => e["notes"] = json!("x".repeat(n % 500)),
        4 => e["notes"] = Value::Null,
        _ => e["notes"] = json!("日本語 ✅"),
    }
    if n.is_multiple_of(3) {
        e["issue_uri"] = json!(format!("https://github.com/osuosl/timesync/issues/{n}"));
    }
    e
}

fn lines(entries: &[Value]) -> String {
    entries.iter().map(|e| format!("{e}\n")).collect()
}

/// The fields a seeded line and a listed entry share, as the list gives them.
fn listed_shape(line: &Value) -> Value {
    let mut activities: Vec<&str> =
        line["activities"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()).collect();
    activities.sort();
    json!({
        "user": line["user"],
        "project": [line["project"]],
        "activities": activities,
        "duration": line["duration"],
        "date_worked": line["date_worked"],
        "notes": line.get("notes").cloned().unwrap_or(Value::Null),
        "issue_uri": line.get("issue_uri").cloned().unwrap_or(Value::Null),
    })
}

fn shape_of(listed: &Value) -> Value {
    let mut v = json!({});
    for key in ["user", "project", "activities", "duration", "date_worked", "notes", "issue_uri"] {
        v[key] = listed[key].clone();
    }
    v
}

#[test]
fn entries_seeded_are_the_entries_listed() {
    let engine = Engine::new();
    engine.add_admin("admin", "pw");
    let entries: Vec<Value> = (0..2000).map(entry).collect();
    let seeded = engine.seed_times(lines(&entries).as_bytes()).unwrap();
    assert_eq!((seeded.times, seeded.users, seeded.projects, seeded.activities), (2000, 3, 3, 4));
    let listed = engine.get_json("/times", "admin");
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), entries.len());
    for (line, got) in entries.iter().zip(listed) {
        assert_eq!(shape_of(got), listed_shape(line));
        assert_eq!((got["revision"].clone(), got["deleted_at"].clone()), (json!(1), Value::Null));
    }
    let alice = engine.get_json("/times?user=alice", "admin");
    assert_eq!(alice.as_array().unwrap().len(), 500);
    let users: Vec<String> = engine
        .get_json("/users", "admin")
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(users, USERS);
    // A seeded user logs in with the samples' password and sees their own entries.
    let login = json!({"auth": {"type": "password", "username": "bob", "password": "password"}});
    let reply = engine.handle(&Request::new("POST", "/v0/login").with_json(&login));
    assert_eq!(reply.status, 200, "{}", reply.body);
    let own = engine.get_json("/times", "bob");
    assert_eq!(own.as_array().unwrap().len(), 500);
    let gwm = engine.get_json("/projects/gwm", "admin");
    assert_eq!((gwm["name"].clone(), gwm["slugs"].clone()), (json!("gwm"), json!(["gwm"])));
    assert_eq!(gwm["users"]["alice"], json!({"member": true, "spectator": false, "manager": false}));
}

#[test]
fn uuids_and_creation_days_are_kept_and_the_order_is_the_files() {
    let engine = Engine::new();
    engine.add_admin("admin", "pw");
    let mut first = entry(1);
    first["uuid"] = json!("0A1B2C3D-0000-4000-8000-000000000001");
    first["created_at"] = json!("2021-02-03");
    let mut second = entry(2);
    second["date_worked"] = json!("2019-12-31");
    engine.seed_times(lines(&[first, second]).as_bytes()).unwrap();
    let listed = engine.get_json("/times", "admin");
    assert_eq!(listed[0]["uuid"], "0a1b2c3d-0000-4000-8000-000000000001");
    assert_eq!(listed[0]["created_at"], "2021-02-03");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert_eq!(listed[1]["created_at"], json!(today));
    assert_eq!(listed[1]["date_worked"], "2019-12-31");
    let one = engine.get_json("/times/0a1b2c3d-0000-4000-8000-000000000001", "admin");
    assert_eq!(one["user"], "alice");
}

/// The same entries, POSTed one by one into an engine given the same users, projects,
/// activities and memberships, list the same (but for the UUIDs the engine issues).
#[test]
fn seeding_leaves_the_state_posts_leave() {
    let entries: Vec<Value> = (0..60).map(entry).collect();
    let seeded = Engine::new();
    seeded.add_admin("admin", "pw");
    seeded.seed_times(lines(&entries).as_bytes()).unwrap();

    let posted = Engine::new();
    posted.add_admin("admin", "pw");
    for user in &USERS[1..] {
        posted.add_user(user, "password", SiteRoles::default());
    }
    // Projects and their members, in the order the seeding meets them.
    let mut members: Vec<(&str, Vec<&str>)> = Vec::new();
    for e in &entries {
        let (project, user) = (e["project"].as_str().unwrap(), e["user"].as_str().unwrap());
        match members.iter_mut().find(|(p, _)| *p == project) {
            Some((_, users)) if !users.contains(&user) => users.push(user),
            Some(_) => {}
            None => members.push((project, vec![user])),
        }
    }
    let member = ProjectRoles { member: true, ..ProjectRoles::default() };
    let mut made_activities = Vec::new();
    for e in &entries {
        let project = e["project"].as_str().unwrap();
        for a in e["activities"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()) {
            if !made_activities.contains(&a) {
                posted.add_activity(a, a);
                made_activities.push(a);
            }
        }
        if let Some(i) = members.iter().position(|(p, _)| *p == project) {
            let (_, users) = members.remove(i);
            let roles: Vec<(&str, ProjectRoles)> = users.iter().map(|u| (*u, member)).collect();
            posted.add_project(project, &[project], None, &roles);
        }
    }
    for e in &entries {
        let token = posted.token_for(e["user"].as_str().unwrap());
        let reply = posted.handle(
            &Request::new("POST", "/v0/times")
                .with_json(&json!({"auth": {"type": "token", "token": token}, "object": e})),
        );
        assert_eq!(reply.status, 200, "{}", reply.body);
    }

    let without_uuids = |engine: &Engine, path: &str| {
        let mut v = engine.get_json(path, "admin");
        for item in v.as_array_mut().unwrap() {
            item.as_object_mut().unwrap().remove("uuid");
        }
        v
    };
    for path in ["/times", "/times?user=carol-2&project=gwm", "/projects", "/activities"] {
        assert_eq!(without_uuids(&seeded, path), without_uuids(&posted, path), "{path}");
    }
}

#[test]
fn a_bad_line_stops_the_seeding_with_its_number() {
    let good = entry(1).to_string();
    let cases = [
        ("{\"user\": \"alice\"", "not JSON"),
        ("[1]", "not a JSON object"),
        (
            r#"{"user": "Alice", "project": "gwm", "activities": ["dev"], "duration": 1, "date_worked": "2024-01-01"}"#,
            "lower-case username",
        ),
        (
            r#"{"user": "alice", "project": "GWM", "activities": ["dev"], "duration": 1, "date_worked": "2024-01-01"}"#,
            "not a slug",
        ),
        (
            r#"{"user": "alice", "project": "gwm", "activities": [], "duration": 1, "date_worked": "2024-01-01"}"#,
            "non-empty array",
        ),
        (
            r#"{"user": "alice", "project": "gwm", "activities": ["dev"], "duration": -1, "date_worked": "2024-01-01"}"#,
            "whole seconds",
        ),
        (
            r#"{"user": "alice", "project": "gwm", "activities": ["dev"], "duration": 1, "date_worked": "2024-13-01"}"#,
            "YYYY-MM-DD",
        ),
        (
            r#"{"user": "alice", "project": "gwm", "activities": ["dev"], "duration": 1, "date_worked": "2024-01-01", "issue_uri": "ftp://x"}"#,
            "http(s)",
        ),
        (
            r#"{"user": "alice", "project": "gwm", "activities": ["dev"], "duration": 1, "date_worked": "2024-01-01", "owner": "x"}"#,
            "unknown field owner",
        ),
        (
            r#"{"user": "alice", "project": "gwm", "activities": ["dev"], "duration": 1, "date_worked": "2024-01-01", "uuid": "0a1b2c3d-0000-4000-8000-000000000001"}
{"user": "alice", "project": "gwm", "activities": ["dev"], "duration": 1, "date_worked": "2024-01-01", "uuid": "0a1b2c3d-0000-4000-8000-000000000001"}"#,
            "is taken",
        ),
    ];
    for (bad, message) in cases {
        let engine = Engine::new();
        engine.add_admin("admin", "pw");
        let text = format!("{good}\n\n{bad}\n{good}\n");
        let error = engine.seed_times(text.as_bytes()).unwrap_err();
        let line = if message == "is taken" { 4 } else { 3 };
        assert_eq!(error.line, line, "{bad}: {error}");
        assert!(error.to_string().starts_with(&format!("line {line}: ")), "{error}");
        assert!(error.message.contains(message), "{bad}: {error}");
        let kept = engine.get_json("/times", "admin").as_array().unwrap().len();
        assert_eq!(kept, line - 2, "the lines before stay seeded");
    }
}

/// `GET /times` writes its rows one at a time: byte for byte the bodies `GET /times/:uuid`
/// gives, joined, for seeded entries and for what only requests make (a fractional
/// duration, control characters in notes, a revision, a deletion).
#[test]
fn the_list_is_byte_for_byte_the_entries_one_by_one() {
    let engine = Engine::new();
    engine.add_admin("admin", "pw");
    let entries: Vec<Value> = (0..300).map(entry).collect();
    engine.seed_times(lines(&entries).as_bytes()).unwrap();
    let token = engine.token_for("admin");
    let post = |path: &str, object: Value| {
        let body = json!({"auth": {"type": "token", "token": token}, "object": object});
        let reply = engine.handle(&Request::new("POST", &format!("/v0{path}")).with_json(&body));
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.body_json().unwrap()
    };
    let odd = json!({"duration": 12.5, "user": "admin", "project": "gwm", "activities": ["dev", "docs"],
        "date_worked": "2024-02-29", "notes": "tab\tnul\u{0}bell\u{7} \\ / \u{2028} \"q\""});
    let revised = post("/times", odd)["uuid"].as_str().unwrap().to_string();
    post(&format!("/times/{revised}"), json!({"notes": "revised \u{1}", "duration": 7}));
    let deleted = engine.get_json("/times", "admin")[5]["uuid"].as_str().unwrap().to_string();
    let reply = engine.handle(&Request::new("DELETE", &format!("/v0/times/{deleted}")).with_token(&token));
    assert_eq!(reply.status, 200, "{}", reply.body);

    let get = |path: &str| {
        let reply = engine.handle(&Request::new("GET", &format!("/v0{path}")).with_token(&token));
        assert_eq!(reply.status, 200, "{}", reply.body);
        reply.body
    };
    let list = get("/times?include_deleted=true");
    let uuids: Vec<String> = serde_json::from_str::<Value>(&list)
        .unwrap()
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["uuid"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(uuids.len(), 301);
    assert_eq!(uuids[0], revised, "revision 2 first");
    let one_by_one: Vec<String> = uuids.iter().map(|u| get(&format!("/times/{u}?include_deleted=true"))).collect();
    assert_eq!(list, format!("[{}]", one_by_one.join(",")));
}
