//! Better answers than clap's own to usage errors: the usage line of the
//! command that was meant (clap's lists options that came from the
//! environment, such as `--config` from `TIMESYNC_CONFIG`), and what a
//! guessed name means in timesync (`clock start` is `clock in`, `--to` is
//! `--end`) instead of the most similar spelling; and which argument or
//! variable is not UTF-8, never what it holds (it may be a token).

use std::ffi::{OsStr, OsString};

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, Error};

/// Subcommands people guess: (the command they were given to, the guess,
/// what timesync calls it).
const SUBCOMMANDS: &[(&str, &str, &str)] = &[
    ("", "ls", "time list"),
    ("", "list", "time list"),
    ("", "times", "time list"),
    ("", "projects", "project list"),
    ("", "activities", "activity list"),
    ("", "users", "user list"),
    ("", "me", "status"),
    ("clock", "start", "clock in"),
    ("clock", "begin", "clock in"),
    ("clock", "stop", "clock out"),
    ("clock", "end", "clock out"),
    ("clock", "finish", "clock out"),
    ("outbox", "list", "outbox"),
    ("outbox", "ls", "outbox"),
    ("outbox", "send", "sync"),
];

/// Watson's commands at the top level, which timesync has under `time`:
/// (the guess, what timesync calls it).
const ROOT_VERBS: &[(&str, &str)] = &[
    ("add", "time create"),
    ("new", "time create"),
    ("edit", "time update"),
    ("rm", "time delete"),
    ("remove", "time delete"),
    ("delete", "time delete"),
    ("create", "time create"),
    ("update", "time update"),
];

/// Verbs people guess for the commands of time, project, activity and user.
const VERBS: &[(&str, &str)] = &[
    ("add", "create"),
    ("new", "create"),
    ("edit", "update"),
    ("set", "update"),
    ("change", "update"),
    ("show", "get"),
    ("view", "get"),
    ("rm", "delete"),
    ("remove", "delete"),
    ("del", "delete"),
];

/// Options people guess: (the guess, what timesync calls it).
const OPTIONS: &[(&str, &str)] = &[
    ("--to", "--end"),
    ("--until", "--end"),
    ("--from", "--start"),
    ("--since", "--start"),
    ("--tag", "--activity"),
    ("--tags", "--activity"),
    ("--message", "--notes"),
    ("--comment", "--notes"),
    ("--description", "--notes"),
    ("--time", "--duration"),
    ("--day", "--date"),
];

/// `error` with the usage line of the command it is about and, for a
/// guessed subcommand or option, what was meant. `root` is the whole
/// command line ([`super::command`]).
pub fn improve(mut error: Error, root: &Command) -> Error {
    let Some(path) = command_path(&error, root) else { return error };
    let Some(mut command) = find(root, &path) else { return error };
    let usage = command.render_usage();
    let had_usage = error.get(ContextKind::Usage).is_some();
    let guess = |kind| match error.get(kind) {
        Some(ContextValue::String(text)) => Some(text.clone()),
        _ => None,
    };
    match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let invalid = guess(ContextKind::InvalidSubcommand).unwrap_or_default();
            let root_verb = ROOT_VERBS.iter().find(|(g, _)| path.is_empty() && *g == invalid);
            let tip = match root_verb {
                Some((_, meant)) => Some(format!("timesync has no '{invalid}': use 'timesync {meant}'")),
                None => subcommand_meant(&path, &invalid).map(|meant| format!("did you mean 'timesync {meant}'?")),
            };
            if let Some(tip) = tip {
                error = Error::new(ErrorKind::InvalidSubcommand).with_cmd(&command);
                error.insert(ContextKind::InvalidSubcommand, ContextValue::String(invalid));
                let tip = StyledStr::from(tip);
                error.insert(ContextKind::Suggested, ContextValue::StyledStrs(vec![tip]));
            }
        }
        ErrorKind::UnknownArgument => {
            let given = guess(ContextKind::InvalidArg).unwrap_or_default();
            let flag = given.split('=').next().unwrap_or_default();
            if let Some((_, meant)) = OPTIONS.iter().find(|(g, _)| *g == flag) {
                error = Error::new(ErrorKind::UnknownArgument).with_cmd(&command);
                error.insert(ContextKind::InvalidArg, ContextValue::String(given.clone()));
                if has_long(&command, meant.trim_start_matches("--")) {
                    error.insert(ContextKind::SuggestedArg, ContextValue::String((*meant).to_owned()));
                }
            }
        }
        _ => {}
    }
    if had_usage || matches!(error.kind(), ErrorKind::InvalidSubcommand) {
        error.insert(ContextKind::Usage, ContextValue::StyledStr(usage));
    }
    error
}

/// What `guess`, given to the command at `path`, means in timesync.
fn subcommand_meant(path: &[String], guess: &str) -> Option<String> {
    let parent = path.join(" ");
    if let Some((_, _, meant)) = SUBCOMMANDS.iter().find(|(p, g, _)| *p == parent && *g == guess) {
        return Some((*meant).to_owned());
    }
    let noun = matches!(parent.as_str(), "time" | "project" | "activity" | "user");
    let verb = VERBS.iter().find(|(g, _)| *g == guess).map(|(_, verb)| verb);
    verb.filter(|_| noun).map(|verb| format!("{parent} {verb}"))
}

/// The subcommand path (below the root) of the command clap's usage line names.
fn command_path(error: &Error, root: &Command) -> Option<Vec<String>> {
    let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) else {
        // clap gives an unknown subcommand of the root no usage line.
        return matches!(error.kind(), ErrorKind::InvalidSubcommand).then(Vec::new);
    };
    let usage = usage.to_string();
    let line = usage.lines().next()?.trim_start().strip_prefix("Usage:")?.trim().to_owned();
    let mut words = line.split_whitespace();
    words.next()?; // the program
    let mut path = Vec::new();
    let mut command = root;
    for word in words {
        match command.find_subcommand(word) {
            Some(sub) => {
                path.push(sub.get_name().to_owned());
                command = sub;
            }
            None => break,
        }
    }
    Some(path)
}

/// The (built) command at `path`, named as it is invoked (`timesync clock in`).
fn find(root: &Command, path: &[String]) -> Option<Command> {
    let mut command = root.clone();
    command.build();
    for name in path {
        command = command.find_subcommand(name)?.clone();
    }
    let name = std::iter::once("timesync").chain(path.iter().map(String::as_str)).collect::<Vec<_>>().join(" ");
    Some(command.bin_name(name))
}

fn has_long(command: &Command, long: &str) -> bool {
    command.get_arguments().any(|arg| arg.get_long() == Some(long))
}

/// A one-line message for a bad value: clap's first line, then the values
/// it accepts and the one most like the value given.
pub fn invalid_value_line(error: &Error) -> String {
    let rendered = error.render().to_string();
    // Everything before clap's blank-line hint: a value with a line feed in it stays whole.
    let first = rendered.trim_start_matches("error: ").split("\n\n").next().unwrap_or_default().trim_end();
    let Some(ContextValue::Strings(valid)) = error.get(ContextKind::ValidValue) else {
        return first.to_owned();
    };
    if matches!(error.get(ContextKind::InvalidArg), Some(ContextValue::String(arg)) if arg == "<SHELL>") {
        // A shell's name like another's is no hint: `tcsh` is not `zsh`.
        let first = first.lines().next().unwrap_or_default();
        return format!("{first}: completions are made for {} only", valid.join(", "));
    }
    let mut line = format!("{}: possible values are {}", first.lines().next().unwrap_or_default(), valid.join(", "));
    if let Some(ContextValue::String(similar)) = error.get(ContextKind::SuggestedValue) {
        line.push_str(&format!(" (did you mean '{similar}'?)"));
    }
    line
}

/// Which argument or environment variable clap found not to be UTF-8, in
/// words that never show its value: `the value of --token`, `argument 3`,
/// `TIMESYNC_URL`. `args` is the whole argv (the program first); `env` reads
/// a variable. `None` when neither holds anything that is not UTF-8.
pub fn not_utf8(args: &[OsString], root: &Command, env: impl Fn(&OsStr) -> Option<OsString>) -> Option<String> {
    let mut options_ended = false;
    let mut previous: Option<&str> = None;
    for (position, arg) in args.iter().enumerate().skip(1) {
        let Some(text) = arg.to_str() else {
            if !options_ended {
                if let Some(option) = option_with_value(arg) {
                    return Some(format!("the value of {option}"));
                }
                if let Some(option) = previous.filter(|p| takes_value(root, p)) {
                    return Some(format!("the value of {option}"));
                }
            }
            return Some(format!("argument {position}"));
        };
        options_ended |= text == "--";
        previous = Some(text);
    }
    let mut names = Vec::new();
    env_names(root, &mut names);
    names
        .into_iter()
        .find(|name| env(name).is_some_and(|value| value.to_str().is_none()))
        .map(|name| name.to_string_lossy().into_owned())
}

/// The option of `--option=value`, when the option's name is UTF-8.
fn option_with_value(arg: &OsStr) -> Option<&str> {
    let bytes = arg.as_encoded_bytes();
    let equals = bytes.iter().position(|b| *b == b'=')?;
    let name = std::str::from_utf8(&bytes[..equals]).ok()?;
    name.starts_with("--").then_some(name)
}

/// Whether `word` is an option (`--config`, `-u`) that takes a value, in
/// `command` or any of its subcommands.
fn takes_value(command: &Command, word: &str) -> bool {
    let matches = |arg: &clap::Arg| match word.strip_prefix("--") {
        Some(long) => arg.get_long() == Some(long),
        None => {
            let mut chars = word.chars();
            chars.next() == Some('-')
                && chars.next().is_some_and(|c| arg.get_short() == Some(c))
                && chars.next().is_none()
        }
    };
    command.get_arguments().any(|arg| matches(arg) && arg.get_action().takes_values())
        || command.get_subcommands().any(|sub| takes_value(sub, word))
}

/// The environment variables `command` and its subcommands read.
fn env_names(command: &Command, names: &mut Vec<OsString>) {
    for name in command.get_arguments().filter_map(|arg| arg.get_env()) {
        if !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    for sub in command.get_subcommands() {
        env_names(sub, names);
    }
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::ffi::OsStringExt;

    use super::*;

    fn argv(words: &[&[u8]]) -> Vec<OsString> {
        words.iter().map(|word| OsString::from_vec(word.to_vec())).collect()
    }

    #[test]
    fn what_is_not_utf8_is_named_never_shown() {
        let root = super::super::command_to_run();
        let no_env = |_: &OsStr| None;
        for (words, which) in [
            (&[&b"timesync"[..], b"--token", b"SECRET\xff", b"status"][..], "the value of --token"),
            (&[b"timesync", b"--token=SECRET\xff", b"status"], "the value of --token"),
            (&[b"timesync", b"login", b"-u", b"SECRET\xff"], "the value of -u"),
            (&[b"timesync", b"--json", b"SECRET\xff"], "argument 2"),
            (&[b"timesync", b"time", b"create", b"--", b"--notes=SECRET\xff"], "argument 4"),
        ] {
            assert_eq!(not_utf8(&argv(words), &root, no_env).as_deref(), Some(which));
        }
        let env = |name: &OsStr| (name == "TIMESYNC_TOKEN").then(|| OsString::from_vec(b"SECRET\xff".to_vec()));
        let args = argv(&[b"timesync", b"status"]);
        assert_eq!(not_utf8(&args, &root, env).as_deref(), Some("TIMESYNC_TOKEN"));
        assert_eq!(not_utf8(&args, &root, no_env), None);
    }
}
