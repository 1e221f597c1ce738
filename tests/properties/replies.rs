//! Reply decoding: any JSON value, any bytes, any status, through the
//! client as the server's answer; nothing panics, and what decodes renders.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use timesync::blocking::Client;
use timesync::client::{BoxFuture, Request, Response, Transport};
use timesync::model::{Activity, ActivityQuery, Project, ProjectQuery, Time, TimeQuery, User};
use timesync::token::Secret;
use timesync::Error;
use timesync_cli::output::{Format, Printer};

use super::{is_raw_control, nasty_text};

/// Any JSON value, nested a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<u64>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        nasty_text().prop_map(Value::String),
        "[0-9]{4}-[0-9]{2}-[0-9]{2}[T0-9:.Z]{0,6}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((nasty_text(), inner), 0..6).prop_map(|pairs| Value::Object(Map::from_iter(pairs))),
        ]
    })
}

/// A valid object of each kind, with some fields replaced by anything.
fn near_valid() -> impl Strategy<Value = Value> {
    let valid = prop::sample::select(vec![
        json!({"duration": 3600, "user": "alice", "project": ["gwm"], "activities": ["dev"], "notes": "n",
            "issue_uri": "https://x/1", "date_worked": "2026-11-02", "uuid": "u", "revision": 1,
            "created_at": "2026-11-02", "updated_at": null, "deleted_at": null, "parents": []}),
        json!({"name": "GWM", "slugs": ["gwm"], "uri": "https://x", "default_activity": "dev",
            "users": {"alice": {"member": true}}, "uuid": "u", "revision": 2, "parents": []}),
        json!({"name": "Dev", "slug": "dev", "uuid": "u", "revision": 1, "created_at": "2026-11-02"}),
        json!({"username": "alice", "display_name": "A", "email": "al@x.com", "meta": "m", "site_admin": true,
            "active": true, "created_at": 1764547200000u64}),
    ]);
    let fields = prop::sample::select(vec![
        "duration",
        "user",
        "project",
        "activities",
        "notes",
        "date_worked",
        "revision",
        "created_at",
        "deleted_at",
        "parents",
        "slugs",
        "users",
        "slug",
        "username",
        "active",
        "meta",
        "uuid",
        "name",
    ]);
    (valid, prop::collection::vec((fields, any_json()), 0..4)).prop_map(|(mut object, changes)| {
        for (field, value) in changes {
            object[field] = value;
        }
        object
    })
}

/// Renders whatever decoded, in both table styles: no panic, no raw controls.
fn renders<T: timesync_cli::output::Tabular>(items: &[T]) -> Result<(), TestCaseError> {
    for printer in [
        Printer { format: Format::Table, terminal: false, styled: false, width: None, ..Printer::PLAIN },
        Printer { format: Format::Table, terminal: true, styled: false, width: Some(80), ..Printer::PLAIN },
    ] {
        let mut text = printer.render_list(items);
        if let Some(first) = items.first() {
            text.push_str(&printer.render_one(first));
        }
        prop_assert!(!text.chars().any(|c| c != '\n' && is_raw_control(c)), "{}", text);
    }
    Ok(())
}

/// Decodes `value` as each kind of object, and renders what decodes.
fn decode_all(value: &Value) -> Result<(), TestCaseError> {
    if let Ok(time) = serde_json::from_value::<Time>(value.clone()) {
        renders(&[time])?;
    }
    if let Ok(project) = serde_json::from_value::<Project>(value.clone()) {
        renders(&[project])?;
    }
    if let Ok(activity) = serde_json::from_value::<Activity>(value.clone()) {
        renders(&[activity])?;
    }
    if let Ok(user) = serde_json::from_value::<User>(value.clone()) {
        renders(&[user])?;
    }
    Ok(())
}

/// Answers every request with one canned response.
struct Canned(u16, Vec<u8>);

impl Transport for Canned {
    fn send<'a>(&'a self, _: &'a Request) -> BoxFuture<'a, timesync::Result<Response>> {
        let response = Response::from_bytes(self.0, self.1.clone());
        Box::pin(async move { Ok(response) })
    }
}

fn client(status: u16, body: Vec<u8>) -> Client {
    let mut client = Client::with_transport("http://t/v0", Box::new(Canned(status, body))).expect("a client");
    client.set_token(Some(Secret::new("t")));
    client
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_json_value_decodes_or_is_refused(value in any_json()) {
        decode_all(&value)?;
    }

    #[test]
    fn objects_with_odd_fields_decode_or_are_refused(value in near_valid()) {
        decode_all(&value)?;
        decode_all(&Value::Array(vec![value]))?;
    }

    #[test]
    fn any_bytes_decode_or_are_refused(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = serde_json::from_slice::<Time>(&bytes);
        let _ = serde_json::from_slice::<Vec<Project>>(&bytes);
        let _ = serde_json::from_slice::<Activity>(&bytes);
        let _ = serde_json::from_slice::<User>(&bytes);
    }

    #[test]
    fn any_answer_reaches_the_caller_as_a_result(
        status in prop_oneof![Just(200u16), Just(404), any::<u16>()],
        body in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..100),
            near_valid().prop_map(|v| v.to_string().into_bytes()),
            any_json().prop_map(|v| v.to_string().into_bytes()),
        ],
    ) {
        let client = client(status, body);
        match client.get_times(&TimeQuery::default()) {
            Ok(times) => {
                prop_assert!((200..300).contains(&status));
                renders(&times)?;
            }
            Err(Error::Api(_) | Error::NotTimeSync { .. } | Error::UnexpectedReply(_)) => {}
            Err(other) => prop_assert!(false, "unexpected error kind: {:?}", other),
        }
        if let Ok(projects) = client.get_projects(&ProjectQuery::default()) {
            renders(&projects)?;
        }
        if let Ok(activities) = client.get_activities(&ActivityQuery::default()) {
            renders(&activities)?;
        }
        if let Ok(users) = client.get_users(None, false) {
            renders(&users)?;
        }
    }
}
