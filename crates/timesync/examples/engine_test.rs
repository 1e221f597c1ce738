//! Your program's tests against the in-memory TimeSync engine, with no
//! server and no socket (feature `engine`): create an entry and read it
//! back. Run it with
//!
//! ```sh
//! cargo test -p timesync --features engine --example engine_test
//! ```

use std::sync::Arc;

use timesync::blocking::Client;
use timesync::client::EngineTransport;
use timesync::engine::{Engine, ProjectRoles, SiteRoles};
use timesync::model::{AuthType, NewTime, TimeQuery};

const URL: &str = "http://timesync.test/v0";

/// An engine with alice, a member of project `gwm`, whose default activity is `dev`.
fn engine() -> Arc<Engine> {
    let engine = Engine::new();
    engine.add_user("alice", "alice-pw", SiteRoles::default());
    engine.add_activity("Development", "dev");
    let member = ProjectRoles { member: true, spectator: false, manager: false };
    engine.add_project("Ganeti Web Manager", &["gwm"], Some("dev"), &[("alice", member)]);
    Arc::new(engine)
}

/// Creates an hour's entry as alice and lists what the engine holds.
fn record_an_hour(engine: &Arc<Engine>) -> timesync::Result<Vec<timesync::model::Time>> {
    let mut client = Client::with_transport(URL, Box::new(EngineTransport::new(engine.clone(), URL)?))?;
    client.authenticate("alice", "alice-pw", AuthType::Password)?;
    let entry = NewTime {
        duration: "1h".parse().map_err(timesync::Error::Invalid)?,
        project: "gwm".parse().map_err(timesync::Error::Invalid)?,
        user: "alice".parse().map_err(timesync::Error::Invalid)?,
        activities: Vec::new(),
        date_worked: chrono::Local::now().date_naive(),
        notes: Some("Wrote the engine example".into()),
        issue_uri: None,
    };
    client.create_time(&entry)?;
    client.get_times(&TimeQuery::default())
}

fn main() -> timesync::Result<()> {
    for time in record_an_hour(&engine())? {
        println!("{} {} {:?}", time.date_worked, time.duration, time.notes);
    }
    Ok(())
}

#[test]
fn an_entry_created_against_the_engine_is_there_with_the_default_activity() {
    let times = record_an_hour(&engine()).unwrap();
    assert_eq!(times.len(), 1);
    assert_eq!(times[0].duration.as_secs(), 3600);
    assert_eq!(times[0].activities, ["dev"]);
    assert_eq!(times[0].notes.as_deref(), Some("Wrote the engine example"));
}
