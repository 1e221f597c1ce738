//! TimeSync objects as the client sees them: what the server answers
//! (normalised, so `--json` is stable whatever quirk the server has) and what
//! the client sends.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::timeparse::Duration;
use crate::token::Secret;
use crate::validation::{Slug, Username};

/// How a login authenticates: the server's `password` or `ldap` module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum AuthType {
    /// Local password check on the server.
    #[default]
    Password,
    /// LDAP, when the server has it enabled.
    Ldap,
}

impl AuthType {
    /// The value sent as `auth.type`.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthType::Password => "password",
            AuthType::Ldap => "ldap",
        }
    }
}

impl fmt::Display for AuthType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AuthType {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "password" => Ok(AuthType::Password),
            "ldap" => Ok(AuthType::Ldap),
            other => Err(format!("invalid auth type '{other}': expected password or ldap")),
        }
    }
}

/// A date the server sent: `YYYY-MM-DD` text, or (user create) milliseconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ApiDate(pub NaiveDate);

impl fmt::Display for ApiDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl Serialize for ApiDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ApiDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        match Value::deserialize(deserializer)? {
            Value::String(s) => s
                .get(..10)
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
                .map(ApiDate)
                .ok_or_else(|| D::Error::custom(format!("invalid date {s:?}"))),
            Value::Number(n) => n
                .as_f64()
                .and_then(|ms| DateTime::from_timestamp_millis(ms as i64))
                .map(|t| ApiDate(t.date_naive()))
                .ok_or_else(|| D::Error::custom(format!("invalid timestamp {n}"))),
            other => Err(D::Error::custom(format!("expected a date, got {other}"))),
        }
    }
}

/// Accepts a string or an array of strings (`project` is a string in create
/// echoes and an array everywhere else).
fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMany {
        One(String),
        Many(Vec<String>),
        Nothing(()),
    }
    Ok(match OneOrMany::deserialize(deserializer)? {
        OneOrMany::One(s) => vec![s],
        OneOrMany::Many(v) => v,
        OneOrMany::Nothing(()) => Vec::new(),
    })
}

/// Reads a JSON number (integer or fraction) or numeric string as whole seconds.
fn seconds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
    use serde::de::Error;
    let value = Value::deserialize(deserializer)?;
    let number = match &value {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    match number {
        Some(n) if n.is_finite() && n >= 0.0 => Ok(Duration::from_secs(n.round() as u64)),
        _ => Err(D::Error::custom(format!("invalid duration {value}"))),
    }
}

fn serialize_seconds<S: Serializer>(duration: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u64(duration.as_secs())
}

/// Reads a string, or a number/bool as its text (the server turns notes sent
/// as numbers into strings).
fn lenient_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    Ok(match Value::deserialize(deserializer)? {
        Value::Null => None,
        Value::String(s) => Some(s),
        other => Some(other.to_string()),
    })
}

/// A time entry as the server returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Time {
    /// Seconds worked.
    #[serde(deserialize_with = "seconds", serialize_with = "serialize_seconds")]
    pub duration: Duration,
    /// The owner's username.
    pub user: String,
    /// Every current slug of the time's project, sorted.
    #[serde(deserialize_with = "one_or_many", default)]
    pub project: Vec<String>,
    /// Activity slugs, sorted.
    #[serde(deserialize_with = "one_or_many", default)]
    pub activities: Vec<String>,
    /// Free-form notes.
    #[serde(deserialize_with = "lenient_string", default)]
    pub notes: Option<String>,
    /// Link to the issue worked on.
    #[serde(deserialize_with = "lenient_string", default)]
    pub issue_uri: Option<String>,
    /// The day the work was done.
    pub date_worked: ApiDate,
    /// The entry's identity, shared by all its revisions.
    pub uuid: String,
    /// Revision number, 1 for a never-updated entry.
    #[serde(default = "first_revision")]
    pub revision: u32,
    /// When the entry was first created.
    #[serde(default)]
    pub created_at: Option<ApiDate>,
    /// When this revision was made (`null` for revision 1).
    #[serde(default)]
    pub updated_at: Option<ApiDate>,
    /// When the entry was deleted, if it was.
    #[serde(default)]
    pub deleted_at: Option<ApiDate>,
    /// Earlier revisions, when asked for with `--include-revisions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<Time>>,
}

fn first_revision() -> u32 {
    1
}

/// A new time entry, as sent to `POST /times`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewTime {
    /// Seconds worked.
    #[serde(serialize_with = "serialize_seconds", deserialize_with = "seconds")]
    pub duration: Duration,
    /// The project's slug (one string, as the server takes it on create).
    pub project: Slug,
    /// The owner; the server only accepts the logged-in user.
    pub user: Username,
    /// Activities; when empty the project's default activity applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Slug>,
    /// The day worked, `YYYY-MM-DD`.
    #[serde(serialize_with = "serialize_date")]
    pub date_worked: NaiveDate,
    /// Free-form notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// Link to the issue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_uri: Option<String>,
}

fn serialize_date<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&date.format("%Y-%m-%d"))
}

fn serialize_opt_date<S: Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serialize_date(date, serializer),
        None => serializer.serialize_none(),
    }
}

fn serialize_opt_seconds<S: Serializer>(d: &Option<Duration>, serializer: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => serialize_seconds(d, serializer),
        None => serializer.serialize_none(),
    }
}

/// A partial update of a time entry (`POST /times/:uuid`): only what is set is sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TimeUpdate {
    /// New duration.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_opt_seconds")]
    pub duration: Option<Duration>,
    /// New project slug.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub project: Option<Slug>,
    /// New owner.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user: Option<Username>,
    /// New set of activities (replaces the old one).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activities: Vec<Slug>,
    /// New day worked.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "serialize_opt_date")]
    pub date_worked: Option<NaiveDate>,
    /// New notes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    /// New issue link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub issue_uri: Option<String>,
}

impl TimeUpdate {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == TimeUpdate::default()
    }
}

/// Filters for `GET /times`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimeQuery {
    /// Only these users' times (OR).
    pub users: Vec<Username>,
    /// Only times in these projects (OR).
    pub projects: Vec<Slug>,
    /// Only times with these activities (OR).
    pub activities: Vec<Slug>,
    /// Worked on or after this day.
    pub start: Option<NaiveDate>,
    /// Worked on or before this day.
    pub end: Option<NaiveDate>,
    /// Add earlier revisions as `parents`.
    pub include_revisions: bool,
    /// Include deleted entries.
    pub include_deleted: bool,
}

impl TimeQuery {
    /// The query pairs in pymesync's order (keys sorted, list items repeated);
    /// the flags are sent only when set.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs = Vec::new();
        let mut push_all = |key: &str, values: Vec<String>| {
            pairs.extend(values.into_iter().map(|v| (key.to_owned(), v)));
        };
        push_all("activity", self.activities.iter().map(|s| s.to_string()).collect());
        push_all("end", self.end.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect());
        push_all("include_deleted", flag(self.include_deleted));
        push_all("include_revisions", flag(self.include_revisions));
        push_all("project", self.projects.iter().map(|s| s.to_string()).collect());
        push_all("start", self.start.iter().map(|d| d.format("%Y-%m-%d").to_string()).collect());
        push_all("user", self.users.iter().map(|s| s.to_string()).collect());
        pairs
    }
}

/// `["true"]` for a set flag, nothing otherwise.
pub(crate) fn flag(on: bool) -> Vec<String> {
    if on {
        vec!["true".to_owned()]
    } else {
        Vec::new()
    }
}

/// A user's roles in one project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectRoles {
    /// May create times in the project.
    #[serde(default)]
    pub member: bool,
    /// May see everyone's times in the project.
    #[serde(default)]
    pub spectator: bool,
    /// May change the project.
    #[serde(default)]
    pub manager: bool,
}

impl ProjectRoles {
    /// The names of the roles that are true, as pymesync's `project_users` lists them.
    pub fn names(&self) -> Vec<&'static str> {
        [(self.member, "member"), (self.spectator, "spectator"), (self.manager, "manager")]
            .into_iter()
            .filter_map(|(on, name)| on.then_some(name))
            .collect()
    }
}

/// A project as the server returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// Display name.
    pub name: String,
    /// Current slugs, sorted (empty for a deleted project).
    #[serde(deserialize_with = "one_or_many", default)]
    pub slugs: Vec<String>,
    /// The project's URL.
    #[serde(deserialize_with = "lenient_string", default)]
    pub uri: Option<String>,
    /// Slug of the activity used when a time names none.
    #[serde(default)]
    pub default_activity: Option<String>,
    /// Users and their roles (the server omits this when there are none).
    #[serde(default)]
    pub users: BTreeMap<String, ProjectRoles>,
    /// The project's identity.
    pub uuid: String,
    /// Revision number.
    #[serde(default = "first_revision")]
    pub revision: u32,
    /// Creation date.
    #[serde(default)]
    pub created_at: Option<ApiDate>,
    /// Date of this revision.
    #[serde(default)]
    pub updated_at: Option<ApiDate>,
    /// Deletion date.
    #[serde(default)]
    pub deleted_at: Option<ApiDate>,
    /// Earlier revisions, with `--include-revisions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<Project>>,
}

/// An activity as the server returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Activity {
    /// Display name.
    pub name: String,
    /// The slug (`null` once deleted).
    #[serde(default)]
    pub slug: Option<String>,
    /// The activity's identity.
    pub uuid: String,
    /// Revision number.
    #[serde(default = "first_revision")]
    pub revision: u32,
    /// Creation date.
    #[serde(default)]
    pub created_at: Option<ApiDate>,
    /// Date of this revision.
    #[serde(default)]
    pub updated_at: Option<ApiDate>,
    /// Deletion date.
    #[serde(default)]
    pub deleted_at: Option<ApiDate>,
    /// Earlier revisions, with `--include-revisions`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parents: Option<Vec<Activity>>,
}

/// A user as the server returns it (never with the password).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct User {
    /// Login name (case-sensitive).
    pub username: String,
    /// Name shown to people.
    #[serde(default)]
    pub display_name: Option<String>,
    /// Email address.
    #[serde(default)]
    pub email: Option<String>,
    /// Free-form metadata.
    #[serde(deserialize_with = "lenient_string", default)]
    pub meta: Option<String>,
    /// May see every time entry.
    #[serde(default)]
    pub site_spectator: bool,
    /// May manage projects, activities and users.
    #[serde(default)]
    pub site_manager: bool,
    /// May do anything.
    #[serde(default)]
    pub site_admin: bool,
    /// Whether the account is active.
    #[serde(default = "yes")]
    pub active: bool,
    /// Creation date.
    #[serde(default)]
    pub created_at: Option<ApiDate>,
    /// Last change.
    #[serde(default)]
    pub updated_at: Option<ApiDate>,
    /// Deletion date.
    #[serde(default)]
    pub deleted_at: Option<ApiDate>,
}

fn yes() -> bool {
    true
}

/// One of the three roles a user can have in a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
#[serde(rename_all = "lowercase")]
pub enum ProjectRole {
    /// May create time entries in the project.
    Member,
    /// May see everyone's time entries in the project.
    Spectator,
    /// May change the project.
    Manager,
}

impl ProjectRole {
    /// The role's name, as the server's `users` map spells it.
    pub fn as_str(self) -> &'static str {
        match self {
            ProjectRole::Member => "member",
            ProjectRole::Spectator => "spectator",
            ProjectRole::Manager => "manager",
        }
    }
}

impl fmt::Display for ProjectRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl ProjectRoles {
    /// The roles that are true, in the order member, spectator, manager.
    pub fn roles(&self) -> Vec<ProjectRole> {
        [
            (self.member, ProjectRole::Member),
            (self.spectator, ProjectRole::Spectator),
            (self.manager, ProjectRole::Manager),
        ]
        .into_iter()
        .filter_map(|(on, role)| on.then_some(role))
        .collect()
    }

    /// These roles with `role` switched on or off.
    pub fn with(mut self, role: ProjectRole, on: bool) -> Self {
        match role {
            ProjectRole::Member => self.member = on,
            ProjectRole::Spectator => self.spectator = on,
            ProjectRole::Manager => self.manager = on,
        }
        self
    }

    /// Roles built from a list (each role named is true, the others false).
    pub fn from_roles(roles: &[ProjectRole]) -> Self {
        roles.iter().fold(ProjectRoles::default(), |acc, role| acc.with(*role, true))
    }
}

/// A project's users and the names of their true roles, as pymesync's
/// `project_users` returns them: `{"alice": ["member", "manager"]}`.
pub type ProjectUsers = BTreeMap<String, Vec<ProjectRole>>;

/// One user of a project with their roles: a row of `timesync project users`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProjectMember {
    /// The username.
    pub user: String,
    /// The roles that are true.
    pub roles: Vec<ProjectRole>,
}

/// A new project, as sent to `POST /projects`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewProject {
    /// Display name (unique among all projects ever made).
    pub name: String,
    /// Slugs, at least one, no duplicates.
    pub slugs: Vec<Slug>,
    /// The project's http(s) URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// Slug of the activity used when a time entry names none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_activity: Option<Slug>,
    /// Users and their roles; all three booleans are sent for each user.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub users: BTreeMap<Username, ProjectRoles>,
}

/// A change to a project (`POST /projects/:slug`). `None` means "keep what
/// is stored": [`crate::client::Client::update_project`] re-sends the stored
/// default activity and users, which the server would otherwise lose.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ProjectUpdate {
    /// New name (not empty: the server ignores an empty name).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New URL (not empty: the server ignores an empty URI).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uri: Option<String>,
    /// New set of slugs, replacing the old one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slugs: Option<Vec<Slug>>,
    /// `Some(Some(slug))` sets the default activity, `Some(None)` clears it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_activity: Option<Option<Slug>>,
    /// New users and roles, replacing the old ones (never empty: the server
    /// fails on an empty map).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub users: Option<BTreeMap<String, ProjectRoles>>,
}

impl ProjectUpdate {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == ProjectUpdate::default()
    }
}

/// What `GET /projects` (or `/projects/:slug`) asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ProjectQuery {
    /// One project by any of its slugs (the `users` filter does not apply then).
    pub slug: Option<Slug>,
    /// Only projects where one of these users has a role (OR).
    pub users: Vec<Username>,
    /// Add earlier revisions as `parents`.
    pub include_revisions: bool,
    /// Include deleted projects (not with `slug`).
    pub include_deleted: bool,
}

impl ProjectQuery {
    /// The query pairs in pymesync's order: every `user`, then the flags
    /// sorted; the flags are sent only when set.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        if self.slug.is_none() {
            pairs.extend(self.users.iter().map(|u| ("user".to_owned(), u.to_string())));
            pairs.extend(flag(self.include_deleted).into_iter().map(|v| ("include_deleted".to_owned(), v)));
        }
        pairs.extend(flag(self.include_revisions).into_iter().map(|v| ("include_revisions".to_owned(), v)));
        pairs
    }
}

/// A new activity, as sent to `POST /activities`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewActivity {
    /// Display name (not empty; unique among all activities ever made).
    pub name: String,
    /// The slug.
    pub slug: Slug,
}

/// A change to an activity (`POST /activities/:slug`): only what is set is sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ActivityUpdate {
    /// New name (not empty).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// New slug.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<Slug>,
}

impl ActivityUpdate {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == ActivityUpdate::default()
    }
}

/// What `GET /activities` (or `/activities/:slug`) asks for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ActivityQuery {
    /// One activity by its slug.
    pub slug: Option<Slug>,
    /// Add earlier revisions as `parents`.
    pub include_revisions: bool,
    /// Include deleted activities (not with `slug`).
    pub include_deleted: bool,
}

impl ActivityQuery {
    /// The query pairs (flags sorted, sent only when set).
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        if self.slug.is_none() {
            pairs.extend(flag(self.include_deleted).into_iter().map(|v| ("include_deleted".to_owned(), v)));
        }
        pairs.extend(flag(self.include_revisions).into_iter().map(|v| ("include_revisions".to_owned(), v)));
        pairs
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

fn is_true(value: &bool) -> bool {
    *value
}

/// A new user, as sent to `POST /users`. The password is kept in plain text
/// here and sent only as a bcrypt hash (the client hashes it with bcrypt).
/// Only the fields the server knows are sent (others make it fail with 500).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NewUser {
    /// Login name.
    pub username: Username,
    /// The password in plain text; never serialized.
    #[serde(skip)]
    pub password: Secret,
    /// Name shown to people.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Email address (the server's narrow pattern, see [`crate::validation::is_email`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Free-form metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<String>,
    /// May do anything.
    #[serde(skip_serializing_if = "is_false")]
    pub site_admin: bool,
    /// May manage projects, activities and users.
    #[serde(skip_serializing_if = "is_false")]
    pub site_manager: bool,
    /// May see every time entry.
    #[serde(skip_serializing_if = "is_false")]
    pub site_spectator: bool,
    /// Whether the account is active (sent only when false).
    #[serde(skip_serializing_if = "is_true")]
    pub active: bool,
}

/// A change to a user (`POST /users/:username`): only what is set is sent.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct UserUpdate {
    /// New display name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// New email address (empty clears it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// New metadata.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta: Option<String>,
    /// New password in plain text; sent only as a bcrypt hash, never serialized.
    #[serde(skip)]
    pub password: Option<Secret>,
    /// Set or clear site admin.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_admin: Option<bool>,
    /// Set or clear site manager.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_manager: Option<bool>,
    /// Set or clear site spectator.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_spectator: Option<bool>,
    /// Activate or deactivate the account.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

impl UserUpdate {
    /// True when no field is set.
    pub fn is_empty(&self) -> bool {
        *self == UserUpdate::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_create_echo_normalises_to_the_get_shape() {
        let echo = json!({"duration": 12600, "project": "gwm", "user": "alice", "date_worked": "2026-11-29",
            "notes": 42, "unknown": "echoed", "uuid": "32764929-1bea-4a17-8c8a-22d7fb144941",
            "revision": 1, "created_at": "2026-11-29", "updated_at": null, "deleted_at": null});
        let time: Time = serde_json::from_value(echo).unwrap();
        assert_eq!(time.project, vec!["gwm"]);
        assert!(time.activities.is_empty());
        assert_eq!(time.notes.as_deref(), Some("42"));
        let out = serde_json::to_value(&time).unwrap();
        assert_eq!(out["project"], json!(["gwm"]));
        assert_eq!(out["duration"], json!(12600));
        assert!(out.get("unknown").is_none());
    }

    #[test]
    fn fractional_durations_and_millisecond_dates_are_read() {
        let time: Time = serde_json::from_value(json!({"duration": 1.5, "user": "a", "project": ["p"],
            "date_worked": "2016-01-05T23:00:00", "uuid": "u"}))
        .unwrap();
        assert_eq!(time.duration.as_secs(), 2);
        assert_eq!(time.date_worked.to_string(), "2016-01-05");
        let user: User = serde_json::from_value(json!({"username": "bob", "created_at": 1452038400000u64})).unwrap();
        assert_eq!(user.created_at.unwrap().to_string(), "2016-01-06");
    }

    #[test]
    fn time_queries_follow_pymesync_order() {
        let query = TimeQuery {
            users: vec!["bob".parse().unwrap()],
            projects: vec!["gwm".parse().unwrap()],
            activities: vec!["dev".parse().unwrap(), "docs".parse().unwrap()],
            start: NaiveDate::from_ymd_opt(2015, 7, 23),
            include_deleted: true,
            ..TimeQuery::default()
        };
        let keys: Vec<String> = query.to_pairs().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(
            keys,
            ["activity=dev", "activity=docs", "include_deleted=true", "project=gwm", "start=2015-07-23", "user=bob"]
        );
    }

    #[test]
    fn project_roles_list_the_true_ones() {
        let roles = ProjectRoles { member: true, spectator: false, manager: true };
        assert_eq!(roles.names(), ["member", "manager"]);
    }
}

#[cfg(test)]
mod request_tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn new_projects_send_all_three_roles_and_omit_what_is_unset() {
        let mut users = BTreeMap::new();
        users.insert("alice".parse().unwrap(), ProjectRoles::from_roles(&[ProjectRole::Member, ProjectRole::Manager]));
        let project = NewProject {
            name: "P".into(),
            slugs: vec!["p".parse().unwrap()],
            uri: None,
            default_activity: None,
            users,
        };
        assert_eq!(
            serde_json::to_value(&project).unwrap(),
            json!({"name": "P", "slugs": ["p"],
                   "users": {"alice": {"member": true, "spectator": false, "manager": true}}})
        );
    }

    #[test]
    fn project_updates_can_clear_the_default_activity() {
        let update = ProjectUpdate { default_activity: Some(None), ..ProjectUpdate::default() };
        assert_eq!(serde_json::to_value(&update).unwrap(), json!({"default_activity": null}));
        assert!(ProjectUpdate::default().is_empty());
    }

    #[test]
    fn project_and_activity_queries_follow_pymesync_order() {
        let query = ProjectQuery {
            users: vec!["bob".parse().unwrap(), "amy".parse().unwrap()],
            include_deleted: true,
            include_revisions: true,
            ..ProjectQuery::default()
        };
        let pairs: Vec<String> = query.to_pairs().into_iter().map(|(k, v)| format!("{k}={v}")).collect();
        assert_eq!(pairs, ["user=bob", "user=amy", "include_deleted=true", "include_revisions=true"]);
        let one = ProjectQuery { slug: Some("gwm".parse().unwrap()), ..query };
        assert_eq!(one.to_pairs(), [("include_revisions".to_owned(), "true".to_owned())]);
        let activities = ActivityQuery { include_deleted: true, ..ActivityQuery::default() };
        assert_eq!(activities.to_pairs(), [("include_deleted".to_owned(), "true".to_owned())]);
    }

    #[test]
    fn users_never_serialize_the_password_and_send_only_set_fields() {
        let user = NewUser {
            username: "carol".parse().unwrap(),
            password: Secret::new("plain"),
            display_name: None,
            email: Some("carol@example.com".into()),
            meta: None,
            site_admin: false,
            site_manager: true,
            site_spectator: false,
            active: true,
        };
        assert_eq!(
            serde_json::to_value(&user).unwrap(),
            json!({"username": "carol", "email": "carol@example.com", "site_manager": true})
        );
        let inactive = NewUser { active: false, ..user };
        assert_eq!(serde_json::to_value(&inactive).unwrap()["active"], false);
        let update = UserUpdate { password: Some(Secret::new("x")), site_admin: Some(false), ..UserUpdate::default() };
        assert_eq!(serde_json::to_value(&update).unwrap(), json!({"site_admin": false}));
        assert!(!update.is_empty());
    }

    #[test]
    fn roles_are_added_and_listed_in_order() {
        let roles = ProjectRoles::default().with(ProjectRole::Manager, true).with(ProjectRole::Member, true);
        assert_eq!(roles.roles(), [ProjectRole::Member, ProjectRole::Manager]);
        assert_eq!(serde_json::to_value(roles.roles()).unwrap(), json!(["member", "manager"]));
    }
}
