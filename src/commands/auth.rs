//! `login`, `logout` and `token`.

use chrono::{DateTime, Utc};
use serde_json::json;

use super::prompt::ask_line;
use crate::cli::{LoginArgs, TokenArgs};
use crate::error::{Error, Result};
use crate::password::{self, PasswordCommand, PasswordSource};
use crate::settings::{Reads, Settings};
use timesync::client::normalize_baseurl;
use timesync::token::{self, Secret};
use timesync::validation::is_username;

/// `timesync login`: authenticate and store the token with the URL, username
/// and auth type used. Nothing is stored when the login fails.
pub fn login(args: LoginArgs, settings: &Settings) -> Result<()> {
    if settings.reads == Reads::Offline {
        return Err(offline_login(settings));
    }
    let url = normalize_baseurl(settings.url()?)?;
    let username = match args.username.or_else(|| settings.username.clone()) {
        Some(name) => name,
        None => ask_username()?,
    };
    if !is_username(&username) {
        return Err(Error::invalid(format!(
            "invalid username '{username}' for --username: use letters, digits, '_', '~' and '-' only"
        )));
    }
    settings.admit_test_user(&username);
    let auth_type = args.auth_type.unwrap_or(settings.auth_type);
    let new_command =
        args.password_command.map(|command| PasswordCommand::new(command, settings.password_command_timeout));
    let password = login_password(args.password_stdin, new_command.as_ref(), settings, &username, &url)?;
    let mut client = settings.client()?;
    let token = client.authenticate(&username, password.expose(), auth_type)?;
    let mut changes = vec![
        ("url", Some(url.as_str())),
        ("username", Some(username.as_str())),
        ("auth_type", Some(auth_type.as_str())),
        ("token", Some(token.expose())),
    ];
    if let Some(command) = &new_command {
        changes.push(("password_command", Some(command.as_str())));
    }
    settings.save_profile(&changes)?;
    super::cache::refresh_all(settings, &client);
    let expires_at = token::decode(token.expose()).ok().map(|c| c.expires_at);
    let text = format!(
        "Logged in to {url} as {username} (profile {}).{}",
        settings.profile,
        expires_at.map(|t| format!(" The token expires at {}.", local(t, settings))).unwrap_or_default()
    );
    settings.printer.message(
        &json!({
            "url": url,
            "username": username,
            "profile": settings.profile,
            "expires_at": expires_at.map(rfc3339),
        }),
        &text,
    )
}

/// The password for `login`: `--password-stdin`, then `--password-command`,
/// then `TIMESYNC_PASSWORD`, then the configured password command, then a
/// no-echo prompt.
/// Why `login --offline` stops before asking for anything (exit code 3):
/// a login is a request to the server, which `--offline` never contacts.
fn offline_login(settings: &Settings) -> Error {
    let url = settings.url().map(str::to_owned).unwrap_or_default();
    let reason = "not contacted under --offline".to_owned();
    Error::Explained {
        message: "cannot log in under --offline: logging in asks the server for a token; \
                  run `timesync login` without --offline once the server can be reached"
            .into(),
        cause: Box::new(timesync::Error::Unreachable { url, reason, before_sending: true }.into()),
    }
}

fn login_password(
    stdin: bool,
    new_command: Option<&PasswordCommand>,
    settings: &Settings,
    username: &str,
    url: &str,
) -> Result<Secret> {
    let env_var = "TIMESYNC_PASSWORD";
    let command = new_command.or(settings.password_command.as_ref());
    let from_env = std::env::var_os(env_var).is_some();
    match (command, settings.known_password()) {
        (Some(command), _) if !stdin && (new_command.is_some() || !from_env) => command.run(),
        (None, Some(known)) if !stdin && !from_env => Ok(known),
        _ => password::read(PasswordSource {
            stdin,
            env_var,
            prompt: &format!("Password for {username} at {url}: "),
            stdin_flag: "--password-stdin",
        }),
    }
}

fn ask_username() -> Result<String> {
    ask_line("Username: ")?
        .ok_or_else(|| Error::invalid("no username: pass --username NAME (or set it in the profile)"))
}

/// `timesync logout`: remove the stored token from the profile.
pub fn logout(settings: &Settings) -> Result<()> {
    let had_token = settings.stored.token.is_some();
    if had_token {
        settings.save_profile(&[("token", None)])?;
    }
    let text = if had_token {
        format!("Logged out (profile {}).", settings.profile)
    } else {
        format!("Not logged in (profile {}); nothing to forget.", settings.profile)
    };
    settings.printer.message(&json!({"profile": settings.profile, "logged_out": had_token}), &text)
}

/// `timesync token`: when the token in use expires, for whom; `--show` prints it.
/// Exits with code 4 when it has expired.
pub fn token(args: TokenArgs, settings: &Settings) -> Result<()> {
    let (secret, _) = settings.token.as_ref().ok_or_else(|| {
        Error::AuthRequired(format!("not logged in (profile {}): run `timesync login`", settings.profile))
    })?;
    let claims = token::decode(secret.expose()).map_err(Error::Invalid)?;
    let expired = claims.is_expired(settings.now.datetime().to_utc());
    let mut value = json!({
        "expires_at": rfc3339(claims.expires_at),
        "expired": expired,
        "user": claims.user,
    });
    let text = if args.show {
        value["token"] = json!(secret.expose());
        secret.expose().to_owned()
    } else {
        format!(
            "The token for {} {} at {}.",
            claims.user.as_deref().unwrap_or("(unknown user)"),
            if expired { "expired" } else { "expires" },
            local(claims.expires_at, settings)
        )
    };
    let mut columns: Vec<String> = ["user", "expires_at", "expired"].map(String::from).into();
    if args.show {
        columns.push("token".into());
        settings.printer.answer(&value, &text, &columns)?;
    } else {
        settings.printer.record(&value, &text, &columns)?;
    }
    if expired {
        return Err(Error::AuthRequired("the token has expired: run `timesync login`".into()));
    }
    Ok(())
}

fn rfc3339(time: DateTime<Utc>) -> String {
    crate::output::json_time(&time)
}

fn local(time: DateTime<Utc>, settings: &Settings) -> String {
    time.with_timezone(&settings.now.datetime().timezone()).format("%Y-%m-%d %H:%M:%S %:z").to_string()
}
