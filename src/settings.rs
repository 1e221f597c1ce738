//! One resolved settings value: defaults, then the config file's profile,
//! then the environment and flags (clap already merges those two, flag first).

use std::path::{Path, PathBuf};
use std::time::Duration as StdDuration;

use chrono::DateTime;

use crate::cli::GlobalArgs;
use crate::config::{self, Profile, DEFAULT_PROFILE};
use crate::error::{Error, Result};
use crate::output::{note, verbose_observer, Format, Printer, Switches};
use crate::password::{PasswordCommand, DEFAULT_PASSWORD_COMMAND_TIMEOUT};
use crate::state::{self, RunningClock, Store};
use crate::testmode::{TestMode, TEST_URL, TEST_USER};
use timesync::blocking::Client;
use timesync::client::{has_credentials, ClientOptions, CREDENTIALS_IN_URL, DEFAULT_MAX_REPLY_BYTES};
use timesync::model::AuthType;
use timesync::timeparse::Now;
use timesync::token::Secret;

/// Where the token in use came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenSource {
    /// `--token` or `TIMESYNC_TOKEN`.
    Given,
    /// The profile in the config file (stored by `timesync login`).
    Stored,
}

/// Where reads of the user's entries come from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reads {
    /// The server; the local mirror when it cannot be reached.
    #[default]
    Either,
    /// The local mirror only (`--offline`).
    Offline,
    /// The server only (`--online`).
    Online,
}

impl Reads {
    fn of(offline: bool, online: bool) -> Reads {
        match (offline, online) {
            (true, _) => Reads::Offline,
            (_, true) => Reads::Online,
            _ => Reads::Either,
        }
    }
}

/// Everything a command needs to know about how to run.
#[derive(Debug)]
pub struct Settings {
    /// The config file.
    pub config_path: PathBuf,
    /// The profile in use.
    pub profile: String,
    /// The profile's stored values, as read.
    pub stored: Profile,
    /// Server base URL (not yet checked, except that it carries no
    /// credentials: see [`server_url`]).
    pub url: Option<String>,
    /// The token, with where it came from.
    pub token: Option<(Secret, TokenSource)>,
    /// The configured username.
    pub username: Option<String>,
    /// How to log in.
    pub auth_type: AuthType,
    /// Where the password comes from when the token must be renewed:
    /// `TIMESYNC_PASSWORD_COMMAND`, else the profile's `password_command`.
    pub password_command: Option<PasswordCommand>,
    /// How long a password command may take (the profile's
    /// `password_command_timeout`), for one given to `login` too.
    pub password_command_timeout: StdDuration,
    /// How long to wait for the answer, once connected.
    pub timeout: StdDuration,
    /// How long to wait for a connection.
    pub connect_timeout: StdDuration,
    /// How to print results.
    pub printer: Printer,
    /// Print each request to stderr.
    pub verbose: bool,
    /// Starting a clock while one runs stops that one first (the profile's `switch`).
    pub switch: bool,
    /// The current time, read once (fixed by `TIMESYNC_NOW` in tests).
    pub now: Now,
    /// Where per-user state (running clock, outbox) lives, when known.
    pub state_dir: Option<PathBuf>,
    /// Whether reads may, must or must not come from the local mirror
    /// (`--offline`, `--online`).
    pub reads: Reads,
    /// Test mode: the in-process engine answers, and no token is read or
    /// stored. Only settings look at it.
    test: Option<TestMode>,
}

/// The server URL in use: `--url` or `TIMESYNC_URL`, else the profile's.
/// One that may carry a user name or password is refused here, for every
/// command, without being echoed: so no message, status line or log can
/// print it. A URL that is malformed otherwise is left for the client to
/// refuse, when a command sends.
fn server_url(args: &GlobalArgs, stored: &Profile, profile: &str, config_path: &Path) -> Result<Option<String>> {
    if let Some(url) = &args.url {
        if has_credentials(url) {
            return Err(Error::invalid(format!("the server URL from --url or TIMESYNC_URL {CREDENTIALS_IN_URL}")));
        }
        return Ok(Some(url.clone()));
    }
    match &stored.url {
        Some(url) if has_credentials(url) => Err(Error::Config {
            path: config_path.to_owned(),
            message: format!(
                "profiles.{profile}.url {CREDENTIALS_IN_URL}; fix it there, or run `timesync login --url URL`"
            ),
        }),
        url => Ok(url.clone()),
    }
}

/// `TIMESYNC_PASSWORD_COMMAND`, else the profile's `password_command`,
/// stopped after `timeout`. A variable that is not UTF-8 is refused, not
/// passed over.
fn password_command(stored: &Profile, timeout: StdDuration) -> Result<Option<PasswordCommand>> {
    let from_env = match std::env::var(PASSWORD_COMMAND_VAR) {
        Ok(command) => Some(command).filter(|c| !c.trim().is_empty()),
        Err(std::env::VarError::NotPresent) => None,
        Err(std::env::VarError::NotUnicode(_)) => {
            return Err(Error::invalid(format!("{PASSWORD_COMMAND_VAR} is not valid UTF-8: give it as UTF-8 text")))
        }
    };
    Ok(from_env.or_else(|| stored.password_command.clone()).map(|command| PasswordCommand::new(command, timeout)))
}

/// The environment variable that fixes the current time (RFC 3339), for tests.
const NOW_VAR: &str = "TIMESYNC_NOW";

/// The current time: the system's, unless [`NOW_VAR`] fixes it.
fn now_from_env() -> Result<Now> {
    match std::env::var(NOW_VAR) {
        Ok(value) if !value.is_empty() => DateTime::parse_from_rfc3339(&value)
            .map(Now::fixed)
            .map_err(|e| Error::invalid(format!("{NOW_VAR}='{value}' is not an RFC 3339 timestamp: {e}"))),
        _ => Ok(Now::system()),
    }
}

/// The environment variable naming a password command (over the profile's).
pub const PASSWORD_COMMAND_VAR: &str = "TIMESYNC_PASSWORD_COMMAND";

impl Settings {
    /// Resolves the settings from the global options and the config file.
    pub fn resolve(args: &GlobalArgs) -> Result<Self> {
        let config_path = match &args.config {
            Some(path) => path.clone(),
            None => config::default_path()
                .ok_or_else(|| Error::invalid("cannot find the user config directory: pass --config PATH"))?,
        };
        let file = config::load(&config_path)?;
        if config::tighten_permissions(&config_path)? {
            note(&format!(
                "{} was readable by other users; it holds your token, so it is now private (mode 0600)",
                config_path.display()
            ));
        }
        let profile =
            args.profile.clone().or_else(|| file.default_profile.clone()).unwrap_or_else(|| DEFAULT_PROFILE.to_owned());
        let mut stored = file.profiles.get(&profile).cloned().unwrap_or_default();
        let now = now_from_env()?;
        let test = args.test.then(|| {
            // Test mode never reads or writes the stored token, and acts as
            // the configured user, else the sample data's test user.
            stored.token = None;
            let user = stored.username.get_or_insert_with(|| TEST_USER.to_owned());
            TestMode::start(user, &now)
        });
        let token = match (&test, &args.token, &stored.token) {
            (Some(test), _, _) => Some((test.token.clone(), TokenSource::Given)),
            (None, Some(token), _) => Some((Secret::new(token.trim()), TokenSource::Given)),
            (None, None, Some(token)) => Some((Secret::new(token.trim()), TokenSource::Stored)),
            (None, None, None) => None,
        };
        let format = match (args.json, args.csv) {
            (true, _) => Format::Json,
            (_, true) => Format::Csv,
            _ => stored.output.unwrap_or_default(),
        };
        let url = server_url(args, &stored, &profile, &config_path)?;
        let password_command_timeout =
            StdDuration::from_secs(stored.password_command_timeout.unwrap_or(DEFAULT_PASSWORD_COMMAND_TIMEOUT));
        Ok(Settings {
            url,
            token: token.filter(|(t, _)| !t.expose().is_empty()),
            username: stored.username.clone(),
            auth_type: stored.auth_type.unwrap_or_default(),
            password_command: password_command(&stored, password_command_timeout)?,
            password_command_timeout,
            timeout: StdDuration::from_secs(args.timeout.or(stored.timeout).unwrap_or(30)),
            connect_timeout: StdDuration::from_secs(args.connect_timeout.or(stored.connect_timeout).unwrap_or(10)),
            printer: Printer::detect(
                format,
                Switches { long: args.long, quiet: args.quiet, paging: !args.no_pager },
                file.pager.as_deref(),
            ),
            verbose: args.verbose,
            switch: stored.switch.unwrap_or(false),
            now,
            state_dir: match &test {
                Some(test) => Some(test.state_dir().to_path_buf()),
                None => state::default_dir(),
            },
            reads: Reads::of(args.offline, args.online),
            test,
            config_path,
            profile,
            stored,
        })
    }

    /// The server URL, or an error saying how to give one.
    pub fn url(&self) -> Result<&str> {
        if self.test.is_some() {
            return Ok(self.url.as_deref().unwrap_or(TEST_URL));
        }
        self.url.as_deref().ok_or_else(|| {
            Error::invalid(format!(
                "no server URL: pass --url URL (e.g. http://localhost:8000/v0), set TIMESYNC_URL, \
                 or log in once with `timesync login --url URL` (profile {})",
                self.profile
            ))
        })
    }

    /// Opens the profile's state (running clock, outbox) for writing. Every
    /// command that sends an entry does this first: when the state cannot be
    /// written, nothing is sent.
    pub fn store(&self) -> Result<Store> {
        let dir = self.state_dir.as_deref().ok_or_else(|| Error::Io("cannot find the user state directory".into()))?;
        Store::open(dir, &self.state_profile())
    }

    /// The profile's state if any exists, without creating it.
    pub fn existing_store(&self) -> Result<Option<Store>> {
        match self.state_dir.as_deref() {
            Some(dir) => Store::open_existing(dir, &self.state_profile()),
            None => Ok(None),
        }
    }

    /// This profile's running clock: from the copy beside the state
    /// database when there is one (no database opened: a shell prompt asks
    /// this often), else from the database, which writes the copy again.
    pub fn running_clock(&self) -> Result<Option<RunningClock>> {
        let Some(dir) = self.state_dir.as_deref() else { return Ok(None) };
        if let Some(clock) = Store::copied_clock(dir, &self.state_profile()) {
            return Ok(clock);
        }
        let Some(mut store) = self.existing_store()? else { return Ok(None) };
        let clock = store.clock()?;
        store.copy_clocks();
        Ok(clock)
    }

    /// Whether no profile has anything in the outbox, known without opening
    /// the state database.
    pub fn outbox_known_empty(&self) -> bool {
        self.state_dir.as_deref().is_some_and(Store::outbox_known_empty)
    }

    /// A client for the configured server (the in-process engine in test
    /// mode), without a token; `--verbose` shows its requests.
    pub fn client(&self) -> Result<Client> {
        self.client_with_timeouts(self.connect_timeout, self.timeout)
    }

    /// [`Settings::client`] with other timeouts (completion asks quickly or not at all).
    pub fn client_with_timeouts(&self, connect_timeout: StdDuration, timeout: StdDuration) -> Result<Client> {
        let observer = self.verbose.then(verbose_observer);
        let mut client = match &self.test {
            Some(test) => Client::with_transport(self.url()?, Box::new(test.transport(self.url()?, observer)?))?,
            None => Client::new(
                self.url()?,
                ClientOptions {
                    connect_timeout,
                    timeout,
                    observer,
                    max_reply_bytes: self.stored.max_reply_bytes.unwrap_or(DEFAULT_MAX_REPLY_BYTES),
                    ..ClientOptions::default()
                },
            )?,
        };
        // Tokens expire by this command's "now" (fixed in tests), as it reads them.
        let now = self.now.datetime().to_utc();
        client.set_clock(std::sync::Arc::new(move || now));
        Ok(client)
    }

    /// Changes keys of the profile in the config file (nothing is stored in test mode).
    pub fn save_profile(&self, changes: &[(&str, Option<&str>)]) -> Result<()> {
        match self.test {
            Some(_) => Ok(()),
            None => config::update_profile(&self.config_path, &self.profile, changes),
        }
    }

    /// In test mode, makes `user` known to the engine, so any username logs in.
    pub fn admit_test_user(&self, user: &str) {
        if let Some(test) = &self.test {
            test.admit(user);
        }
    }

    /// A password that logs in without asking (test mode's sample password).
    pub fn known_password(&self) -> Option<Secret> {
        self.test.as_ref().map(|_| TestMode::password())
    }

    /// The name the profile's state is kept under (test mode keeps its own).
    fn state_profile(&self) -> String {
        if self.test.is_some() {
            format!("{}-test", self.profile)
        } else {
            self.profile.clone()
        }
    }

    /// Whether results are printed as JSON.
    pub fn json(&self) -> bool {
        self.printer.format == Format::Json
    }
}
