//! The in-memory database: users, revisioned activity/project/time rows, project slugs and
//! roles, the token table, and UUID/token generation.

use std::collections::hash_map::DefaultHasher;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use crate::engine::{Clock, LoginPolicy, SiteRoles};

#[derive(Clone, Debug)]
pub struct User {
    pub username: String,
    pub password: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub meta: Option<String>,
    pub site_spectator: bool,
    pub site_manager: bool,
    pub site_admin: bool,
    pub active: bool,
    pub created_at: i64,
    pub updated_at: Option<i64>,
    pub deleted_at: Option<i64>,
}

impl User {
    /// An active user with no display name, e-mail or meta.
    pub fn new(username: &str, password: &str, roles: SiteRoles, created_at: i64) -> User {
        User {
            username: username.to_string(),
            password: password.to_string(),
            display_name: None,
            email: None,
            meta: None,
            site_spectator: roles.spectator,
            site_manager: roles.manager,
            site_admin: roles.admin,
            active: true,
            created_at,
            updated_at: None,
            deleted_at: None,
        }
    }
}

/// What every revision row of an activity, project or time carries. Every update inserts a
/// new row with the same uuid (see [`Rev::next`]); only the newest has `newest` set.
#[derive(Clone, Debug)]
pub struct Rev {
    pub uuid: String,
    pub revision: i64,
    pub newest: bool,
    pub created_at: i64,
    pub updated_at: Option<i64>,
    pub deleted_at: Option<i64>,
}

impl Rev {
    /// Revision 1, created `now`.
    pub fn first(uuid: &str, now: i64) -> Rev {
        Rev { uuid: uuid.to_string(), revision: 1, newest: true, created_at: now, updated_at: None, deleted_at: None }
    }

    /// Whether a list shows this row: the newest revision, and not deleted
    /// unless `deleted` rows are asked for.
    pub fn listed(&self, deleted: bool) -> bool {
        self.newest && (deleted || self.deleted_at.is_none())
    }

    /// The revision after this one, made `now`: un-deleted, the newest.
    pub fn next(&self, now: i64) -> Rev {
        Rev { revision: self.revision + 1, newest: true, updated_at: Some(now), deleted_at: None, ..self.clone() }
    }
}

/// One revision row of an activity. Rows are never removed; their index is their id.
#[derive(Clone, Debug)]
pub struct ActivityRow {
    pub rev: Rev,
    pub name: String,
    pub slug: Option<String>,
}

/// One revision row of a project. Slugs and roles hang off the project's uuid.
#[derive(Clone, Debug)]
pub struct ProjectRow {
    pub rev: Rev,
    pub name: String,
    pub uri: Option<String>,
    /// UUID of the default activity.
    pub default_activity: Option<String>,
}

/// A project role row.
#[derive(Clone, Debug)]
pub struct Role {
    pub project: String,
    pub user: String,
    pub member: bool,
    pub spectator: bool,
    pub manager: bool,
}

/// One revision row of a time.
#[derive(Clone, Debug)]
pub struct TimeRow {
    pub rev: Rev,
    pub duration: serde_json::Number,
    pub user: String,
    /// Project uuid.
    pub project: String,
    /// Ids (indexes) of the activity rows this revision links to.
    pub activities: Vec<usize>,
    pub notes: Option<String>,
    pub issue_uri: Option<String>,
    pub date_worked: i64,
}

#[derive(Clone, Debug)]
pub struct TokenInfo {
    pub sub: String,
    pub exp: i64,
}

/// Everything the server knows.
#[derive(Debug)]
pub struct Db {
    pub users: Vec<User>,
    pub activities: Vec<ActivityRow>,
    pub projects: Vec<ProjectRow>,
    /// (slug, project uuid); slugs of deleted projects are removed.
    pub project_slugs: Vec<(String, String)>,
    pub roles: Vec<Role>,
    pub times: Vec<TimeRow>,
    pub tokens: HashMap<String, TokenInfo>,
    pub token_lifetime_ms: i64,
    pub clock: Clock,
    pub login_policy: LoginPolicy,
    pub counter: u64,
    pub seed: u64,
}

fn hash64(seed: u64, counter: u64, salt: &str) -> u64 {
    let mut h = DefaultHasher::new();
    (seed, counter, salt).hash(&mut h);
    h.finish()
}

impl Db {
    pub fn new() -> Db {
        let seed = hash64(
            std::process::id() as u64,
            chrono::Utc::now().timestamp_nanos_opt().unwrap_or_default() as u64,
            "timesync-test-server",
        );
        Db {
            users: Vec::new(),
            activities: Vec::new(),
            projects: Vec::new(),
            project_slugs: Vec::new(),
            roles: Vec::new(),
            times: Vec::new(),
            tokens: HashMap::new(),
            token_lifetime_ms: 30 * 60 * 1000,
            clock: Clock::System,
            login_policy: LoginPolicy::Password,
            counter: 0,
            seed,
        }
    }

    /// The engine's "now", in ms.
    pub fn now(&self) -> i64 {
        self.clock.now_ms()
    }

    fn next(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    /// A fresh, unique, lower-case version-4-shaped UUID (counter mixed through a hash).
    pub fn new_uuid(&mut self) -> String {
        loop {
            let n = self.next();
            let a = hash64(self.seed, n, "uuid-a");
            let b = hash64(self.seed, n, "uuid-b");
            let hi = (a & 0xffff_ffff_ffff_0fff) | 0x0000_0000_0000_4000;
            let lo = (b & 0x3fff_ffff_ffff_ffff) | 0x8000_0000_0000_0000;
            let s = format!(
                "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
                hi >> 32,
                (hi >> 16) & 0xffff,
                hi & 0xffff,
                lo >> 48,
                lo & 0xffff_ffff_ffff
            );
            // Issued UUIDs are 122 hashed bits of a counter: they never repeat. Only
            // the few rows seeded with UUIDs of their own are checked; times are not
            // scanned, so seeding a hundred thousand of them stays linear.
            let taken =
                self.activities.iter().any(|r| r.rev.uuid == s) || self.projects.iter().any(|r| r.rev.uuid == s);
            if !taken {
                return s;
            }
        }
    }

    /// Issues a token for `sub` with the given `iat` and stores it in the table.
    pub fn issue_token_at(&mut self, sub: &str, iat: i64) -> String {
        use base64::engine::general_purpose::STANDARD;
        use base64::Engine;
        let exp = iat.saturating_add(self.token_lifetime_ms);
        let header = STANDARD.encode(r#"{"typ":"JWT","alg":"HMAC-SHA512"}"#);
        let payload = serde_json::json!({"iss": "timesync-test", "sub": sub, "exp": exp, "iat": iat});
        let payload = STANDARD.encode(payload.to_string());
        let n = self.next();
        let signed = format!("{header}.{payload}");
        let sig: Vec<u8> = (0..8u64).flat_map(|i| hash64(self.seed ^ i, n, &signed).to_be_bytes()).collect();
        let token = format!("{signed}.{}", STANDARD.encode(sig));
        self.tokens.insert(token.clone(), TokenInfo { sub: sub.to_string(), exp });
        token
    }

    pub fn issue_token(&mut self, sub: &str) -> String {
        self.issue_token_at(sub, self.now())
    }

    pub fn user(&self, name: &str) -> Option<&User> {
        self.users.iter().find(|u| u.username == name)
    }

    pub fn user_mut(&mut self, name: &str) -> Option<&mut User> {
        self.users.iter_mut().find(|u| u.username == name)
    }

    /// The newest, undeleted activity row carrying `slug`.
    pub fn current_activity(&self, slug: &str) -> Option<usize> {
        self.activities
            .iter()
            .position(|r| r.rev.newest && r.rev.deleted_at.is_none() && r.slug.as_deref() == Some(slug))
    }

    /// Ids of every activity row carrying `slug` (old revisions included).
    pub fn activity_rows_with_slug(&self, slug: &str) -> Vec<usize> {
        (0..self.activities.len()).filter(|&i| self.activities[i].slug.as_deref() == Some(slug)).collect()
    }

    /// The newest row of the activity with `uuid`.
    pub fn newest_activity_by_uuid(&self, uuid: &str) -> Option<usize> {
        self.activities.iter().position(|r| r.rev.newest && r.rev.uuid == uuid)
    }

    /// The slug of the first (oldest) row of the activity with `uuid`.
    pub fn first_activity_slug(&self, uuid: &str) -> Option<String> {
        self.activities.iter().find(|r| r.rev.uuid == uuid).and_then(|r| r.slug.clone())
    }

    /// The current slug of the activity with `uuid`, if it still has one.
    pub fn activity_slug_by_uuid(&self, uuid: &str) -> Option<String> {
        self.newest_activity_by_uuid(uuid).and_then(|i| self.activities[i].slug.clone())
    }

    /// The project uuid owning `slug`.
    pub fn project_by_slug(&self, slug: &str) -> Option<String> {
        self.project_slugs.iter().find(|(s, _)| s == slug).map(|(_, u)| u.clone())
    }

    /// Index of the newest row of the project with `uuid`.
    pub fn newest_project(&self, uuid: &str) -> Option<usize> {
        self.projects.iter().position(|r| r.rev.newest && r.rev.uuid == uuid)
    }

    /// Sorted slugs of a project.
    pub fn slugs_of(&self, uuid: &str) -> Vec<String> {
        let mut v: Vec<String> = self.project_slugs.iter().filter(|(_, u)| u == uuid).map(|(s, _)| s.clone()).collect();
        v.sort();
        v.dedup();
        v
    }

    pub fn roles_of(&self, uuid: &str) -> Vec<&Role> {
        self.roles.iter().filter(|r| r.project == uuid).collect()
    }

    pub fn role(&self, project: &str, user: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.project == project && r.user == user)
    }

    /// Sorted, de-duplicated slugs of activity rows (rows without a slug drop out).
    pub fn activity_slugs(&self, ids: &[usize]) -> Vec<String> {
        let mut v: Vec<String> =
            ids.iter().filter_map(|&i| self.activities.get(i).and_then(|r| r.slug.clone())).collect();
        v.sort();
        v.dedup();
        v
    }

    /// Index of the newest row of the time with `uuid`.
    pub fn newest_time(&self, uuid: &str) -> Option<usize> {
        self.times.iter().position(|r| r.rev.newest && r.rev.uuid == uuid)
    }
}

impl Default for Db {
    fn default() -> Self {
        Db::new()
    }
}
