//! The command line as clap sees it. These structs only describe argv;
//! `crate::settings` turns the global options into one resolved value and
//! `crate::commands` runs the command.

mod activity;
mod auth;
mod choice;
mod clock;
pub mod completion;
pub mod examples;
pub mod guesses;
mod log;
pub mod manual;
mod outbox;
mod project;
pub mod quick;
mod report;
mod time;
mod user;

use std::path::PathBuf;

use clap::{Args, CommandFactory, Parser, Subcommand};

pub use activity::{ActivityCommand, ActivityCreateArgs, ActivityDeleteArgs, ActivityGetArgs, ActivityUpdateArgs};
pub use auth::{LoginArgs, StatusArgs, TokenArgs};
pub use clock::{ClockCommand, ClockInArgs, ClockOutArgs, ClockStatusArgs, RestartArgs, SwitchArgs};
pub use log::LogArgs;
pub use outbox::{OutboxArgs, OutboxCommand, OutboxEditArgs};
pub use project::{
    ProjectCommand, ProjectCreateArgs, ProjectDeleteArgs, ProjectGetArgs, ProjectUpdateArgs, ProjectUsersAddArgs,
    ProjectUsersArgs, ProjectUsersCommand, ProjectUsersRemoveArgs,
};
pub use report::ReportArgs;
pub use time::{
    EntryFilters, IssueArgs, ListOrder, TimeCommand, TimeCreateArgs, TimeDeleteArgs, TimeFields, TimeGetArgs,
    TimeImportArgs, TimeShowArgs, TimeUpdateArgs,
};
pub use user::{UserCommand, UserCreateArgs, UserDeleteArgs, UserGetArgs, UserUpdateArgs};

/// Command-line client for the TimeSync time-tracking API.
///
/// Log in once with `timesync login --url URL --username NAME`; the token is
/// kept in the config file, so later commands need no flags.
#[derive(Debug, Parser)]
#[command(name = "timesync", version, max_term_width = 100)]
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
    // Its value is not shown in help: it may carry a password (then refused).
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        env = "TIMESYNC_URL",
        hide_env_values = true,
        value_name = "URL"
    )]
    pub url: Option<String>,

    /// Auth token to use instead of the stored one
    #[arg(
        long,
        global = true,
        hide_short_help = true,
        env = "TIMESYNC_TOKEN",
        hide_env_values = true,
        value_name = "TOKEN"
    )]
    pub token: Option<String>,

    /// Profile of the config file to use [default: the file's default_profile, else "default"]
    #[arg(long, global = true, hide_short_help = true, env = "TIMESYNC_PROFILE", value_name = "NAME")]
    pub profile: Option<String>,

    /// Config file [default: <config dir>/timesync/config.toml]
    #[allow(rustdoc::invalid_html_tags)] // clap help text, not Markdown
    #[arg(long, global = true, hide_short_help = true, env = "TIMESYNC_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Seconds to wait for the whole request (1-3600) [default: 30]
    #[arg(long, global = true, hide_short_help = true, env = "TIMESYNC_TIMEOUT", value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: Option<u64>,

    /// Seconds to wait for a connection (1-3600); entries wait in the outbox when none can be made [default: 10]
    #[arg(long, global = true, hide_short_help = true, env = "TIMESYNC_CONNECT_TIMEOUT", value_name = "SECONDS",
          value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub connect_timeout: Option<u64>,

    /// Print only the key of each result (a slug, a username, a time entry's UUID), and no messages
    #[arg(short, long, global = true, hide_short_help = true, conflicts_with_all = ["json", "csv"])]
    pub quiet: bool,

    /// Print JSON for scripts (errors too, on stderr)
    #[arg(long, global = true, hide_short_help = true, conflicts_with = "csv")]
    pub json: bool,

    /// Print CSV: a header row, then one object per row (lists joined with ';')
    #[arg(long, global = true, hide_short_help = true)]
    pub csv: bool,

    /// Show whole UUIDs in tables, not their first 8 characters
    #[arg(short, long, global = true, hide_short_help = true)]
    pub long: bool,

    /// Never page long output (a terminal's long output goes through $PAGER, else `less -FRX`)
    #[arg(long, global = true, hide_short_help = true)]
    pub no_pager: bool,

    /// Print each request's method, URL, status and time to stderr (the token is never shown)
    #[arg(short, long, global = true, hide_short_help = true)]
    pub verbose: bool,

    /// Test mode for CI: answer from a built-in TimeSync engine seeded with sample data. Never contacts
    /// a server and never reads or writes the stored token; every local check
    /// still runs.
    #[arg(long, global = true, hide_short_help = true, env = "TIMESYNC_TEST", value_parser = clap::builder::BoolishValueParser::new())]
    pub test: bool,

    /// Never contact the server: log, report and time get/show answer from the local copy of your
    /// entries, new entries wait in the outbox
    #[arg(long, global = true, hide_short_help = true, conflicts_with = "online")]
    pub offline: bool,

    /// Never answer from the local copy: fail (exit code 3) when the server cannot be reached
    #[arg(long, global = true, hide_short_help = true)]
    pub online: bool,
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
    #[command(visible_alias = "whoami")]
    Status(StatusArgs),
    /// Your entries of the last 7 days by day, newest first, numbered @1, @2, … with totals
    Log(LogArgs),
    /// Start the clock on a project (clock in); --switch stops a running clock first
    Start(ClockInArgs),
    /// Stop the clock and record the time worked (clock out)
    Stop(ClockOutArgs),
    /// Start the clock again on your last entry's project, activities and notes (or entry REF's)
    Restart(RestartArgs),
    /// Stop the clock without recording anything (clock cancel)
    Cancel,
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
    /// The options every command takes, before or after the command's name
    #[command(hide = true)]
    Globals,
    /// For the completion scripts: cached names (never a network call)
    #[command(name = "__complete", hide = true)]
    Complete(CompleteArgs),
}

/// Arguments of the hidden `timesync __complete`.
#[derive(Debug, Args)]
pub struct CompleteArgs {
    /// projects, activities or users: print the cached names; words: print
    /// the names that fit the last of WORDS (nothing when none are asked for there)
    #[arg(value_name = "WHAT")]
    pub what: String,

    /// The command line up to the word being completed
    #[arg(value_name = "WORDS", trailing_var_arg = true, allow_hyphen_values = true)]
    pub words: Vec<String>,
}

/// The command line without what only its help shows (examples, exit
/// codes, the order options are listed in): enough to parse and run a
/// command, and quicker to build.
pub fn command_to_run() -> clap::Command {
    Cli::command()
}

/// `command` with its global options listed after each command's own, in
/// synopses too.
fn globals_last(command: clap::Command) -> clap::Command {
    let mut order = 1000;
    command.mut_args(|arg| {
        order += 1;
        if arg.is_global_set() {
            arg.display_order(order)
        } else {
            arg
        }
    })
}

/// The whole command line: [`Cli`] with what its derive cannot say, each
/// command's examples after its options (see [`examples`]) and the exit
/// codes after the root's. `--help`, completions and man pages start from
/// this; parsing from [`command_to_run`] unless help is to be shown.
pub fn command() -> clap::Command {
    let root = with_examples(globals_last(command_to_run()), "");
    let long = [examples_help(&root, ""), Some(manual::exit_codes_help())];
    root.after_long_help(long.into_iter().flatten().collect::<Vec<_>>().join("\n\n"))
}

/// `command` and its subcommands, each with its examples after its options.
fn with_examples(command: clap::Command, path: &str) -> clap::Command {
    let examples = examples_help(&command, path);
    let mut command = match &examples {
        Some(text) => command.after_help(format!("{text}\n\n{GLOBALS_POINTER}")).after_long_help(text),
        None => command.after_help(GLOBALS_POINTER),
    };
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    for name in names {
        let sub_path = if path.is_empty() { name.clone() } else { format!("{path} {name}") };
        command = command.mut_subcommand(&name, |sub| with_examples(sub, &sub_path));
    }
    command
}

/// The line of every `-h` that stands for the global options (listed by
/// `--help` and `timesync help globals`).
pub const GLOBALS_POINTER: &str =
    "Global options (--json, --csv, -q, -l, -v, --profile, --url, --test, …): see `timesync help globals`";

/// The examples of `path` under a heading styled like clap's own.
fn examples_help(command: &clap::Command, path: &str) -> Option<String> {
    let header = command.get_styles().get_header();
    examples::help_text(path).map(|text| format!("{header}Examples:{header:#}\n{text}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_definition_is_consistent() {
        command().debug_assert();
    }

    /// Every command path below the root, clap's `help` excluded.
    fn paths(command: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help" && !s.is_hide_set()) {
            let path =
                if prefix.is_empty() { sub.get_name().to_owned() } else { format!("{prefix} {}", sub.get_name()) };
            out.push(path.clone());
            paths(sub, &path, out);
        }
    }

    /// `command` with no option read from the environment: the examples
    /// parse alike whatever TIMESYNC_* the shell running the tests has.
    pub(super) fn without_environment(command: clap::Command) -> clap::Command {
        command.mut_args(|arg| arg.env(None)).mut_subcommands(without_environment)
    }

    #[test]
    fn every_command_has_examples_and_every_example_parses() {
        let mut all = vec![String::new()];
        paths(&Cli::command(), "", &mut all);
        for path in &all {
            assert!(examples::examples(path).is_some_and(|e| !e.is_empty()), "no examples for '{path}'");
        }
        for (path, list) in examples::EXAMPLES {
            assert!(all.iter().any(|p| p == path), "examples for '{path}', which is no command");
            for example in *list {
                let line = format!("  $ timesync {}", example.args);
                assert!(line.chars().count() <= 96, "longer than --help's lines: {line}");
                let words = shell_words::split(example.args).unwrap();
                let end = words.iter().position(|w| w == ">").unwrap_or(words.len());
                let argv = std::iter::once("timesync").chain(words[..end].iter().map(String::as_str));
                let parsed = without_environment(command()).try_get_matches_from(argv);
                assert!(parsed.is_ok(), "'{}' does not parse: {}", example.args, parsed.unwrap_err());
                let mut matches = parsed.unwrap();
                let mut parsed_path = Vec::new();
                while let Some((name, sub)) = matches.remove_subcommand() {
                    parsed_path.push(name);
                    matches = sub;
                }
                assert!(parsed_path.join(" ").starts_with(path), "'{}' is not under '{path}'", example.args);
            }
        }
    }
}
