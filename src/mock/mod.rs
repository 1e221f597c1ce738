//! The built-in mock responder behind `timesync --test`: a [`Transport`]
//! that answers every request from memory, with no network traffic, in the
//! wire shapes the reference server uses, so the client, its parsing and the
//! output code run exactly as they do against a live server.
//!
//! It starts from pymesync's test-mode data and rules (see [`data`] for the
//! samples, the UUID fixes and the fixed dates) and fixes pymesync's
//! defects: optional fields may be missing, deletes answer 200 with an empty
//! body, and what is created or updated is remembered for the life of the
//! transport, so the client's read-back (`GET /times/:uuid` after a create,
//! `GET /projects/:slug` around a project update, …) gets the merged object
//! in the live GET shape (`project` an array of slugs, `activities` an array).
//!
//! Routes (all under the base URL; any other path or method gets the
//! server's HTML 404 page, `Cannot GET /v0/…`):
//!
//! | Request | Answer |
//! |---|---|
//! | `POST /login` | `{"token": "TESTTOKEN"}` (any username and password) |
//! | `GET /times` | pymesync's 3 times plus what was created, filtered by `user`, `project` (any slug of the project), `activity` (each repeatable, OR), `start`/`end` (inclusive, on `date_worked`), `include_deleted`; `include_revisions` adds `parents` |
//! | `GET /times/:uuid` | the remembered entry, else the sample with that uuid, else pymesync's answer (the first sample time, with that uuid); the list filters apply, as on the server |
//! | `GET /projects` | pymesync's 3 projects plus what was created, filtered by `user` (any role); `include_deleted`, `include_revisions` |
//! | `GET /projects/:slug` | the project with that slug, else pymesync's answer (Ganeti Web Manager with slugs `[slug]`) |
//! | `GET /activities[/:slug]` | pymesync's 3 activities plus what was created; by slug: that activity, else Documentation with that slug |
//! | `GET /users[/:username]` | pymesync's 4 users plus what was created; by name: that user, else pymesync's per-name answer (`site_admin` for `admin`, …) |
//! | `POST /{times,projects,activities,users}` | the create echo (request object plus `uuid`, `revision`, dates), remembered |
//! | `POST /{…}/:id` | the merged object in the GET shape, revision + 1, remembered; an unknown id starts from pymesync's update defaults |
//! | `DELETE /{…}/:id` | 200 with an empty body; the object is then gone (404), or shown with `deleted_at` under `include_deleted` |
//!
//! Requests are checked the way the server checks them (token present,
//! POST envelope, identifiers, field types, slug and name clashes) and
//! refused with the server's error objects and texts; any token value is
//! accepted. Nothing the server does with permissions is imitated: the
//! acting user may do anything.

mod data;

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Mutex, PoisonError};

use chrono::{Days, NaiveDate};
use serde_json::{json, Map, Number, Value};

use crate::client::{Method, Request, Response, Transport};
use crate::error::Result;
use crate::validation::{is_email, is_slug, is_username, is_uuid, is_web_uri};

use data::{ActivityRec, ProjectRec, Roles, TimeRec, UserRec};
pub use data::{TEST_TOKEN, TEST_TOKEN_EXPIRY_MS, TEST_USER};

/// Answers TimeSync requests from memory, like pymesync's test mode.
///
/// ```
/// use timesync::client::Client;
/// use timesync::mock::{MockTransport, TEST_TOKEN};
/// use timesync::model::TimeQuery;
/// use timesync::token::Secret;
///
/// let mut client = Client::with_transport("http://localhost:8000/v0", Box::new(MockTransport::new("alice")));
/// client.set_token(Some(Secret::new(TEST_TOKEN)));
/// assert_eq!(client.get_times(&TimeQuery::default())?.len(), 3);
/// # Ok::<(), timesync::Error>(())
/// ```
#[derive(Debug)]
pub struct MockTransport {
    user: String,
    state: Mutex<State>,
}

impl MockTransport {
    /// A mock acting as `user` (the owner of a time entry that an update of
    /// an unknown uuid creates); an empty name means [`TEST_USER`].
    pub fn new(user: &str) -> Self {
        let user = if user.trim().is_empty() { TEST_USER } else { user };
        MockTransport { user: user.to_owned(), state: Mutex::new(State::new()) }
    }

    /// The user this mock acts as.
    pub fn user(&self) -> &str {
        &self.user
    }
}

impl Default for MockTransport {
    fn default() -> Self {
        MockTransport::new(TEST_USER)
    }
}

impl Transport for MockTransport {
    fn send(&self, request: &Request) -> Result<Response> {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        // Belt and braces: a bug in here must answer like a server error, not abort the CLI.
        let answer = panic::catch_unwind(AssertUnwindSafe(|| state.route(&self.user, request)));
        Ok(match answer {
            Ok(Ok(response)) | Ok(Err(response)) => response,
            Err(_) => server_error(),
        })
    }
}

/// A handler's outcome: the answer, or the error answer that cut it short.
type Answer = std::result::Result<Response, Response>;

/// An object and its earlier revisions (oldest first).
#[derive(Debug)]
struct Versioned<T> {
    current: T,
    history: Vec<T>,
}

impl<T> Versioned<T> {
    fn new(current: T) -> Self {
        Versioned { current, history: Vec::new() }
    }
}

/// Everything the mock knows: the samples, plus what this process created,
/// changed or deleted.
#[derive(Debug)]
struct State {
    times: Vec<Versioned<TimeRec>>,
    projects: Vec<Versioned<ProjectRec>>,
    activities: Vec<Versioned<ActivityRec>>,
    users: Vec<UserRec>,
    /// Slugs a project gave up (renamed or deleted): no longer answered.
    retired_project_slugs: BTreeSet<String>,
    /// Slugs an activity gave up: no longer answered, and never reusable.
    retired_activity_slugs: BTreeSet<String>,
}

const COLLECTIONS: [&str; 4] = ["times", "projects", "activities", "users"];

impl State {
    fn new() -> Self {
        State {
            times: data::sample_times().into_iter().map(Versioned::new).collect(),
            projects: data::sample_projects().into_iter().map(Versioned::new).collect(),
            activities: data::sample_activities().into_iter().map(Versioned::new).collect(),
            users: data::sample_users(),
            retired_project_slugs: BTreeSet::new(),
            retired_activity_slugs: BTreeSet::new(),
        }
    }

    fn route(&mut self, user: &str, request: &Request) -> Answer {
        let path: Vec<&str> = request.path.iter().map(String::as_str).filter(|s| !s.is_empty()).collect();
        let query = Query(&request.query);
        let method = request.method;
        let not_found_page = || html_404(method, &request.path);
        if let (Method::Post, ["login"]) = (method, path.as_slice()) {
            return login(request.body.as_ref());
        }
        let (collection, id) = match path.as_slice() {
            [c] if COLLECTIONS.contains(c) => (*c, None),
            [c, id] if COLLECTIONS.contains(c) => (*c, Some(*id)),
            _ => return Err(not_found_page()),
        };
        match method {
            Method::Get => {
                require_token(&query)?;
                match (collection, id) {
                    ("times", None) => self.list_times(&query),
                    ("times", Some(uuid)) => self.get_time(uuid, &query),
                    ("projects", None) => Ok(self.list_projects(&query)),
                    ("projects", Some(slug)) => self.get_project(slug, &query),
                    ("activities", None) => Ok(self.list_activities(&query)),
                    ("activities", Some(slug)) => self.get_activity(slug, &query),
                    ("users", None) => Ok(self.list_users(&query)),
                    ("users", Some(name)) => self.get_user(name, &query),
                    _ => Err(not_found_page()),
                }
            }
            Method::Post => {
                let object = open_envelope(request.body.as_ref())?;
                match (collection, id) {
                    ("times", None) => self.create_time(&object),
                    ("times", Some(uuid)) => self.update_time(user, uuid, &object),
                    ("projects", None) => self.create_project(&object),
                    ("projects", Some(slug)) => self.update_project(slug, &object),
                    ("activities", None) => self.create_activity(&object),
                    ("activities", Some(slug)) => self.update_activity(slug, &object),
                    ("users", None) => self.create_user(&object),
                    ("users", Some(name)) => self.update_user(name, &object),
                    _ => Err(not_found_page()),
                }
            }
            Method::Delete => {
                let Some(id) = id else { return Err(not_found_page()) };
                require_token(&query)?;
                match collection {
                    "times" => self.delete_time(id),
                    "projects" => self.delete_project(id),
                    "activities" => self.delete_activity(id),
                    "users" => self.delete_user(id),
                    _ => Err(not_found_page()),
                }
            }
        }
    }

    // ----- times -----

    fn list_times(&self, query: &Query) -> Answer {
        let filter = self.time_filter(query)?;
        let deleted = query.lenient("include_deleted");
        let revisions = query.strict("include_revisions");
        let items = self
            .times
            .iter()
            .filter(|t| (deleted || t.current.deleted_at.is_none()) && filter.matches(&t.current))
            // The list gives parents newest first.
            .map(|t| with_parents(t.current.to_json(), t.history.iter().rev().map(TimeRec::to_json), revisions))
            .collect();
        Ok(ok(Value::Array(items)))
    }

    fn get_time(&self, uuid: &str, query: &Query) -> Answer {
        if !is_uuid(uuid) {
            return Err(invalid_identifier("UUID", uuid));
        }
        if uuid.bytes().any(|b| b.is_ascii_uppercase()) {
            // Stored UUIDs are lower-case: the server finds nothing.
            return Err(not_found("time"));
        }
        let filter = self.time_filter(query)?;
        let (time, parents) = match self.times.iter().find(|t| t.current.uuid == uuid) {
            Some(t) if t.current.deleted_at.is_some() && !query.lenient("include_deleted") => {
                return Err(not_found("time"))
            }
            Some(t) => (t.current.clone(), t.history.clone()),
            None => (data::time_with_uuid(uuid), Vec::new()),
        };
        if !filter.matches(&time) {
            return Err(not_found("time"));
        }
        // One entry gives parents oldest first; no crash when there are none.
        let revisions = query.strict("include_revisions");
        Ok(ok(with_parents(time.to_json(), parents.iter().map(TimeRec::to_json), revisions)))
    }

    fn time_filter(&self, query: &Query) -> std::result::Result<TimeFilter, Response> {
        let wanted_projects = query.non_empty("project");
        let projects = (!wanted_projects.is_empty())
            .then(|| wanted_projects.iter().flat_map(|slug| self.project_slugs(slug)).collect());
        let start = query_date(query, "start")?;
        let end = query_date(query, "end")?;
        if let (Some(start), Some(end)) = (start, end) {
            if start > end {
                return Err(bad_query("start", query.all("start").first().copied().unwrap_or_default()));
            }
        }
        Ok(TimeFilter { users: query.non_empty("user"), projects, activities: query.non_empty("activity"), start, end })
    }

    fn create_time(&mut self, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "time";
        // Presence and type, in the server's order.
        let duration = match object.get("duration") {
            None => return Err(missing(KIND, "duration")),
            Some(Value::Number(n)) => n.clone(),
            Some(other) => return Err(type_error(KIND, "duration", "number", other)),
        };
        let project = required_string(object, KIND, "project")?;
        let user = required_string(object, KIND, "user")?;
        let issue_uri = optional_string(object, KIND, "issue_uri")?;
        let activities = match object.get("activities") {
            None => None,
            Some(Value::Array(items)) => Some(items),
            Some(other) => return Err(type_error(KIND, "activities", "array", other)),
        };
        let date_worked = required_string(object, KIND, "date_worked")?;
        // Values.
        if duration.as_f64().is_some_and(|d| d < 0.0) {
            return Err(bad_object("Field duration of time should be positive number but was sent as negative number"));
        }
        if !is_slug(&project) {
            return Err(bad_object(format!(
                "Field project of time should be slug but was sent as invalid slug {project}"
            )));
        }
        let activities = activities.map(|items| activity_slugs(items)).transpose()?;
        check_issue_uri(issue_uri.as_deref().filter(|u| !u.is_empty()))?;
        let date_worked = parse_date_worked(&date_worked)?;

        // Without activities the server uses the project's default activity.
        let activities = match activities {
            Some(activities) if !activities.is_empty() => activities,
            _ => self.find_project(&project).and_then(|p| p.current.default_activity.clone()).into_iter().collect(),
        };
        let uuid = next_uuid(data::TIME_CREATE_UUID, |u| self.times.iter().any(|t| t.current.uuid == u));
        // pymesync: falsy notes and issue_uri become null (and may be absent).
        let notes = object.get("notes").filter(|v| truthy(v)).cloned().unwrap_or(Value::Null);
        let issue_uri = object.get("issue_uri").filter(|v| truthy(v)).cloned().unwrap_or(Value::Null);
        let record = TimeRec {
            duration,
            user,
            project: self.project_slugs(&project),
            activities,
            notes: text_of(&notes),
            issue_uri: text_of(&issue_uri),
            date_worked,
            uuid: uuid.clone(),
            revision: 1,
            created_at: data::CREATED_ON.into(),
            updated_at: None,
            deleted_at: None,
        };
        self.times.push(Versioned::new(record));

        // The echo: what was sent (`project` stays a string), plus the server's fields.
        let mut echo = object.clone();
        echo.insert("notes".into(), notes);
        echo.insert("issue_uri".into(), issue_uri);
        echo.insert("uuid".into(), json!(uuid));
        echo.insert("revision".into(), json!(1));
        echo.insert("created_at".into(), json!(data::CREATED_ON));
        echo.insert("updated_at".into(), Value::Null);
        echo.insert("deleted_at".into(), Value::Null);
        Ok(ok(Value::Object(echo)))
    }

    fn update_time(&mut self, user: &str, uuid: &str, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "time";
        const FIELDS: [&str; 7] = ["duration", "project", "activities", "user", "issue_uri", "date_worked", "notes"];
        if !is_uuid(uuid) {
            return Err(invalid_identifier("UUID", uuid));
        }
        let duration = match object.get("duration") {
            None => None,
            Some(Value::Number(n)) => Some(n.clone()),
            // The server coerces with Number(): "300" is 300, "" is 0.
            Some(text @ Value::String(s)) => match s.trim() {
                "" => Some(Number::from(0)),
                s => match s.parse::<f64>().ok().filter(|d| d.is_finite()) {
                    Some(d) => Some(number(d)),
                    None => return Err(type_error(KIND, "duration", "number", text)),
                },
            },
            Some(other) => return Err(type_error(KIND, "duration", "number", other)),
        };
        if let Some(key) = object.keys().find(|k| !FIELDS.contains(&k.as_str())) {
            return Err(unknown_field(KIND, key));
        }
        let project = optional_string(object, KIND, "project")?;
        let new_user = optional_string(object, KIND, "user")?;
        let activities = match object.get("activities") {
            None => None,
            Some(Value::Array(items)) => Some(activity_slugs(items)?),
            Some(other) => return Err(type_error(KIND, "activities", "array", other)),
        };
        let issue_uri = optional_string(object, KIND, "issue_uri")?;
        let date_worked = optional_string(object, KIND, "date_worked")?;
        let notes = optional_string(object, KIND, "notes")?;
        if duration.as_ref().and_then(Number::as_f64).is_some_and(|d| d < 0.0) {
            return Err(bad_object(
                "Field duration of time should be positive integer but was sent as negative integer",
            ));
        }
        if let Some(project) = project.as_deref().filter(|p| !is_slug(p)) {
            return Err(bad_object(format!(
                "Field project of time should be slug but was sent as invalid slug {project}"
            )));
        }
        if let Some(uri) = issue_uri.as_deref() {
            // An empty issue_uri is refused on update.
            if uri.is_empty() {
                return Err(bad_object("Field issue_uri of time should be URI but was sent as invalid URI "));
            }
            check_issue_uri(Some(uri))?;
        }
        let date_worked = date_worked.map(|d| parse_date_worked(&d)).transpose()?;
        if uuid.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(not_found("time"));
        }

        let project = project.map(|p| self.project_slugs(&p));
        let index = match self.times.iter().position(|t| t.current.uuid == uuid) {
            Some(index) => index,
            None => {
                // pymesync's update defaults, as the revision being updated.
                self.times.push(Versioned::new(data::time_update_base(uuid, user)));
                self.times.len() - 1
            }
        };
        let Some(entry) = self.times.get_mut(index) else { return Err(server_error()) };
        let old = entry.current.clone();
        let mut new = old.clone();
        // Like the server, falsy values (0, "") keep what is stored.
        if let Some(duration) = duration.filter(|d| d.as_f64() != Some(0.0)) {
            new.duration = duration;
        }
        if let Some(project) = project {
            new.project = project;
        }
        if let Some(user) = new_user.filter(|u| !u.is_empty()) {
            new.user = user;
        }
        if let Some(activities) = activities.filter(|a| !a.is_empty()) {
            new.activities = activities;
        }
        if let Some(uri) = issue_uri {
            new.issue_uri = Some(uri);
        }
        if let Some(date) = date_worked {
            new.date_worked = date;
        }
        if let Some(notes) = notes.filter(|n| !n.is_empty()) {
            new.notes = Some(notes);
        }
        new.revision = old.revision.saturating_add(1);
        new.updated_at = Some(later(data::TIME_UPDATED_ON, &[Some(&old.created_at), old.updated_at.as_deref()]));
        new.deleted_at = None;
        entry.history.push(old);
        entry.current = new.clone();
        Ok(ok(new.to_json()))
    }

    fn delete_time(&mut self, uuid: &str) -> Answer {
        if !is_uuid(uuid) {
            return Err(invalid_identifier("uuid", uuid));
        }
        if uuid.bytes().any(|b| b.is_ascii_uppercase()) {
            return Err(not_found("uuid"));
        }
        let index = match self.times.iter().position(|t| t.current.uuid == uuid) {
            Some(index) => index,
            None => {
                // The entry the mock would have shown for this uuid.
                self.times.push(Versioned::new(data::time_with_uuid(uuid)));
                self.times.len() - 1
            }
        };
        if let Some(entry) = self.times.get_mut(index) {
            let time = &entry.current;
            let deleted_on = later(data::DELETED_ON, &[Some(&time.created_at), time.updated_at.as_deref()]);
            // Every revision is marked.
            for revision in entry.history.iter_mut().chain(std::iter::once(&mut entry.current)) {
                revision.deleted_at.get_or_insert_with(|| deleted_on.clone());
            }
        }
        Ok(empty_ok())
    }

    // ----- projects -----

    /// The live project that has `slug`.
    fn find_project(&self, slug: &str) -> Option<&Versioned<ProjectRec>> {
        self.projects.iter().find(|p| p.current.deleted_at.is_none() && p.current.slugs.iter().any(|s| s == slug))
    }

    fn find_project_index(&self, slug: &str) -> Option<usize> {
        self.projects.iter().position(|p| p.current.deleted_at.is_none() && p.current.slugs.iter().any(|s| s == slug))
    }

    /// What a time on project `slug` shows as its `project`: every slug of
    /// that project, sorted, or just `[slug]` for a project the mock does not know.
    fn project_slugs(&self, slug: &str) -> Vec<String> {
        match self.find_project(slug) {
            Some(project) => sorted_unique(project.current.slugs.clone()),
            None => vec![slug.to_owned()],
        }
    }

    fn list_projects(&self, query: &Query) -> Response {
        let users = query.non_empty("user");
        let deleted = query.lenient("include_deleted");
        let revisions = query.strict("include_revisions");
        let items = self
            .projects
            .iter()
            .filter(|p| deleted || p.current.deleted_at.is_none())
            .filter(|p| users.is_empty() || p.current.users.keys().any(|u| users.contains(u)))
            .map(|p| with_parents(p.current.to_json(), p.history.iter().rev().map(ProjectRec::parent_json), revisions))
            .collect();
        ok(Value::Array(items))
    }

    fn get_project(&self, slug: &str, query: &Query) -> Answer {
        if !is_loose_slug(slug) {
            return Err(invalid_identifier("slug", slug));
        }
        let (project, parents) = match self.find_project(slug) {
            Some(p) => (p.current.clone(), p.history.clone()),
            None if self.retired_project_slugs.contains(slug) || !is_slug(slug) => return Err(not_found("project")),
            None => (data::project_with_slug(slug), Vec::new()),
        };
        let revisions = query.strict("include_revisions");
        Ok(ok(with_parents(project.to_json(), parents.iter().rev().map(ProjectRec::parent_json), revisions)))
    }

    fn create_project(&mut self, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "project";
        check_keys(object, KIND, &PROJECT_FIELDS)?;
        let name = required_string(object, KIND, "name")?;
        let uri = optional_string(object, KIND, "uri")?;
        let slugs = match object.get("slugs") {
            None => return Err(missing(KIND, "slugs")),
            Some(Value::Array(items)) => items,
            Some(other) => return Err(type_error(KIND, "slugs", "array", other)),
        };
        let users = optional_users(object)?;
        let default_activity = optional_default_activity(object)?;
        if uri.as_deref().is_some_and(|u| !u.is_empty() && !is_web_uri(u)) {
            return Err(bad_object("Field uri of project should be uri but was sent as non-uri string"));
        }
        let slugs = project_slugs_field(slugs)?;
        let clashes: Vec<String> = slugs.iter().filter(|s| self.find_project(s).is_some()).cloned().collect();
        if !clashes.is_empty() {
            return Err(slugs_exist(clashes));
        }
        if self.project_name_taken(&name, None) {
            return Err(bad_object(
                "Field name of project should be unique name but was sent as name which already exists",
            ));
        }

        let uuid = next_uuid(data::PROJECT_UUID, |u| self.projects.iter().any(|p| p.current.uuid == u));
        let users_sent = users.is_some();
        let record = ProjectRec {
            name,
            uri: uri.clone(),
            slugs: slugs.clone(),
            default_activity: default_activity.flatten(),
            users: users.unwrap_or_else(data::default_project_users),
            uuid: uuid.clone(),
            revision: 1,
            created_at: data::CREATED_ON.into(),
            updated_at: None,
            deleted_at: None,
        };
        for slug in &slugs {
            self.retired_project_slugs.remove(slug);
        }
        let users_json = record.to_json().get("users").cloned().unwrap_or(Value::Null);
        self.projects.push(Versioned::new(record));

        // The echo: what was sent, with pymesync's default users and uri.
        let mut echo = object.clone();
        if !users_sent {
            echo.insert("users".into(), users_json);
        }
        if uri.is_none() {
            echo.insert("uri".into(), Value::Null);
        }
        echo.insert("uuid".into(), json!(uuid));
        echo.insert("created_at".into(), json!(data::CREATED_ON));
        echo.insert("revision".into(), json!(1));
        echo.insert("updated_at".into(), Value::Null);
        echo.insert("deleted_at".into(), Value::Null);
        Ok(ok(Value::Object(echo)))
    }

    fn update_project(&mut self, slug: &str, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "project";
        check_keys(object, KIND, &PROJECT_FIELDS)?;
        let name = optional_string(object, KIND, "name")?;
        let uri = optional_string(object, KIND, "uri")?;
        let slugs = match object.get("slugs") {
            None => None,
            Some(Value::Array(items)) => Some(items),
            Some(other) => return Err(type_error(KIND, "slugs", "array", other)),
        };
        let users = optional_users(object)?;
        let default_activity = optional_default_activity(object)?;
        if uri.as_deref().is_some_and(|u| !u.is_empty() && !is_web_uri(u)) {
            return Err(bad_object("Field uri of project should be uri but was sent as string"));
        }
        let slugs = slugs.map(|s| project_slugs_field(s)).transpose()?;
        let existing = self.find_project_index(slug);
        if existing.is_none() && (self.retired_project_slugs.contains(slug) || !is_slug(slug)) {
            return Err(not_found("project"));
        }
        // Falsy name and uri keep what is stored, as on the server.
        let name = name.filter(|n| !n.is_empty());
        if let Some(name) = &name {
            let current = existing.and_then(|i| self.projects.get(i)).map(|p| p.current.name.as_str());
            if current != Some(name.as_str()) && self.project_name_taken(name, existing) {
                return Err(bad_object(
                    "Field name of project should be unique name but was sent as name which already exists",
                ));
            }
        }
        if let Some(slugs) = &slugs {
            let clashes: Vec<String> = slugs
                .iter()
                .filter(|s| self.find_project_index(s).is_some_and(|i| Some(i) != existing))
                .cloned()
                .collect();
            if !clashes.is_empty() {
                return Err(slugs_exist(clashes));
            }
        }

        let index = match existing {
            Some(index) => index,
            None => {
                // pymesync's update defaults, as the revision being updated.
                let uuid = next_uuid(data::PROJECT_UUID, |u| self.projects.iter().any(|p| p.current.uuid == u));
                self.projects.push(Versioned::new(data::project_update_base(slug, &uuid)));
                self.projects.len() - 1
            }
        };
        let Some(entry) = self.projects.get_mut(index) else { return Err(server_error()) };
        let old = entry.current.clone();
        let mut new = old.clone();
        if let Some(name) = name {
            new.name = name;
        }
        if let Some(uri) = uri.filter(|u| !u.is_empty()) {
            new.uri = Some(uri);
        }
        if let Some(slugs) = slugs {
            new.slugs = slugs;
        }
        if let Some(users) = users {
            new.users = users;
        }
        if let Some(default_activity) = default_activity {
            new.default_activity = default_activity;
        }
        new.revision = old.revision.saturating_add(1);
        new.updated_at = Some(later(data::PROJECT_UPDATED_ON, &[Some(&old.created_at), old.updated_at.as_deref()]));
        new.deleted_at = None;
        entry.history.push(old.clone());
        entry.current = new.clone();
        for dropped in old.slugs.iter().filter(|s| !new.slugs.contains(s)) {
            self.retired_project_slugs.insert(dropped.clone());
        }
        for slug in &new.slugs {
            self.retired_project_slugs.remove(slug);
        }
        Ok(ok(new.to_json()))
    }

    fn delete_project(&mut self, slug: &str) -> Answer {
        if !is_slug(slug) {
            return Err(invalid_identifier("slug", slug));
        }
        match self.find_project_index(slug).and_then(|i| self.projects.get_mut(i)) {
            Some(entry) => {
                let project = &mut entry.current;
                project.deleted_at =
                    Some(later(data::DELETED_ON, &[Some(&project.created_at), project.updated_at.as_deref()]));
                // The server frees the slugs and drops the roles.
                let slugs = std::mem::take(&mut project.slugs);
                project.users.clear();
                self.retired_project_slugs.extend(slugs);
            }
            None if self.retired_project_slugs.contains(slug) => return Err(not_found("slug")),
            None => {
                self.retired_project_slugs.insert(slug.to_owned());
            }
        }
        Ok(empty_ok())
    }

    /// Whether a project other than the one at `except` has (or had) `name`.
    fn project_name_taken(&self, name: &str, except: Option<usize>) -> bool {
        self.projects
            .iter()
            .enumerate()
            .any(|(i, p)| Some(i) != except && (p.current.name == name || p.history.iter().any(|h| h.name == name)))
    }

    // ----- activities -----

    fn find_activity_index(&self, slug: &str) -> Option<usize> {
        self.activities.iter().position(|a| a.current.slug.as_deref() == Some(slug))
    }

    fn list_activities(&self, query: &Query) -> Response {
        let deleted = query.strict("include_deleted");
        let revisions = query.strict("include_revisions");
        let items = self
            .activities
            .iter()
            .filter(|a| deleted || a.current.deleted_at.is_none())
            .map(|a| with_parents(a.current.to_json(), a.history.iter().map(ActivityRec::to_json), revisions))
            .collect();
        ok(Value::Array(items))
    }

    fn get_activity(&self, slug: &str, query: &Query) -> Answer {
        if !is_loose_slug(slug) {
            return Err(invalid_identifier("slug", slug));
        }
        let (activity, parents) = match self.find_activity_index(slug).and_then(|i| self.activities.get(i)) {
            Some(a) => (a.current.clone(), a.history.clone()),
            None if self.retired_activity_slugs.contains(slug) || !is_slug(slug) => return Err(not_found("activity")),
            None => (data::activity_with_slug(slug), Vec::new()),
        };
        let revisions = query.strict("include_revisions");
        Ok(ok(with_parents(activity.to_json(), parents.iter().rev().map(ActivityRec::to_json), revisions)))
    }

    /// Whether an activity other than the one at `except` has or had `slug`
    /// (the server never frees an activity slug).
    fn activity_slug_taken(&self, slug: &str, except: Option<usize>) -> bool {
        self.retired_activity_slugs.contains(slug)
            || self.activities.iter().enumerate().any(|(i, a)| {
                Some(i) != except
                    && (a.current.slug.as_deref() == Some(slug)
                        || a.history.iter().any(|h| h.slug.as_deref() == Some(slug)))
            })
    }

    fn activity_name_taken(&self, name: &str, except: Option<usize>) -> bool {
        self.activities
            .iter()
            .enumerate()
            .any(|(i, a)| Some(i) != except && (a.current.name == name || a.history.iter().any(|h| h.name == name)))
    }

    fn create_activity(&mut self, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "activity";
        check_keys(object, KIND, &["name", "slug"])?;
        for field in ["name", "slug"] {
            if !object.get(field).is_some_and(truthy) {
                return Err(missing(KIND, field));
            }
        }
        let name = required_string(object, KIND, "name")?;
        let slug = required_string(object, KIND, "slug")?;
        if !is_slug(&slug) {
            return Err(bad_object("Field slug of activity should be slug but was sent as non-slug string"));
        }
        if self.activity_slug_taken(&slug, None) {
            return Err(slugs_exist(vec![slug]));
        }
        if self.activity_name_taken(&name, None) {
            return Err(bad_object(
                "Field name of activity should be unique name but was sent as name which already exists",
            ));
        }
        let uuid = next_uuid(data::ACTIVITY_CREATE_UUID, |u| self.activities.iter().any(|a| a.current.uuid == u));
        self.activities.push(Versioned::new(ActivityRec {
            name,
            slug: Some(slug),
            uuid: uuid.clone(),
            revision: 1,
            created_at: data::ACTIVITY_CREATED_ON.into(),
            updated_at: None,
            deleted_at: None,
        }));
        let mut echo = object.clone();
        echo.insert("uuid".into(), json!(uuid));
        echo.insert("created_at".into(), json!(data::ACTIVITY_CREATED_ON));
        echo.insert("updated_at".into(), Value::Null);
        echo.insert("deleted_at".into(), Value::Null);
        echo.insert("revision".into(), json!(1));
        Ok(ok(Value::Object(echo)))
    }

    fn update_activity(&mut self, slug: &str, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "activity";
        check_keys(object, KIND, &["name", "slug"])?;
        let name = optional_string(object, KIND, "name")?;
        let new_slug = optional_string(object, KIND, "slug")?;
        if name.as_deref() == Some("") {
            return Err(bad_object("Field name of activity should be string but was sent as empty string"));
        }
        if new_slug.as_deref() == Some("") {
            return Err(bad_object("Field slug of activity should be slug but was sent as empty string"));
        }
        if !is_slug(slug) {
            return Err(invalid_identifier("slug", slug));
        }
        if let Some(new_slug) = new_slug.as_deref().filter(|s| !is_slug(s)) {
            return Err(bad_object(format!(
                "Field slug of activity should be valid slug but was sent as invalid slug {new_slug}"
            )));
        }
        let existing = self.find_activity_index(slug);
        let new_slug = new_slug.filter(|s| s != slug);
        if let Some(new_slug) = &new_slug {
            if self.activity_slug_taken(new_slug, existing) {
                return Err(slugs_exist(vec![new_slug.clone()]));
            }
        }
        if let Some(name) = &name {
            if self.activity_name_taken(name, existing) {
                return Err(bad_object(
                    "Field name of activity should be unique name but was sent as name which already exists",
                ));
            }
        }
        if existing.is_none() && self.retired_activity_slugs.contains(slug) {
            return Err(not_found("activity"));
        }

        let index = match existing {
            Some(index) => index,
            None => {
                let uuid =
                    next_uuid(data::ACTIVITY_UPDATE_UUID, |u| self.activities.iter().any(|a| a.current.uuid == u));
                self.activities.push(Versioned::new(data::activity_update_base(slug, &uuid)));
                self.activities.len() - 1
            }
        };
        let Some(entry) = self.activities.get_mut(index) else { return Err(server_error()) };
        let old = entry.current.clone();
        let mut new = old.clone();
        if let Some(name) = name {
            new.name = name;
        }
        if let Some(new_slug) = &new_slug {
            new.slug = Some(new_slug.clone());
        }
        new.revision = old.revision.saturating_add(1);
        new.updated_at = Some(later(data::ACTIVITY_UPDATED_ON, &[Some(&old.created_at), old.updated_at.as_deref()]));
        new.deleted_at = None;
        entry.history.push(old);
        entry.current = new.clone();
        if new_slug.is_some() {
            self.retired_activity_slugs.insert(slug.to_owned());
        }
        // The server's update reply has no deleted_at.
        Ok(ok(json!({
            "name": new.name,
            "slug": new.slug,
            "uuid": new.uuid,
            "revision": new.revision,
            "updated_at": new.updated_at,
            "created_at": new.created_at,
        })))
    }

    fn delete_activity(&mut self, slug: &str) -> Answer {
        if !is_slug(slug) {
            return Err(invalid_identifier("slug", slug));
        }
        match self.find_activity_index(slug).and_then(|i| self.activities.get_mut(i)) {
            Some(entry) => {
                let activity = &mut entry.current;
                activity.deleted_at =
                    Some(later(data::DELETED_ON, &[Some(&activity.created_at), activity.updated_at.as_deref()]));
                activity.slug = None;
            }
            None if self.retired_activity_slugs.contains(slug) => return Err(not_found("slug")),
            None => {}
        }
        self.retired_activity_slugs.insert(slug.to_owned());
        Ok(empty_ok())
    }

    // ----- users -----

    fn list_users(&self, query: &Query) -> Response {
        let deleted = query.lenient("include_deleted");
        let items = self.users.iter().filter(|u| deleted || u.deleted_at.is_none()).map(UserRec::to_json).collect();
        ok(Value::Array(items))
    }

    fn get_user(&self, name: &str, query: &Query) -> Answer {
        if !is_username(name) {
            return Err(invalid_identifier("username", name));
        }
        match self.users.iter().find(|u| u.username == name) {
            Some(user) if user.deleted_at.is_some() && !query.lenient("include_deleted") => Err(not_found("user")),
            Some(user) => Ok(ok(user.to_json())),
            None => Ok(ok(data::user_named(name).to_json())),
        }
    }

    fn create_user(&mut self, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "user";
        for field in ["username", "password"] {
            if !object.get(field).is_some_and(truthy) {
                return Err(missing(KIND, field));
            }
        }
        reject_dates(object, &["created_at", "updated_at", "deleted_at"])?;
        let username = required_string(object, KIND, "username")?;
        required_string(object, KIND, "password")?;
        let display_name = optional_string(object, KIND, "display_name")?;
        let email = optional_string(object, KIND, "email")?;
        let meta = optional_string(object, KIND, "meta")?;
        let flags = user_flags(object)?;
        if !is_username(&username) {
            return Err(bad_object("Field username of user should be valid username but was sent as string"));
        }
        if email.as_deref().is_some_and(|e| !e.is_empty() && !is_email(e)) {
            return Err(bad_object("Field email of user should be valid email but was sent as string"));
        }
        if self.users.iter().any(|u| u.username == username) {
            return Err(error_reply(
                409,
                "Username already exists",
                json!(format!("username {username} already exists")),
                Some(vec![json!(username)]),
            ));
        }
        if object.keys().any(|k| !USER_CREATE_FIELDS.contains(&k.as_str())) {
            // The server stores unknown keys as columns and fails.
            return Err(server_error());
        }
        let record = UserRec {
            username,
            display_name,
            email,
            meta,
            site_spectator: flags.site_spectator.unwrap_or(false),
            site_manager: flags.site_manager.unwrap_or(false),
            site_admin: flags.site_admin.unwrap_or(false),
            active: flags.active.unwrap_or(true),
            created_at: data::CREATED_ON.into(),
            updated_at: None,
            deleted_at: None,
        };
        // The echo: what was sent minus the password, then the defaults;
        // `active` as sent (pymesync and the server show true whatever was
        // sent); `created_at` in milliseconds, as the server sends it here.
        let mut echo = object.clone();
        echo.remove("password");
        for field in ["display_name", "email", "meta"] {
            if !echo.get(field).is_some_and(truthy) {
                echo.insert(field.into(), Value::Null);
            }
        }
        echo.insert("site_spectator".into(), json!(record.site_spectator));
        echo.insert("site_manager".into(), json!(record.site_manager));
        echo.insert("site_admin".into(), json!(record.site_admin));
        echo.insert("active".into(), json!(record.active));
        echo.insert("created_at".into(), json!(data::CREATED_ON_MS));
        echo.insert("updated_at".into(), Value::Null);
        echo.insert("deleted_at".into(), Value::Null);
        self.users.push(record);
        Ok(ok(Value::Object(echo)))
    }

    fn update_user(&mut self, name: &str, object: &Map<String, Value>) -> Answer {
        const KIND: &str = "user";
        if !is_username(name) {
            return Err(invalid_identifier("username", name));
        }
        reject_dates(object, &["created_at", "updated_at", "deleted_at", "username"])?;
        let email = match object.get("email") {
            None => None,
            Some(Value::Null) => Some(None),
            Some(Value::String(e)) if e.is_empty() || is_email(e) => Some(Some(e.clone())),
            Some(other) => {
                return Err(bad_object(format!(
                    "Field email of user should be valid email but was sent as {}",
                    js_type(other)
                )))
            }
        };
        let display_name = optional_string(object, KIND, "display_name")?;
        optional_string(object, KIND, "password")?;
        let meta = optional_string(object, KIND, "meta")?;
        let flags = user_flags(object)?;
        if object.keys().any(|k| !USER_CREATE_FIELDS.contains(&k.as_str()) && k != "username") {
            return Err(server_error());
        }
        let index = match self.users.iter().position(|u| u.username == name) {
            Some(index) => index,
            None => {
                self.users.push(data::user_update_base(name));
                self.users.len() - 1
            }
        };
        let Some(user) = self.users.get_mut(index) else { return Err(server_error()) };
        if let Some(display_name) = display_name {
            user.display_name = Some(display_name);
        }
        if let Some(email) = email {
            user.email = email;
        }
        if let Some(meta) = meta {
            user.meta = Some(meta);
        }
        user.site_spectator = flags.site_spectator.unwrap_or(user.site_spectator);
        user.site_manager = flags.site_manager.unwrap_or(user.site_manager);
        user.site_admin = flags.site_admin.unwrap_or(user.site_admin);
        user.active = flags.active.unwrap_or(user.active);
        user.updated_at = Some(later(data::USER_UPDATED_ON, &[Some(&user.created_at), user.updated_at.as_deref()]));
        user.deleted_at = None;
        Ok(ok(user.to_json()))
    }

    fn delete_user(&mut self, name: &str) -> Answer {
        if !is_username(name) {
            return Err(invalid_identifier("username", name));
        }
        let index = match self.users.iter().position(|u| u.username == name) {
            Some(index) => index,
            None => {
                self.users.push(data::user_named(name));
                self.users.len() - 1
            }
        };
        if let Some(user) = self.users.get_mut(index) {
            let on = later(data::DELETED_ON, &[Some(&user.created_at), user.updated_at.as_deref()]);
            user.updated_at = Some(on.clone());
            user.deleted_at = Some(on);
        }
        Ok(empty_ok())
    }
}

const PROJECT_FIELDS: [&str; 5] = ["name", "uri", "slugs", "users", "default_activity"];

const USER_CREATE_FIELDS: [&str; 12] = [
    "username",
    "password",
    "display_name",
    "email",
    "meta",
    "site_spectator",
    "site_manager",
    "site_admin",
    "active",
    "created_at",
    "updated_at",
    "deleted_at",
];

/// The four booleans of a user, each only if sent.
struct UserFlags {
    site_spectator: Option<bool>,
    site_manager: Option<bool>,
    site_admin: Option<bool>,
    active: Option<bool>,
}

fn user_flags(object: &Map<String, Value>) -> std::result::Result<UserFlags, Response> {
    let flag = |field: &str| match object.get(field) {
        None => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(other) => Err(type_error("user", field, "boolean", other)),
    };
    Ok(UserFlags {
        site_spectator: flag("site_spectator")?,
        site_manager: flag("site_manager")?,
        site_admin: flag("site_admin")?,
        active: flag("active")?,
    })
}

/// Truthy values of fields a user object may not carry.
fn reject_dates(object: &Map<String, Value>, fields: &[&str]) -> std::result::Result<(), Response> {
    match fields.iter().find(|f| object.get(**f).is_some_and(truthy)) {
        Some(field) => Err(unknown_field("user", field)),
        None => Ok(()),
    }
}

/// The list filters of `GET /times` (and `GET /times/:uuid`).
struct TimeFilter {
    users: BTreeSet<String>,
    /// Every slug of every project asked for; `None` when none was.
    projects: Option<BTreeSet<String>>,
    activities: BTreeSet<String>,
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
}

impl TimeFilter {
    fn matches(&self, time: &TimeRec) -> bool {
        let worked = NaiveDate::parse_from_str(&time.date_worked, "%Y-%m-%d").ok();
        (self.users.is_empty() || self.users.contains(&time.user))
            && self.projects.as_ref().is_none_or(|wanted| time.project.iter().any(|p| wanted.contains(p)))
            && (self.activities.is_empty() || time.activities.iter().any(|a| self.activities.contains(a)))
            && self.start.is_none_or(|start| worked.is_some_and(|w| w >= start))
            && self.end.is_none_or(|end| worked.is_some_and(|w| w <= end))
    }
}

/// The query pairs of a request.
struct Query<'a>(&'a [(String, String)]);

impl Query<'_> {
    fn all(&self, key: &str) -> Vec<&str> {
        self.0.iter().filter(|(k, _)| k == key).map(|(_, v)| v.as_str()).collect()
    }

    /// The non-empty values of `key` (the server ignores empty ones).
    fn non_empty(&self, key: &str) -> BTreeSet<String> {
        self.all(key).into_iter().filter(|v| !v.is_empty()).map(str::to_owned).collect()
    }

    /// The server's lenient flag: on for anything but `false` (repeated: on).
    fn lenient(&self, key: &str) -> bool {
        match self.all(key).as_slice() {
            [] => false,
            [one] => *one != "false",
            _ => true,
        }
    }

    /// The server's strict flag: on only for `true` or an empty value (repeated: off).
    fn strict(&self, key: &str) -> bool {
        matches!(self.all(key).as_slice(), [one] if *one == "true" || one.is_empty())
    }
}

/// `start`/`end`: the first value must contain `YYYY-MM-DD`; one that does
/// but is no real date is ignored, as the server does.
fn query_date(query: &Query, key: &str) -> std::result::Result<Option<NaiveDate>, Response> {
    match query.all(key).first() {
        None => Ok(None),
        Some(raw) => find_date(raw).ok_or_else(|| bad_query(key, raw)),
    }
}

/// Finds `YYYY-MM-DD` anywhere in `text` (as the server's unanchored check
/// does). `None`: no such pattern; `Some(None)`: the pattern, but no date.
/// Days past the end of the month roll over, like JavaScript's `Date.parse`
/// (`2015-02-29` is 2015-03-01).
fn find_date(text: &str) -> Option<Option<NaiveDate>> {
    let bytes = text.as_bytes();
    let digit_at = [0, 1, 2, 3, 5, 6, 8, 9];
    bytes.windows(10).find(|w| w[4] == b'-' && w[7] == b'-' && digit_at.iter().all(|&i| w[i].is_ascii_digit())).map(
        |w| {
            let number = |digits: &[u8]| digits.iter().fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'));
            let (year, month, day) = (number(&w[0..4]), number(&w[5..7]), number(&w[8..10]));
            if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                return None;
            }
            NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, 1)?
                .checked_add_days(Days::new(u64::from(day - 1)))
        },
    )
}

fn parse_date_worked(text: &str) -> std::result::Result<String, Response> {
    match find_date(text) {
        Some(Some(date)) => Ok(date.format("%Y-%m-%d").to_string()),
        _ => Err(bad_object(format!("Field date_worked of time should be ISO-8601 date but was sent as {text}"))),
    }
}

fn check_issue_uri(uri: Option<&str>) -> std::result::Result<(), Response> {
    match uri {
        Some(uri) if !is_web_uri(uri) => {
            Err(bad_object(format!("Field issue_uri of time should be URI but was sent as invalid URI {uri}")))
        }
        _ => Ok(()),
    }
}

/// A time's `activities`: strings that are slugs; sorted, without duplicates.
fn activity_slugs(items: &[Value]) -> std::result::Result<Vec<String>, Response> {
    let mut slugs = Vec::new();
    for item in items {
        match item {
            Value::String(s) if is_slug(s) => slugs.push(s.clone()),
            Value::String(_) => {
                return Err(bad_object(
                    "Field activities of time should be slugs but was sent as array containing at least 1 invalid slug",
                ))
            }
            other => {
                return Err(bad_object(format!(
                    "Field activities of time should be slugs but was sent as array containing at least 1 {}",
                    js_type(other)
                )))
            }
        }
    }
    Ok(sorted_unique(slugs))
}

/// A project's `slugs`: at least one, all slugs; sorted, without duplicates.
fn project_slugs_field(items: &[Value]) -> std::result::Result<Vec<String>, Response> {
    if items.is_empty() {
        return Err(bad_object("Field slugs of project should be array of slugs but was sent as empty array"));
    }
    let slugs: Option<Vec<String>> =
        items.iter().map(|item| item.as_str().filter(|s| is_slug(s)).map(str::to_owned)).collect();
    slugs
        .map(sorted_unique)
        .ok_or_else(|| bad_object("Field slugs of project should be slugs but was sent as non-slug strings"))
}

fn optional_users(object: &Map<String, Value>) -> std::result::Result<Option<BTreeMap<String, Roles>>, Response> {
    match object.get("users") {
        None => Ok(None),
        Some(Value::Object(users)) => {
            Ok(Some(users.iter().map(|(name, roles)| (name.clone(), Roles::from_json(roles))).collect()))
        }
        Some(other) => Err(type_error("project", "users", "object", other)),
    }
}

/// `default_activity`: `None` if absent, `Some(None)` for null (clears it).
fn optional_default_activity(object: &Map<String, Value>) -> std::result::Result<Option<Option<String>>, Response> {
    match object.get("default_activity") {
        None => Ok(None),
        Some(Value::Null) => Ok(Some(None)),
        Some(Value::String(s)) => Ok(Some(Some(s.clone()))),
        Some(other) => Err(type_error("project", "default_activity", "string", other)),
    }
}

fn check_keys(object: &Map<String, Value>, kind: &str, allowed: &[&str]) -> std::result::Result<(), Response> {
    match object.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(key) => Err(unknown_field(kind, key)),
        None => Ok(()),
    }
}

fn required_string(object: &Map<String, Value>, kind: &str, field: &str) -> std::result::Result<String, Response> {
    optional_string(object, kind, field)?.ok_or_else(|| missing(kind, field))
}

fn optional_string(
    object: &Map<String, Value>,
    kind: &str,
    field: &str,
) -> std::result::Result<Option<String>, Response> {
    match object.get(field) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(other) => Err(type_error(kind, field, "string", other)),
    }
}

/// Checks the login body like the server, then hands out the test token.
fn login(body: Option<&Value>) -> Answer {
    let auth = body.and_then(|b| b.get("auth")).filter(|a| a.is_object()).ok_or_else(missing_credentials)?;
    check_auth_type(auth.get("type"), &["password", "ldap"])?;
    for field in ["username", "password"] {
        if auth.get(field).and_then(Value::as_str).is_none_or(|s| s.is_empty()) {
            return Err(missing_credentials());
        }
    }
    Ok(ok(json!({"token": TEST_TOKEN})))
}

fn check_auth_type(kind: Option<&Value>, allowed: &[&str]) -> std::result::Result<(), Response> {
    match kind {
        None | Some(Value::Null) => Err(auth_failure(json!("Authentication type required"))),
        Some(Value::String(s)) if s.is_empty() => Err(auth_failure(json!("Authentication type required"))),
        Some(Value::String(s)) if allowed.contains(&s.as_str()) => Ok(()),
        Some(other) => {
            let name = other.as_str().map(str::to_owned).unwrap_or_else(|| other.to_string());
            Err(error_reply(401, "Bad query value", json!(format!("{name} is not a valid authentication type")), None))
        }
    }
}

/// Checks a POST body's `{"auth": {"type": "token", "token": …}, "object": …}`
/// envelope and returns the object. Any token is accepted.
fn open_envelope(body: Option<&Value>) -> std::result::Result<Map<String, Value>, Response> {
    let body = body.filter(|b| b.is_object()).ok_or_else(missing_credentials)?;
    let auth = body.get("auth").filter(|a| a.is_object()).ok_or_else(missing_credentials)?;
    check_auth_type(auth.get("type"), &["token"])?;
    if auth.get("token").and_then(Value::as_str).is_none_or(|t| t.is_empty()) {
        return Err(missing_credentials());
    }
    match body.get("object") {
        // The server's crash on a missing object: 401 with an empty object as text.
        None | Some(Value::Null) => Err(auth_failure(json!({}))),
        Some(Value::Object(object)) => Ok(object.clone()),
        // A string, number or array has none of the fields.
        Some(_) => Ok(Map::new()),
    }
}

fn require_token(query: &Query) -> std::result::Result<(), Response> {
    if query.all("token").iter().any(|t| !t.is_empty()) {
        Ok(())
    } else {
        Err(missing_credentials())
    }
}

/// Adds `parents` to `value` when revisions were asked for.
fn with_parents(mut value: Value, parents: impl Iterator<Item = Value>, on: bool) -> Value {
    if on {
        if let Value::Object(map) = &mut value {
            map.insert("parents".into(), Value::Array(parents.collect()));
        }
    }
    value
}

/// The first UUID from `base` on (counting up in its last group) that is not taken.
fn next_uuid(base: &str, taken: impl Fn(&str) -> bool) -> String {
    let (head, tail) = base.rsplit_once('-').unwrap_or((base, "0"));
    let start = u64::from_str_radix(tail, 16).unwrap_or(0);
    (0..=0xffff_ffff_ffffu64)
        .map(|k| format!("{head}-{:012x}", start.wrapping_add(k) & 0xffff_ffff_ffff))
        .find(|uuid| !taken(uuid))
        .unwrap_or_else(|| base.to_owned())
}

/// The latest of `date` and `others` (all `YYYY-MM-DD`, so text order is date order).
fn later(date: &str, others: &[Option<&str>]) -> String {
    others.iter().flatten().fold(date, |a, b| if *b > a { b } else { a }).to_owned()
}

fn sorted_unique(mut items: Vec<String>) -> Vec<String> {
    items.sort();
    items.dedup();
    items
}

/// A JSON number for `value`: an integer when it is whole.
fn number(value: f64) -> Number {
    if value.fract() == 0.0 && value.abs() < 9.0e15 {
        Number::from(value as i64)
    } else {
        Number::from_f64(value).unwrap_or_else(|| Number::from(0))
    }
}

/// JavaScript truthiness.
fn truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0 && !x.is_nan()),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// A field's text as the server stores it (numbers and booleans as text).
fn text_of(value: &Value) -> Option<String> {
    match value {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// The JavaScript type name the server's messages use.
fn js_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// The loose slug check of `GET /projects/:slug` and `GET /activities/:slug`.
fn is_loose_slug(slug: &str) -> bool {
    slug.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

// ----- replies -----

fn ok(value: Value) -> Response {
    Response { status: 200, body: value.to_string().into_bytes() }
}

fn empty_ok() -> Response {
    Response { status: 200, body: Vec::new() }
}

fn error_reply(status: u16, title: &str, text: Value, values: Option<Vec<Value>>) -> Response {
    let mut body = json!({"status": status, "error": title, "text": text});
    if let (Some(values), Value::Object(map)) = (values, &mut body) {
        map.insert("values".into(), Value::Array(values));
    }
    Response { status, body: body.to_string().into_bytes() }
}

fn bad_object(text: impl Into<String>) -> Response {
    error_reply(400, "Bad object", json!(text.into()), None)
}

fn missing(kind: &str, field: &str) -> Response {
    bad_object(format!("The {kind} is missing a {field}"))
}

fn unknown_field(kind: &str, field: &str) -> Response {
    bad_object(format!("{kind} does not have a {field} field"))
}

fn type_error(kind: &str, field: &str, expected: &str, value: &Value) -> Response {
    bad_object(format!("Field {field} of {kind} should be {expected} but was sent as {}", js_type(value)))
}

fn not_found(what: &str) -> Response {
    error_reply(404, "Object not found", json!(format!("Nonexistent {what}")), None)
}

fn invalid_identifier(kind: &str, value: &str) -> Response {
    error_reply(
        400,
        "The provided identifier was invalid",
        json!(format!("Expected {kind} but received {value}")),
        Some(vec![json!(value)]),
    )
}

fn auth_failure(text: Value) -> Response {
    error_reply(401, "Authentication failure", text, None)
}

fn missing_credentials() -> Response {
    auth_failure(json!("Missing credentials"))
}

fn bad_query(key: &str, value: &str) -> Response {
    error_reply(400, "Bad query value", json!(format!("Parameter {key} contained invalid value {value}")), None)
}

fn slugs_exist(slugs: Vec<String>) -> Response {
    let slugs = sorted_unique(slugs);
    let text = match slugs.as_slice() {
        [one] => format!("slug {one} already exists"),
        many => format!("slugs {} already exist", many.join(", ")),
    };
    error_reply(
        409,
        "The slug provided already exists",
        json!(text),
        Some(slugs.into_iter().map(Value::String).collect()),
    )
}

fn server_error() -> Response {
    error_reply(500, "Server error", json!("Unexpected server error."), None)
}

/// Express's default 404 page, as the server answers unknown routes.
fn html_404(method: Method, path: &[String]) -> Response {
    let path: String = format!("/v0/{}", path.join("/"))
        .chars()
        .map(|c| match c {
            '<' => "&lt;".to_owned(),
            '>' => "&gt;".to_owned(),
            '&' => "&amp;".to_owned(),
            '"' => "&quot;".to_owned(),
            c => c.to_string(),
        })
        .collect();
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n</head>\n<body>\n<pre>Cannot {} {path}</pre>\n</body>\n</html>\n",
        method.as_str()
    );
    Response { status: 404, body: page.into_bytes() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::Client;
    use crate::model::{Activity, NewTime, Project, Time, TimeQuery, TimeUpdate, User};
    use crate::timeparse::Duration;
    use crate::token::Secret;
    use chrono::DateTime;
    use serde::de::DeserializeOwned;

    const GWM_TIME: &str = "c3706e79-1c9a-4765-8d7f-89b4544cad56";
    const SECOND_TIME: &str = "12345676-1c9a-aaaa-bbbb-89b4544cad56";
    const OTHER_UUID: &str = "0f2b9d7e-5a51-4b7c-9e0d-3c1f6f0a2b4c";

    fn mock() -> MockTransport {
        MockTransport::new("alice")
    }

    fn send(
        mock: &MockTransport,
        method: Method,
        path: &[&str],
        query: &[(&str, &str)],
        body: Option<Value>,
    ) -> Response {
        let request = Request {
            method,
            path: path.iter().map(|s| s.to_string()).collect(),
            query: query.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
            body,
        };
        mock.send(&request).expect("the mock always answers")
    }

    fn get(mock: &MockTransport, path: &[&str], query: &[(&str, &str)]) -> Response {
        let mut query = query.to_vec();
        query.push(("token", TEST_TOKEN));
        send(mock, Method::Get, path, &query, None)
    }

    fn post(mock: &MockTransport, path: &[&str], object: Value) -> Response {
        let body = json!({"auth": {"type": "token", "token": TEST_TOKEN}, "object": object});
        send(mock, Method::Post, path, &[], Some(body))
    }

    fn delete(mock: &MockTransport, path: &[&str]) -> Response {
        send(mock, Method::Delete, path, &[("token", TEST_TOKEN)], None)
    }

    fn body(response: &Response) -> Value {
        serde_json::from_slice(&response.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&response.body)))
    }

    /// A 200 JSON answer, decoded into a model type.
    fn decoded<T: DeserializeOwned>(response: &Response) -> T {
        assert_eq!(response.status, 200, "{}", String::from_utf8_lossy(&response.body));
        serde_json::from_value(body(response)).expect("decodes into the model type")
    }

    /// An error answer: status, title and text.
    fn assert_error(response: &Response, status: u16, title: &str, text: &str) {
        assert_eq!(response.status, status, "{}", String::from_utf8_lossy(&response.body));
        let value = body(response);
        assert_eq!(value["status"], json!(status));
        assert_eq!(value["error"], json!(title));
        assert_eq!(value["text"], json!(text));
    }

    fn client(mock: MockTransport) -> Client {
        let mut client = Client::with_transport("http://localhost:8000/v0", Box::new(mock));
        client.set_token(Some(Secret::new(TEST_TOKEN)));
        client
    }

    fn new_time() -> NewTime {
        NewTime {
            duration: Duration::from_secs(3600),
            project: "gwm".parse().unwrap(),
            user: "alice".parse().unwrap(),
            activities: vec!["docs".parse().unwrap()],
            date_worked: NaiveDate::from_ymd_opt(2015, 7, 23).unwrap(),
            notes: Some("wrote the mock".into()),
            issue_uri: None,
        }
    }

    #[test]
    fn constants_match_pymesync() {
        assert_eq!(TEST_TOKEN, "TESTTOKEN");
        assert_eq!(TEST_USER, "test-user");
        let expiry = DateTime::from_timestamp_millis(TEST_TOKEN_EXPIRY_MS).unwrap();
        assert_eq!(expiry.format("%Y-%m-%d %H:%M:%S").to_string(), "2016-01-13 11:45:34");
        assert_eq!(MockTransport::default().user(), TEST_USER);
        assert_eq!(MockTransport::new("  ").user(), TEST_USER);
    }

    #[test]
    fn login_hands_out_the_test_token() {
        let mock = mock();
        let login = |auth: Value| send(&mock, Method::Post, &["login"], &[], Some(json!({"auth": auth})));
        let reply = login(json!({"type": "password", "username": "alice", "password": "pw"}));
        assert_eq!(body(&reply), json!({"token": "TESTTOKEN"}));
        assert_error(
            &login(json!({"type": "password", "username": "alice"})),
            401,
            "Authentication failure",
            "Missing credentials",
        );
        assert_error(
            &login(json!({"username": "a", "password": "b"})),
            401,
            "Authentication failure",
            "Authentication type required",
        );
        assert_error(
            &login(json!({"type": "token", "username": "a", "password": "b"})),
            401,
            "Bad query value",
            "token is not a valid authentication type",
        );
        assert_error(
            &send(&mock, Method::Post, &["login"], &[], None),
            401,
            "Authentication failure",
            "Missing credentials",
        );

        let mut client = Client::with_transport("http://localhost:8000/v0", Box::new(MockTransport::new("alice")));
        let token = client.authenticate("alice", "secret", crate::model::AuthType::Password).unwrap();
        assert_eq!(token.expose(), TEST_TOKEN);
    }

    #[test]
    fn times_list_is_pymesyncs_sample_with_valid_uuids() {
        let times: Vec<Time> = decoded(&get(&mock(), &["times"], &[]));
        assert_eq!(times.len(), 3);
        let uuids: Vec<&str> = times.iter().map(|t| t.uuid.as_str()).collect();
        assert_eq!(uuids, [GWM_TIME, SECOND_TIME, "12345676-1c9a-5555-cccc-89b4544cad56"]);
        assert!(uuids.iter().all(|u| is_uuid(u) && !u.bytes().any(|b| b.is_ascii_uppercase())));
        let first = &times[0];
        assert_eq!((first.duration.as_secs(), first.user.as_str()), (12, "userone"));
        assert_eq!(first.project, ["ganeti-webmgr", "gwm"]);
        assert_eq!(first.activities, ["docs", "planning"]);
        assert_eq!(first.notes.as_deref(), Some("Worked on documentation."));
        assert_eq!(first.issue_uri.as_deref(), Some("https://github.com/osuosl/ganeti_webmgr"));
        assert!(times.iter().all(|t| t.date_worked.to_string() == "2014-04-17"
            && t.created_at.unwrap().to_string() == "2014-04-17"
            && t.revision == 1
            && t.updated_at.is_none()
            && t.deleted_at.is_none()));
        assert_eq!(times[2].project, ["timesync", "ts"]);
    }

    #[test]
    fn one_time_by_uuid() {
        let mock = mock();
        let second: Time = decoded(&get(&mock, &["times", SECOND_TIME], &[]));
        assert_eq!((second.user.as_str(), second.duration.as_secs()), ("usertwo", 13));
        // pymesync: the first sample time, with the uuid asked for.
        let other: Time = decoded(&get(&mock, &["times", OTHER_UUID], &[]));
        assert_eq!((other.uuid.as_str(), other.user.as_str()), (OTHER_UUID, "userone"));
        let invalid = get(&mock, &["times", "838853e3-3635-4076-a26f-7efr4e60981f"], &[]);
        assert_error(
            &invalid,
            400,
            "The provided identifier was invalid",
            "Expected UUID but received 838853e3-3635-4076-a26f-7efr4e60981f",
        );
        assert_error(
            &get(&mock, &["times", &OTHER_UUID.to_uppercase()], &[]),
            404,
            "Object not found",
            "Nonexistent time",
        );
        // The list filters apply here too.
        assert_error(
            &get(&mock, &["times", SECOND_TIME], &[("user", "userone")]),
            404,
            "Object not found",
            "Nonexistent time",
        );
        // No revisions: an empty parents list instead of the server's crash.
        let with_revisions = body(&get(&mock, &["times", GWM_TIME], &[("include_revisions", "true")]));
        assert_eq!(with_revisions["parents"], json!([]));
    }

    #[test]
    fn time_filters_work() {
        let mock = mock();
        let users = |query: &[(&str, &str)]| -> Vec<String> {
            decoded::<Vec<Time>>(&get(&mock, &["times"], query)).into_iter().map(|t| t.user).collect()
        };
        assert_eq!(users(&[("user", "usertwo")]), ["usertwo"]);
        assert_eq!(users(&[("user", "usertwo"), ("user", "userthree")]), ["usertwo", "userthree"]);
        assert_eq!(users(&[("user", "")]).len(), 3);
        assert_eq!(users(&[("project", "gwm")]), ["userone", "usertwo"]);
        assert_eq!(users(&[("project", "ganeti-webmgr")]), ["userone", "usertwo"]);
        // Any slug of a project finds its times (TimeSync is timesync + ts).
        assert_eq!(users(&[("project", "ts")]), ["userthree"]);
        assert_eq!(users(&[("activity", "code")]), ["usertwo", "userthree"]);
        assert_eq!(users(&[("activity", "docs"), ("project", "gwm")]), ["userone"]);
        assert_eq!(users(&[("start", "2014-04-17"), ("end", "2014-04-17")]).len(), 3);
        assert!(users(&[("start", "2014-04-18")]).is_empty());
        assert!(users(&[("end", "2014-04-16")]).is_empty());
        assert!(users(&[("user", "nobody")]).is_empty());
        assert_error(
            &get(&mock, &["times"], &[("start", "yesterday")]),
            400,
            "Bad query value",
            "Parameter start contained invalid value yesterday",
        );
        assert_error(
            &get(&mock, &["times"], &[("start", "2015-01-02"), ("end", "2015-01-01")]),
            400,
            "Bad query value",
            "Parameter start contained invalid value 2015-01-02",
        );
    }

    #[test]
    fn create_then_read_back_through_the_client() {
        let client = client(mock());
        let time = client.create_time(&new_time()).unwrap();
        assert_eq!(time.uuid, "838853e3-3635-4076-a26f-7efa4e60981f");
        assert_eq!(time.project, ["gwm"]);
        assert_eq!(time.activities, ["docs"]);
        assert_eq!((time.user.as_str(), time.duration.as_secs(), time.revision), ("alice", 3600, 1));
        assert_eq!(time.notes.as_deref(), Some("wrote the mock"));
        assert_eq!(time.issue_uri, None);
        assert_eq!(time.date_worked.to_string(), "2015-07-23");
        assert_eq!(time.created_at.unwrap().to_string(), "2015-05-23");
        // It is listed, and a second create gets the next uuid.
        assert_eq!(client.get_times(&TimeQuery::default()).unwrap().len(), 4);
        let second = client.create_time(&NewTime { project: "ts".parse().unwrap(), ..new_time() }).unwrap();
        assert_eq!(second.uuid, "838853e3-3635-4076-a26f-7efa4e609820");
        // The read-back shows every slug of the project.
        let second = client.get_time(&second.uuid.parse().unwrap(), false, false).unwrap().remove(0);
        assert_eq!(second.project, ["timesync", "ts"]);
        let update = TimeUpdate { duration: Some(Duration::from_secs(60)), ..TimeUpdate::default() };
        let updated = client.update_time(&second.uuid.parse().unwrap(), &update).unwrap();
        assert_eq!(
            (updated.duration.as_secs(), updated.revision, updated.project.clone()),
            (60, 2, second.project.clone())
        );
        let revisions = client.get_time(&second.uuid.parse().unwrap(), true, false).unwrap();
        let parents = revisions[0].parents.as_ref().unwrap();
        assert_eq!(parents.len(), 1);
        assert_eq!((parents[0].revision, parents[0].duration.as_secs()), (1, 3600));
    }

    #[test]
    fn the_create_echo_is_the_live_create_shape() {
        let mock = mock();
        let object = json!({"duration": 12, "project": "gwm", "user": "alice", "date_worked": "2015-07-23"});
        let echo = body(&post(&mock, &["times"], object));
        // The request (project a string) plus the server's fields; missing notes and issue_uri are null.
        assert_eq!(echo["project"], json!("gwm"));
        assert_eq!(echo["notes"], Value::Null);
        assert_eq!(echo["issue_uri"], Value::Null);
        assert_eq!(echo["revision"], json!(1));
        assert_eq!((echo["updated_at"].clone(), echo["deleted_at"].clone()), (Value::Null, Value::Null));
        let uuid = echo["uuid"].as_str().unwrap().to_owned();
        let stored = body(&get(&mock, &["times", &uuid], &[]));
        assert_eq!(stored["project"], json!(["gwm"]));
        assert_eq!(stored["activities"], json!([]));
        let time: Time = serde_json::from_value(stored).unwrap();
        assert_eq!(time.notes, None);
        // Falsy notes become null, numbers are kept as text.
        let echo = body(&post(
            &mock,
            &["times"],
            json!({"duration": 1, "project": "gwm", "user": "a", "date_worked": "2015-07-23", "notes": "", "issue_uri": ""}),
        ));
        assert_eq!((echo["notes"].clone(), echo["issue_uri"].clone()), (Value::Null, Value::Null));
        let echo = body(&post(
            &mock,
            &["times"],
            json!({"duration": 1, "project": "gwm", "user": "a", "date_worked": "2016-02-30", "notes": 42}),
        ));
        let stored: Time = decoded(&get(&mock, &["times", echo["uuid"].as_str().unwrap()], &[]));
        assert_eq!(stored.notes.as_deref(), Some("42"));
        assert_eq!(stored.date_worked.to_string(), "2016-03-01");
    }

    #[test]
    fn time_creates_are_checked_like_the_server() {
        let mock = mock();
        let create = |object: Value| post(&mock, &["times"], object);
        assert_error(&create(json!({})), 400, "Bad object", "The time is missing a duration");
        assert_error(
            &create(json!({"duration": "1h"})),
            400,
            "Bad object",
            "Field duration of time should be number but was sent as string",
        );
        assert_error(&create(json!({"duration": 1})), 400, "Bad object", "The time is missing a project");
        assert_error(
            &create(json!({"duration": 1, "project": "gwm", "user": "a"})),
            400,
            "Bad object",
            "The time is missing a date_worked",
        );
        assert_error(
            &create(json!({"duration": -1, "project": "gwm", "user": "a", "date_worked": "2015-01-01"})),
            400,
            "Bad object",
            "Field duration of time should be positive number but was sent as negative number",
        );
        assert_error(
            &create(json!({"duration": 1, "project": "Not A Slug", "user": "a", "date_worked": "2015-01-01"})),
            400,
            "Bad object",
            "Field project of time should be slug but was sent as invalid slug Not A Slug",
        );
        assert_error(
            &create(
                json!({"duration": 1, "project": "gwm", "user": "a", "date_worked": "2015-01-01", "activities": "docs"}),
            ),
            400,
            "Bad object",
            "Field activities of time should be array but was sent as string",
        );
        assert_error(
            &create(
                json!({"duration": 1, "project": "gwm", "user": "a", "date_worked": "2015-01-01", "activities": [3]}),
            ),
            400,
            "Bad object",
            "Field activities of time should be slugs but was sent as array containing at least 1 number",
        );
        assert_error(
            &create(json!({"duration": 1, "project": "gwm", "user": "a", "date_worked": "soon"})),
            400,
            "Bad object",
            "Field date_worked of time should be ISO-8601 date but was sent as soon",
        );
        assert_error(
            &create(
                json!({"duration": 1, "project": "gwm", "user": "a", "date_worked": "2015-01-01", "issue_uri": "ftp://x"}),
            ),
            400,
            "Bad object",
            "Field issue_uri of time should be URI but was sent as invalid URI ftp://x",
        );
        // Nothing of that was remembered.
        assert_eq!(decoded::<Vec<Time>>(&get(&mock, &["times"], &[])).len(), 3);
    }

    #[test]
    fn time_update_defaults_are_pymesyncs() {
        let mock = mock();
        let reply: Time = decoded(&post(&mock, &["times", OTHER_UUID], json!({"notes": "changed"})));
        assert_eq!(reply.uuid, OTHER_UUID);
        assert_eq!((reply.duration.as_secs(), reply.user.as_str()), (18, "alice"));
        assert_eq!(reply.project, ["ganeti"]);
        assert_eq!(reply.activities, ["qa"]);
        assert_eq!(reply.notes.as_deref(), Some("changed"));
        assert_eq!(reply.issue_uri.as_deref(), Some("https://github.com/osuosl/ganeti_webmgr/issues/56"));
        assert_eq!(reply.date_worked.to_string(), "2015-08-07");
        assert_eq!(reply.created_at.unwrap().to_string(), "2014-06-12");
        assert_eq!(reply.updated_at.unwrap().to_string(), "2015-10-18");
        assert_eq!((reply.revision, reply.deleted_at), (2, None));
        // Remembered: the read-back is the same entry.
        let stored: Time = decoded(&get(&mock, &["times", OTHER_UUID], &[]));
        assert_eq!(stored, reply);
    }

    #[test]
    fn time_updates_merge_into_what_is_stored() {
        let mock = mock();
        let object = json!({"project": "ts", "activities": ["dev", "docs", "dev"], "duration": "300", "date_worked": "2015-02-03"});
        let reply: Time = decoded(&post(&mock, &["times", GWM_TIME], object));
        assert_eq!(reply.project, ["timesync", "ts"]);
        assert_eq!(reply.activities, ["dev", "docs"]);
        assert_eq!(reply.duration.as_secs(), 300);
        assert_eq!((reply.user.as_str(), reply.revision), ("userone", 2));
        assert_eq!(reply.notes.as_deref(), Some("Worked on documentation."));
        assert_eq!(reply.created_at.unwrap().to_string(), "2014-04-17");
        // Falsy values keep what is stored, as on the server.
        let again: Time = decoded(&post(&mock, &["times", GWM_TIME], json!({"duration": 0, "notes": ""})));
        assert_eq!(
            (again.duration.as_secs(), again.notes.as_deref(), again.revision),
            (300, Some("Worked on documentation."), 3)
        );
        let listed: Vec<Time> = decoded(&get(&mock, &["times"], &[("include_revisions", "true")]));
        assert_eq!(listed.len(), 3);
        let parents = listed[0].parents.as_ref().unwrap();
        assert_eq!(parents.iter().map(|p| p.revision).collect::<Vec<_>>(), [2, 1]);
        let one: Time = decoded(&get(&mock, &["times", GWM_TIME], &[("include_revisions", "true")]));
        assert_eq!(one.parents.unwrap().iter().map(|p| p.revision).collect::<Vec<_>>(), [1, 2]);

        let update = |object: Value| post(&mock, &["times", GWM_TIME], object);
        assert_error(&update(json!({"key": 1})), 400, "Bad object", "time does not have a key field");
        assert_error(
            &update(json!({"notes": null})),
            400,
            "Bad object",
            "Field notes of time should be string but was sent as null",
        );
        assert_error(
            &update(json!({"duration": {}})),
            400,
            "Bad object",
            "Field duration of time should be number but was sent as object",
        );
        assert_error(
            &update(json!({"issue_uri": ""})),
            400,
            "Bad object",
            "Field issue_uri of time should be URI but was sent as invalid URI ",
        );
        assert_error(
            &post(&mock, &["times", "nope"], json!({})),
            400,
            "The provided identifier was invalid",
            "Expected UUID but received nope",
        );
    }

    #[test]
    fn projects_are_pymesyncs_sample_in_the_live_shape() {
        let mock = mock();
        let reply = get(&mock, &["projects"], &[]);
        let raw = body(&reply);
        assert!(raw.as_array().unwrap().iter().all(|p| p["default_activity"].is_null() && p.get("users").is_some()));
        let projects: Vec<Project> = decoded(&reply);
        let names: Vec<&str> = projects.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ganeti Web Manager", "TimeSync", "pymesync"]);
        assert_eq!(projects[1].slugs, ["timesync", "ts"]);
        assert_eq!(projects[2].slugs, ["ps", "pymesync"]);
        assert_eq!(projects[2].uuid, "a034806c-5555-cccc-8de8-514575f31bfb");
        assert_eq!(projects[0].revision, 4);
        assert_eq!(projects[0].uri.as_deref(), Some("https://code.osuosl.org/projects/ganeti-webmgr"));
        assert_eq!(projects[0].users["tschuy"].names(), ["member", "spectator", "manager"]);
        assert_eq!(projects[0].users["patcht"].names(), ["member"]);
        assert_eq!(projects[1].users["mrsj"].names(), ["member", "spectator"]);
        assert_eq!(projects[2].users.len(), 5);
        assert!(projects.iter().all(|p| p.created_at.unwrap().to_string() == "2014-07-17"
            && p.updated_at.unwrap().to_string() == "2014-07-20"
            && p.deleted_at.is_none()));

        let by_user: Vec<Project> = decoded(&get(&mock, &["projects"], &[("user", "mrsj")]));
        assert_eq!(by_user.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["TimeSync", "pymesync"]);
        assert!(decoded::<Vec<Project>>(&get(&mock, &["projects"], &[("user", "nobody")])).is_empty());
    }

    #[test]
    fn one_project_by_slug() {
        let mock = mock();
        let ts: Project = decoded(&get(&mock, &["projects", "ts"], &[]));
        assert_eq!(ts.name, "TimeSync");
        // pymesync: Ganeti Web Manager with the slug asked for.
        let reply = get(&mock, &["projects", "anything"], &[]);
        assert!(body(&reply)["default_activity"].is_null());
        let other: Project = decoded(&reply);
        assert_eq!((other.name.as_str(), other.slugs.clone()), ("Ganeti Web Manager", vec!["anything".to_owned()]));
        assert_eq!(other.users.len(), 2);
        assert_error(
            &get(&mock, &["projects", "a b"], &[]),
            400,
            "The provided identifier was invalid",
            "Expected slug but received a b",
        );
        assert_error(&get(&mock, &["projects", "Upper_Case"], &[]), 404, "Object not found", "Nonexistent project");
    }

    #[test]
    fn project_create_update_and_read_back() {
        let mock = mock();
        let echo = body(&post(&mock, &["projects"], json!({"name": "Mock", "slugs": ["mock", "mk"]})));
        assert_eq!(echo["slugs"], json!(["mock", "mk"]));
        assert_eq!(echo["uri"], Value::Null);
        assert_eq!(echo["uuid"], json!("309eae69-21dc-4538-9fdc-e6892a9c4dd4"));
        assert_eq!(echo["users"]["mrsj"], json!({"member": true, "spectator": true, "manager": true}));
        assert_eq!(echo["users"]["tschuy"], json!({"member": true, "spectator": false, "manager": false}));
        let _: Project = serde_json::from_value(echo).unwrap();

        let stored = get(&mock, &["projects", "mk"], &[]);
        assert!(body(&stored)["default_activity"].is_null());
        let stored: Project = decoded(&stored);
        assert_eq!((stored.slugs.clone(), stored.revision), (vec!["mk".to_owned(), "mock".to_owned()], 1));

        // A time on the project shows all its slugs.
        let time = body(&post(
            &mock,
            &["times"],
            json!({"duration": 1, "project": "mock", "user": "alice", "date_worked": "2015-01-01"}),
        ));
        let time: Time = decoded(&get(&mock, &["times", time["uuid"].as_str().unwrap()], &[]));
        assert_eq!(time.project, ["mk", "mock"]);

        let update = json!({"name": "Mocked", "slugs": ["mocked"], "default_activity": "docs", "users": {"alice": {"member": true}}});
        let updated: Project = decoded(&post(&mock, &["projects", "mock"], update));
        assert_eq!((updated.name.as_str(), updated.revision), ("Mocked", 2));
        assert_eq!(updated.default_activity.as_deref(), Some("docs"));
        assert_eq!(updated.users["alice"].names(), ["member"]);
        assert_eq!(updated.created_at.unwrap().to_string(), "2015-05-23");
        let read: Project = decoded(&get(&mock, &["projects", "mocked"], &[]));
        assert_eq!(read, updated);
        // The old slugs are gone; the default activity can be cleared.
        assert_error(&get(&mock, &["projects", "mk"], &[]), 404, "Object not found", "Nonexistent project");
        let cleared: Project = decoded(&post(&mock, &["projects", "mocked"], json!({"default_activity": null})));
        assert_eq!((cleared.default_activity, cleared.revision), (None, 3));
        let with_parents = body(&get(&mock, &["projects", "mocked"], &[("include_revisions", "true")]));
        let parents = with_parents["parents"].as_array().unwrap();
        assert_eq!(parents.iter().map(|p| p["revision"].clone()).collect::<Vec<_>>(), [json!(2), json!(1)]);
        assert!(parents.iter().all(|p| p.get("slugs").is_none() && p.get("users").is_none()));

        assert_error(
            &post(&mock, &["projects"], json!({"name": "X", "slugs": ["gwm", "ts"]})),
            409,
            "The slug provided already exists",
            "slugs gwm, ts already exist",
        );
        assert_error(
            &post(&mock, &["projects"], json!({"name": "TimeSync", "slugs": ["x"]})),
            400,
            "Bad object",
            "Field name of project should be unique name but was sent as name which already exists",
        );
        assert_error(
            &post(&mock, &["projects"], json!({"slugs": ["x"]})),
            400,
            "Bad object",
            "The project is missing a name",
        );
        assert_error(
            &post(&mock, &["projects"], json!({"name": "X", "slugs": "x"})),
            400,
            "Bad object",
            "Field slugs of project should be array but was sent as string",
        );
        assert_error(
            &post(&mock, &["projects"], json!({"name": "X", "slugs": ["x"], "owner": "me"})),
            400,
            "Bad object",
            "project does not have a owner field",
        );
        assert_error(
            &post(&mock, &["projects", "mocked"], json!({"slugs": ["ts"]})),
            409,
            "The slug provided already exists",
            "slug ts already exists",
        );
    }

    #[test]
    fn project_update_defaults_are_pymesyncs() {
        let mock = mock();
        let reply: Project = decoded(&post(&mock, &["projects", "fresh"], json!({"uri": "https://example.com/x"})));
        assert_eq!((reply.name.as_str(), reply.slugs.clone()), ("TimeSync API", vec!["fresh".to_owned()]));
        assert_eq!(reply.uri.as_deref(), Some("https://example.com/x"));
        assert_eq!(reply.uuid, "309eae69-21dc-4538-9fdc-e6892a9c4dd4");
        assert_eq!(reply.revision, 2);
        assert_eq!(reply.created_at.unwrap().to_string(), "2014-04-16");
        assert_eq!(reply.updated_at.unwrap().to_string(), "2014-04-18");
        assert_eq!(reply.users["patcht"].names(), ["member"]);
        assert_eq!(reply.users["tschuy"].names(), ["member", "spectator", "manager"]);
        assert_eq!(decoded::<Project>(&get(&mock, &["projects", "fresh"], &[])), reply);
        // A later create does not reuse that uuid.
        let echo = body(&post(&mock, &["projects"], json!({"name": "Next", "slugs": ["next"]})));
        assert_eq!(echo["uuid"], json!("309eae69-21dc-4538-9fdc-e6892a9c4dd5"));
    }

    #[test]
    fn the_client_project_flow_works() {
        // Project update reads first, posts, then reads again: all answered from memory.
        let client = client(mock());
        let before: Vec<Project> = client.get_list(&["projects", "gwm"], vec![]).unwrap();
        assert_eq!(before[0].revision, 4);
        let reply: Option<Project> = client.post(&["projects", "gwm"], json!({"name": "GWM"})).unwrap();
        assert_eq!(reply.unwrap().revision, 5);
        let after: Vec<Project> = client.get_list(&["projects", "gwm"], vec![]).unwrap();
        assert_eq!((after[0].name.as_str(), after[0].revision), ("GWM", 5));
    }

    #[test]
    fn activities_are_pymesyncs_sample() {
        let mock = mock();
        let activities: Vec<Activity> = decoded(&get(&mock, &["activities"], &[]));
        let rows: Vec<(&str, Option<&str>, u32)> =
            activities.iter().map(|a| (a.name.as_str(), a.slug.as_deref(), a.revision)).collect();
        assert_eq!(
            rows,
            [("Documentation", Some("docs"), 5), ("Coding", Some("dev"), 1), ("Planning", Some("plan"), 1)]
        );
        assert_eq!(activities[1].uuid, "adf036f5-3d49-bbbb-aaaa-062b46380bbf");
        assert!(activities.iter().all(|a| is_uuid(&a.uuid) && a.created_at.unwrap().to_string() == "2014-04-17"));
        let dev: Activity = decoded(&get(&mock, &["activities", "dev"], &[]));
        assert_eq!(dev.name, "Coding");
        let other: Activity = decoded(&get(&mock, &["activities", "qa"], &[]));
        assert_eq!((other.name.as_str(), other.slug.as_deref()), ("Documentation", Some("qa")));
    }

    #[test]
    fn activity_create_update_and_read_back() {
        let mock = mock();
        let echo = body(&post(&mock, &["activities"], json!({"name": "Review", "slug": "review"})));
        assert_eq!(echo["uuid"], json!("cfa07a4f-d446-4078-8d73-2f77560c35c0"));
        assert_eq!(echo["created_at"], json!("2013-07-27"));
        let _: Activity = serde_json::from_value(echo).unwrap();
        let stored: Activity = decoded(&get(&mock, &["activities", "review"], &[]));
        assert_eq!((stored.name.as_str(), stored.revision), ("Review", 1));

        let updated: Activity = decoded(&post(&mock, &["activities", "review"], json!({"slug": "rev"})));
        assert_eq!((updated.name.as_str(), updated.slug.as_deref(), updated.revision), ("Review", Some("rev"), 2));
        assert_eq!(updated.updated_at.unwrap().to_string(), "2014-04-17");
        assert_eq!(decoded::<Activity>(&get(&mock, &["activities", "rev"], &[])).revision, 2);
        assert_error(&get(&mock, &["activities", "review"], &[]), 404, "Object not found", "Nonexistent activity");
        // An old slug is never free again.
        assert_error(
            &post(&mock, &["activities"], json!({"name": "Other", "slug": "review"})),
            409,
            "The slug provided already exists",
            "slug review already exists",
        );
        assert_error(
            &post(&mock, &["activities"], json!({"name": "Coding", "slug": "coding"})),
            400,
            "Bad object",
            "Field name of activity should be unique name but was sent as name which already exists",
        );
        assert_error(
            &post(&mock, &["activities"], json!({"name": "", "slug": "x"})),
            400,
            "Bad object",
            "The activity is missing a name",
        );
        assert_error(
            &post(&mock, &["activities"], json!({"name": "X", "slug": "Bad Slug"})),
            400,
            "Bad object",
            "Field slug of activity should be slug but was sent as non-slug string",
        );
        assert_error(
            &post(&mock, &["activities", "rev"], json!({"name": ""})),
            400,
            "Bad object",
            "Field name of activity should be string but was sent as empty string",
        );

        // pymesync's defaults for an unknown slug.
        let reply = body(&post(&mock, &["activities", "infra"], json!({})));
        assert!(reply.get("deleted_at").is_none());
        let reply: Activity = serde_json::from_value(reply).unwrap();
        assert_eq!((reply.name.as_str(), reply.slug.as_deref(), reply.revision), ("Testing Infra", Some("infra"), 2));
        assert_eq!(reply.uuid, "3cf78d25-411c-4d1f-80c8-a09e5e12cae3");
        assert_eq!(reply.created_at.unwrap().to_string(), "2014-04-16");
    }

    #[test]
    fn users_are_pymesyncs_sample() {
        let mock = mock();
        let users: Vec<User> = decoded(&get(&mock, &["users"], &[]));
        let names: Vec<&str> = users.iter().map(|u| u.username.as_str()).collect();
        assert_eq!(names, ["userone", "usertwo", "userthree", "userfour"]);
        assert_eq!(users[2].display_name.as_deref(), Some("Yes It's The Saddest Experience"));
        assert_eq!(users[3].email.as_deref(), Some("examplefour@example.com"));
        assert!(users.iter().all(|u| u.active
            && !u.site_admin
            && !u.site_manager
            && !u.site_spectator
            && u.created_at.unwrap().to_string() == "2015-03-01"
            && u.deleted_at.is_none()));

        let admin: User = decoded(&get(&mock, &["users", "admin"], &[]));
        assert!(admin.site_admin && !admin.site_manager && !admin.site_spectator);
        assert_eq!(admin.display_name.as_deref(), Some("X. Ample User"));
        let manager: User = decoded(&get(&mock, &["users", "manager"], &[]));
        assert!(manager.site_manager && !manager.site_admin);
        let spectator: User = decoded(&get(&mock, &["users", "spectator"], &[]));
        assert!(spectator.site_spectator);
        let one: User = decoded(&get(&mock, &["users", "userone"], &[]));
        assert_eq!(one.display_name.as_deref(), Some("One Is The Loneliest Number"));
        assert_error(
            &get(&mock, &["users", "no.dots"], &[]),
            400,
            "The provided identifier was invalid",
            "Expected username but received no.dots",
        );
    }

    #[test]
    fn user_create_update_and_read_back() {
        let mock = mock();
        let object = json!({"username": "bob", "password": "$2a$10$hash", "display_name": "Bob", "active": false});
        let echo = body(&post(&mock, &["users"], object));
        assert!(echo.get("password").is_none());
        // active as sent (pymesync forced true), created_at in ms as the server sends it.
        assert_eq!(echo["active"], json!(false));
        assert_eq!(echo["created_at"], json!(1_432_339_200_000i64));
        assert_eq!((echo["email"].clone(), echo["site_admin"].clone()), (Value::Null, json!(false)));
        let echo: User = serde_json::from_value(echo).unwrap();
        assert_eq!(echo.created_at.unwrap().to_string(), "2015-05-23");
        let stored: User = decoded(&get(&mock, &["users", "bob"], &[]));
        assert_eq!((stored.display_name.as_deref(), stored.active), (Some("Bob"), false));
        assert_eq!(stored.created_at, echo.created_at);

        let updated: User = decoded(&post(
            &mock,
            &["users", "bob"],
            json!({"email": "bob@example.com", "site_spectator": true, "meta": "x"}),
        ));
        assert_eq!(
            (updated.email.as_deref(), updated.site_spectator, updated.meta.as_deref()),
            (Some("bob@example.com"), true, Some("x"))
        );
        assert_eq!((updated.display_name.as_deref(), updated.active), (Some("Bob"), false));
        assert_eq!(decoded::<User>(&get(&mock, &["users", "bob"], &[])), updated);
        let cleared: User = decoded(&post(&mock, &["users", "bob"], json!({"email": null})));
        assert_eq!(cleared.email, None);

        // pymesync's defaults for an unknown user.
        let other: User = decoded(&post(&mock, &["users", "carol"], json!({"site_admin": true})));
        assert_eq!(
            (other.display_name.as_deref(), other.email.as_deref()),
            (Some("Mr. Example"), Some("examplej@example.com"))
        );
        assert!(other.site_admin && other.active);
        assert_eq!(other.created_at.unwrap().to_string(), "2015-03-01");

        assert_error(
            &post(&mock, &["users"], json!({"username": "bob", "password": "p"})),
            409,
            "Username already exists",
            "username bob already exists",
        );
        assert_error(
            &post(&mock, &["users"], json!({"username": "dave"})),
            400,
            "Bad object",
            "The user is missing a password",
        );
        assert_error(
            &post(&mock, &["users"], json!({"username": "da.ve", "password": "p"})),
            400,
            "Bad object",
            "Field username of user should be valid username but was sent as string",
        );
        assert_error(
            &post(&mock, &["users"], json!({"username": "dave", "password": "p", "active": "yes"})),
            400,
            "Bad object",
            "Field active of user should be boolean but was sent as string",
        );
        assert_error(
            &post(&mock, &["users", "bob"], json!({"username": "robert"})),
            400,
            "Bad object",
            "user does not have a username field",
        );
        assert_error(
            &post(&mock, &["users", "bob"], json!({"email": "not-an-email"})),
            400,
            "Bad object",
            "Field email of user should be valid email but was sent as string",
        );
        assert_error(
            &post(&mock, &["users", "bob"], json!({"org-roles": []})),
            500,
            "Server error",
            "Unexpected server error.",
        );
    }

    #[test]
    fn deletes_answer_200_with_an_empty_body_and_stick() {
        let mock = mock();
        for path in [
            ["times", GWM_TIME],
            ["times", OTHER_UUID],
            ["projects", "gwm"],
            ["activities", "dev"],
            ["users", "userone"],
        ] {
            let reply = delete(&mock, &path);
            assert_eq!((reply.status, reply.body.len()), (200, 0), "{path:?}");
        }
        assert_error(&get(&mock, &["times", GWM_TIME], &[]), 404, "Object not found", "Nonexistent time");
        assert_error(&get(&mock, &["times", OTHER_UUID], &[]), 404, "Object not found", "Nonexistent time");
        let deleted: Time = decoded(&get(&mock, &["times", GWM_TIME], &[("include_deleted", "true")]));
        assert_eq!(deleted.deleted_at.unwrap().to_string(), "2015-10-18");
        assert_eq!(decoded::<Vec<Time>>(&get(&mock, &["times"], &[])).len(), 2);
        assert_eq!(decoded::<Vec<Time>>(&get(&mock, &["times"], &[("include_deleted", "true")])).len(), 4);
        assert_error(&get(&mock, &["projects", "gwm"], &[]), 404, "Object not found", "Nonexistent project");
        let projects: Vec<Project> = decoded(&get(&mock, &["projects"], &[("include_deleted", "true")]));
        assert!(projects[0].deleted_at.is_some() && projects[0].slugs.is_empty());
        assert_eq!(decoded::<Vec<Project>>(&get(&mock, &["projects"], &[])).len(), 2);
        assert_error(&get(&mock, &["activities", "dev"], &[]), 404, "Object not found", "Nonexistent activity");
        assert_eq!(decoded::<Vec<Activity>>(&get(&mock, &["activities"], &[])).len(), 2);
        assert_eq!(decoded::<Vec<Activity>>(&get(&mock, &["activities"], &[("include_deleted", "true")])).len(), 3);
        assert_error(&get(&mock, &["users", "userone"], &[]), 404, "Object not found", "Nonexistent user");
        assert!(decoded::<User>(&get(&mock, &["users", "userone"], &[("include_deleted", "")])).deleted_at.is_some());
        // Deleting again: gone.
        assert_error(&delete(&mock, &["projects", "gwm"]), 404, "Object not found", "Nonexistent slug");
        assert_error(&delete(&mock, &["activities", "dev"]), 404, "Object not found", "Nonexistent slug");
        assert_error(
            &delete(&mock, &["times", "x"]),
            400,
            "The provided identifier was invalid",
            "Expected uuid but received x",
        );
        // An update brings a time back.
        let back: Time = decoded(&post(&mock, &["times", GWM_TIME], json!({"duration": 5})));
        assert_eq!(back.deleted_at, None);

        let client = client(MockTransport::new("alice"));
        client.delete_time(&GWM_TIME.parse().unwrap()).unwrap();
        assert!(client.get_time(&GWM_TIME.parse().unwrap(), false, false).is_err());
    }

    #[test]
    fn every_read_needs_a_token_and_every_post_an_envelope() {
        let mock = mock();
        assert_error(
            &send(&mock, Method::Get, &["times"], &[], None),
            401,
            "Authentication failure",
            "Missing credentials",
        );
        assert_error(
            &send(&mock, Method::Delete, &["times", GWM_TIME], &[("token", "")], None),
            401,
            "Authentication failure",
            "Missing credentials",
        );
        assert_error(
            &send(&mock, Method::Post, &["times"], &[], None),
            401,
            "Authentication failure",
            "Missing credentials",
        );
        assert_error(
            &send(&mock, Method::Post, &["times"], &[], Some(json!({"object": {}}))),
            401,
            "Authentication failure",
            "Missing credentials",
        );
        let envelope =
            |auth: Value| send(&mock, Method::Post, &["times"], &[], Some(json!({"auth": auth, "object": {}})));
        assert_error(&envelope(json!({"token": "t"})), 401, "Authentication failure", "Authentication type required");
        assert_error(
            &envelope(json!({"type": "password", "token": "t"})),
            401,
            "Bad query value",
            "password is not a valid authentication type",
        );
        assert_error(&envelope(json!({"type": "token"})), 401, "Authentication failure", "Missing credentials");
        // No object: the server's 401 with an empty object as text.
        let reply = send(&mock, Method::Post, &["times"], &[], Some(json!({"auth": {"type": "token", "token": "t"}})));
        assert_eq!(reply.status, 401);
        assert_eq!(body(&reply)["text"], json!({}));
        // Any token is fine.
        assert_eq!(send(&mock, Method::Get, &["times"], &[("token", "whatever")], None).status, 200);
    }

    #[test]
    fn unknown_routes_get_the_html_404() {
        let mock = mock();
        for (method, path) in [
            (Method::Get, vec!["nothing"]),
            (Method::Get, vec![]),
            (Method::Get, vec!["login"]),
            (Method::Delete, vec!["times"]),
            (Method::Get, vec!["times", GWM_TIME, "extra"]),
            (Method::Post, vec!["users", "org-roles", "x"]),
        ] {
            let reply = send(&mock, method, &path, &[("token", TEST_TOKEN)], Some(json!({})));
            assert_eq!(reply.status, 404, "{method:?} {path:?}");
            let page = String::from_utf8(reply.body).unwrap();
            assert!(page.contains(&format!("Cannot {} /v0/{}", method.as_str(), path.join("/"))), "{page}");
        }
        // Through the client: "not TimeSync", not a crash.
        let client = client(mock);
        let error = client.get_list::<Value>(&["nothing"], vec![]).unwrap_err();
        assert!(matches!(error, crate::Error::NotTimeSync { status: 404, .. }), "{error:?}");
    }

    #[test]
    fn nothing_panics_on_odd_requests() {
        let mock = mock();
        let odd_values = [
            Value::Null,
            json!(true),
            json!(-1),
            json!(1.5e300),
            json!("x"),
            json!(""),
            json!("<b>é\u{0}</b>"),
            json!([]),
            json!([null, 1, "a"]),
            json!({}),
            json!({"member": "yes"}),
        ];
        let fields = [
            "duration",
            "project",
            "user",
            "activities",
            "notes",
            "issue_uri",
            "date_worked",
            "name",
            "slugs",
            "slug",
            "uri",
            "users",
            "default_activity",
            "username",
            "password",
            "email",
            "meta",
            "active",
            "site_admin",
            "created_at",
            "uuid",
        ];
        let ids = [
            "",
            "x",
            "gwm",
            "Ü",
            "../..",
            "a b",
            GWM_TIME,
            "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
            "admin",
            "2014-04-17",
        ];
        let mut answers = 0;
        for collection in ["times", "projects", "activities", "users", "login", "nope"] {
            for id in ids {
                let path: Vec<&str> = if id.is_empty() { vec![collection] } else { vec![collection, id] };
                for method in [Method::Get, Method::Delete] {
                    for query in [
                        vec![],
                        vec![("start", "2014-13-45"), ("end", "x")],
                        vec![("include_deleted", "0"), ("include_revisions", "")],
                    ] {
                        let mut query = query;
                        query.push(("token", "t"));
                        answers += send(&mock, method, &path, &query, None).status / 100;
                    }
                }
                for field in fields {
                    for value in &odd_values {
                        answers += post(&mock, &path, json!({ field: value })).status / 100;
                    }
                }
                for object in [Value::Null, json!("string"), json!(7), json!([1, 2])] {
                    answers += post(&mock, &path, object).status / 100;
                }
                answers += send(&mock, Method::Post, &path, &[], Some(json!([1, 2, 3]))).status / 100;
            }
        }
        assert!(answers > 0);
        // After all that, every list still decodes into the model types.
        let _: Vec<Time> =
            decoded(&get(&mock, &["times"], &[("include_deleted", "true"), ("include_revisions", "true")]));
        let _: Vec<Project> =
            decoded(&get(&mock, &["projects"], &[("include_deleted", "true"), ("include_revisions", "true")]));
        let _: Vec<Activity> =
            decoded(&get(&mock, &["activities"], &[("include_deleted", "true"), ("include_revisions", "true")]));
        let _: Vec<User> = decoded(&get(&mock, &["users"], &[("include_deleted", "true")]));
    }

    #[test]
    fn dates_roll_over_like_javascript() {
        let date = |s: &str| find_date(s).map(|d| d.map(|d| d.to_string()));
        assert_eq!(date("2015-02-29"), Some(Some("2015-03-01".into())));
        assert_eq!(date("2016-01-05T23:00:00"), Some(Some("2016-01-05".into())));
        assert_eq!(date("on 2016-12-31!"), Some(Some("2016-12-31".into())));
        assert_eq!(date("2016-13-45"), Some(None));
        assert_eq!(date("2016-1-5"), None);
        assert_eq!(date("é2016-01-05"), Some(Some("2016-01-05".into())));
        assert_eq!(
            next_uuid(data::TIME_CREATE_UUID, |u| u.ends_with("7efa4e60981f")),
            "838853e3-3635-4076-a26f-7efa4e609820"
        );
        assert_eq!(
            next_uuid("00000000-0000-0000-0000-ffffffffffff", |u| u.ends_with('f')),
            "00000000-0000-0000-0000-000000000000"
        );
    }
}
