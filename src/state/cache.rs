//! A local cache of the server's projects, activities and users, per
//! profile: what shell completion offers (never a network call while
//! completing), what `clock in` checks a project against, and what turns a
//! `POST /times` echo into the stored entry (a project's uuid, all its slugs
//! and its default activity). Each row says when it was fetched.
//!
//! Any command that fetches these objects refreshes the cache: a whole list
//! ([`Coverage::Complete`]) replaces what was cached, so objects deleted on
//! the server leave it; single objects ([`Coverage::Partial`]) are added or
//! replaced. Every change is one transaction.

use chrono::{DateTime, Utc};
use std::path::Path;

use rusqlite::{params, OptionalExtension, ToSql, Transaction};

use super::{db_error, Store};
use crate::error::Result;
use timesync::model::{Activity, Project};

/// A project as cached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CachedProject {
    /// The project's uuid.
    pub uuid: String,
    /// Its name.
    pub name: String,
    /// All its current slugs, sorted.
    pub slugs: Vec<String>,
    /// The slug of its default activity, if it has one.
    pub default_activity: Option<String>,
    /// When it was fetched from the server.
    pub fetched_at: DateTime<Utc>,
}

/// An activity as cached.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CachedActivity {
    /// The activity's uuid.
    pub uuid: String,
    /// Its name.
    pub name: String,
    /// Its slug.
    pub slug: String,
    /// When it was fetched from the server.
    pub fetched_at: DateTime<Utc>,
}

/// The kinds of names the cache holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheKind {
    /// Project slugs.
    Projects,
    /// Activity slugs.
    Activities,
    /// Usernames.
    Users,
}

impl CacheKind {
    /// What one of these is called: `project`, `activity` or `user`.
    pub fn noun(self) -> &'static str {
        match self {
            CacheKind::Projects => "project",
            CacheKind::Activities => "activity",
            CacheKind::Users => "user",
        }
    }

    /// The kind named `projects`, `activities` or `users` (as `timesync __complete` takes it).
    pub fn from_name(name: &str) -> Option<CacheKind> {
        match name {
            "projects" => Some(CacheKind::Projects),
            "activities" => Some(CacheKind::Activities),
            "users" => Some(CacheKind::Users),
            _ => None,
        }
    }
}

/// Whether fetched objects are the server's whole list or only some of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coverage {
    /// Everything the server has: what is not among them is gone.
    Complete,
    /// Some objects: they are added or replaced, the others kept.
    Partial,
}

impl Coverage {
    /// `Complete` for the server's `whole` list, else `Partial`.
    pub fn of(whole: bool) -> Coverage {
        if whole {
            Coverage::Complete
        } else {
            Coverage::Partial
        }
    }
}

impl Store {
    /// Caches `projects` fetched at `fetched_at` (deleted ones are dropped).
    pub fn cache_projects(
        &mut self,
        projects: &[Project],
        coverage: Coverage,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let at = fetched_at.timestamp();
        let whole = Some((CacheKind::Projects, at));
        self.change_list(whole, coverage, &["cached_projects", "cached_project_slugs"], |change| {
            for project in projects {
                change.remove(&project.uuid)?;
                if project.deleted_at.is_some() || project.slugs.is_empty() {
                    continue;
                }
                change.run(
                    "INSERT INTO cached_projects (profile, uuid, name, default_activity, fetched_at, uri)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    &[&change.profile, &project.uuid, &project.name, &project.default_activity, &at, &project.uri],
                )?;
                for slug in &project.slugs {
                    // A slug moves to the project that has it now.
                    change.run(
                        "INSERT OR REPLACE INTO cached_project_slugs (profile, slug, uuid) VALUES (?1, ?2, ?3)",
                        &[&change.profile, slug, &project.uuid],
                    )?;
                }
            }
            change.drop_orphans()
        })
    }

    /// Caches `activities` fetched at `fetched_at` (deleted ones are dropped).
    pub fn cache_activities(
        &mut self,
        activities: &[Activity],
        coverage: Coverage,
        fetched_at: DateTime<Utc>,
    ) -> Result<()> {
        let at = fetched_at.timestamp();
        self.change_list(Some((CacheKind::Activities, at)), coverage, &["cached_activities"], |change| {
            for activity in activities {
                change.remove(&activity.uuid)?;
                let Some(slug) = activity.slug.as_ref().filter(|_| activity.deleted_at.is_none()) else { continue };
                change.run(
                    "INSERT OR REPLACE INTO cached_activities (profile, slug, uuid, name, fetched_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    &[&change.profile, slug, &activity.uuid, &activity.name, &at],
                )?;
            }
            Ok(())
        })
    }

    /// Caches `usernames` fetched at `fetched_at`.
    pub fn cache_users(&mut self, usernames: &[&str], coverage: Coverage, fetched_at: DateTime<Utc>) -> Result<()> {
        let at = fetched_at.timestamp();
        self.change_list(Some((CacheKind::Users, at)), coverage, &["cached_users"], |change| {
            for username in usernames {
                change.run(
                    "INSERT OR REPLACE INTO cached_users (profile, username, fetched_at) VALUES (?1, ?2, ?3)",
                    &[&change.profile, username, &at],
                )?;
            }
            Ok(())
        })
    }

    /// Forgets a project (by any of its slugs, with all of them), an
    /// activity (by slug) or a user: it was deleted, or the server does not
    /// know it.
    pub fn forget(&mut self, kind: CacheKind, name: &str) -> Result<()> {
        self.change_cache(Coverage::Partial, &[], |change| {
            let sql = match kind {
                CacheKind::Projects => {
                    "DELETE FROM cached_project_slugs WHERE profile = ?1 AND uuid IN
                     (SELECT uuid FROM cached_project_slugs WHERE profile = ?1 AND slug = ?2)"
                }
                CacheKind::Activities => "DELETE FROM cached_activities WHERE profile = ?1 AND slug = ?2",
                CacheKind::Users => "DELETE FROM cached_users WHERE profile = ?1 AND username = ?2",
            };
            change.run(sql, &[&change.profile, &name])?;
            change.drop_orphans()
        })
    }

    /// Changes the cache in one transaction: under [`Coverage::Complete`]
    /// first empties this profile's rows of `tables`, then runs `apply`
    /// (whose [`CacheChange::remove`] removes an object from `tables`).
    fn change_cache(
        &mut self,
        coverage: Coverage,
        tables: &[&str],
        apply: impl FnOnce(&CacheChange) -> Result<()>,
    ) -> Result<()> {
        self.change_list(None, coverage, tables, apply)
    }

    /// [`Store::change_cache`] of a whole list of `kind` fetched at `at`
    /// (recorded, for [`Store::cached_list_at`]) or of some objects.
    fn change_list(
        &mut self,
        whole: Option<(CacheKind, i64)>,
        coverage: Coverage,
        tables: &[&str],
        apply: impl FnOnce(&CacheChange) -> Result<()>,
    ) -> Result<()> {
        let (path, profile) = (self.path.clone(), self.profile.clone());
        self.write(|tx| {
            let change = CacheChange { tx, path: &path, profile: &profile, tables };
            if coverage == Coverage::Complete {
                for table in tables {
                    change.run(&format!("DELETE FROM {table} WHERE profile = ?1"), &[&profile])?;
                }
                if let Some((kind, at)) = whole {
                    change.run(
                        "INSERT OR REPLACE INTO cached_lists (profile, kind, fetched_at) VALUES (?1, ?2, ?3)",
                        &[&profile, &kind.noun(), &at],
                    )?;
                }
            }
            apply(&change)
        })
    }

    /// The cached project with `slug`, if any.
    pub fn cached_project(&self, slug: &str) -> Result<Option<CachedProject>> {
        let row = self
            .conn
            .query_row(
                "SELECT p.uuid, p.name, p.default_activity, p.fetched_at FROM cached_projects p
                 JOIN cached_project_slugs s ON s.profile = p.profile AND s.uuid = p.uuid
                 WHERE p.profile = ?1 AND s.slug = ?2",
                params![self.profile, slug],
                |row| Ok((row.get::<_, String>(0)?, row.get(1)?, row.get(2)?, row.get::<_, i64>(3)?)),
            )
            .optional()
            .map_err(|e| self.error(&e))?;
        let Some((uuid, name, default_activity, at)) = row else { return Ok(None) };
        let slugs = self
            .strings("SELECT slug FROM cached_project_slugs WHERE profile = ?1 AND uuid = ?2 ORDER BY slug", &uuid)?;
        Ok(Some(CachedProject { uuid, name, slugs, default_activity, fetched_at: from_timestamp(at) }))
    }

    /// Every cached project with a `uri`: its slugs (shortest first) and its uri.
    pub fn cached_project_uris(&self) -> Result<Vec<(Vec<String>, String)>> {
        let mut statement = self
            .conn
            .prepare(
                "SELECT GROUP_CONCAT(s.slug, ' '), p.uri FROM cached_projects p
                 JOIN cached_project_slugs s ON s.profile = p.profile AND s.uuid = p.uuid
                 WHERE p.profile = ?1 AND p.uri IS NOT NULL GROUP BY p.uuid ORDER BY MIN(s.slug)",
            )
            .map_err(|e| self.error(&e))?;
        let rows = statement.query_map(params![self.profile], |row| {
            let slugs: String = row.get(0)?;
            let mut slugs: Vec<String> = slugs.split(' ').map(str::to_owned).collect();
            slugs.sort_by(|a, b| (a.len(), a).cmp(&(b.len(), b)));
            Ok((slugs, row.get(1)?))
        });
        let rows = rows.map_err(|e| self.error(&e))?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(|e| self.error(&e))
    }

    /// The cached activity with `slug`, if any.
    pub fn cached_activity(&self, slug: &str) -> Result<Option<CachedActivity>> {
        self.conn
            .query_row(
                "SELECT uuid, name, slug, fetched_at FROM cached_activities WHERE profile = ?1 AND slug = ?2",
                params![self.profile, slug],
                |row| {
                    Ok(CachedActivity {
                        uuid: row.get(0)?,
                        name: row.get(1)?,
                        slug: row.get(2)?,
                        fetched_at: from_timestamp(row.get(3)?),
                    })
                },
            )
            .optional()
            .map_err(|e| self.error(&e))
    }

    /// Every cached name of a kind, sorted: project slugs, activity slugs or usernames.
    pub fn cached_names(&self, kind: CacheKind) -> Result<Vec<String>> {
        let sql = match kind {
            CacheKind::Projects => "SELECT slug FROM cached_project_slugs WHERE profile = ?1 AND ?2 = ?2 ORDER BY slug",
            CacheKind::Activities => "SELECT slug FROM cached_activities WHERE profile = ?1 AND ?2 = ?2 ORDER BY slug",
            CacheKind::Users => "SELECT username FROM cached_users WHERE profile = ?1 AND ?2 = ?2 ORDER BY username",
        };
        self.strings(sql, "")
    }

    /// The first column of a query taking the profile and one more value.
    fn strings(&self, sql: &str, value: &str) -> Result<Vec<String>> {
        let mut statement = self.conn.prepare(sql).map_err(|e| self.error(&e))?;
        let rows = statement.query_map(params![self.profile, value], |row| row.get(0)).map_err(|e| self.error(&e))?;
        rows.collect::<rusqlite::Result<Vec<String>>>().map_err(|e| self.error(&e))
    }
}

/// One change of the cache: statements in its transaction, for one profile.
struct CacheChange<'a> {
    tx: &'a Transaction<'a>,
    path: &'a Path,
    profile: &'a str,
    /// The tables an object is cached in.
    tables: &'a [&'a str],
}

impl CacheChange<'_> {
    /// Runs one statement; an error names the database file.
    fn run(&self, sql: &str, values: &[&dyn ToSql]) -> Result<()> {
        self.tx.execute(sql, values).map(drop).map_err(|e| db_error(self.path, &e))
    }

    /// Removes the object with `uuid` from the tables, to be cached afresh (or not at all).
    fn remove(&self, uuid: &str) -> Result<()> {
        for table in self.tables {
            self.run(&format!("DELETE FROM {table} WHERE profile = ?1 AND uuid = ?2"), &[&self.profile, &uuid])?;
        }
        Ok(())
    }

    /// Removes cached projects none of whose slugs is cached any more.
    fn drop_orphans(&self) -> Result<()> {
        self.run(
            "DELETE FROM cached_projects WHERE profile = ?1 AND uuid NOT IN
             (SELECT uuid FROM cached_project_slugs WHERE profile = ?1)",
            &[&self.profile],
        )
    }
}

fn from_timestamp(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn project(uuid: &str, slugs: &[&str], default_activity: Option<&str>) -> Project {
        serde_json::from_value(
            json!({"name": uuid, "slugs": slugs, "default_activity": default_activity, "uuid": uuid}),
        )
        .unwrap()
    }

    fn activity(uuid: &str, slug: &str) -> Activity {
        serde_json::from_value(json!({"name": uuid, "slug": slug, "uuid": uuid})).unwrap()
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        from_timestamp(seconds)
    }

    #[test]
    fn projects_are_found_by_any_slug_with_all_slugs_and_default_activity() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        let gwm = project("p1", &["ganeti-webmgr", "gwm"], Some("docs"));
        store.cache_projects(&[gwm, project("p2", &["ts"], None)], Coverage::Complete, at(100)).unwrap();
        assert!(store.cached_project_uris().unwrap().is_empty(), "no uris");
        let cached = store.cached_project("gwm").unwrap().unwrap();
        assert_eq!(cached.uuid, "p1");
        assert_eq!(cached.slugs, ["ganeti-webmgr", "gwm"]);
        assert_eq!(cached.default_activity.as_deref(), Some("docs"));
        assert_eq!(cached.fetched_at, at(100));
        assert_eq!(store.cached_list_at(CacheKind::Projects).unwrap(), Some(at(100)), "a whole list");
        assert_eq!(store.cached_list_at(CacheKind::Activities).unwrap(), None);
        assert_eq!(store.cached_names(CacheKind::Projects).unwrap(), ["ganeti-webmgr", "gwm", "ts"]);
        let other = Store::open(dir.path(), "staging").unwrap();
        assert!(other.cached_names(CacheKind::Projects).unwrap().is_empty(), "profiles have their own cache");
    }

    #[test]
    fn project_uris_are_cached_with_the_first_slug() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        let mut ts = project("p1", &["ts", "timesync"], None);
        ts.uri = Some("https://github.com/osuosl/timesync".into());
        store.cache_projects(&[ts, project("p2", &["gwm"], None)], Coverage::Complete, at(1)).unwrap();
        let uris = store.cached_project_uris().unwrap();
        let slugs = vec!["ts".to_owned(), "timesync".to_owned()];
        assert_eq!(uris, [(slugs, "https://github.com/osuosl/timesync".to_owned())]);
    }

    #[test]
    fn a_whole_list_replaces_and_single_objects_update() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        store
            .cache_projects(&[project("p1", &["gwm"], None), project("p2", &["ts"], None)], Coverage::Complete, at(1))
            .unwrap();
        // p1 renamed its slug; p2 took the slug p1 had.
        store.cache_projects(&[project("p2", &["gwm", "ts"], Some("dev"))], Coverage::Partial, at(2)).unwrap();
        assert_eq!(store.cached_project("gwm").unwrap().unwrap().uuid, "p2");
        assert_eq!(store.cached_names(CacheKind::Projects).unwrap(), ["gwm", "ts"]);
        store.cache_projects(&[project("p3", &["ps"], None)], Coverage::Complete, at(3)).unwrap();
        assert_eq!(store.cached_names(CacheKind::Projects).unwrap(), ["ps"]);
        store.forget(CacheKind::Projects, "ps").unwrap();
        assert_eq!(store.cached_project("ps").unwrap(), None);
    }

    #[test]
    fn activities_and_users_are_cached_and_forgotten() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path(), "default").unwrap();
        store.cache_activities(&[activity("a1", "docs"), activity("a2", "dev")], Coverage::Complete, at(5)).unwrap();
        assert_eq!(store.cached_names(CacheKind::Activities).unwrap(), ["dev", "docs"]);
        assert_eq!(store.cached_activity("dev").unwrap().unwrap().uuid, "a2");
        store.cache_activities(&[activity("a2", "develop")], Coverage::Partial, at(6)).unwrap();
        assert_eq!(store.cached_names(CacheKind::Activities).unwrap(), ["develop", "docs"]);
        store.forget(CacheKind::Activities, "docs").unwrap();
        store.cache_users(&["bob", "alice"], Coverage::Complete, at(7)).unwrap();
        store.cache_users(&["carol"], Coverage::Partial, at(8)).unwrap();
        store.forget(CacheKind::Users, "bob").unwrap();
        assert_eq!(store.cached_names(CacheKind::Activities).unwrap(), ["develop"]);
        assert_eq!(store.cached_names(CacheKind::Users).unwrap(), ["alice", "carol"]);
    }
}
