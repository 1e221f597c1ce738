//! Running commands: one file per command group, all sharing [`Session`].

mod activity;
mod auth;
mod clock;
mod delivery;
mod outbox;
mod project;
mod prompt;
mod report;
mod session;
mod status;
mod time;
mod user;

use crate::cli::Command;
use crate::error::Result;
use crate::settings::Settings;

pub use session::{anonymous_client, current_user, session, Session};

/// Runs one command with resolved settings.
/// After a successful command, reminds the user of entries waiting in the outbox.
pub fn run(command: Command, settings: &Settings) -> Result<()> {
    match command {
        Command::Login(args) => auth::login(args, settings),
        Command::Logout => auth::logout(settings),
        Command::Token(args) => auth::token(args, settings),
        Command::Status(args) => return status::run(args, settings),
        Command::Time(command) => time::run(command, settings),
        Command::Project(command) => project::run(command, settings),
        Command::Activity(command) => activity::run(command, settings),
        Command::User(command) => user::run(command, settings),
        Command::Clock(command) => clock::run(command, settings),
        Command::Report(args) => report::run(args, settings),
        Command::Outbox(args) => return outbox::run(args, settings),
        Command::Sync => return outbox::sync(settings),
        Command::Completions { shell } => return completions(shell),
    }?;
    outbox::remind(settings);
    Ok(())
}

/// `timesync completions SHELL`: the completion script on stdout.
fn completions(shell: clap_complete::Shell) -> Result<()> {
    let mut command = crate::cli::command();
    clap_complete::generate(shell, &mut command, "timesync", &mut std::io::stdout());
    Ok(())
}
