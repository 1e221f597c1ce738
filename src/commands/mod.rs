//! Running commands: one file per command group, all sharing [`Session`].

mod activity;
mod auth;
mod cache;
mod clock;
mod complete;
mod dates;
mod delivery;
#[cfg(test)]
mod delivery_properties;
mod entry_rows;
mod explain;
mod git_context;
mod import;
mod log;
pub mod offline;
mod outbox;
mod page;
mod project;
mod prompt;
mod reference;
mod report;
mod restart;
mod session;
mod status;
mod suggest;
mod time;
mod user;

use crate::cli::Command;
use crate::error::Result;
use crate::settings::Settings;

pub use session::{current_user, session, Session};

/// Runs one command with resolved settings.
/// After a successful command, reminds the user of entries waiting in the outbox.
pub fn run(command: Command, settings: &Settings) -> Result<()> {
    run_command(command, settings)
        .map_err(|error| suggest::add_to(explain::explain(error, explain::Sent::Other), settings))
}

fn run_command(command: Command, settings: &Settings) -> Result<()> {
    match command {
        Command::Login(args) => auth::login(args, settings),
        Command::Logout => auth::logout(settings),
        Command::Token(args) => auth::token(args, settings),
        Command::Status(args) => return status::run(args, settings),
        Command::Log(args) => log::run(args, settings),
        Command::Start(args) => clock::clock_in(args, settings),
        Command::Stop(args) => clock::clock_out(args, settings),
        Command::Restart(args) => restart::run(args, settings),
        Command::Cancel => clock::cancel(settings),
        Command::Time(command) => time::run(command, settings),
        Command::Project(command) => project::run(command, settings),
        Command::Activity(command) => activity::run(command, settings),
        Command::User(command) => user::run(command, settings),
        Command::Clock(command) => clock::run(command, settings),
        Command::Report(args) => report::run(args, settings),
        Command::Outbox(args) => return outbox::run(args, settings),
        Command::Sync => return outbox::sync(settings),
        Command::Completions { shell } => return completions(shell),
        Command::Complete(args) => return complete::run(args, settings),
        Command::Globals => return globals(),
    }?;
    outbox::remind(settings);
    Ok(())
}

/// `timesync globals`: the options every command takes, as `timesync help
/// globals` shows them.
fn globals() -> Result<()> {
    let mut command = crate::cli::command();
    command.build();
    let globals = command.find_subcommand_mut("globals").expect("the globals command");
    globals.print_long_help().map_err(|e| crate::error::Error::Io(format!("cannot write output: {e}")))
}

/// `timesync completions SHELL`: the completion script on stdout.
fn completions(shell: clap_complete::Shell) -> Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(&crate::cli::completion::script(shell))
        .and_then(|()| stdout.flush())
        .map_err(|e| crate::error::Error::Io(format!("cannot write output: {e}")))
}
