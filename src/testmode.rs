//! `--test`: the commands talk to an in-process TimeSync engine seeded with
//! the sample data, instead of a server. The engine is the same one the
//! integration tests serve over HTTP, so test mode answers exactly as that
//! server does (errors and exit codes included); the only difference is the
//! transport. Nothing here is known to the commands: settings pick it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use timesync::client::{EngineTransport, Observer};
use timesync::engine::{samples, Engine, SiteRoles};
use timesync::timeparse::Now;
use timesync::token::Secret;

use crate::error::Result;

/// The user test mode acts as when no username is configured.
pub const TEST_USER: &str = "test-user";

/// The base URL shown in test mode when none is configured.
pub const TEST_URL: &str = "http://timesync.test/v0";

/// A running test mode: the engine, the token of the user it acts as, and
/// the local state (clock, outbox, import journal, cache) that lives as
/// long as the engine: every command in test mode starts from the same
/// state, as from the same samples.
#[derive(Clone)]
pub struct TestMode {
    engine: Arc<Engine>,
    state: Arc<StateDir>,
    /// A token for the acting user, issued by the engine.
    pub token: Secret,
}

impl std::fmt::Debug for TestMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TestMode")
    }
}

impl TestMode {
    /// An engine whose clock stands at `now`, seeded with the samples for
    /// `user` (any password logs a known user in), and a token for `user`.
    pub fn start(user: &str, now: &Now) -> TestMode {
        let now = now.datetime();
        let engine = samples::test_engine(user, now.timestamp_millis(), now.date_naive());
        let token = Secret::new(engine.token_for(user));
        let started = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
        let id = format!("engine-{}-{}", std::process::id(), started.as_nanos());
        let state = Arc::new(StateDir(std::env::temp_dir().join(format!("timesync-{id}"))));
        TestMode { engine: Arc::new(engine), state, token }
    }

    /// The directory of this engine's local state, removed with it.
    pub fn state_dir(&self) -> &Path {
        &self.state.0
    }

    /// Makes `user` known to the engine (as a user without site roles) when
    /// it is not, so that `--test login` takes any username.
    pub fn admit(&self, user: &str) {
        let known = self.engine.get_json(&format!("/users/{user}"), "admin").get("username").is_some();
        if !known {
            self.engine.add_user_with_hash(user, samples::PASSWORD_HASH, SiteRoles::default());
        }
    }

    /// The password the sample users log in with.
    pub fn password() -> Secret {
        Secret::new(samples::PASSWORD)
    }

    /// A transport to the engine for a client of `baseurl`.
    pub fn transport(&self, baseurl: &str, observer: Option<Observer>) -> Result<EngineTransport> {
        Ok(EngineTransport::new(self.engine.clone(), baseurl)?.with_observer(observer))
    }
}

/// A directory removed when dropped: test mode's local state.
struct StateDir(PathBuf);

impl Drop for StateDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
