//! Seeding an engine with a history of time entries from JSON lines, straight into the
//! tables: the state the same entries would leave if they had been POSTed one by one (users,
//! projects and activities created as needed), without a request each, so that a server with
//! a million entries starts in seconds.
//!
//! One JSON object a line (blank lines are skipped):
//!
//! ```json
//! {"user": "alice", "project": "gwm", "activities": ["dev", "docs"], "duration": 5400, "date_worked": "2024-03-01", "notes": "Reviewed the installer", "issue_uri": "https://github.com/osuosl/ganeti_webmgr/issues/12"}
//! ```
//!
//! * `user` (a lower-case username), `project` (a slug), `activities` (a non-empty array of
//!   slugs), `duration` (whole seconds, 0 or more) and `date_worked` (`YYYY-MM-DD`) are
//!   required; `notes` and `issue_uri` (http or https) are optional, as in `POST /times`.
//! * `uuid` (optional): the entry's UUID, unique; the engine issues one otherwise.
//! * `created_at` (optional, `YYYY-MM-DD`): when the entry was made; the engine's "now"
//!   otherwise (as for a POST).
//! * A user met for the first time is created as a plain user (no site roles) with the
//!   password `password` ([`samples::PASSWORD`](crate::samples::PASSWORD)), unless one of that
//!   name exists (an `--admin`, say); a project as a project of that name and slug, with no
//!   default activity; an activity as an activity of that name and slug. Each user becomes a
//!   member of every project they have entries in, as `POST /times` requires.
//!
//! The entries are stored as revision 1 in the order of the lines, so `GET /times` lists them
//! in that order, as the reference lists entries in the order they were created.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::BufRead;

use serde_json::Value;

use crate::dates::{has_date_pattern, parse_js_date};
use crate::engine::{Engine, ProjectRoles, SiteRoles};
use crate::samples::PASSWORD_HASH;
use crate::state::{Db, Rev, TimeRow, User};
use crate::validate::{slug_strict, username_ok, uuid_ok, web_uri_ok};

/// What a seeding added.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seeded {
    pub times: usize,
    pub users: usize,
    pub projects: usize,
    pub activities: usize,
}

/// Why a seeding stopped: the line (1-based) and what is wrong with it, or a read error
/// (line 0 when it is not tied to a line). Entries of the lines before it stay seeded.
#[derive(Debug)]
pub struct SeedError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            0 => f.write_str(&self.message),
            n => write!(f, "line {n}: {}", self.message),
        }
    }
}

impl std::error::Error for SeedError {}

/// One line, checked.
struct Entry {
    user: String,
    project: String,
    activities: Vec<String>,
    duration: u64,
    date_worked: i64,
    notes: Option<String>,
    issue_uri: Option<String>,
    uuid: Option<String>,
    created_at: Option<i64>,
}

fn text<'a>(obj: &'a serde_json::Map<String, Value>, key: &str) -> Result<Option<&'a str>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(format!("{key} should be a string")),
    }
}

fn required<'a>(obj: &'a serde_json::Map<String, Value>, key: &str) -> Result<&'a str, String> {
    text(obj, key)?.ok_or_else(|| format!("{key} is missing"))
}

fn day(value: &str, key: &str) -> Result<i64, String> {
    parse_js_date(value)
        .filter(|_| value.len() == 10 && has_date_pattern(value))
        .ok_or_else(|| format!("{key} should be a YYYY-MM-DD date, got {value:?}"))
}

fn parse_line(line: &str) -> Result<Entry, String> {
    let value: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let Value::Object(obj) = value else {
        return Err("not a JSON object".into());
    };
    const KNOWN: [&str; 9] =
        ["user", "project", "activities", "duration", "date_worked", "notes", "issue_uri", "uuid", "created_at"];
    if let Some(key) = obj.keys().find(|k| !KNOWN.contains(&k.as_str())) {
        return Err(format!("unknown field {key}"));
    }
    let user = required(&obj, "user")?;
    if !username_ok(user) || user.bytes().any(|c| c.is_ascii_uppercase()) {
        return Err(format!("user {user:?} is not a lower-case username"));
    }
    let project = required(&obj, "project")?;
    if !slug_strict(project) {
        return Err(format!("project {project:?} is not a slug"));
    }
    let activities = match obj.get("activities") {
        Some(Value::Array(items)) if !items.is_empty() => items
            .iter()
            .map(|a| a.as_str().filter(|s| slug_strict(s)).map(str::to_string))
            .collect::<Option<Vec<String>>>()
            .ok_or("activities should be slugs")?,
        _ => return Err("activities should be a non-empty array of slugs".into()),
    };
    let duration = obj.get("duration").and_then(Value::as_u64).ok_or("duration should be whole seconds, 0 or more")?;
    let date_worked = day(required(&obj, "date_worked")?, "date_worked")?;
    let issue_uri = text(&obj, "issue_uri")?;
    if let Some(uri) = issue_uri.filter(|u| !web_uri_ok(u)) {
        return Err(format!("issue_uri {uri:?} is not an http(s) URI"));
    }
    let uuid = text(&obj, "uuid")?;
    if let Some(uuid) = uuid.filter(|u| !uuid_ok(u)) {
        return Err(format!("uuid {uuid:?} is not a UUID"));
    }
    let created_at = text(&obj, "created_at")?.map(|d| day(d, "created_at")).transpose()?;
    Ok(Entry {
        user: user.to_string(),
        project: project.to_string(),
        activities,
        duration,
        date_worked,
        notes: text(&obj, "notes")?.map(str::to_string),
        issue_uri: issue_uri.map(str::to_string),
        uuid: uuid.map(str::to_ascii_lowercase),
        created_at,
    })
}

/// What is known while seeding, so that each line costs a few hash lookups.
struct Index {
    users: HashSet<String>,
    /// Project slug → uuid.
    projects: HashMap<String, String>,
    /// Activity slug → every row carrying it.
    activities: HashMap<String, Vec<usize>>,
    members: HashSet<(String, String)>,
    uuids: HashSet<String>,
    added: Seeded,
}

impl Index {
    fn of(db: &Db) -> Index {
        let mut activities: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, row) in db.activities.iter().enumerate() {
            if let Some(slug) = &row.slug {
                activities.entry(slug.clone()).or_default().push(i);
            }
        }
        Index {
            users: db.users.iter().map(|u| u.username.clone()).collect(),
            projects: db.project_slugs.iter().cloned().collect(),
            activities,
            members: db.roles.iter().filter(|r| r.member).map(|r| (r.project.clone(), r.user.clone())).collect(),
            uuids: db.times.iter().map(|t| t.rev.uuid.clone()).collect(),
            added: Seeded::default(),
        }
    }

    fn user(&mut self, db: &mut Db, name: &str) {
        if !self.users.contains(name) {
            let now = db.now();
            db.users.push(User::new(name, PASSWORD_HASH, SiteRoles::default(), now));
            self.users.insert(name.to_string());
            self.added.users += 1;
        }
    }

    fn project(&mut self, db: &mut Db, slug: &str) -> String {
        if let Some(uuid) = self.projects.get(slug) {
            return uuid.clone();
        }
        let uuid = db.new_uuid();
        db.insert_project(&uuid, slug, &[slug], None, None);
        self.projects.insert(slug.to_string(), uuid.clone());
        self.added.projects += 1;
        uuid
    }

    fn activities(&mut self, db: &mut Db, slugs: &[String]) -> Vec<usize> {
        let mut ids = Vec::with_capacity(slugs.len());
        for slug in slugs {
            if !self.activities.contains_key(slug) {
                let uuid = db.new_uuid();
                db.insert_activity(&uuid, slug, slug);
                self.activities.insert(slug.clone(), vec![db.activities.len() - 1]);
                self.added.activities += 1;
            }
            for &id in &self.activities[slug] {
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        ids
    }

    fn member(&mut self, db: &mut Db, project: &str, user: &str) {
        let key = (project.to_string(), user.to_string());
        if !self.members.contains(&key) {
            let roles = db.role(project, user).map_or(ProjectRoles::default(), |r| ProjectRoles {
                member: r.member,
                spectator: r.spectator,
                manager: r.manager,
            });
            db.set_role(project, user, ProjectRoles { member: true, ..roles });
            self.members.insert(key);
        }
    }

    fn add(&mut self, db: &mut Db, entry: Entry) -> Result<(), String> {
        let uuid = match entry.uuid {
            Some(uuid) => uuid,
            None => db.new_uuid(),
        };
        if !self.uuids.insert(uuid.clone()) {
            return Err(format!("uuid {uuid} is taken"));
        }
        self.user(db, &entry.user);
        let project = self.project(db, &entry.project);
        let activities = self.activities(db, &entry.activities);
        self.member(db, &project, &entry.user);
        let created_at = entry.created_at.unwrap_or_else(|| db.now());
        db.times.push(TimeRow {
            rev: Rev::first(&uuid, created_at),
            duration: entry.duration.into(),
            user: entry.user,
            project,
            activities,
            notes: entry.notes,
            issue_uri: entry.issue_uri,
            date_worked: entry.date_worked,
        });
        self.added.times += 1;
        Ok(())
    }
}

impl Engine {
    /// Adds the time entries of `lines`, JSON lines in the format of the [`seed`](crate::seed)
    /// module, creating the users, projects and activities they name as needed. Stops at the
    /// first bad line (the lines before it stay seeded). The engine's lock is held throughout.
    pub fn seed_times(&self, lines: impl BufRead) -> Result<Seeded, SeedError> {
        let mut db = self.db();
        let mut index = Index::of(&db);
        for (n, line) in lines.lines().enumerate() {
            let line = line.map_err(|e| SeedError { line: n + 1, message: e.to_string() })?;
            if line.trim().is_empty() {
                continue;
            }
            parse_line(&line)
                .and_then(|entry| index.add(&mut db, entry))
                .map_err(|message| SeedError { line: n + 1, message })?;
        }
        db.times.shrink_to_fit();
        Ok(index.added)
    }
}
