//! `samples::seed`: the data set `timesync --test` starts from.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use serde_json::{json, Value};
use timesync_engine::{samples, Engine, LoginPolicy, Request};

/// A Wednesday.
const WEDNESDAY: &str = "2026-11-25";

fn seeded(user: &str, today: &str) -> Engine {
    let engine = Engine::new();
    samples::seed(&engine, user, NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap());
    engine
}

fn strings(list: &Value, key: &str) -> BTreeSet<String> {
    list.as_array().unwrap().iter().map(|v| v[key].as_str().unwrap().to_string()).collect()
}

#[test]
fn seeding_is_cheap() {
    let started = Instant::now();
    for _ in 0..50 {
        seeded("tester", WEDNESDAY);
    }
    assert!(started.elapsed() < Duration::from_millis(500), "50 seeds took {:?}", started.elapsed());
}

#[test]
fn pymesync_names_and_shapes() {
    let e = seeded("tester", WEDNESDAY);
    let users = strings(&e.get_json("/users", "tester"), "username");
    for name in ["userone", "usertwo", "userthree", "userfour", "admin", "tester"] {
        assert!(users.contains(name), "{name} in {users:?}");
    }
    let gwm = e.get_json("/projects/gwm", "tester");
    assert_eq!(gwm["name"], "Ganeti Web Manager");
    assert_eq!(gwm["slugs"], json!(["ganeti-webmgr", "gwm"]));
    assert_eq!(gwm["uuid"], "a034806c-00db-4fe1-8de8-514575f31bfb");
    assert_eq!(e.get_json("/projects/ts", "tester")["name"], "TimeSync");
    assert_eq!(e.get_json("/projects/ps", "tester")["slugs"], json!(["ps", "pymesync"]));
    let activities = strings(&e.get_json("/activities", "tester"), "slug");
    assert_eq!(activities, ["dev", "docs", "plan", "sys"].map(String::from).into());
    let time = e.get_json("/times/c3706e79-1c9a-4765-8d7f-89b4544cad56", "tester");
    assert_eq!((time["user"].clone(), time["notes"].clone()), (json!("userone"), json!("Worked on documentation.")));
}

#[test]
fn every_entry_refers_to_what_exists_and_lasts_realistically() {
    let e = seeded("tester", WEDNESDAY);
    let times = e.get_json("/times", "tester");
    assert!(times.as_array().unwrap().len() >= 8);
    let activities = strings(&e.get_json("/activities", "tester"), "slug");
    let projects: BTreeSet<String> = e
        .get_json("/projects", "tester")
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["slugs"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()))
        .collect();
    let users = strings(&e.get_json("/users", "tester"), "username");
    for t in times.as_array().unwrap() {
        let d = t["duration"].as_i64().unwrap();
        assert!((1800..=4 * 3600).contains(&d), "{t}");
        assert!(users.contains(t["user"].as_str().unwrap()), "{t}");
        assert!(t["project"].as_array().unwrap().iter().all(|p| projects.contains(p.as_str().unwrap())), "{t}");
        assert!(t["activities"].as_array().unwrap().iter().all(|a| activities.contains(a.as_str().unwrap())), "{t}");
        let project = t["project"][0].as_str().unwrap();
        let roles = &e.get_json(&format!("/projects/{project}"), "tester")["users"][t["user"].as_str().unwrap()];
        assert_eq!(roles["member"], true, "{} is a member of {project}", t["user"]);
    }
}

#[test]
fn entries_fall_in_the_current_week_up_to_today() {
    let e = seeded("tester", WEDNESDAY);
    let dates = strings(&e.get_json("/times", "tester"), "date_worked");
    assert_eq!(dates, ["2026-11-23", "2026-11-24", "2026-11-25"].map(String::from).into());
    let week = e.get_json("/times?start=2026-11-23&end=2026-11-25", "tester");
    assert_eq!(week.as_array().unwrap().len(), e.get_json("/times", "tester").as_array().unwrap().len());
    let e = seeded("tester", "2026-11-23");
    assert_eq!(strings(&e.get_json("/times", "tester"), "date_worked"), ["2026-11-23".to_string()].into(), "Monday");
    let e = seeded("tester", "2026-11-29");
    assert_eq!(strings(&e.get_json("/times", "tester"), "date_worked").len(), 6, "Sunday: Monday to Sunday");
}

#[test]
fn the_acting_user_may_do_everything() {
    let e = seeded("tester", WEDNESDAY);
    let me = e.get_json("/users/tester", "tester");
    assert_eq!((me["site_admin"].clone(), me["site_manager"].clone()), (json!(true), json!(true)));
    let mine = e.get_json("/times?user=tester", "tester");
    assert!(mine.as_array().unwrap().len() >= 2);
    for slug in ["gwm", "timesync", "pymesync"] {
        let roles = &e.get_json(&format!("/projects/{slug}"), "tester")["users"]["tester"];
        assert_eq!(roles, &json!({"member": true, "spectator": true, "manager": true}), "{slug}");
    }
    let token = e.token_for("tester");
    let post = |path: &str, object: Value| {
        let body = json!({"auth": {"type": "token", "token": token}, "object": object});
        e.handle(&Request::new("POST", &format!("/v0{path}")).with_json(&body))
    };
    let time = json!({"duration": 1800, "user": "tester", "project": "gwm", "date_worked": WEDNESDAY});
    assert_eq!(post("/times", time).status, 200);
    assert_eq!(post("/projects/gwm", json!({"name": "GWM"})).status, 200);
    assert_eq!(post("/activities", json!({"name": "Testing", "slug": "qa"})).status, 200);
    assert_eq!(post("/users", json!({"username": "newbie", "password": samples::PASSWORD_HASH})).status, 200);
}

#[test]
fn a_sample_user_as_the_acting_user_keeps_its_data_and_gains_the_roles() {
    let e = seeded("userone", WEDNESDAY);
    let me = e.get_json("/users/userone", "userone");
    assert_eq!(
        (me["display_name"].clone(), me["site_admin"].clone()),
        (json!("One Is The Loneliest Number"), json!(true))
    );
    assert_eq!(e.get_json("/users", "userone").as_array().unwrap().len(), 5);
}

fn login(e: &Engine, user: &str, password: &str) -> u16 {
    let body = json!({"auth": {"type": "password", "username": user, "password": password}});
    e.handle(&Request::new("POST", "/v0/login").with_json(&body)).status
}

#[test]
fn sample_users_log_in_with_the_sample_password_or_any_under_the_test_policy() {
    let e = seeded("tester", WEDNESDAY);
    assert_eq!(login(&e, "userone", samples::PASSWORD), 200);
    assert_eq!(login(&e, "tester", samples::PASSWORD), 200);
    assert_eq!(login(&e, "tester", "anything"), 401);
    e.set_login_policy(LoginPolicy::AnyPassword);
    assert_eq!(login(&e, "tester", "anything"), 200);
    assert_eq!(login(&e, "admin", "x"), 200);
}
