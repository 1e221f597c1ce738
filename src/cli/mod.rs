//! The command line as clap sees it. These structs only describe argv;
//! [`crate::settings`] turns the global options into one resolved value and
//! [`crate::commands`] runs the command.

mod auth;
mod time;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use auth::{LoginArgs, TokenArgs};
pub use time::{TimeCommand, TimeCreateArgs, TimeDeleteArgs, TimeFields, TimeGetArgs, TimeUpdateArgs};

/// Command-line client for the TimeSync time-tracking API.
///
/// Log in once with `timesync login --url URL --username NAME`; the token is
/// kept in the config file, so later commands need no flags.
///
/// Exit codes: 0 success; 1 the server refused the request; 2 invalid input
/// or usage (nothing was sent); 3 the server could not be reached or did not
/// answer with TimeSync JSON; 4 authentication needed (log in again).
#[derive(Debug, Parser)]
#[command(name = "timesync", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    /// Options that apply to every command.
    #[command(flatten)]
    pub global: GlobalArgs,
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,
}

/// Options accepted by every command.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Server base URL including the version path, e.g. http://localhost:8000/v0
    #[arg(long, global = true, env = "TIMESYNC_URL", value_name = "URL")]
    pub url: Option<String>,

    /// Auth token to use instead of the stored one
    #[arg(long, global = true, env = "TIMESYNC_TOKEN", hide_env_values = true, value_name = "TOKEN")]
    pub token: Option<String>,

    /// Profile of the config file to use [default: the file's default_profile, else "default"]
    #[arg(long, global = true, env = "TIMESYNC_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Config file [default: <config dir>/timesync/config.toml]
    #[arg(long, global = true, env = "TIMESYNC_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Connect and request timeout in seconds [default: 30]
    #[arg(long, global = true, env = "TIMESYNC_TIMEOUT", value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: Option<u64>,

    /// Print JSON for scripts (errors too, on stderr)
    #[arg(long, global = true)]
    pub json: bool,

    /// Print each request's method, URL, status and time to stderr (the token is never shown)
    #[arg(short, long, global = true)]
    pub verbose: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in and store the token in the config file
    Login(LoginArgs),
    /// Forget the stored token
    Logout,
    /// Show when the token expires (or the token itself with --show)
    Token(TokenArgs),
    /// Create, update, list and delete time entries
    #[command(subcommand)]
    Time(TimeCommand),
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
