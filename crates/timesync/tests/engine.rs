//! The client against the in-process engine, with no socket: logging in
//! again over a client's long life, the `async` client, the blocking client
//! inside a tokio runtime, and errors that say where they come from.

use std::error::Error as _;
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use timesync::client::{CallerError, Client, EngineTransport, Event, Renewal};
use timesync::engine::{Clock as EngineClock, Engine, ProjectRoles, SiteRoles};
use timesync::model::{AuthType, NewTime, TimeQuery};
use timesync::timeparse::Duration as Worked;
use timesync::{blocking, Error};

const URL: &str = "http://timesync.test/v0";
const START_MS: i64 = 1_768_464_000_000; // 2026-01-15T08:00:00Z

/// An engine with `alice` (password `alice-pw`), member of project `gwm`
/// (default activity `dev`), its clock fixed at `START_MS`.
fn engine() -> Arc<Engine> {
    let engine = Engine::with_clock(EngineClock::Fixed(START_MS));
    engine.add_user("alice", "alice-pw", SiteRoles::default());
    engine.add_activity("Development", "dev");
    let member = ProjectRoles { member: true, spectator: false, manager: false };
    engine.add_project("Ganeti Web Manager", &["gwm"], Some("dev"), &[("alice", member)]);
    Arc::new(engine)
}

fn transport(engine: &Arc<Engine>) -> Box<EngineTransport> {
    Box::new(EngineTransport::new(engine.clone(), URL).expect("a transport"))
}

fn entry(notes: &str) -> NewTime {
    NewTime {
        duration: Worked::from_secs(3600),
        project: "gwm".parse().unwrap(),
        user: "alice".parse().unwrap(),
        activities: Vec::new(),
        date_worked: NaiveDate::from_ymd_opt(2026, 1, 15).unwrap(),
        notes: Some(notes.to_owned()),
        issue_uri: None,
    }
}

/// Logging in again as alice with `password`, counting the tokens kept.
fn renewal(password: &'static str, kept: Arc<AtomicUsize>) -> Renewal {
    Renewal {
        username: "alice".into(),
        auth_type: AuthType::Password,
        password: Box::new(move || Ok(timesync::token::Secret::new(password))),
        keep_token: Box::new(move |_| {
            kept.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }),
    }
}

#[test]
fn a_client_that_outlives_several_tokens_logs_in_again_each_time() {
    let engine = engine();
    engine.set_token_lifetime(Duration::from_secs(30 * 60));
    // The client reads the same "now" as the engine.
    let now = Arc::new(AtomicI64::new(START_MS));
    let clock_now = now.clone();
    let mut client = blocking::Client::with_transport(URL, transport(&engine)).unwrap();
    client
        .set_clock(Arc::new(move || DateTime::<Utc>::from_timestamp_millis(clock_now.load(Ordering::SeqCst)).unwrap()));
    let (kept, relogins) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let seen = relogins.clone();
    client.set_observer(Some(Arc::new(move |event: &Event| {
        if let Event::Relogin { .. } = event {
            seen.fetch_add(1, Ordering::SeqCst);
        }
    })));
    client.set_renewal(renewal("alice-pw", kept.clone()));
    client.authenticate("alice", "alice-pw", AuthType::Password).unwrap();
    for hour in 1..=4 {
        let later = START_MS + hour * 31 * 60 * 1000;
        now.store(later, Ordering::SeqCst);
        engine.set_clock(EngineClock::Fixed(later));
        client.create_time(&entry(&format!("hour {hour}"))).unwrap();
    }
    assert_eq!((relogins.load(Ordering::SeqCst), kept.load(Ordering::SeqCst)), (4, 4), "once per expired token");
    assert_eq!(client.get_times(&TimeQuery::default()).unwrap().len(), 4);
    // A token the server no longer knows (revoked) is renewed too, once.
    engine.revoke_tokens();
    assert_eq!(client.get_times(&TimeQuery::default()).unwrap().len(), 4);
    assert_eq!(relogins.load(Ordering::SeqCst), 5);
}

#[test]
fn a_failed_relogin_says_why_and_where_it_came_from() {
    let engine = engine();
    let mut client = blocking::Client::with_transport(URL, transport(&engine)).unwrap();
    client.set_token(Some(timesync::token::Secret::new(engine.token_for("alice"))));
    client.set_renewal(renewal("wrong", Arc::new(AtomicUsize::new(0))));
    engine.revoke_tokens();
    let error = client.get_times(&TimeQuery::default()).unwrap_err();
    assert!(matches!(error, Error::Relogin { ref username, .. } if username == "alice"), "{error:?}");
    assert!(error.to_string().starts_with("logging in again as alice failed: Authentication failure"), "{error}");
    let source = error.source().expect("the login's refusal");
    assert!(matches!(source.downcast_ref::<Error>(), Some(Error::Api(api)) if api.status == 401), "{source:?}");
}

#[test]
fn a_callers_own_error_comes_back_as_it_was() {
    #[derive(Debug)]
    struct Locked;
    impl std::fmt::Display for Locked {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("the password manager is locked")
        }
    }
    impl std::error::Error for Locked {}
    let engine = engine();
    let mut client = blocking::Client::with_transport(URL, transport(&engine)).unwrap();
    client.set_token(Some(timesync::token::Secret::new(engine.token_for("alice"))));
    let mut renewal = renewal("alice-pw", Arc::new(AtomicUsize::new(0)));
    renewal.password = Box::new(|| Err(Box::new(Locked) as CallerError));
    client.set_renewal(renewal);
    engine.revoke_tokens();
    let error = client.get_times(&TimeQuery::default()).unwrap_err();
    assert_eq!(error.to_string(), "the password manager is locked");
    assert!(error.source().and_then(|source| source.downcast_ref::<Locked>()).is_some(), "{error:?}");
}

#[tokio::test]
async fn the_async_client_runs_on_the_callers_runtime() {
    let engine = engine();
    let mut client = Client::with_transport(URL, transport(&engine));
    client.authenticate("alice", "alice-pw", AuthType::Password).await.unwrap();
    let created = client.create_time(&entry("async")).await.unwrap();
    let found = client.get_times(&TimeQuery::default()).await.unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].uuid.as_str(), found[0].notes.as_deref()), (created.uuid.as_str(), Some("async")));
    let shared = Arc::new(client);
    let tasks: Vec<_> = (0..4)
        .map(|n| {
            let client = shared.clone();
            tokio::spawn(async move { client.create_time(&entry(&format!("task {n}"))).await })
        })
        .collect();
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    assert_eq!(shared.get_times(&TimeQuery::default()).await.unwrap().len(), 5);
}

#[tokio::test(flavor = "current_thread")]
async fn the_blocking_client_is_safe_inside_a_current_thread_runtime() {
    let engine = engine();
    let mut client = blocking::Client::with_transport(URL, transport(&engine)).unwrap();
    client.authenticate("alice", "alice-pw", AuthType::Password).unwrap();
    client.create_time(&entry("inside")).unwrap();
    assert_eq!(client.get_times(&TimeQuery::default()).unwrap().len(), 1);
    drop(client);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_blocking_client_is_safe_inside_a_multi_thread_runtime_and_its_blocking_tasks() {
    let engine = engine();
    let mut client = blocking::Client::with_transport(URL, transport(&engine)).unwrap();
    client.authenticate("alice", "alice-pw", AuthType::Password).unwrap();
    client.create_time(&entry("worker")).unwrap();
    let client = tokio::task::spawn_blocking(move || {
        client.create_time(&entry("blocking task")).unwrap();
        client
    })
    .await
    .unwrap();
    assert_eq!(client.get_times(&TimeQuery::default()).unwrap().len(), 2);
}

#[test]
fn nothing_is_sent_without_a_token_and_the_error_says_so() {
    let engine = engine();
    let client = blocking::Client::with_transport(URL, transport(&engine)).unwrap();
    let error = client.get_times(&TimeQuery::default()).unwrap_err();
    assert!(matches!(error, Error::NotAuthenticated));
    assert!(error.to_string().contains("not authenticated"));
    assert!(error.source().is_none());
}

#[test]
fn refusals_before_sending_name_what_to_give_without_jargon() {
    use timesync::model::{ActivityUpdate, NewActivity, ProjectUpdate, UserUpdate};
    let engine = engine();
    let client = blocking::Client::with_transport(URL, transport(&engine)).unwrap();
    let refusals = [
        client.update_user(&"alice".parse().unwrap(), &UserUpdate::default()).unwrap_err(),
        client.update_activity(&"dev".parse().unwrap(), &ActivityUpdate::default()).unwrap_err(),
        client.update_project(&"gwm".parse().unwrap(), &ProjectUpdate::default()).unwrap_err(),
        client.create_activity(&NewActivity { name: String::new(), slug: "x".parse().unwrap() }).unwrap_err(),
    ];
    let texts: Vec<String> = refusals.iter().map(ToString::to_string).collect();
    assert_eq!(
        texts[..3],
        [
            "nothing to update: give at least one field of the user",
            "nothing to update: give at least one field of the activity",
            "nothing to update: give at least one field of the project",
        ]
    );
    assert_eq!(texts[3], "an activity needs a name");
    assert!(refusals.iter().all(|e| matches!(e, Error::Invalid(_))), "{refusals:?}");
    assert!(texts.iter().all(|t| !t.contains("object")), "{texts:?}");
}
