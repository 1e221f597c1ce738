//! The hidden `timesync __complete` the completion scripts call: names from
//! the local cache, never a network call.
//!
//! * `__complete projects|activities|users` prints the cached project
//!   slugs, activity slugs or usernames, one a line.
//! * `__complete words -- WORD…` looks at a command line up to the word
//!   being completed (the last one), finds which argument that word is the
//!   value of, and prints the cached names of its kind; it prints nothing
//!   where no name is asked for (or none is cached), and the script then
//!   completes as usual.

use std::io::Write;

use clap::{Arg, Command};

use crate::cli::CompleteArgs;
use crate::error::{Error, Result};
use crate::settings::Settings;
use crate::state::cache::CacheKind;

/// Runs `timesync __complete`.
pub fn run(args: CompleteArgs, settings: &Settings) -> Result<()> {
    let (kind, current) = match (args.what.as_str(), CacheKind::from_name(&args.what)) {
        (_, Some(kind)) => (Some(kind), ""),
        ("words", None) => (kind_at(&args.words), args.words.last().map_or("", String::as_str)),
        (other, None) => return Err(Error::invalid(format!("__complete: unknown kind '{other}'"))),
    };
    let Some(kind) = kind else { return Ok(()) };
    // A list being typed (`--activity dev,do`): complete its last item.
    let head = current.rfind(',').map_or("", |comma| &current[..=comma]);
    let names = match settings.existing_store() {
        Ok(Some(store)) => store.cached_names(kind).unwrap_or_default(),
        _ => Vec::new(),
    };
    let mut out = std::io::stdout().lock();
    for name in names {
        let _ = writeln!(out, "{head}{name}");
    }
    Ok(())
}

/// What kind of name the last of `words` (the program's name first) is,
/// if any: the value of an option such as `--project`, or a positional
/// argument such as `start`'s PROJECT.
fn kind_at(words: &[String]) -> Option<CacheKind> {
    let (current, before) = words.split_last()?;
    if current.starts_with('-') {
        return None;
    }
    let mut command = crate::cli::command();
    command.build();
    let mut path: Vec<String> = Vec::new();
    let mut positionals = 0usize;
    let mut pending: Option<Arg> = None;
    for word in before.iter().skip(1) {
        if pending.take().is_some() {
            continue;
        }
        if let Some(long) = word.strip_prefix("--") {
            if !long.contains('=') {
                pending =
                    command.get_arguments().find(|a| a.get_long() == Some(long)).filter(|a| takes_value(a)).cloned();
            }
        } else if word.starts_with('-') && word.len() > 1 {
            let last = word.chars().last();
            pending = command.get_arguments().find(|a| a.get_short() == last).filter(|a| takes_value(a)).cloned();
        } else if let Some(sub) = command.find_subcommand(word).cloned() {
            path.push(sub.get_name().to_owned());
            command = sub;
            positionals = 0;
        } else {
            positionals += 1;
        }
    }
    let arg = match pending {
        Some(arg) => arg,
        None => positional(&command, positionals)?,
    };
    kind_of(&path, arg.get_id().as_str())
}

fn takes_value(arg: &Arg) -> bool {
    arg.get_num_args().is_some_and(|n| n.takes_values())
}

/// The `index`th positional argument, the last one taking any number of values.
fn positional(command: &Command, index: usize) -> Option<Arg> {
    let positionals: Vec<&Arg> = command.get_positionals().collect();
    match positionals.get(index) {
        Some(arg) => Some((*arg).clone()),
        None => {
            positionals.last().filter(|a| a.get_num_args().is_some_and(|n| n.max_values() > 1)).map(|a| (*a).clone())
        }
    }
}

/// The kind of name an argument takes, by its id and the command it is in;
/// new names (a slug or username being created) are not completed.
fn kind_of(path: &[String], id: &str) -> Option<CacheKind> {
    let group = path.first().map(String::as_str);
    let creating = path.last().is_some_and(|p| p == "create");
    match id {
        "project" | "projects" => Some(CacheKind::Projects),
        "activities" | "default_activity" => Some(CacheKind::Activities),
        "users" | "user" | "members" | "spectators" | "managers" => Some(CacheKind::Users),
        "slug" if !creating && group == Some("activity") => Some(CacheKind::Activities),
        "slug" if group == Some("project") => Some(CacheKind::Projects),
        "username" if !creating && group == Some("user") => Some(CacheKind::Users),
        "username" if group == Some("login") => Some(CacheKind::Users),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(line: &str) -> Option<CacheKind> {
        let mut words: Vec<String> = line.split(' ').map(str::to_owned).collect();
        if line.ends_with(' ') {
            words.pop();
            words.push(String::new());
        }
        kind_at(&words)
    }

    #[test]
    fn options_and_positionals_taking_names_are_found() {
        assert_eq!(kind("timesync start g"), Some(CacheKind::Projects));
        assert_eq!(kind("timesync clock in gwm --activity d"), Some(CacheKind::Activities));
        assert_eq!(kind("timesync --json time get --user "), Some(CacheKind::Users));
        assert_eq!(kind("timesync log --project "), Some(CacheKind::Projects));
        assert_eq!(kind("timesync project get "), Some(CacheKind::Projects));
        assert_eq!(kind("timesync activity update d"), Some(CacheKind::Activities));
        assert_eq!(kind("timesync project users add gwm alice b"), Some(CacheKind::Users));
        assert_eq!(kind("timesync user get "), Some(CacheKind::Users));
    }

    #[test]
    fn other_places_complete_as_usual() {
        assert_eq!(kind("timesync st"), None);
        assert_eq!(kind("timesync start gwm --notes "), None);
        assert_eq!(kind("timesync start gwm "), None);
        assert_eq!(kind("timesync start --pro"), None);
        assert_eq!(kind("timesync user create "), None);
        assert_eq!(kind("timesync activity create --slug "), None);
        assert_eq!(kind("timesync time show "), None);
    }
}
