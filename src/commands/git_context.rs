//! The project and issue of the git repository a command runs in (see
//! [`crate::git`]): the project whose `uri` matches one of the
//! repository's remotes, and the issue its branch name carries.
//!
//! Projects' URIs come from the cache when its whole list of projects was
//! fetched within the hour, else from one GET /projects (which refreshes
//! the cache); when the server cannot be asked, from the cache of any age.

use std::path::PathBuf;

use super::cache::remember_projects;
use crate::cli::IssueArgs;
use crate::error::{Error, Result};
use crate::git::{self, GitError, Repo};
use crate::settings::Settings;
use crate::state::cache::{CacheKind, Coverage};
use timesync::model::ProjectQuery;
use timesync::validation::{parse_web_uri, Slug};

/// How long a cached list of projects is trusted without asking the server.
const FRESH_SECONDS: i64 = 3600;

/// A project known by its slugs (the first, the shortest, names it) and its uri.
type ProjectUri = (Vec<String>, String);

/// The repository the command runs in; `Ok(None)` outside a work tree.
pub fn repository() -> Result<Option<Repo>> {
    git::discover(&current_dir()).map_err(|error| match error {
        GitError::NotInstalled => Error::invalid(git::NO_GIT),
        GitError::Failed(why) => Error::Io(format!("git context: {why}")),
    })
}

fn current_dir() -> PathBuf {
    std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))
}

/// The project and issue link of a new entry or clock. Without `project`,
/// the repository's project (the usual error when there is none, with
/// `needs` saying what to give). The issue is `--issue-uri`, or issue
/// `--issue N` of the project, or the branch's issue when the project is
/// the repository's (not with `--no-issue`).
pub fn entry_target(
    settings: &Settings,
    project: Option<Slug>,
    issue_uri: Option<String>,
    issue: IssueArgs,
    needs: &str,
) -> Result<(Slug, Option<String>)> {
    let repo = match (&project, issue.issue, issue.no_issue || issue_uri.is_some()) {
        (None, _, _) => Some(repository().map_err(|e| Error::invalid(format!("{needs}: {e}")))?),
        // Git runs only when the branch may give the issue: a branch whose
        // name carries none, read from HEAD, needs nothing more.
        (Some(_), None, false) => match git::head_branch(&current_dir()) {
            Some(branch) if branch.as_deref().and_then(git::branch_issue).is_none() => None,
            _ => repository().ok(),
        },
        _ => None,
    }
    .flatten();
    let (project, uri, from_repo) = match project {
        Some(project) => {
            let uri = if issue.issue.is_some() {
                project_uri(settings, &project)?
            } else if repo.as_ref().and_then(branch_issue).is_some() {
                // Only for the branch's issue: a server that cannot be asked
                // leaves the entry without it, never stops it.
                project_uri(settings, &project).ok().flatten()
            } else {
                None
            };
            let matches = match (&repo, &uri) {
                (Some(repo), Some(uri)) => matches_repo(repo, uri),
                _ => false,
            };
            (project, uri, matches)
        }
        None => {
            let Some(repo) = &repo else { return Err(Error::invalid(needs.to_owned())) };
            let (project, uri) = repo_project(settings, repo, needs)?;
            (project, Some(uri), true)
        }
    };
    if issue_uri.is_some() || issue.no_issue {
        return Ok((project, issue_uri));
    }
    let number = match issue.issue {
        Some(n) => Some(n),
        None if from_repo => repo.as_ref().and_then(branch_issue),
        None => None,
    };
    let Some(n) = number else { return Ok((project, None)) };
    let url = issue_link(settings, &project, uri.as_deref(), n)?;
    Ok((project, Some(url)))
}

/// The issue number of the repository's branch.
fn branch_issue(repo: &Repo) -> Option<u64> {
    repo.branch.as_deref().and_then(git::branch_issue)
}

/// The URL of issue `n` of `project`, or why there is none.
pub fn issue_link(settings: &Settings, project: &Slug, uri: Option<&str>, n: u64) -> Result<String> {
    let pattern = settings.stored.issues.get(project.as_str()).map(String::as_str);
    let url = git::issue_url(uri, n, pattern).ok_or_else(|| {
        Error::invalid(format!(
            "--issue {n}: project '{project}' has no repository uri to link its issues to: give --issue-uri, \
             or set an issue pattern in the profile ([profiles.{}.issues] {project} = \"https://…/{{n}}\")",
            settings.profile
        ))
    })?;
    parse_web_uri(&url).map_err(|e| {
        Error::invalid(format!("the issue pattern of project '{project}' in profile {} gives {e}", settings.profile))
    })
}

/// Whether `uri` is the repository of one of `repo`'s remotes.
fn matches_repo(repo: &Repo, uri: &str) -> bool {
    let Some(uri) = git::normalize_url(uri) else { return false };
    repo.remotes.iter().any(|remote| git::normalize_url(&remote.url).as_deref() == Some(uri.as_str()))
}

/// The one project whose uri matches one of the repository's remotes, and
/// its uri; none or several are refused, naming the remotes tried.
pub fn repo_project(settings: &Settings, repo: &Repo, needs: &str) -> Result<(Slug, String)> {
    let projects = project_uris(settings)?;
    let mut found: Vec<&ProjectUri> = Vec::new();
    for project in &projects {
        if matches_repo(repo, &project.1) && !found.contains(&project) {
            found.push(project);
        }
    }
    let tried = if repo.remotes.is_empty() {
        "the repository has no remotes".to_owned()
    } else {
        let remotes: Vec<String> = repo.remotes.iter().map(|r| format!("{} {}", r.name, r.url)).collect();
        format!("remotes tried: {}", remotes.join(", "))
    };
    match found.as_slice() {
        [(slugs, uri)] => {
            let slug =
                slugs[0].parse().map_err(|e: String| Error::unexpected(format!("the cached project has {e}")))?;
            Ok((slug, uri.clone()))
        }
        [] => Err(Error::invalid(format!("{needs}: no project's uri matches this git repository ({tried})"))),
        several => {
            let names: Vec<&str> = several.iter().map(|(slugs, _)| slugs[0].as_str()).collect();
            Err(Error::invalid(format!(
                "{needs}: several projects match this git repository: {} ({tried})",
                names.join(", ")
            )))
        }
    }
}

/// The uri of `project`, if it has one.
fn project_uri(settings: &Settings, project: &Slug) -> Result<Option<String>> {
    let projects = project_uris(settings)?;
    Ok(projects.into_iter().find(|(slugs, _)| slugs.iter().any(|s| s == project.as_str())).map(|(_, uri)| uri))
}

/// The projects that have a uri: from the fresh cache, else one GET
/// /projects, else (the server not reachable) the cache of any age.
fn project_uris(settings: &Settings) -> Result<Vec<ProjectUri>> {
    let store = settings.existing_store().ok().flatten();
    let now = settings.now.datetime().to_utc().timestamp();
    let cached = || store.as_ref().and_then(|s| s.cached_project_uris().ok()).unwrap_or_default();
    let fresh = store
        .as_ref()
        .and_then(|s| s.cached_list_at(CacheKind::Projects).ok().flatten())
        .is_some_and(|at| now - at.timestamp() < FRESH_SECONDS);
    if fresh {
        return Ok(cached());
    }
    let fetched = super::session(settings).and_then(|s| Ok(s.client.get_projects(&ProjectQuery::default())?));
    match fetched {
        Ok(projects) => {
            remember_projects(settings, &projects, Coverage::Complete);
            Ok(projects
                .into_iter()
                .filter(|p| p.deleted_at.is_none() && !p.slugs.is_empty())
                .filter_map(|p| {
                    let mut slugs: Vec<String> = p.slugs.iter().map(ToString::to_string).collect();
                    slugs.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
                    Some((slugs, p.uri?))
                })
                .collect())
        }
        Err(error) if super::delivery::keeps_unsent(&error) && !cached().is_empty() => Ok(cached()),
        Err(error) => Err(error),
    }
}

/// The repository's project for `log --here` and `report --here`.
pub fn here(settings: &Settings) -> Result<Slug> {
    let needs = "--here: the project of this git repository";
    let repo = repository().map_err(|e| Error::invalid(format!("{needs}: {e}")))?;
    let repo = repo.ok_or_else(|| Error::invalid(format!("{needs}: not inside a git work tree")))?;
    Ok(repo_project(settings, &repo, needs)?.0)
}

/// What `status` shows of the repository: its top, its project and the
/// branch's issue, from the cache alone (no request); `None` outside a
/// work tree or without git.
pub fn status(settings: &Settings) -> Option<(String, Option<String>, Option<String>)> {
    let repo = repository().ok().flatten()?;
    let store = settings.existing_store().ok().flatten();
    let projects = store.and_then(|s| s.cached_project_uris().ok()).unwrap_or_default();
    let found: Vec<&ProjectUri> = projects.iter().filter(|(_, uri)| matches_repo(&repo, uri)).collect();
    let (project, issue) = match found.as_slice() {
        [(slugs, uri)] => {
            let issue = branch_issue(&repo).and_then(|n| {
                let slug: Slug = slugs[0].parse().ok()?;
                issue_link(settings, &slug, Some(uri), n).ok()
            });
            (Some(slugs[0].clone()), issue)
        }
        _ => (None, None),
    };
    Some((repo.toplevel.display().to_string(), project, issue))
}
