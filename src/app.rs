//! The command line's one entry point: parse argv, resolve settings, run the
//! command, and print any error in one place with its documented exit code.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::FromArgMatches;

use crate::cli::{self, Cli};
use crate::output::print_error;
use crate::settings::Settings;
use crate::{commands, Error};

/// Runs `timesync` with the process's arguments; returns its exit code.
pub fn main() -> ExitCode {
    let cli = match parse() {
        Ok(cli) => cli,
        Err(error) => return usage_error(error),
    };
    let mut json = cli.global.json;
    let result = Settings::resolve(&cli.global).and_then(|settings| {
        json = settings.json();
        commands::run(cli.command, &settings)
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            print_error(&error, json);
            ExitCode::from(error.exit_code() as u8)
        }
    }
}

/// Parses argv; the whole command line, with the examples and exit codes
/// of its help, is built only when help is shown.
fn parse() -> Result<Cli, clap::Error> {
    let args: Vec<OsString> = std::env::args_os().collect();
    if let Some(cli) = cli::quick::parse(&args) {
        return Ok(cli);
    }
    let mut command = cli::command_to_run();
    let matches = command.try_get_matches_from_mut(args).or_else(|error| match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            cli::command().try_get_matches()
        }
        _ => Err(error),
    })?;
    let cli = Cli::from_arg_matches(&matches);
    // The process ends soon: freeing clap's command tree piece by piece
    // would cost more than building it (a quarter of a `clock status`).
    std::mem::forget((command, matches));
    cli
}

/// clap's own errors: help and version go to stdout with 0; bad values get
/// one line listing the values accepted (JSON under `--json`) and exit code
/// 2; an argument or variable that is not UTF-8 gets one line naming it
/// (never its value: it may be the token); other usage errors keep clap's
/// layout, with the usage line of the command meant and what a guessed name
/// means (see [`cli::guesses`]).
fn usage_error(error: clap::Error) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            error.exit()
        }
        _ => {}
    }
    let args: Vec<OsString> = std::env::args_os().collect();
    let json = args.iter().any(|a| a == "--json");
    if error.kind() == ErrorKind::InvalidUtf8 {
        let which = cli::guesses::not_utf8(&args, &cli::command_to_run(), |name| std::env::var_os(name));
        let line = match which {
            Some(which) => format!("{which} is not valid UTF-8: give it as UTF-8 text"),
            None => "an argument or environment variable is not valid UTF-8: give it as UTF-8 text".to_owned(),
        };
        print_error(&Error::Invalid(line), json);
        return ExitCode::from(2);
    }
    let error = cli::guesses::improve(error, &cli::command());
    let line = cli::guesses::invalid_value_line(&error);
    if json {
        print_error(&Error::Invalid(line), true);
    } else if matches!(error.kind(), ErrorKind::ValueValidation | ErrorKind::InvalidValue) {
        print_error(&Error::Invalid(line), false);
    } else {
        let _ = error.print();
    }
    ExitCode::from(2)
}
