//! `login`, `logout` and `token`.

use clap::Args;

use super::choice::choice;
use timesync::model::AuthType;

/// Arguments of `timesync login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Username [default: the profile's username]
    #[arg(short, long, value_name = "NAME")]
    pub username: Option<String>,

    /// How the server checks the password [default: the profile's, else password]
    #[arg(long, value_parser = choice::<AuthType>(), value_name = "TYPE")]
    pub auth_type: Option<AuthType>,

    /// Read the password from standard input (for scripts); TIMESYNC_PASSWORD also works.
    /// Without either, the password is asked for without echo.
    #[arg(long, conflicts_with = "password_command")]
    pub password_stdin: bool,

    /// Get the password from this command's first line of output (e.g. "pass show timesync"),
    /// now and whenever the token must be renewed; saved to the profile, the password never is.
    /// Runs without a shell unless it starts with "!".
    #[arg(long, value_name = "COMMAND")]
    pub password_command: Option<String>,
}

/// Arguments of `timesync status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Also run the password command, to see whether it works (its output is never shown)
    #[arg(long)]
    pub check: bool,
}

/// Arguments of `timesync token`.
#[derive(Debug, Args)]
pub struct TokenArgs {
    /// Print the token itself
    #[arg(long)]
    pub show: bool,
}
