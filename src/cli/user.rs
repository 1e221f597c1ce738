//! `timesync user …`: user accounts.

use clap::builder::BoolishValueParser;
use clap::{Args, Subcommand};

use timesync::validation::{parse_email, Username};

/// The `user` subcommands.
#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create a user (callers who are both site admin and site manager)
    Create(UserCreateArgs),
    /// Change fields of a user; only the fields given are sent
    Update(UserUpdateArgs),
    /// List users, or show one by username
    #[command(visible_aliases = ["list", "ls"])]
    Get(UserGetArgs),
    /// Delete a user (site managers and admins)
    Delete(UserDeleteArgs),
}

/// Arguments of `timesync user create`. The password is asked for without
/// echo, or read from --password-stdin or TIMESYNC_NEW_PASSWORD.
#[derive(Debug, Args)]
pub struct UserCreateArgs {
    /// Login name: letters, digits, '_', '~' and '-'
    #[arg(value_name = "USERNAME")]
    pub username: Username,

    /// Name shown to people
    #[arg(long, value_name = "NAME")]
    pub display_name: Option<String>,

    /// Email address
    #[arg(long, value_name = "EMAIL", value_parser = parse_email)]
    pub email: Option<String>,

    /// Free-form metadata
    #[arg(long, value_name = "TEXT")]
    pub meta: Option<String>,

    /// Make the user a site admin (may do anything)
    #[arg(long)]
    pub site_admin: bool,

    /// Make the user a site manager (manages projects, activities, users)
    #[arg(long)]
    pub site_manager: bool,

    /// Make the user a site spectator (sees every time entry)
    #[arg(long)]
    pub site_spectator: bool,

    /// Create the account inactive
    #[arg(long)]
    pub inactive: bool,

    /// Read the new user's password from standard input (for scripts);
    /// TIMESYNC_NEW_PASSWORD also works. Without either, it is asked for without echo.
    #[arg(long)]
    pub password_stdin: bool,
}

/// Arguments of `timesync user update`. Site roles and `--active` take an
/// optional value: `--site-admin` sets, `--site-admin=false` or
/// `--no-site-admin` clears.
#[derive(Debug, Args)]
pub struct UserUpdateArgs {
    /// The user to change
    #[arg(value_name = "USERNAME")]
    pub username: Username,

    /// New display name
    #[arg(long, value_name = "NAME")]
    pub display_name: Option<String>,

    /// New email address ("" for none)
    #[arg(long, value_name = "EMAIL", value_parser = parse_email)]
    pub email: Option<String>,

    /// New metadata
    #[arg(long, value_name = "TEXT")]
    pub meta: Option<String>,

    /// Set (or with =false clear) site admin
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new())]
    pub site_admin: Option<bool>,

    /// Clear site admin
    #[arg(long, conflicts_with = "site_admin")]
    pub no_site_admin: bool,

    /// Set (or with =false clear) site manager
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new())]
    pub site_manager: Option<bool>,

    /// Clear site manager
    #[arg(long, conflicts_with = "site_manager")]
    pub no_site_manager: bool,

    /// Set (or with =false clear) site spectator
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new())]
    pub site_spectator: Option<bool>,

    /// Clear site spectator
    #[arg(long, conflicts_with = "site_spectator")]
    pub no_site_spectator: bool,

    /// Activate (or with =false deactivate) the account
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new())]
    pub active: Option<bool>,

    /// Deactivate the account
    #[arg(long, conflicts_with = "active")]
    pub inactive: bool,

    /// Set a new password: asked for without echo, or read from
    /// --password-stdin or TIMESYNC_NEW_PASSWORD
    #[arg(long)]
    pub password: bool,

    /// Read the new password from standard input (implies --password)
    #[arg(long)]
    pub password_stdin: bool,
}

impl UserUpdateArgs {
    /// `--x` / `--x=BOOL` / `--no-x` as one optional value.
    pub fn flag(set: Option<bool>, clear: bool) -> Option<bool> {
        if clear {
            Some(false)
        } else {
            set
        }
    }
}

/// Arguments of `timesync user get`.
#[derive(Debug, Args)]
pub struct UserGetArgs {
    /// Show only this user
    #[arg(value_name = "USERNAME")]
    pub username: Option<Username>,

    /// Also show deleted users
    #[arg(long)]
    pub include_deleted: bool,
}

/// Arguments of `timesync user delete`.
#[derive(Debug, Args)]
pub struct UserDeleteArgs {
    /// The user to delete
    #[arg(value_name = "USERNAME")]
    pub username: Username,
    /// Delete without asking (on a terminal, what is deleted is shown and confirmed first)
    #[arg(short, long)]
    pub yes: bool,
}
