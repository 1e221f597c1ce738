//! `login`, `logout` and `token`.

use clap::Args;

use crate::model::AuthType;

/// Arguments of `timesync login`.
#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Username [default: the profile's username]
    #[arg(long, value_name = "NAME")]
    pub username: Option<String>,

    /// How the server checks the password [default: the profile's, else password]
    #[arg(long, value_enum, value_name = "TYPE")]
    pub auth_type: Option<AuthType>,

    /// Read the password from standard input (for scripts); TIMESYNC_PASSWORD also works.
    /// Without either, the password is asked for without echo.
    #[arg(long)]
    pub password_stdin: bool,
}

/// Arguments of `timesync token`.
#[derive(Debug, Args)]
pub struct TokenArgs {
    /// Print the token itself
    #[arg(long)]
    pub show: bool,
}
