//! The command line as clap sees it. These structs only describe argv;
//! [`crate::settings`] turns the global options into one resolved value and
//! [`crate::commands`] runs the command.

mod activity;
mod auth;
mod clock;
mod outbox;
mod project;
mod report;
mod time;
mod user;

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

pub use activity::{ActivityCommand, ActivityCreateArgs, ActivityDeleteArgs, ActivityGetArgs, ActivityUpdateArgs};
pub use auth::{LoginArgs, StatusArgs, TokenArgs};
pub use clock::{ClockCommand, ClockInArgs, ClockOutArgs, ClockStatusArgs};
pub use outbox::{OutboxArgs, OutboxCommand};
pub use project::{
    ProjectCommand, ProjectCreateArgs, ProjectDeleteArgs, ProjectGetArgs, ProjectUpdateArgs, ProjectUsersAddArgs,
    ProjectUsersArgs, ProjectUsersCommand, ProjectUsersRemoveArgs,
};
pub use report::ReportArgs;
pub use time::{TimeCommand, TimeCreateArgs, TimeDeleteArgs, TimeFields, TimeGetArgs, TimeUpdateArgs};
pub use user::{UserCommand, UserCreateArgs, UserDeleteArgs, UserGetArgs, UserUpdateArgs};

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

/// Options accepted by every command, listed under their own heading
/// ("Global options") after each command's own options.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
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

    /// Seconds to wait for the whole request (1-3600) [default: 30]
    #[arg(long, global = true, env = "TIMESYNC_TIMEOUT", value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: Option<u64>,

    /// Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]
    #[arg(long, global = true, env = "TIMESYNC_CONNECT_TIMEOUT", value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub connect_timeout: Option<u64>,

    /// Print JSON for scripts (errors too, on stderr)
    #[arg(long, global = true, conflicts_with = "csv")]
    pub json: bool,

    /// Print CSV: a header row, then one object per row (lists joined with ';')
    #[arg(long, global = true)]
    pub csv: bool,

    /// Print each request's method, URL, status and time to stderr (the token is never shown)
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts
    /// a server and never reads or writes the stored token; every local check
    /// still runs.
    #[arg(long, global = true, env = "TIMESYNC_TEST", value_parser = clap::builder::BoolishValueParser::new())]
    pub test: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Log in and store the token in the config file
    ///
    /// The password comes from --password-stdin, --password-command (a password
    /// manager's command, saved to the profile so that later commands log in
    /// again by themselves when the token expires), TIMESYNC_PASSWORD, the
    /// profile's password_command, or a no-echo prompt. It is sent only in the
    /// login request: never stored in the config file or the state database,
    /// never passed on a command line, printed or logged.
    Login(LoginArgs),
    /// Forget the stored token
    Logout,
    /// Show when the token expires (or the token itself with --show)
    Token(TokenArgs),
    /// Show the session: server, user, token expiry, password source, running clock and outbox
    Status(StatusArgs),
    /// Create, update, list and delete time entries
    #[command(subcommand)]
    Time(TimeCommand),
    /// Create, update, list and delete projects, and manage their users
    #[command(subcommand)]
    Project(ProjectCommand),
    /// Create, update, list and delete activities
    #[command(subcommand)]
    Activity(ActivityCommand),
    /// Create, update, list and delete users
    #[command(subcommand)]
    User(UserCommand),
    /// Clock in and out: a running clock that becomes a time entry
    #[command(subcommand)]
    Clock(ClockCommand),
    /// Totals over a period, grouped by project, activity, user or day
    Report(ReportArgs),
    /// List (or drop) time entries kept while the server was unreachable
    Outbox(OutboxArgs),
    /// Send the time entries waiting in the outbox
    Sync,
    /// Print shell completions (bash, zsh, fish, elvish, powershell) to stdout
    Completions {
        /// The shell to complete for
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
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
