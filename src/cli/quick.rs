//! The command line cut down to the one command argv names (`clock`,
//! `log`, …) and the global options, built from the same derives as the
//! whole tree. It parses in about half the time, since clap builds and
//! hands the global options down to every command it holds: the shell
//! prompt's `clock status --short` notices. Whatever it does not parse
//! (help, `--version`, a mistake, an option it does not know before the
//! command's name, a command it does not list) is parsed again against the
//! whole tree, so what users see never differs.

use std::ffi::OsString;

use clap::{Args, Command, FromArgMatches, Subcommand};

use super::{
    ActivityCommand, Cli, ClockCommand, ClockInArgs, ClockOutArgs, GlobalArgs, LogArgs, LoginArgs, OutboxArgs,
    ProjectCommand, ReportArgs, RestartArgs, StatusArgs, TimeCommand, TokenArgs, UserCommand,
};

/// The root: the global options.
fn root() -> Command {
    GlobalArgs::augment_args(Command::new("timesync"))
}

/// The command named `name` (by its name or alias), or `None` for a
/// command not listed here.
pub fn command_for(name: &str) -> Option<Command> {
    let with = |name: &'static str, build: fn(Command) -> Command| build(Command::new(name));
    let command = match name {
        "login" => with("login", LoginArgs::augment_args),
        "logout" => Command::new("logout"),
        "token" => with("token", TokenArgs::augment_args),
        "status" | "whoami" => with("status", StatusArgs::augment_args).visible_alias("whoami"),
        "log" => with("log", LogArgs::augment_args),
        "start" => with("start", ClockInArgs::augment_args),
        "stop" => with("stop", ClockOutArgs::augment_args),
        "restart" => with("restart", RestartArgs::augment_args),
        "cancel" => Command::new("cancel"),
        "time" => with("time", TimeCommand::augment_subcommands),
        "project" => with("project", ProjectCommand::augment_subcommands),
        "activity" => with("activity", ActivityCommand::augment_subcommands),
        "user" => with("user", UserCommand::augment_subcommands),
        "clock" => with("clock", ClockCommand::augment_subcommands),
        "report" => with("report", ReportArgs::augment_args),
        "outbox" => with("outbox", OutboxArgs::augment_args),
        "sync" => Command::new("sync"),
        _ => return None,
    };
    Some(command)
}

/// `args` parsed against [`command_for`] the command they name; `None`
/// when that is no listed command or anything fails.
pub fn parse(args: &[OsString]) -> Option<Cli> {
    let root = root();
    let command = command_for(command_name(&root, args)?)?;
    parse_with(root.subcommand(command), args)
}

/// The first word of `args` after the program's name and the global
/// options before it (`--profile work`, `--json`, `--url=…`), known by
/// their definitions; `None` for anything else there (`--`, an unknown or
/// grouped option, a word that is not UTF-8).
fn command_name<'a>(root: &Command, args: &'a [OsString]) -> Option<&'a str> {
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        let word = word.to_str()?;
        let Some(option) = word.strip_prefix('-') else { return Some(word) };
        let (name, value) = option.split_once('=').map_or((option, None), |(name, value)| (name, Some(value)));
        let mut arguments = root.get_arguments();
        let argument = match name.strip_prefix('-') {
            Some(long) => arguments.find(|arg| arg.get_long() == Some(long)),
            None => arguments.find(|arg| name.len() == 1 && arg.get_short().is_some_and(|c| name.starts_with(c))),
        }?;
        if argument.get_action().takes_values() && value.is_none() {
            words.next()?;
        }
    }
    None
}

fn parse_with(mut command: Command, args: &[OsString]) -> Option<Cli> {
    let matches = command.try_get_matches_from_mut(args).ok()?;
    let cli = Cli::from_arg_matches(&matches).ok();
    // The process ends soon: freeing clap's tree piece by piece costs more than building it.
    std::mem::forget((command, matches));
    cli
}

#[cfg(test)]
mod tests {
    use super::super::{command_to_run, examples, tests::without_environment};
    use super::*;

    /// What the whole tree makes of `args`, if it parses.
    fn full(args: &[OsString]) -> Option<Cli> {
        let matches = without_environment(command_to_run()).try_get_matches_from(args).ok()?;
        Cli::from_arg_matches(&matches).ok()
    }

    fn quick(args: &[OsString]) -> Option<Cli> {
        let command = command_for(command_name(&root(), args)?)?;
        parse_with(without_environment(root().subcommand(command)), args)
    }

    #[test]
    fn the_command_is_found_after_the_global_options() {
        for (line, name) in [
            ("clock status --short", Some("clock")),
            ("--profile work clock status", Some("clock")),
            ("--profile=work -q --json time get", Some("time")),
            ("-v --timeout 5 log", Some("log")),
            ("--profile", None),
            ("-qv time get", None),
            ("--nope time get", None),
            ("-- time get", None),
        ] {
            let args: Vec<OsString> = std::iter::once("timesync").chain(line.split(' ')).map(OsString::from).collect();
            assert_eq!(command_name(&root(), &args), name, "{line}");
        }
    }

    #[test]
    fn every_command_but_the_rare_ones_has_a_quick_tree() {
        let rare = ["completions", "globals", "__complete", "help"];
        for command in command_to_run().get_subcommands() {
            let name = command.get_name();
            assert_eq!(command_for(name).is_some(), !rare.contains(&name), "{name}");
            for alias in command.get_all_aliases() {
                assert!(command_for(alias).is_some(), "{alias}, an alias of {name}");
            }
        }
    }

    #[test]
    fn what_the_quick_tree_parses_the_whole_tree_parses_alike() {
        let mut lines: Vec<String> =
            examples::EXAMPLES.iter().flat_map(|(_, list)| list.iter().map(|e| e.args.to_owned())).collect();
        lines.extend(
            [
                "clock status --short",
                "whoami",
                "time",
                "time get --nope",
                "clock status --help",
                "log --version",
                "--json clock status",
                "--profile work clock status --short",
                "--profile=work -q --timeout 5 time get",
                "-v log --week",
                "start gwm --json --profile work",
                "outbox",
                "outbox show 1",
                "time import -q file.csv",
                "-q time import file.csv",
                "user create --help",
            ]
            .map(String::from),
        );
        let mut quick_parsed = 0;
        for line in &lines {
            let words = shell_words::split(line).unwrap();
            let end = words.iter().position(|w| w == ">").unwrap_or(words.len());
            let args: Vec<OsString> = std::iter::once("timesync")
                .chain(words[..end].iter().map(String::as_str))
                .map(OsString::from)
                .collect();
            if let Some(cli) = quick(&args) {
                quick_parsed += 1;
                assert_eq!(Some(format!("{cli:?}")), full(&args).map(|cli| format!("{cli:?}")), "{line}");
            }
        }
        assert!(quick_parsed * 10 >= lines.len() * 8, "only {quick_parsed} of {} parsed quickly", lines.len());
    }
}
