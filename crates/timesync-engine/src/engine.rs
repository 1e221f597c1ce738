//! The [`Engine`]: one in-memory TimeSync server behind a lock, its clock, its login policy,
//! and the seeding and inspection methods tests and `timesync --test` use.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use serde_json::Value;

use crate::dates::parse_js_date;
use crate::errors;
use crate::reply::Reply;
use crate::request::{Req, Request};
use crate::router;
use crate::state::{ActivityRow, Db, ProjectRow, Rev, Role, TimeRow, User};

/// Site-wide roles of a user.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct SiteRoles {
    pub admin: bool,
    pub manager: bool,
    pub spectator: bool,
}

impl SiteRoles {
    /// Site admin, manager and spectator.
    pub const ALL: SiteRoles = SiteRoles { admin: true, manager: true, spectator: true };
}

/// A user's roles on one project.
#[derive(Clone, Copy, Default, Debug, PartialEq, Eq)]
pub struct ProjectRoles {
    pub member: bool,
    pub spectator: bool,
    pub manager: bool,
}

impl ProjectRoles {
    /// Member, spectator and manager.
    pub const ALL: ProjectRoles = ProjectRoles { member: true, spectator: true, manager: true };
}

/// Where the engine's "now" comes from: every date it stamps (`created_at`, `updated_at`,
/// `deleted_at`, token `iat`/`exp`) and every "now" check (token expiry, a `start` filter
/// later than now) reads it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clock {
    /// The system clock.
    #[default]
    System,
    /// Always this instant, in milliseconds since the epoch.
    Fixed(i64),
    /// The system clock moved by this many milliseconds: a "now" that starts elsewhere and
    /// keeps ticking (see [`Clock::starting_at`]).
    Shifted(i64),
}

impl Clock {
    /// A clock that reads `start_ms` now and then advances with the system clock.
    pub fn starting_at(start_ms: i64) -> Clock {
        Clock::Shifted(start_ms - system_ms())
    }

    /// The current instant, in milliseconds since the epoch.
    pub fn now_ms(self) -> i64 {
        match self {
            Clock::System => system_ms(),
            Clock::Fixed(ms) => ms,
            Clock::Shifted(offset) => system_ms().saturating_add(offset),
        }
    }
}

fn system_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// How `POST /login` checks a password.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LoginPolicy {
    /// The reference's check: bcrypt against the stored hash.
    #[default]
    Password,
    /// Any non-empty password logs a known user in (test mode: no bcrypt at run time).
    /// Unknown users and every other failure answer exactly as under `Password`.
    AnyPassword,
}

/// An in-memory TimeSync server: [`Engine::handle`] takes a [`Request`] and gives the
/// [`Reply`] the reference server would. All state sits behind one lock, so an engine can
/// be shared between threads (`&self` everywhere) and requests apply one at a time.
#[derive(Debug, Default)]
pub struct Engine {
    db: Mutex<Db>,
}

impl Engine {
    /// An empty engine on the system clock.
    pub fn new() -> Engine {
        Engine::default()
    }

    /// An empty engine reading `clock`.
    pub fn with_clock(clock: Clock) -> Engine {
        let engine = Engine::new();
        engine.set_clock(clock);
        engine
    }

    /// Changes the clock (tokens already issued keep their `exp`).
    pub fn set_clock(&self, clock: Clock) {
        self.db().clock = clock;
    }

    /// The engine's current instant, in milliseconds since the epoch.
    pub fn now_ms(&self) -> i64 {
        self.db().now()
    }

    /// Makes the UUIDs and tokens this engine issues from now on a function of
    /// `seed` and their order alone (by default they differ from run to run),
    /// so that two engines given the same requests answer alike.
    pub fn set_seed(&self, seed: u64) {
        let mut db = self.db();
        db.seed = seed;
        db.counter = 0;
    }

    /// Chooses how `POST /login` checks passwords (default [`LoginPolicy::Password`]).
    pub fn set_login_policy(&self, policy: LoginPolicy) {
        self.db().login_policy = policy;
    }

    pub(crate) fn db(&self) -> MutexGuard<'_, Db> {
        self.db.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Answers one request. A panic in a handler (never expected) answers 500 `Server error`
    /// and leaves the engine usable.
    pub fn handle(&self, request: &Request) -> Reply {
        let req = Req::decode(request);
        let reply = catch_unwind(AssertUnwindSafe(|| router::dispatch(&mut self.db(), &req)))
            .unwrap_or_else(|_| errors::server_error());
        reply.with_standard_headers()
    }

    /// Adds a user whose password is stored as a bcrypt (`$2a$`, cost 4) hash.
    pub fn add_user(&self, username: &str, password: &str, roles: SiteRoles) {
        self.add_user_with_hash(username, &quick_hash(password), roles);
    }

    /// Adds (or replaces) a user with an already hashed password (stored as given).
    pub fn add_user_with_hash(&self, username: &str, hash: &str, roles: SiteRoles) {
        let mut db = self.db();
        let created_at = db.now();
        db.users.retain(|u| u.username != username);
        db.users.push(User::new(username, hash, roles, created_at));
    }

    /// Sets a user's display name and meta (`None` clears them) without touching
    /// `updated_at`, as an account made outside the API has them (the reference's
    /// `create-account` script makes an admin with display name `root` and a meta text).
    /// Returns whether the user exists.
    pub fn set_profile(&self, username: &str, display_name: Option<&str>, meta: Option<&str>) -> bool {
        let mut db = self.db();
        match db.user_mut(username) {
            Some(user) => {
                user.display_name = display_name.map(str::to_string);
                user.meta = meta.map(str::to_string);
                true
            }
            None => false,
        }
    }

    /// Adds a site admin (also site manager and site spectator).
    pub fn add_admin(&self, username: &str, password: &str) {
        self.add_user(username, password, SiteRoles::ALL);
    }

    /// Adds an activity; returns its uuid.
    pub fn add_activity(&self, name: &str, slug: &str) -> String {
        let mut db = self.db();
        let uuid = db.new_uuid();
        db.insert_activity(&uuid, name, slug);
        uuid
    }

    /// Adds a project with slugs, an optional default activity (slug) and user roles;
    /// returns its uuid. Panics if the default activity does not exist.
    pub fn add_project(
        &self,
        name: &str,
        slugs: &[&str],
        default_activity: Option<&str>,
        users: &[(&str, ProjectRoles)],
    ) -> String {
        let mut db = self.db();
        let uuid = db.new_uuid();
        db.insert_project(&uuid, name, slugs, default_activity, None);
        for (user, roles) in users {
            db.set_role(&uuid, user, *roles);
        }
        uuid
    }

    /// Adds a time (revision 1); returns its uuid. Panics on an unknown project/activity or
    /// an unparsable `date_worked`.
    pub fn add_time(
        &self,
        user: &str,
        project_slug: &str,
        activities: &[&str],
        duration: i64,
        date_worked: &str,
    ) -> String {
        let mut db = self.db();
        let uuid = db.new_uuid();
        let seed =
            TimeSeed { user, project: project_slug, activities, duration, date_worked, notes: None, issue_uri: None };
        db.insert_time(&uuid, seed);
        uuid
    }

    /// Adds a time (revision 1) with a chosen `uuid` (tests of UUID prefixes). Panics like
    /// [`Engine::add_time`], and on a uuid already taken.
    pub fn add_time_with_uuid(
        &self,
        uuid: &str,
        user: &str,
        project_slug: &str,
        activities: &[&str],
        duration: i64,
        date_worked: &str,
    ) {
        let mut db = self.db();
        assert!(db.newest_time(uuid).is_none(), "time {uuid} exists");
        let seed =
            TimeSeed { user, project: project_slug, activities, duration, date_worked, notes: None, issue_uri: None };
        db.insert_time(uuid, seed);
    }

    /// Issues a valid token for `username` without a login round-trip.
    pub fn token_for(&self, username: &str) -> String {
        let mut db = self.db();
        let now = db.now();
        db.issue_token_at(username, now)
    }

    /// Issues a token that is in the table but already expired.
    pub fn expired_token_for(&self, username: &str) -> String {
        let mut db = self.db();
        let iat = db.now() - db.token_lifetime_ms - 60_000;
        db.issue_token_at(username, iat)
    }

    /// Sets the lifetime of tokens issued from now on.
    pub fn set_token_lifetime(&self, lifetime: Duration) {
        self.db().token_lifetime_ms = i64::try_from(lifetime.as_millis()).unwrap_or(i64::MAX);
    }

    /// Forgets every issued token, as a restart of the reference server does.
    pub fn revoke_tokens(&self) {
        self.db().tokens.clear();
    }

    /// Runs a GET as `as_user` (path without `/v0` and token, e.g. `/times?user=bob`).
    /// Returns the JSON body (`Null` for an empty body, a string for a non-JSON one).
    pub fn get_json(&self, path_and_query: &str, as_user: &str) -> Value {
        let token = self.token_for(as_user);
        let reply = self.handle(&Request::new("GET", &format!("/v0{path_and_query}")).with_token(&token));
        if reply.body.is_empty() {
            return Value::Null;
        }
        serde_json::from_str(&reply.body).unwrap_or(Value::String(reply.body))
    }
}

/// A bcrypt `$2a$` hash at the lowest cost: fine for made-up test passwords.
fn quick_hash(password: &str) -> String {
    bcrypt::hash_with_result(password, 4).map(|h| h.format_for_version(bcrypt::Version::TwoA)).expect("bcrypt hash")
}

/// What [`Db::insert_time`] needs for a revision-1 time.
pub(crate) struct TimeSeed<'a> {
    pub user: &'a str,
    pub project: &'a str,
    pub activities: &'a [&'a str],
    pub duration: i64,
    pub date_worked: &'a str,
    pub notes: Option<&'a str>,
    pub issue_uri: Option<&'a str>,
}

/// Seeding straight into the tables (no validation beyond what keeps the data coherent).
impl Db {
    pub(crate) fn insert_activity(&mut self, uuid: &str, name: &str, slug: &str) {
        let created_at = self.now();
        self.activities.push(ActivityRow {
            rev: Rev::first(uuid, created_at),
            name: name.to_string(),
            slug: Some(slug.to_string()),
        });
    }

    pub(crate) fn insert_project(
        &mut self,
        uuid: &str,
        name: &str,
        slugs: &[&str],
        default_activity: Option<&str>,
        uri: Option<&str>,
    ) {
        let default_activity = default_activity.map(|slug| {
            let id = self.current_activity(slug).unwrap_or_else(|| panic!("no activity {slug}"));
            self.activities[id].rev.uuid.clone()
        });
        let created_at = self.now();
        self.projects.push(ProjectRow {
            rev: Rev::first(uuid, created_at),
            name: name.to_string(),
            uri: uri.map(str::to_string),
            default_activity,
        });
        self.project_slugs.extend(slugs.iter().map(|s| (s.to_string(), uuid.to_string())));
    }

    /// Sets (adds or replaces) `user`'s roles on the project with `uuid`.
    pub(crate) fn set_role(&mut self, project: &str, user: &str, roles: ProjectRoles) {
        self.roles.retain(|r| !(r.project == project && r.user == user));
        self.roles.push(Role {
            project: project.to_string(),
            user: user.to_string(),
            member: roles.member,
            spectator: roles.spectator,
            manager: roles.manager,
        });
    }

    pub(crate) fn insert_time(&mut self, uuid: &str, seed: TimeSeed<'_>) {
        let project = self.project_by_slug(seed.project).unwrap_or_else(|| panic!("no project {}", seed.project));
        let mut ids = Vec::new();
        for a in seed.activities {
            let rows = self.activity_rows_with_slug(a);
            assert!(!rows.is_empty(), "no activity {a}");
            ids.extend(rows);
        }
        let date_worked =
            parse_js_date(seed.date_worked).unwrap_or_else(|| panic!("bad date_worked {}", seed.date_worked));
        let created_at = self.now();
        self.times.push(TimeRow {
            rev: Rev::first(uuid, created_at),
            duration: seed.duration.into(),
            user: seed.user.to_string(),
            project,
            activities: ids,
            notes: seed.notes.map(str::to_string),
            issue_uri: seed.issue_uri.map(str::to_string),
            date_worked,
        });
    }
}
