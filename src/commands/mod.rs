//! Running commands: one file per command group, all sharing [`Session`].

mod activity;
mod auth;
mod clock;
mod delivery;
mod outbox;
mod project;
mod prompt;
mod report;
mod time;
mod user;

use crate::cli::Command;
use crate::client::{Client, ClientOptions};
use crate::error::{Error, Result};
use crate::mock::{MockTransport, TEST_USER};
use crate::settings::{Settings, TokenSource};
use crate::token::{self, TokenClaims};

/// Runs one command with resolved settings.
/// After a successful command, reminds the user of entries waiting in the outbox.
pub fn run(command: Command, settings: &Settings) -> Result<()> {
    match command {
        Command::Login(args) => auth::login(args, settings),
        Command::Logout => auth::logout(settings),
        Command::Token(args) => auth::token(args, settings),
        Command::Time(command) => time::run(command, settings),
        Command::Project(command) => project::run(command, settings),
        Command::Activity(command) => activity::run(command, settings),
        Command::User(command) => user::run(command, settings),
        Command::Clock(command) => clock::run(command, settings),
        Command::Report(args) => report::run(args, settings),
        Command::Outbox(args) => return outbox::run(args, settings),
        Command::Sync => return outbox::sync(settings),
        Command::Completions { shell } => return completions(shell),
    }?;
    outbox::remind(settings);
    Ok(())
}

/// `timesync completions SHELL`: the completion script on stdout.
fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut command = <crate::cli::Cli as clap::CommandFactory>::command();
    clap_complete::generate(shell, &mut command, "timesync", &mut std::io::stdout());
    Ok(())
}

/// The logged-in user: the token's subject (even of an expired token), else
/// the configured username.
///
/// Test mode acts as the configured username, else `test-user`.
pub fn current_user(settings: &Settings) -> Option<String> {
    if settings.test_mode {
        return Some(settings.username.clone().unwrap_or_else(|| TEST_USER.to_owned()));
    }
    let from_token =
        settings.token.as_ref().and_then(|(token, _)| token::decode(token.expose()).ok()).and_then(|c| c.user);
    from_token.or_else(|| settings.username.clone())
}

/// A client ready to make authenticated requests, and who it acts as.
pub struct Session {
    /// The client, token set.
    pub client: Client,
    /// The logged-in user: the token's subject, else the configured username.
    pub user: Option<String>,
}

/// A client for the configured server, without a token.
pub fn anonymous_client(settings: &Settings) -> Result<Client> {
    if settings.test_mode {
        let user = current_user(settings).unwrap_or_default();
        return Ok(Client::with_transport(settings.url()?, Box::new(MockTransport::new(&user))));
    }
    let options = ClientOptions {
        connect_timeout: settings.connect_timeout,
        timeout: settings.timeout,
        verbose: settings.verbose,
    };
    Client::new(settings.url()?, options)
}

/// A client with the token set, after checking locally that the token is
/// there and has not expired.
pub fn session(settings: &Settings) -> Result<Session> {
    let (token, source) = settings.token.clone().ok_or_else(|| {
        Error::AuthRequired(format!(
            "not logged in (profile {}): run `timesync login` (or pass --token / set TIMESYNC_TOKEN)",
            settings.profile
        ))
    })?;
    if !settings.test_mode {
        if let Ok(claims) = token::decode(token.expose()) {
            check_not_expired(&claims, source, settings)?;
        }
    }
    let mut client = anonymous_client(settings)?;
    client.set_token(Some(token));
    Ok(Session { client, user: current_user(settings) })
}

/// Fails with exit code 4 when the token's expiry has passed.
fn check_not_expired(claims: &TokenClaims, source: TokenSource, settings: &Settings) -> Result<()> {
    if !claims.is_expired(settings.clock.now().to_utc()) {
        return Ok(());
    }
    let which = match source {
        TokenSource::Given => "the token given with --token or TIMESYNC_TOKEN",
        TokenSource::Stored => "the stored token",
    };
    Err(Error::AuthRequired(format!(
        "{which} expired at {}: run `timesync login`",
        claims.expires_at.with_timezone(&settings.clock.now().timezone()).format("%Y-%m-%d %H:%M:%S %:z")
    )))
}
