//! Time entries: as the server returns them, as they are created and updated, and the filters of a list.

use super::*;

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

impl Time {
    /// The project's slug to show: the shortest of its slugs (the first of
    /// those alike), `None` when the entry has none.
    pub fn short_project(&self) -> Option<&str> {
        self.project.iter().min_by_key(|slug| (slug.len(), slug.as_str())).map(String::as_str)
    }
}

pub(crate) fn first_revision() -> u32 {
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

pub(crate) fn serialize_date<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&ApiDate(*date))
}

pub(crate) fn serialize_opt_date<S: Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serialize_date(date, serializer),
        None => serializer.serialize_none(),
    }
}

pub(crate) fn serialize_opt_seconds<S: Serializer>(d: &Option<Duration>, serializer: S) -> Result<S::Ok, S::Error> {
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
