//! In-memory TimeSync test server.
//!
//! Mimics the reference Node server (osuosl/timesync-node) as described in
//! the TimeSync API reference: routes under `/v0`, the POST envelope, token
//! placement, validation order, exact error titles/texts, permissions, revisions, soft
//! deletion, the varying Content-Types and the quirks a client meets on normal paths.
//! It runs `tiny_http` on one background thread that serves requests one at a time.
//!
//! # Deviations from the reference server
//!
//! Where the reference server crashes, answers 500, or depends on things a test server
//! cannot reproduce, this server does the following instead:
//!
//! 1. **Tokens** have the reference layout (standard base64 with padding, header
//!    `{"typ":"JWT","alg":"HMAC-SHA512"}`, payload `iss`/`sub`/`exp`/`iat` in ms) with
//!    `iss` = `timesync-test`, but the signature is hash-derived bytes, **not a real
//!    HMAC-SHA512**. A token is accepted when it is in the in-memory table, `exp >= now` and
//!    user `sub` exists (deleted users included, as in the reference). The lifetime is
//!    configurable (default 30 minutes) and applies to tokens issued afterwards.
//! 2. **Login types**: only `password` is enabled; any other type (`ldap`, `foo`, `token`)
//!    always gets 401 `Bad query value` / `<type> is not a valid authentication type`. The
//!    reference's fallback to the previous request's strategy is not copied.
//! 3. **Login with a non-string username or password** answers 401 `Incorrect username or
//!    password` (the reference would throw inside bcrypt / the query).
//! 4. **`GET /times/:uuid?include_revisions=true` on a never-updated time** answers 200 with
//!    the time and `"parents": []` (the reference crashes and closes the connection).
//! 5. **Activity update** builds the new revision on the **newest** row (revision + 1), so
//!    successive updates count up and keep earlier changes (the reference builds on the
//!    oldest row). `GET /activities` parents therefore never share the current revision.
//! 6. **Project create with `slugs: []`** answers 400 `Field slugs of project should be array
//!    of slugs but was sent as empty array` (the update text); the reference answers 500.
//! 7. **Duplicate slugs inside one project create/update request** are stored once (the
//!    create response still echoes the request); the reference answers 500 on create.
//! 8. **`users: {}`** on project create is accepted (no roles), and on project update it
//!    removes every role; the reference answers 500 for both.
//! 9. **Time create with `activities: []`** is treated like omitted `activities` (project
//!    default activity, else 400 `The time is missing a activities`); the reference answers 500.
//! 10. **User create/update with an unknown key** (e.g. `org-roles`) answers 400 `Bad object`,
//!     `user does not have a <key> field`, at the point where the reference fails with 500
//!     (after every other check).
//! 11. **Time create membership** needs a role row with `member` true (or site_admin), the
//!     PostgreSQL behaviour; the SQLite reference also lets a `member: false` row pass.
//! 12. **A POST whose `object` is present but not a JSON object** (null, string, number,
//!     array) gets the same 401 `{"error":"Authentication failure","text":{}}` as a missing
//!     `object` (the reference's behaviour varies by endpoint).
//! 13. **Dates** (`date_worked`, `start`, `end`) use a subset of JavaScript `Date.parse`:
//!     `YYYY-MM-DD` (days up to 31 overflow into the next month, as V8 does), optionally
//!     followed by `THH:MM[:SS[.fff]]` (or a space instead of `T`) and `Z`/`±HH:MM`. A time
//!     without an offset is read as UTC (V8 would use the server's local zone). Other forms
//!     V8's legacy parser accepts are rejected.
//! 14. **E-mail validation** approximates the reference's narrow pattern: a local part of at
//!     least 2 characters from `[A-Za-z0-9._+]`, `@`, one label of `[A-Za-z0-9-]`, then one
//!     or two suffixes of 2–3 lower-case letters.
//! 15. **URI validation** approximates `valid-url.isWebUri`: `http://` or `https://`, a
//!     non-empty host, only URI characters.
//! 16. **Query strings**: repeated keys and `key[]` become arrays; other bracket syntax
//!     (`a[b]=c`) is not expanded. A repeated `token` is answered `Bad API token`.
//!     Form-encoded bodies are parsed in qs "extended" style (all leaves are strings).
//! 17. **The raw row** returned by the time-update `activities: []` bug is approximated
//!     (`user` is the user's position in the user table + 1; timestamps in ms).
//! 18. **`duration` on time update** goes through an approximation of JavaScript `Number()`;
//!     a JSON number is stored exactly as sent.
//! 19. **Headers**: `Access-Control-Allow-Origin: *`, `X-Content-Type-Options` and
//!     `X-Frame-Options` on every response and the login cache headers; not helmet's full
//!     set (CSP and no-cache headers are only on the HTML 404 and login respectively).
//! 20. **No body size limit** (body-parser's 100 kB limit / 413 is not copied); malformed
//!     percent-escapes in a path parameter are decoded leniently instead of Express's 400.
//! 21. **Project `default_activity`** shows the activity's current slug; project parents are
//!     never duplicated (the reference can list a parent twice when the default activity
//!     has several revisions).
//! 22. **A panic** in a handler (never expected) answers 500 `Server error` /
//!     `Unexpected server error.` instead of killing the server thread.
//!
//! Copied on purpose (not deviations): create responses echo the request (text/html), the
//! time/project update-response bugs, `created_at` in ms and `active: true` on user create,
//! the empty 200 for an unknown slug with `include_revisions`, the strict/lenient
//! `include_*` parsing, the activity-delete 405 cross-join bug, times keeping the old slug
//! of a renamed activity, the union of projects/activities in `GET /times` parents, the
//! Express HTML 404 for unknown routes and methods, deleted/inactive users logging in, and
//! activity references resolved against every activity row carrying the slug (as the
//! reference's `checkActivities` does, so a renamed activity's former slug still resolves).

#![allow(dead_code)]

mod activities;
mod auth;
mod http;
mod projects;
mod query;
mod reply;
mod state;
mod times;
mod users;
mod validate;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use http::{dispatch_safely, Req, Shared};
use state::{lock, now_ms, ActivityRow, Db, ProjectRow, Role, TimeRow, User};

/// Site-wide roles of a user.
#[derive(Clone, Copy, Default, Debug)]
pub struct SiteRoles {
    pub admin: bool,
    pub manager: bool,
    pub spectator: bool,
}

/// A user's roles on one project.
#[derive(Clone, Copy, Default, Debug)]
pub struct ProjectRoles {
    pub member: bool,
    pub spectator: bool,
    pub manager: bool,
}

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct RecordedRequest {
    pub method: String,
    /// Path and query, as received.
    pub url: String,
    pub content_type: Option<String>,
    pub body: String,
}

/// A canned reply sent to every request while set (client error-path tests).
#[derive(Clone, Debug)]
pub struct Fault {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
}

/// A delay injected around matching requests: `before` the request is applied
/// (a kill then leaves nothing recorded), `after` it is applied and before the
/// reply is sent (a kill or a read timeout then leaves it recorded). Each of
/// the next `times` matching requests is delayed.
#[derive(Clone, Debug)]
pub struct Stall {
    pub method: String,
    /// Matches request paths ending with this (e.g. `/times`).
    pub path_suffix: String,
    pub before: Duration,
    pub after: Duration,
    pub times: usize,
}

/// A running test server; dropping it stops the server thread.
pub struct TestServer {
    shared: Arc<Shared>,
    server: Arc<tiny_http::Server>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
    addr: SocketAddr,
}

/// Percent-encodes everything but unreserved characters.
fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

impl TestServer {
    /// Starts on `127.0.0.1:0` with an empty database.
    pub fn start() -> TestServer {
        TestServer::start_on("127.0.0.1:0").expect("start test server on 127.0.0.1:0")
    }

    /// Starts on the given address with an empty database.
    pub fn start_on(addr: &str) -> std::io::Result<TestServer> {
        let server = tiny_http::Server::http(addr).map_err(|e| std::io::Error::other(e.to_string()))?;
        let addr = server.server_addr().to_ip().ok_or_else(|| std::io::Error::other("not an IP listener"))?;
        let server = Arc::new(server);
        let shared = Arc::new(Shared {
            db: Mutex::new(Db::new()),
            fault: Mutex::new(None),
            stall: Mutex::new(None),
            requests: Mutex::new(Vec::new()),
        });
        let stop = Arc::new(AtomicBool::new(false));
        let thread = {
            let (server, shared, stop) = (server.clone(), shared.clone(), stop.clone());
            std::thread::Builder::new()
                .name(format!("timesync-test-server-{}", addr.port()))
                .spawn(move || http::serve(server, shared, stop))?
        };
        Ok(TestServer { shared, server, stop, thread: Some(thread), addr })
    }

    /// `http://127.0.0.1:PORT/v0`.
    pub fn base_url(&self) -> String {
        format!("http://{}/v0", self.addr)
    }

    /// The socket address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    fn db(&self) -> std::sync::MutexGuard<'_, Db> {
        lock(&self.shared.db)
    }

    /// Adds a user whose password is stored as a bcrypt (`$2a$`, cost 4) hash.
    pub fn add_user(&self, username: &str, password: &str, roles: SiteRoles) {
        let hash = bcrypt::hash_with_result(password, 4)
            .map(|h| h.format_for_version(bcrypt::Version::TwoA))
            .expect("bcrypt hash");
        self.add_user_with_hash(username, &hash, roles);
    }

    /// Adds a user with an already hashed password (stored as given).
    pub fn add_user_with_hash(&self, username: &str, hash: &str, roles: SiteRoles) {
        let mut db = self.db();
        db.users.retain(|u| u.username != username);
        db.users.push(User {
            username: username.to_string(),
            password: hash.to_string(),
            display_name: None,
            email: None,
            meta: None,
            site_spectator: roles.spectator,
            site_manager: roles.manager,
            site_admin: roles.admin,
            active: true,
            created_at: now_ms(),
            updated_at: None,
            deleted_at: None,
        });
    }

    /// Adds a site admin (also site manager and site spectator).
    pub fn add_admin(&self, username: &str, password: &str) {
        self.add_user(username, password, SiteRoles { admin: true, manager: true, spectator: true });
    }

    /// Adds an activity; returns its uuid.
    pub fn add_activity(&self, name: &str, slug: &str) -> String {
        let mut db = self.db();
        let uuid = db.new_uuid();
        db.activities.push(ActivityRow {
            uuid: uuid.clone(),
            name: name.to_string(),
            slug: Some(slug.to_string()),
            revision: 1,
            newest: true,
            created_at: now_ms(),
            updated_at: None,
            deleted_at: None,
        });
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
        let default_activity = default_activity.map(|slug| {
            let id = db.current_activity(slug).unwrap_or_else(|| panic!("no activity {slug}"));
            db.activities[id].uuid.clone()
        });
        let uuid = db.new_uuid();
        db.projects.push(ProjectRow {
            uuid: uuid.clone(),
            name: name.to_string(),
            uri: None,
            default_activity,
            revision: 1,
            newest: true,
            created_at: now_ms(),
            updated_at: None,
            deleted_at: None,
        });
        for slug in slugs {
            db.project_slugs.push((slug.to_string(), uuid.clone()));
        }
        for (user, r) in users {
            db.roles.push(Role {
                project: uuid.clone(),
                user: user.to_string(),
                member: r.member,
                spectator: r.spectator,
                manager: r.manager,
            });
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
        let project = db.project_by_slug(project_slug).unwrap_or_else(|| panic!("no project {project_slug}"));
        let mut ids = Vec::new();
        for a in activities {
            let rows = db.activity_rows_with_slug(a);
            assert!(!rows.is_empty(), "no activity {a}");
            ids.extend(rows);
        }
        let date_worked =
            validate::parse_js_date(date_worked).unwrap_or_else(|| panic!("bad date_worked {date_worked}"));
        let uuid = db.new_uuid();
        db.times.push(TimeRow {
            uuid: uuid.clone(),
            duration: duration.into(),
            user: user.to_string(),
            project,
            activities: ids,
            notes: None,
            issue_uri: None,
            date_worked,
            revision: 1,
            newest: true,
            created_at: now_ms(),
            updated_at: None,
            deleted_at: None,
        });
        uuid
    }

    /// Issues a valid token for `username` without a login round-trip.
    pub fn token_for(&self, username: &str) -> String {
        self.db().issue_token(username)
    }

    /// Issues a token that is in the table but already expired.
    pub fn expired_token_for(&self, username: &str) -> String {
        let mut db = self.db();
        let iat = now_ms() - db.token_lifetime_ms - 60_000;
        db.issue_token_at(username, iat)
    }

    /// Sets the lifetime of tokens issued from now on.
    pub fn set_token_lifetime(&self, lifetime: Duration) {
        self.db().token_lifetime_ms = i64::try_from(lifetime.as_millis()).unwrap_or(i64::MAX);
    }

    /// While `Some`, every request is answered with this canned reply.
    pub fn set_fault(&self, fault: Option<Fault>) {
        *lock(&self.shared.fault) = fault;
    }

    /// While `Some`, matching requests are delayed (see [`Stall`]).
    pub fn set_stall(&self, stall: Option<Stall>) {
        *lock(&self.shared.stall) = stall;
    }

    /// Forgets every issued token, as a restart of the reference server does.
    pub fn revoke_tokens(&self) {
        self.db().tokens.clear();
    }

    /// Every request received, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.requests).clone()
    }

    /// Runs a GET as `as_user` (path without `/v0` and token, e.g. `/times?user=bob`) through
    /// the server logic, bypassing HTTP, faults and recording. Returns the JSON body
    /// (`Null` for an empty body).
    pub fn get_json(&self, path_and_query: &str, as_user: &str) -> serde_json::Value {
        let token = self.token_for(as_user);
        let sep = if path_and_query.contains('?') { '&' } else { '?' };
        let url = format!("/v0{path_and_query}{sep}token={}", encode_component(&token));
        let reply = dispatch_safely(&self.shared, &Req::new("GET", &url, None, b""));
        if reply.body.is_empty() {
            return serde_json::Value::Null;
        }
        serde_json::from_str(&reply.body).unwrap_or(serde_json::Value::String(reply.body))
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.server.unblock();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
