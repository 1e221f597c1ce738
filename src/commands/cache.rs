//! Keeping the local cache of projects, activities and users (see
//! [`crate::state::cache`]) up to date from what commands fetch anyway, and
//! checking a clock's project and activities against it or the server.
//!
//! The cache is a convenience: a cache that cannot be read or written never
//! fails a command (`--verbose` says why it was skipped).

use chrono::Utc;
use serde::Serialize;

use super::explain::{explain, no_default_activity, Sent};
use super::Session;
use crate::error::{Error, Result};
use crate::output::{note, Tabular};
use crate::settings::Settings;
use crate::state::cache::{CacheKind, Coverage};
use crate::state::Store;
use timesync::blocking::Client;
use timesync::model::{Activity, ActivityQuery, Project, ProjectQuery};
use timesync::validation::Slug;

/// How long a cached project or activity is trusted to exist without asking the server.
const FRESH_SECONDS: i64 = 3600;

/// Runs `change` on the profile's store, ignoring (and, with `-v`, noting) failures.
fn with_store(settings: &Settings, change: impl FnOnce(&mut Store) -> Result<()>) {
    if let Err(error) = settings.store().and_then(|mut store| change(&mut store)) {
        if settings.verbose {
            note(&format!("the local cache of projects, activities and users was not updated: {error}"));
        }
    }
}

/// Caches fetched projects.
pub fn remember_projects(settings: &Settings, projects: &[Project], coverage: Coverage) {
    let now = settings.now.datetime().to_utc();
    with_store(settings, |store| store.cache_projects(projects, coverage, now));
}

/// Caches fetched activities.
pub fn remember_activities(settings: &Settings, activities: &[Activity], coverage: Coverage) {
    let now = settings.now.datetime().to_utc();
    with_store(settings, |store| store.cache_activities(activities, coverage, now));
}

/// Caches fetched usernames.
pub fn remember_users(settings: &Settings, usernames: &[&str], coverage: Coverage) {
    let now = settings.now.datetime().to_utc();
    with_store(settings, |store| store.cache_users(usernames, coverage, now));
}

/// Caches a project or activity the server just returned (created or
/// changed) with `remember`, and prints it.
pub fn remember_and_show<T: Serialize + Tabular>(
    settings: &Settings,
    item: &T,
    remember: fn(&Settings, &[T], Coverage),
) -> Result<()> {
    remember(settings, std::slice::from_ref(item), Coverage::Partial);
    settings.printer.one(item)
}

/// Forgets a project, activity or user that was deleted or is unknown to the server.
pub fn forget(settings: &Settings, kind: CacheKind, name: &str) {
    with_store(settings, |store| store.forget(kind, name));
}

/// `result` as it is; when it is the server's 404 for the object `name`,
/// `name` is first forgotten from the cache.
pub fn forget_if_unknown<T>(
    settings: &Settings,
    kind: CacheKind,
    name: Option<&str>,
    result: timesync::Result<T>,
) -> Result<T> {
    match (result, name) {
        (Err(timesync::Error::Api(api)), Some(name)) if api.status == 404 => {
            forget(settings, kind, name);
            let message = super::suggest::unknown(settings, kind, name);
            Err(Error::Explained { message, cause: Box::new(Error::Client(timesync::Error::Api(api))) })
        }
        (result, _) => Ok(result?),
    }
}

/// Checks the project and activities of an entry kept without asking the
/// server: one that is missing from a whole list of its kind fetched
/// within the hour does not exist (as `start` checks online), and is
/// refused, with the cached name it was probably meant to be.
pub fn check_known(settings: &Settings, project: Option<&Slug>, activities: &[Slug]) -> Result<()> {
    let Ok(Some(store)) = settings.existing_store() else { return Ok(()) };
    let now = settings.now.datetime().to_utc().timestamp();
    let named = project
        .into_iter()
        .map(|p| (CacheKind::Projects, p))
        .chain(activities.iter().map(|a| (CacheKind::Activities, a)));
    for (kind, slug) in named {
        let fresh = store.cached_list_at(kind).ok().flatten().is_some_and(|at| now - at.timestamp() < FRESH_SECONDS);
        if fresh && !store.cached_names(kind).unwrap_or_default().iter().any(|name| name == slug.as_str()) {
            let noun = kind.noun();
            return Err(Error::invalid(format!(
                "{noun} '{slug}' does not exist (as of the list of {noun}s fetched within the hour; \
                 `timesync {noun} get` fetches it again){}",
                super::suggest::did_you_mean(settings, kind, slug.as_str())
            )));
        }
    }
    Ok(())
}

/// Deletes the project, activity or user `name` with `delete`, forgets it
/// from the cache and says so.
pub fn delete_and_forget(
    settings: &Settings,
    kind: CacheKind,
    name: &str,
    delete: impl FnOnce(&Client) -> timesync::Result<()>,
) -> Result<()> {
    delete(&super::session(settings)?.client)?;
    forget(settings, kind, name);
    settings.printer.deleted(&format!("{} {name}", kind.noun()))
}

/// Fetches the whole lists of projects, activities and users into the cache
/// (after a login); what cannot be fetched is left as it was.
pub fn refresh_all(settings: &Settings, client: &Client) {
    if let Ok(projects) = client.get_projects(&ProjectQuery::default()) {
        remember_projects(settings, &projects, Coverage::Complete);
    }
    if let Ok(activities) = client.get_activities(&ActivityQuery::default()) {
        remember_activities(settings, &activities, Coverage::Complete);
    }
    if let Ok(users) = client.get_users(None, false) {
        let names: Vec<&str> = users.iter().map(|u| u.username.as_str()).collect();
        remember_users(settings, &names, Coverage::Complete);
    }
}

/// Checks that a clock's project exists (with a default activity when no
/// activity is given) and that its activities exist: from the cache when it
/// was fetched within the hour, else with one GET each (refreshing the
/// cache). Refused with the reason when the server says no; when the server
/// cannot be asked, the clock may still start: the returned warning says so.
/// `session` is the command's own, when it made one already (else one is
/// made if the server must be asked). Unchecked by the server, the names
/// are still checked against the cache's whole lists ([`check_known`]).
pub fn check_clock_target(
    settings: &Settings,
    project: &Slug,
    activities: &[Slug],
    session: Option<&Result<Session>>,
) -> Result<Option<String>> {
    let warning = check_target(settings, project, activities, session)?;
    if warning.is_some() {
        check_known(settings, Some(project), activities)?;
    }
    Ok(warning)
}

fn check_target(
    settings: &Settings,
    project: &Slug,
    activities: &[Slug],
    session: Option<&Result<Session>>,
) -> Result<Option<String>> {
    let store = settings.existing_store().ok().flatten();
    let now = settings.now.datetime().to_utc().timestamp();
    let fresh = |at: chrono::DateTime<Utc>| now - at.timestamp() < FRESH_SECONDS;
    let cached_project = store.as_ref().and_then(|s| s.cached_project(project.as_str()).ok().flatten());
    let cached_activity = |slug: &Slug| {
        store
            .as_ref()
            .and_then(|s| s.cached_activity(slug.as_str()).ok().flatten())
            .is_some_and(|a| fresh(a.fetched_at))
    };
    let unknown_activities: Vec<&Slug> = activities.iter().filter(|a| !cached_activity(a)).collect();
    let default_activity = match cached_project.filter(|p| fresh(p.fetched_at)) {
        Some(cached) if unknown_activities.is_empty() => cached.default_activity,
        _ => {
            let made;
            let session = match session {
                Some(Ok(session)) => session,
                Some(Err(error)) => return Ok(Some(unchecked(project, &error.to_string()))),
                None => match super::session(settings) {
                    Ok(session) => {
                        made = session;
                        &made
                    }
                    Err(error) => return Ok(Some(unchecked(project, &explain(error, Sent::Other).to_string()))),
                },
            };
            match fetch_target(settings, session, project, &unknown_activities)? {
                Ok(default_activity) => default_activity,
                Err(warning) => return Ok(Some(warning)),
            }
        }
    };
    if activities.is_empty() && default_activity.is_none() {
        return Err(Error::invalid(no_default_activity(project.as_str())));
    }
    Ok(None)
}

/// Asks the server for the project and the activities not freshly cached;
/// gives the project's default activity, or a warning when the server
/// could not be asked.
fn fetch_target(
    settings: &Settings,
    session: &Session,
    project: &Slug,
    activities: &[&Slug],
) -> Result<Result<Option<String>, String>> {
    let found = match session.client.get_project(project) {
        Ok(found) => found,
        Err(error) => return refused_or_unchecked(settings, error.into(), CacheKind::Projects, project),
    };
    remember_projects(settings, std::slice::from_ref(&found), Coverage::Partial);
    for activity in activities {
        match session.client.get_activity(activity) {
            Ok(found) => remember_activities(settings, std::slice::from_ref(&found), Coverage::Partial),
            Err(error) => {
                let error = error.into();
                if let Err(warning) = refused_or_unchecked::<()>(settings, error, CacheKind::Activities, activity)? {
                    return Ok(Err(warning));
                }
            }
        }
    }
    Ok(Ok(found.default_activity))
}

/// A "not found" refuses the clock (and leaves the cache); anything else
/// only means the check could not be made.
fn refused_or_unchecked<T>(
    settings: &Settings,
    error: Error,
    kind: CacheKind,
    slug: &Slug,
) -> Result<Result<T, String>> {
    match error.api() {
        Some(api) if api.status == 404 => {
            forget(settings, kind, slug.as_str());
            let sent = match kind {
                CacheKind::Activities => Sent::Activity(slug.as_str()),
                _ => Sent::Project(slug.as_str()),
            };
            Err(explain(error, sent))
        }
        _ => Ok(Err(unchecked(slug, &explain(error, Sent::Other).to_string()))),
    }
}

/// The warning when `slug` could not be checked because of `error`.
fn unchecked(slug: &Slug, why: &str) -> String {
    format!("could not check that '{slug}' exists: {why}; the clock runs all the same")
}
