//! `timesync status`: where this profile stands — server, user, token,
//! where a re-login's password would come from, the running clock and the
//! outbox — and whether a command would run without asking for a login.

use serde_json::{json, Value};

use super::session::password_source_name;
use crate::cli::StatusArgs;
use crate::error::{Error, Result};
use crate::settings::{Settings, TokenSource};
use crate::state::EntryStatus;
use timesync::timeparse::Duration;
use timesync::token;

/// The CSV header of `status`: dotted paths into its JSON, the same whatever
/// the session holds.
const STATUS_COLUMNS: [&str; 19] = [
    "profile",
    "url",
    "user",
    "auth_type",
    "token.source",
    "token.expires_at",
    "token.expired",
    "password_source.kind",
    "password_source.command",
    "password_source.works",
    "password_source.usable",
    "clock.project",
    "clock.started_at",
    "clock.elapsed_seconds",
    "outbox.waiting",
    "outbox.uncertain",
    "repository.project",
    "repository.issue_uri",
    "ready",
];

/// What is known about the token in use.
struct TokenState {
    value: Value,
    line: String,
    valid: bool,
    stored: bool,
}

/// Runs `timesync status`; exit code 4 when a command would need a login.
pub fn run(args: StatusArgs, settings: &Settings) -> Result<()> {
    let token = token_state(settings);
    let (source, source_line) = password_source(settings, args.check);
    let renewable = token.stored && source["usable"] == true;
    let ready = token.valid || renewable;
    let (clock, clock_line) = clock(settings)?;
    let (outbox, outbox_line) = outbox(settings)?;
    let user = super::current_user(settings);
    let repository = super::git_context::status(settings);
    let value = json!({
        "profile": settings.profile,
        "url": settings.url,
        "user": user,
        "auth_type": settings.auth_type.as_str(),
        "token": token.value,
        "password_source": source,
        "clock": clock,
        "outbox": outbox,
        "repository": repository.as_ref().map(|(root, project, issue)| json!({
            "root": root, "project": project, "issue_uri": issue,
        })),
        "ready": ready,
    });
    let mut text = vec![
        format!("Profile:   {}", settings.profile),
        format!("Server:    {}", settings.url.as_deref().unwrap_or("(none: log in with --url)")),
        format!("User:      {} ({})", user.as_deref().unwrap_or("(unknown)"), settings.auth_type.as_str()),
        format!("Token:     {}", token.line),
        format!("Re-login:  {source_line}"),
        format!("Clock:     {clock_line}"),
        format!("Outbox:    {outbox_line}"),
    ];
    if let Some((root, project, issue)) = &repository {
        let project = project.as_deref().unwrap_or("none (no cached project's uri is a remote of it)");
        text.push(format!("Repository: {root}: project {project}"));
        if let Some(issue) = issue {
            text.push(format!("Issue:     {issue}"));
        }
    }
    let text = text.join("\n");
    settings.printer.record(&value, &text, &STATUS_COLUMNS.map(String::from))?;
    if ready {
        return Ok(());
    }
    Err(Error::AuthRequired(format!(
        "a command would need a login (profile {}): run `timesync login`, and give it --password-command to stay \
         logged in",
        settings.profile
    )))
}

fn token_state(settings: &Settings) -> TokenState {
    let Some((secret, source)) = &settings.token else {
        return TokenState { value: Value::Null, line: "none (not logged in)".into(), valid: false, stored: false };
    };
    let stored = *source == TokenSource::Stored;
    let source = if stored { "stored" } else { "given" };
    let Ok(claims) = token::decode(secret.expose()) else {
        // Not a token this program can read (test mode's, say): it is sent as it is.
        return TokenState {
            value: json!({"source": source, "expires_at": null, "expired": false}),
            line: format!("{source}, expiry unknown"),
            valid: true,
            stored,
        };
    };
    let now = settings.now.datetime();
    let expired = claims.is_expired(now.to_utc());
    let at = claims.expires_at.with_timezone(&now.timezone()).format("%Y-%m-%d %H:%M:%S %:z");
    TokenState {
        value: json!({"source": source, "expires_at": crate::output::json_time(&claims.expires_at), "expired": expired}),
        line: format!("{source}, {} {at}", if expired { "expired at" } else { "expires at" }),
        valid: !expired,
        stored,
    }
}

/// The password source for re-logins, and (with `check`) whether it works.
fn password_source(settings: &Settings, check: bool) -> (Value, String) {
    let Some((kind, name)) = password_source_name(settings) else {
        return (
            json!({"kind": null, "usable": false}),
            "none: an expired token needs `timesync login` (or a prompt on a terminal)".into(),
        );
    };
    let command = settings.password_command.as_ref().filter(|_| kind == "command");
    let works = match command {
        Some(command) if check => Some(command.run().map(drop)),
        _ => None,
    };
    let line = match &works {
        Some(Ok(())) => format!("{name} (works)"),
        Some(Err(error)) => format!("{name} (does not work: {error})"),
        None => name.clone(),
    };
    let usable = works.as_ref().is_none_or(|w| w.is_ok());
    let value = json!({
        "kind": kind,
        "command": command.map(|c| c.as_str()),
        "works": works.map(|w| w.is_ok()),
        "usable": usable,
    });
    (value, line)
}

fn clock(settings: &Settings) -> Result<(Value, String)> {
    let running = settings.running_clock()?;
    let Some(running) = running else { return Ok((Value::Null, "not running".into())) };
    let elapsed = Duration::from_secs((settings.now.datetime() - running.started_at).num_seconds().max(0) as u64);
    let value = json!({
        "project": running.project,
        "started_at": crate::output::json_time(&running.started_at),
        "elapsed_seconds": elapsed.as_secs(),
    });
    Ok((value, format!("{} since {} ({elapsed})", running.project, running.started_at.format("%Y-%m-%d %H:%M"))))
}

fn outbox(settings: &Settings) -> Result<(Value, String)> {
    let entries = match settings.existing_store()? {
        Some(store) => store.entries()?,
        None => Vec::new(),
    };
    let uncertain = entries.iter().filter(|e| e.status == EntryStatus::Uncertain).count();
    let line = match (entries.len(), uncertain) {
        (0, _) => "empty".to_owned(),
        (n, 0) => format!("{n} waiting: run `timesync sync`"),
        (n, u) => format!("{n} waiting ({u} uncertain): run `timesync sync`"),
    };
    Ok((json!({"waiting": entries.len(), "uncertain": uncertain}), line))
}
