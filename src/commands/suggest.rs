//! Names the server (or a fresh cache) does not know, with the cached name
//! they were probably meant to be: "did you mean 'gwm'?" for projects,
//! activities and users, by edit distance against the local cache (see
//! [`crate::state::cache`]); nothing is asked of the server.

use crate::error::Error;
use crate::settings::Settings;
use crate::state::cache::CacheKind;

/// The sentence for a `kind` named `name` that does not exist, with a
/// suggestion when the cache holds a name close to it.
pub fn unknown(settings: &Settings, kind: CacheKind, name: &str) -> String {
    let noun = kind.noun();
    format!("{noun} '{name}' does not exist (see `timesync {noun} get`){}", did_you_mean(settings, kind, name))
}

/// `; did you mean 'gwm'?` when a cached name of `kind` is close to `name`, else nothing.
pub fn did_you_mean(settings: &Settings, kind: CacheKind, name: &str) -> String {
    let Ok(Some(store)) = settings.existing_store() else { return String::new() };
    let names = store.cached_names(kind).unwrap_or_default();
    match closest(name, &names) {
        Some(close) => format!("; did you mean '{close}'?"),
        None => String::new(),
    }
}

/// The name among `names` closest to `name` by edit distance (a swap of
/// two neighbours counts once), if one is close enough to be a typo: at
/// most 1 edit for names up to 4 characters, 2 up to 8, else 3. Ties go to
/// the first in `names`.
pub fn closest<'a>(name: &str, names: &'a [String]) -> Option<&'a str> {
    let limit = match name.chars().count() {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    };
    names
        .iter()
        .filter(|candidate| candidate.as_str() != name)
        .map(|candidate| (strsim::damerau_levenshtein(name, candidate), candidate.as_str()))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, candidate)| candidate)
}

/// `error` with a suggestion added when it says that a project, activity
/// or user does not exist (as [`super::explain`] and [`unknown`] word it)
/// and has none yet.
pub fn add_to(error: Error, settings: &Settings) -> Error {
    match error {
        Error::Explained { message, cause } if !message.contains("did you mean") => {
            let hint = match missing_name(&message) {
                Some((kind, name)) => did_you_mean(settings, kind, name),
                None => several_activities(settings, &message),
            };
            Error::Explained { message: format!("{message}{hint}"), cause }
        }
        Error::Kept { cause, note } => Error::Kept { cause: Box::new(add_to(*cause, settings)), note },
        other => other,
    }
}

/// For `one of the activities 'dev', 'dvv' does not exist …`: the cached
/// name meant by each named activity the cache does not hold
/// (`; did you mean 'dev' for 'dvv'?`), else nothing.
fn several_activities(settings: &Settings, message: &str) -> String {
    let Some(list) = message.strip_prefix("one of the activities ").and_then(|m| m.split(" does not exist").next())
    else {
        return String::new();
    };
    let Ok(Some(store)) = settings.existing_store() else { return String::new() };
    let cached = store.cached_names(CacheKind::Activities).unwrap_or_default();
    let meant: Vec<String> = list
        .split(", ")
        .map(|quoted| quoted.trim_matches('\''))
        .filter(|name| !cached.iter().any(|c| c == name))
        .filter_map(|name| closest(name, &cached).map(|close| format!("'{close}' for '{name}'")))
        .collect();
    if meant.is_empty() {
        String::new()
    } else {
        format!("; did you mean {}?", meant.join(", "))
    }
}

/// The kind and name in `project 'gwn' does not exist …`.
fn missing_name(message: &str) -> Option<(CacheKind, &str)> {
    [CacheKind::Projects, CacheKind::Activities, CacheKind::Users].into_iter().find_map(|kind| {
        let rest = message.strip_prefix(kind.noun())?.strip_prefix(" '")?;
        let (name, after) = rest.split_once('\'')?;
        after.starts_with(" does not exist").then_some((kind, name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn typos_find_the_name_meant_and_far_names_find_nothing() {
        let projects = names(&["ganeti-webmgr", "gwm", "timesync", "ts"]);
        assert_eq!(closest("gwn", &projects), Some("gwm"));
        assert_eq!(closest("gmw", &projects), Some("gwm"), "two letters swapped");
        assert_eq!(closest("timesnyc", &projects), Some("timesync"));
        assert_eq!(closest("ganeti-webmrg", &projects), Some("ganeti-webmgr"));
        assert_eq!(closest("xyz", &projects), None);
        assert_eq!(closest("gwm", &projects), None, "a name is no typo of itself");
        assert_eq!(closest("dev", &names(&["docs", "devops"])), None);
        assert_eq!(closest("x", &[]), None);
    }

    #[test]
    fn the_missing_name_is_read_from_the_sentence() {
        assert_eq!(
            missing_name("project 'gwn' does not exist (see `timesync project get`)"),
            Some((CacheKind::Projects, "gwn"))
        );
        assert_eq!(missing_name("activity 'dvv' does not exist"), Some((CacheKind::Activities, "dvv")));
        assert_eq!(missing_name("user 'bbo' does not exist"), Some((CacheKind::Users, "bbo")));
        assert_eq!(missing_name("one of the activities 'x', 'y' does not exist"), None);
        assert_eq!(missing_name("project 'gwm' has no default activity: give --activity"), None);
    }
}
