//! The client every command talks through: the configured server, the
//! token, `--verbose`, and logging in again when the stored token expired or
//! was refused — with the password from the profile's password command,
//! `TIMESYNC_PASSWORD`, or a prompt on a terminal, and never stored.

use std::io::{self, IsTerminal};

use crate::error::{Error, Result};
use crate::settings::{Reads, Settings, TokenSource};
use timesync::blocking::Client;
use timesync::client::{server_key, CallerError, PasswordSupplier, Renewal};
use timesync::token::{self, Secret};

/// A client ready to make authenticated requests, and who it acts as.
pub struct Session {
    /// The client, token set.
    pub client: Client,
    /// The logged-in user: the token's subject, else the configured username.
    pub user: Option<String>,
    /// The server's key in the delivery ledger ([`timesync::client::server_key`]).
    pub server: String,
}

/// The logged-in user: the token's subject (even of an expired token), else
/// the configured username.
pub fn current_user(settings: &Settings) -> Option<String> {
    let from_token =
        settings.token.as_ref().and_then(|(token, _)| token::decode(token.expose()).ok()).and_then(|c| c.user);
    from_token.or_else(|| settings.username.clone())
}

/// A client with the token set. A stored token that expired (checked
/// locally) is renewed by the client before its first request when a
/// password can be had; otherwise the command stops before sending anything
/// (exit code 4). Under `--offline` there is none: the server counts as
/// unreachable (exit code 3), before anything is sent.
pub fn session(settings: &Settings) -> Result<Session> {
    if settings.reads == Reads::Offline {
        // As if the server could not be reached: nothing is sent, entries wait in the outbox.
        let url = settings.url()?.to_owned();
        let reason = "not contacted under --offline".to_owned();
        return Err(timesync::Error::Unreachable { url, reason, before_sending: true }.into());
    }
    let (token, source) = settings.token.clone().ok_or_else(|| {
        Error::AuthRequired(format!(
            "not logged in (profile {}): run `timesync login` (or pass --token / set TIMESYNC_TOKEN)",
            settings.profile
        ))
    })?;
    let mut client = settings.client()?;
    client.set_token(Some(token.clone()));
    if source == TokenSource::Stored {
        if let Some(renewal) = renewal(settings) {
            client.set_renewal(renewal);
        }
    }
    if let Some(expired) = expiry_error(&token, source, settings) {
        if !client.can_renew() {
            return Err(expired);
        }
    }
    let server = server_key(client.baseurl())?;
    Ok(Session { client, user: current_user(settings), server })
}

/// The error for a token whose expiry (decoded locally) has passed.
fn expiry_error(token: &Secret, source: TokenSource, settings: &Settings) -> Option<Error> {
    let claims = token::decode(token.expose()).ok()?;
    let now = settings.now.datetime();
    if !claims.is_expired(now.to_utc()) {
        return None;
    }
    let which = match source {
        TokenSource::Given => "the token given with --token or TIMESYNC_TOKEN",
        TokenSource::Stored => "the stored token",
    };
    Some(Error::AuthRequired(format!(
        "{which} expired at {}: run `timesync login`",
        claims.expires_at.with_timezone(&now.timezone()).format("%Y-%m-%d %H:%M:%S %:z")
    )))
}

/// How to log in again as the profile's user, when a password can be had
/// without storing it: the password command, `TIMESYNC_PASSWORD`, or a
/// no-echo prompt on a terminal. The new token replaces the stored one.
fn renewal(settings: &Settings) -> Option<Renewal> {
    let username = current_user(settings)?;
    let url = settings.url().ok()?.to_owned();
    let password = password_source(settings, &username, &url)?;
    let (config_path, profile) = (settings.config_path.clone(), settings.profile.clone());
    Some(Renewal {
        username,
        auth_type: settings.auth_type,
        password,
        keep_token: Box::new(move |token| {
            crate::config::update_profile(&config_path, &profile, &[("token", Some(token.expose()))]).map_err(boxed)
        }),
    })
}

/// Where a re-login's password comes from, if anywhere.
fn password_source(settings: &Settings, username: &str, url: &str) -> Option<PasswordSupplier> {
    if let Some(command) = settings.password_command.clone() {
        return Some(Box::new(move || command.run().map_err(boxed)));
    }
    if let Some(password) = std::env::var_os("TIMESYNC_PASSWORD").filter(|p| !p.is_empty()) {
        return Some(Box::new(move || match password.to_str() {
            Some(password) => Ok(Secret::new(password)),
            None => Err(boxed(Error::invalid("TIMESYNC_PASSWORD is not valid UTF-8: give it as UTF-8 text"))),
        }));
    }
    if !(io::stdin().is_terminal() && io::stderr().is_terminal()) {
        return None;
    }
    let host = reqwest::Url::parse(url).ok().and_then(|u| u.host_str().map(str::to_owned)).unwrap_or_default();
    let prompt = format!("token expired; password for {username}@{host}: ");
    Some(Box::new(move || {
        rpassword::prompt_password(&prompt)
            .ok()
            .filter(|p| !p.is_empty())
            .map(Secret::new)
            .ok_or_else(|| boxed(Error::AuthRequired("no password was typed: run `timesync login`".into())))
    }))
}

/// This command line's error, for the client to give back as it came.
fn boxed(error: Error) -> CallerError {
    Box::new(error)
}

/// Where a re-login gets its password without a terminal, as a kind
/// (`command`, `environment`) and in words; `None` when only a prompt could.
pub fn password_source_name(settings: &Settings) -> Option<(&'static str, String)> {
    match &settings.password_command {
        Some(command) => Some(("command", format!("command `{}`", command.as_str()))),
        None => std::env::var_os("TIMESYNC_PASSWORD").map(|_| ("environment", "TIMESYNC_PASSWORD".to_owned())),
    }
}
