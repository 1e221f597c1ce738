//! The hidden `timesync __complete` the completion scripts call.
//!
//! * `__complete projects|activities|users` prints the cached project
//!   slugs, activity slugs or usernames, one a line.
//! * `__complete words -- WORD…` looks at a command line up to the word
//!   being completed (the last one), finds which argument that word is the
//!   value of, and prints the candidates of its kind: cached names (never a
//!   network call; in a comma list, those not in it yet), the config file's
//!   profiles for `--profile`, or for an entry reference (`time show @`)
//!   your newest entries as `@1`, `@2`, … each with its summary after a
//!   tab, from the local copy of your entries (never a network call). It
//!   prints nothing where nothing is asked for, and the script then
//!   completes as usual.

use std::io::Write;

use clap::{Arg, Command};

use crate::cli::CompleteArgs;
use crate::error::{Error, Result};
use crate::settings::Settings;
use crate::state::cache::CacheKind;
use timesync::model::Time;

/// How many of the newest entries an entry reference is completed with.
const ENTRIES_OFFERED: usize = 10;

/// What the word being completed is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Wanted {
    /// A cached name of this kind.
    Name(CacheKind),
    /// A profile of the config file (`--profile`).
    Profile,
    /// A time entry reference (`@1`, …).
    Entry,
}

/// Runs `timesync __complete`.
pub fn run(args: CompleteArgs, settings: &Settings) -> Result<()> {
    let (wanted, current) = match (args.what.as_str(), CacheKind::from_name(&args.what)) {
        (_, Some(kind)) => (Some(Wanted::Name(kind)), ""),
        ("words", None) => (wanted_at(&args.words), args.words.last().map_or("", String::as_str)),
        (other, None) => return Err(Error::invalid(format!("__complete: unknown kind '{other}'"))),
    };
    let lines = match wanted {
        None => Vec::new(),
        Some(Wanted::Name(kind)) => names(kind, current, settings),
        Some(Wanted::Profile) => profiles(settings),
        Some(Wanted::Entry) if current.is_empty() || current.starts_with('@') => entries(settings),
        Some(Wanted::Entry) => Vec::new(),
    };
    let mut out = std::io::stdout().lock();
    for line in lines {
        let _ = writeln!(out, "{line}");
    }
    Ok(())
}

/// The cached names of `kind`; in a list being typed (`--activity
/// dev,do`), the list so far followed by each name not in it yet.
fn names(kind: CacheKind, current: &str, settings: &Settings) -> Vec<String> {
    let head = current.rfind(',').map_or("", |comma| &current[..=comma]);
    let given: Vec<&str> = head.split(',').filter(|item| !item.is_empty()).collect();
    let names = match settings.existing_store() {
        Ok(Some(store)) => store.cached_names(kind).unwrap_or_default(),
        _ => Vec::new(),
    };
    names.into_iter().filter(|name| !given.contains(&name.as_str())).map(|name| format!("{head}{name}")).collect()
}

/// The profiles of the config file.
fn profiles(settings: &Settings) -> Vec<String> {
    crate::config::load(&settings.config_path).map(|file| file.profiles.into_keys().collect()).unwrap_or_default()
}

/// Your newest entries as `@N<TAB>summary`, numbered as `log` and every
/// reference number them, from the local copy of your entries as the last
/// read left it (never the server); nothing when there is no copy.
fn entries(settings: &Settings) -> Vec<String> {
    let times = super::offline::newest_mirrored(settings, ENTRIES_OFFERED).unwrap_or_default();
    times.iter().enumerate().map(|(i, time)| format!("@{}\t{}", i + 1, summary(time))).collect()
}

/// "2026-12-04 1h30m gwm (dev): Fixed the build", on one line.
fn summary(time: &Time) -> String {
    let activities =
        if time.activities.is_empty() { String::new() } else { format!(" ({})", time.activities.join(", ")) };
    let notes = time.notes.as_deref().map(|n| format!(": {n}")).unwrap_or_default();
    let text =
        format!("{} {} {}{activities}{notes}", time.date_worked, time.duration, time.short_project().unwrap_or("?"));
    let line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    crate::output::escape(&line).into_owned()
}

/// What the last of `words` (the program's name first) is, if anything
/// that can be completed: the value of an option such as `--project`, or a
/// positional argument such as `start`'s PROJECT.
fn wanted_at(words: &[String]) -> Option<Wanted> {
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
    match arg.get_id().as_str() {
        "profile" => Some(Wanted::Profile),
        "entry" => Some(Wanted::Entry),
        id => kind_of(&path, id).map(Wanted::Name),
    }
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

    fn kind(line: &str) -> Option<Wanted> {
        let mut words: Vec<String> = line.split(' ').map(str::to_owned).collect();
        if line.ends_with(' ') {
            words.pop();
            words.push(String::new());
        }
        wanted_at(&words)
    }

    #[test]
    fn options_and_positionals_taking_names_are_found() {
        use CacheKind::*;
        use Wanted::Name;
        assert_eq!(kind("timesync start g"), Some(Name(Projects)));
        assert_eq!(kind("timesync clock in gwm --activity d"), Some(Name(Activities)));
        assert_eq!(kind("timesync --json time get --user "), Some(Name(Users)));
        assert_eq!(kind("timesync log --project "), Some(Name(Projects)));
        assert_eq!(kind("timesync project get "), Some(Name(Projects)));
        assert_eq!(kind("timesync activity update d"), Some(Name(Activities)));
        assert_eq!(kind("timesync project users add gwm alice b"), Some(Name(Users)));
        assert_eq!(kind("timesync user get "), Some(Name(Users)));
    }

    #[test]
    fn profiles_and_entry_references_are_found() {
        assert_eq!(kind("timesync --profile "), Some(Wanted::Profile));
        assert_eq!(kind("timesync time get --profile w"), Some(Wanted::Profile));
        for line in ["timesync time show @", "timesync time delete ", "timesync restart @", "timesync time update "] {
            assert_eq!(kind(line), Some(Wanted::Entry), "{line}");
        }
    }

    #[test]
    fn other_places_complete_as_usual() {
        assert_eq!(kind("timesync st"), None);
        assert_eq!(kind("timesync start gwm --notes "), None);
        assert_eq!(kind("timesync start gwm "), None);
        assert_eq!(kind("timesync start --pro"), None);
        assert_eq!(kind("timesync user create "), None);
        assert_eq!(kind("timesync activity create --slug "), None);
        assert_eq!(kind("timesync start gwm --at "), None);
    }
}
