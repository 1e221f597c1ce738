//! From drafts to the entries to send: names mapped and checked against
//! the server's projects and activities, the owner checked, and each entry
//! keyed for the delivery ledger.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Deserialize;

use super::{Draft, ProjectRef, RowError};
use crate::state::ledger::{digest, ImportKey};
use timesync::model::{Activity, NewTime, Project};
use timesync::validation::{is_slug, Slug, Username};

/// Names in the input that differ from the server's slugs: `--project-map`,
/// `--activity-map` and the `[projects]` and `[activities]` tables of a
/// `--map` file. An activity mapped to nothing (`FROM=`) is dropped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mapping {
    projects: BTreeMap<String, Slug>,
    activities: BTreeMap<String, Option<Slug>>,
}

/// A mapping file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MappingFile {
    #[serde(default)]
    projects: BTreeMap<String, String>,
    #[serde(default)]
    activities: BTreeMap<String, String>,
}

impl Mapping {
    /// Reads a mapping file: TOML with a `[projects]` and an `[activities]`
    /// table of `"name in the input" = "slug"`.
    pub fn from_toml(text: &str) -> Result<Mapping, String> {
        let file: MappingFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|span| text[..span.start.min(text.len())].lines().count().max(1));
            let at = line.map(|line| format!("line {line}: ")).unwrap_or_default();
            format!("{at}{}", e.message())
        })?;
        let mut mapping = Mapping::default();
        for (from, to) in &file.projects {
            mapping.map_project(from, to)?;
        }
        for (from, to) in &file.activities {
            mapping.map_activity(from, to)?;
        }
        Ok(mapping)
    }

    /// Maps project name `from` to slug `to`.
    pub fn map_project(&mut self, from: &str, to: &str) -> Result<(), String> {
        let slug = to.trim().parse::<Slug>().map_err(|e| format!("project map {from}={to}: {e}"))?;
        self.projects.insert(from.trim().to_owned(), slug);
        Ok(())
    }

    /// Maps activity name `from` to slug `to`; an empty `to` drops it.
    pub fn map_activity(&mut self, from: &str, to: &str) -> Result<(), String> {
        let slug = match to.trim() {
            "" => None,
            to => Some(to.parse::<Slug>().map_err(|e| format!("activity map {from}={to}: {e}"))?),
        };
        self.activities.insert(from.trim().to_owned(), slug);
        Ok(())
    }

    /// Adds `other`'s entries, replacing those for the same names.
    pub fn extend(&mut self, other: Mapping) {
        self.projects.extend(other.projects);
        self.activities.extend(other.activities);
    }
}

/// The server's projects (every current slug, with the project's default
/// activity) and activities, read once.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    projects: BTreeMap<String, Option<String>>,
    activities: BTreeSet<String>,
}

impl Catalog {
    /// The catalog of `GET /projects` and `GET /activities` (deleted ones left out).
    pub fn new(projects: &[Project], activities: &[Activity]) -> Catalog {
        let projects = projects
            .iter()
            .filter(|p| p.deleted_at.is_none())
            .flat_map(|p| p.slugs.iter().map(|slug| (slug.clone(), p.default_activity.clone())))
            .collect();
        let activities = activities.iter().filter(|a| a.deleted_at.is_none()).filter_map(|a| a.slug.clone()).collect();
        Catalog { projects, activities }
    }

    fn some_projects(&self) -> String {
        sample(self.projects.keys())
    }

    fn some_activities(&self) -> String {
        sample(self.activities.iter())
    }
}

/// Up to eight names, for an error message.
fn sample<'a>(names: impl ExactSizeIterator<Item = &'a String>) -> String {
    let total = names.len();
    if total == 0 {
        return "none".to_owned();
    }
    let shown: Vec<&str> = names.take(8).map(String::as_str).collect();
    let more = if total > shown.len() { format!(" and {} more", total - shown.len()) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

/// An entry ready to send: where it came from, what is sent, and its key
/// in the delivery ledger.
#[derive(Clone, Debug, PartialEq)]
pub struct Planned {
    /// The line its row starts on.
    pub line: usize,
    /// Its row's index in [`Parsed::records`](super::Parsed::records).
    pub record: usize,
    /// The entry, normalised (activities sorted, no duplicates).
    pub time: NewTime,
    /// Its key in the ledger: the entry's digest and its occurrence among identical entries.
    pub key: ImportKey,
}

/// Maps and checks every draft for `user` against `catalog`: the entries
/// to send, and every bad row (unknown names, another owner).
pub fn resolve(
    drafts: &[Draft],
    mapping: &Mapping,
    catalog: &Catalog,
    user: &Username,
) -> (Vec<Planned>, Vec<RowError>) {
    let mut planned = Vec::with_capacity(drafts.len());
    let mut errors = Vec::new();
    let mut occurrences: HashMap<String, u32> = HashMap::new();
    for draft in drafts {
        match entry(draft, mapping, catalog, user) {
            Ok(time) => {
                let digest = digest(&time);
                let occurrence = occurrences.entry(digest.clone()).or_insert(0);
                *occurrence += 1;
                let key = ImportKey { digest, occurrence: *occurrence };
                planned.push(Planned { line: draft.line, record: draft.record, time, key });
            }
            Err(problems) => errors.push(RowError::new(draft.line, problems.join("; "))),
        }
    }
    (planned, errors)
}

fn entry(draft: &Draft, mapping: &Mapping, catalog: &Catalog, user: &Username) -> Result<NewTime, Vec<String>> {
    let mut problems = Vec::new();
    if let Some(owner) = draft.user.as_deref().filter(|owner| *owner != user.as_str()) {
        problems.push(format!(
            "user {owner} is not the logged-in user {user}; TimeSync only accepts time entries from their owner"
        ));
    }
    let (project, names) = match project(draft, mapping, catalog) {
        Ok((project, names)) => (Some(project), names),
        Err(problem) => {
            problems.push(problem);
            (None, draft.activities.iter().collect())
        }
    };
    let mut activities = Vec::new();
    for name in names {
        match activity(name, mapping, catalog) {
            Ok(Some(slug)) => activities.push(slug),
            Ok(None) => {}
            Err(problem) => problems.push(problem),
        }
    }
    activities.sort();
    activities.dedup();
    if let Some(project) = &project {
        let default = catalog.projects.get(project.as_str()).cloned().flatten();
        if activities.is_empty() && default.is_none() && problems.is_empty() {
            problems.push(format!(
                "no activity, and project {project} has no default activity: give the row an activity{}",
                if draft.activities.is_empty() { "" } else { " the server knows (or map its names)" }
            ));
        }
    }
    match project {
        Some(project) if problems.is_empty() => Ok(NewTime {
            duration: draft.duration,
            project,
            user: user.clone(),
            activities,
            date_worked: draft.date_worked,
            notes: draft.notes.clone(),
            issue_uri: draft.issue_uri.clone(),
        }),
        _ => Err(problems),
    }
}

/// The entry's project, and the names left for activities.
fn project<'d>(draft: &'d Draft, mapping: &Mapping, catalog: &Catalog) -> Result<(Slug, Vec<&'d String>), String> {
    match &draft.project {
        ProjectRef::Named(name) => Ok((project_slug(name, mapping, catalog)?, draft.activities.iter().collect())),
        ProjectRef::AnyOf(slugs) => {
            let mut found = slugs.iter().map(|slug| project_slug(slug, mapping, catalog));
            let first = found.next().unwrap_or_else(|| Err("project is empty".to_owned()));
            let slug = match first {
                Ok(slug) => slug,
                Err(error) if slugs.len() == 1 => return Err(error),
                Err(_) => found.find_map(Result::ok).ok_or_else(|| {
                    format!(
                        "unknown project {} (the server has {}): map one with --project-map SLUG=SLUG",
                        slugs.join(";"),
                        catalog.some_projects()
                    )
                })?,
            };
            Ok((slug, draft.activities.iter().collect()))
        }
        ProjectRef::FromTags => {
            let tags = &draft.activities;
            let mapped: Vec<&String> = tags.iter().filter(|tag| mapping.projects.contains_key(tag.as_str())).collect();
            let known: Vec<&String> = tags.iter().filter(|tag| catalog.projects.contains_key(tag.as_str())).collect();
            let chosen = match (mapped.as_slice(), known.as_slice()) {
                ([one], _) | ([], [one]) => *one,
                ([], []) => {
                    return Err(format!(
                        "no tag names a project (tags: {}; projects: {}): map one with --project-map TAG=SLUG",
                        if tags.is_empty() { "none".to_owned() } else { tags.join(", ") },
                        catalog.some_projects()
                    ))
                }
                (several, _) if several.len() > 1 => return Err(several_projects(several)),
                (_, several) => return Err(several_projects(several)),
            };
            let rest = tags.iter().filter(|tag| *tag != chosen).collect();
            Ok((project_slug(chosen, mapping, catalog)?, rest))
        }
    }
}

fn several_projects(tags: &[&String]) -> String {
    let names: Vec<&str> = tags.iter().map(|t| t.as_str()).collect();
    format!("tags {} all name projects: keep one per interval, or map only one with --project-map", names.join(", "))
}

fn project_slug(name: &str, mapping: &Mapping, catalog: &Catalog) -> Result<Slug, String> {
    if let Some(slug) = mapping.projects.get(name) {
        if catalog.projects.contains_key(slug.as_str()) {
            return Ok(slug.clone());
        }
        return Err(format!(
            "project '{name}' is mapped to {slug}, which the server does not know ({})",
            catalog.some_projects()
        ));
    }
    if !is_slug(name) {
        return Err(format!("project '{name}' is not a slug: map it with --project-map '{name}=SLUG'"));
    }
    if !catalog.projects.contains_key(name) {
        return Err(format!(
            "unknown project {name} (the server has {}): map it with --project-map '{name}=SLUG'",
            catalog.some_projects()
        ));
    }
    name.parse().map_err(|e: String| e)
}

/// An activity's slug, or `None` when the mapping drops it.
fn activity(name: &str, mapping: &Mapping, catalog: &Catalog) -> Result<Option<Slug>, String> {
    let hint = format!("map it with --activity-map '{name}=SLUG', or drop it with --activity-map '{name}='");
    let slug = match mapping.activities.get(name) {
        Some(None) => return Ok(None),
        Some(Some(slug)) => slug.clone(),
        None if !is_slug(name) => return Err(format!("activity '{name}' is not a slug: {hint}")),
        None => name.parse()?,
    };
    if !catalog.activities.contains(slug.as_str()) {
        let what = if slug.as_str() == name {
            format!("unknown activity {name}")
        } else {
            format!("activity '{name}' is mapped to {slug}, which is unknown")
        };
        return Err(format!("{what} (the server has {}): {hint}", catalog.some_activities()));
    }
    Ok(Some(slug))
}
