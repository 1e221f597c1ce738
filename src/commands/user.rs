//! `timesync user create|update|get|delete`.

use super::cache::{delete_and_forget, forget_if_unknown, remember_users};
use super::session;
use crate::cli::{UserCommand, UserCreateArgs, UserDeleteArgs, UserGetArgs, UserUpdateArgs};
use crate::error::{Error, Result};
use crate::password::{self, PasswordSource};
use crate::settings::Settings;
use crate::state::cache::{CacheKind, Coverage};
use timesync::model::{NewUser, UserUpdate};
use timesync::token::Secret;
use timesync::validation::Username;

/// The environment variable that may hold the password of a new user, or a new password.
pub const NEW_PASSWORD_ENV: &str = "TIMESYNC_NEW_PASSWORD";

/// Runs a `user` subcommand.
pub fn run(command: UserCommand, settings: &Settings) -> Result<()> {
    match command {
        UserCommand::Create(args) => create(args, settings),
        UserCommand::Update(args) => update(args, settings),
        UserCommand::Get(args) => get(args, settings),
        UserCommand::Delete(args) => delete(args, settings),
    }
}

fn create(args: UserCreateArgs, settings: &Settings) -> Result<()> {
    // Check the token before asking for a password that could not be used.
    let session = session(settings)?;
    let password = new_password(&args.username, args.password_stdin)?;
    let user = NewUser {
        username: args.username,
        password,
        display_name: args.display_name,
        email: args.email,
        meta: args.meta,
        site_admin: args.site_admin,
        site_manager: args.site_manager,
        site_spectator: args.site_spectator,
        active: !args.inactive,
    };
    let created = session.client.create_user(&user)?;
    remember_users(settings, &[created.username.as_str()], Coverage::Partial);
    settings.printer.one(&created)
}

fn update(args: UserUpdateArgs, settings: &Settings) -> Result<()> {
    let mut update = UserUpdate {
        display_name: args.display_name,
        email: args.email,
        meta: args.meta,
        password: None,
        site_admin: UserUpdateArgs::flag(args.site_admin, args.no_site_admin),
        site_manager: UserUpdateArgs::flag(args.site_manager, args.no_site_manager),
        site_spectator: UserUpdateArgs::flag(args.site_spectator, args.no_site_spectator),
        active: UserUpdateArgs::flag(args.active, args.inactive),
    };
    let change_password = args.password || args.password_stdin;
    if update.is_empty() && !change_password {
        return Err(Error::invalid(
            "user update: nothing to change: give at least one of --display-name, --email, --meta, \
             --site-admin, --site-manager, --site-spectator (or their --no- forms), --active, --inactive, --password",
        ));
    }
    let session = session(settings)?;
    if change_password {
        update.password = Some(new_password(&args.username, args.password_stdin)?);
    }
    let updated = session.client.update_user(&args.username, &update)?;
    settings.printer.one(&updated)
}

/// The new password, from --password-stdin, TIMESYNC_NEW_PASSWORD or a no-echo prompt.
fn new_password(username: &Username, stdin: bool) -> Result<Secret> {
    password::read_new(PasswordSource {
        stdin,
        env_var: NEW_PASSWORD_ENV,
        prompt: &format!("New password for {username}: "),
        stdin_flag: "--password-stdin",
    })
}

fn get(args: UserGetArgs, settings: &Settings) -> Result<()> {
    let session = session(settings)?;
    let name = args.username.as_ref().map(|u| u.as_str());
    let users = forget_if_unknown(
        settings,
        CacheKind::Users,
        name,
        session.client.get_users(args.username.as_ref(), args.include_deleted),
    )?;
    let live: Vec<&str> = users.iter().filter(|u| u.deleted_at.is_none()).map(|u| u.username.as_str()).collect();
    let whole = args.username.is_none() && !args.include_deleted;
    remember_users(settings, &live, Coverage::of(whole));
    settings.printer.list(&users)
}

fn delete(args: UserDeleteArgs, settings: &Settings) -> Result<()> {
    super::prompt::confirm_delete(args.yes, || {
        let users = super::session(settings)?.client.get_users(Some(&args.username), false)?;
        let name = users.first().and_then(|u| u.display_name.clone()).map(|n| format!(" ({n})")).unwrap_or_default();
        Ok(format!("user {}{name}", args.username))
    })?;
    delete_and_forget(settings, CacheKind::Users, args.username.as_str(), |client| client.delete_user(&args.username))
}
