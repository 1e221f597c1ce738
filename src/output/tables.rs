//! How each kind of object looks in a table: list columns and detail fields.

use std::cmp::Ordering;

use super::{Column, Tabular};
use timesync::model::{Activity, ApiDate, Project, ProjectMember, ProjectRole, ProjectRoles, Time, User};

/// The created/updated (and, once deleted, deleted) lines of a detail view.
fn stamps(created: Option<ApiDate>, updated: Option<ApiDate>, deleted: Option<ApiDate>) -> Vec<(&'static str, String)> {
    let mut lines = vec![("created", date(&created)), ("updated", date(&updated))];
    if deleted.is_some() {
        lines.push(("deleted", date(&deleted)));
    }
    lines
}

fn date(d: &Option<ApiDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// The JSON keys of an object the server keeps revisions of (a time entry,
/// project or activity): its own `fields`, then what every such object has.
macro_rules! versioned_fields {
    ($($field:literal),*) => {
        &[$($field,)* "uuid", "revision", "created_at", "updated_at", "deleted_at"]
    };
}

/// The [`Tabular`] methods alike for every object the server keeps
/// revisions of: its earlier revisions in `parents`.
macro_rules! versioned {
    () => {
        fn revisions(&self) -> &[Self] {
            self.parents.as_deref().unwrap_or_default()
        }
    };
}

impl Tabular for Time {
    const COLUMNS: &'static [Column<'static>] = &[
        Column::keep("Date"),
        Column::keep("Duration"),
        Column::keep("Project"),
        Column::keep("Activities"),
        Column::keep("User"),
        Column::keep("Rev"),
        Column::id("UUID"),
        Column::shrink("Notes"),
    ];
    const PLURAL: &'static str = "time entries";
    const FIELDS: &'static [&'static str] =
        versioned_fields!("duration", "user", "project", "activities", "notes", "issue_uri", "date_worked");
    versioned!();

    /// A time entry has no other key than its UUID.
    fn id(&self) -> String {
        self.uuid.clone()
    }

    fn row(&self) -> Vec<String> {
        time_row(self)
    }

    /// By the day worked, then by when the entry was created.
    fn order(&self, other: &Self) -> Ordering {
        time_order(self).cmp(&time_order(other))
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![
            ("uuid", self.uuid.clone()),
            ("date worked", self.date_worked.to_string()),
            ("duration", self.duration.to_string()),
            ("project", self.project.join(", ")),
            ("activities", self.activities.join(", ")),
            ("user", self.user.clone()),
            ("notes", self.notes.clone().unwrap_or_default()),
            ("issue", self.issue_uri.clone().unwrap_or_default()),
            ("revision", self.revision.to_string()),
        ];
        details.extend(stamps(self.created_at, self.updated_at, self.deleted_at));
        details
    }
}

/// What time entries are listed by: the day worked, then when each was
/// created (a compact key, for sorting a long list without its entries).
pub fn time_order(time: &Time) -> (ApiDate, Option<ApiDate>) {
    (time.date_worked, time.created_at)
}

fn time_row(time: &Time) -> Vec<String> {
    vec![
        time.date_worked.to_string(),
        time.duration.to_string(),
        time.project.join(", "),
        time.activities.join(", "),
        time.user.clone(),
        revision(time.revision, time.deleted_at),
        time.uuid.clone(),
        time.notes.clone().unwrap_or_default(),
    ]
}

/// The revision, marked when the object is deleted: `2 (deleted 2024-05-01)`.
fn revision(revision: u32, deleted_at: Option<ApiDate>) -> String {
    match deleted_at {
        Some(deleted) => format!("{revision} (deleted {deleted})"),
        None => revision.to_string(),
    }
}

fn role_names(roles: &[ProjectRole]) -> String {
    if roles.is_empty() {
        "no roles".to_owned()
    } else {
        roles.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// `alice (member, manager)`.
fn project_user((user, roles): (&String, &ProjectRoles)) -> String {
    format!("{user} ({})", role_names(&roles.roles()))
}

impl Tabular for Project {
    const COLUMNS: &'static [Column<'static>] = &[
        Column::keep("Name"),
        Column::keep("Slugs"),
        Column::shrink("URI"),
        Column::keep("Default activity"),
        Column::keep("Rev"),
        Column::id("UUID"),
        Column::shrink("Users"),
    ];
    const PLURAL: &'static str = "projects";
    const FIELDS: &'static [&'static str] = versioned_fields!("name", "slugs", "uri", "default_activity", "users");
    versioned!();

    /// Its shortest slug (the UUID of a deleted project, which has none).
    fn id(&self) -> String {
        shortest(&self.slugs).unwrap_or_else(|| self.uuid.clone())
    }

    fn row(&self) -> Vec<String> {
        project_row(self)
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![
            ("name", self.name.clone()),
            ("slugs", self.slugs.join(", ")),
            ("uri", self.uri.clone().unwrap_or_default()),
            ("default activity", self.default_activity.clone().unwrap_or_default()),
        ];
        // One line per user: a row each, the field named on the first.
        let users: Vec<String> = self.users.iter().map(project_user).collect();
        details.extend(users.into_iter().enumerate().map(|(i, user)| (if i == 0 { "users" } else { "" }, user)));
        if self.users.is_empty() {
            details.push(("users", String::new()));
        }
        details.extend([("uuid", self.uuid.clone()), ("revision", self.revision.to_string())]);
        details.extend(stamps(self.created_at, self.updated_at, self.deleted_at));
        details
    }
}

/// The shortest of `slugs` (the first of them when several are as short).
fn shortest(slugs: &[String]) -> Option<String> {
    slugs.iter().min_by_key(|slug| slug.len()).cloned()
}

fn project_row(project: &Project) -> Vec<String> {
    vec![
        project.name.clone(),
        project.slugs.join(", "),
        project.uri.clone().unwrap_or_default(),
        project.default_activity.clone().unwrap_or_default(),
        revision(project.revision, project.deleted_at),
        project.uuid.clone(),
        project.users.iter().map(project_user).collect::<Vec<_>>().join(", "),
    ]
}

impl Tabular for Activity {
    const COLUMNS: &'static [Column<'static>] = &[Column::keep("Name"), Column::keep("Slug"), Column::keep("Rev")];
    const PLURAL: &'static str = "activities";
    const FIELDS: &'static [&'static str] = versioned_fields!("name", "slug");
    versioned!();

    /// Its slug (the UUID of a deleted activity, which has none).
    fn id(&self) -> String {
        self.slug.clone().unwrap_or_else(|| self.uuid.clone())
    }

    fn row(&self) -> Vec<String> {
        activity_row(self)
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![
            ("name", self.name.clone()),
            ("slug", self.slug.clone().unwrap_or_default()),
            ("uuid", self.uuid.clone()),
            ("revision", self.revision.to_string()),
        ];
        details.extend(stamps(self.created_at, self.updated_at, self.deleted_at));
        details
    }
}

fn activity_row(activity: &Activity) -> Vec<String> {
    vec![
        activity.name.clone(),
        activity.slug.clone().unwrap_or_default(),
        revision(activity.revision, activity.deleted_at),
    ]
}

/// `admin, manager, spectator` (the site roles that are true).
fn site_roles(user: &User) -> String {
    [(user.site_admin, "admin"), (user.site_manager, "manager"), (user.site_spectator, "spectator")]
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect::<Vec<_>>()
        .join(", ")
}

fn active(user: &User) -> String {
    let active = if user.active { "yes" } else { "no" };
    match user.deleted_at {
        Some(deleted) => format!("{active} (deleted {deleted})"),
        None => active.to_owned(),
    }
}

impl Tabular for User {
    const COLUMNS: &'static [Column<'static>] = &[
        Column::keep("Username"),
        Column::keep("Display name"),
        Column::keep("Email"),
        Column::keep("Site roles"),
        Column::keep("Active"),
    ];
    const PLURAL: &'static str = "users";
    const FIELDS: &'static [&'static str] = &[
        "username",
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

    fn id(&self) -> String {
        self.username.clone()
    }

    fn row(&self) -> Vec<String> {
        vec![
            self.username.clone(),
            self.display_name.clone().unwrap_or_default(),
            self.email.clone().unwrap_or_default(),
            site_roles(self),
            active(self),
        ]
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![
            ("username", self.username.clone()),
            ("display name", self.display_name.clone().unwrap_or_default()),
            ("email", self.email.clone().unwrap_or_default()),
            ("meta", self.meta.clone().unwrap_or_default()),
            ("site roles", site_roles(self)),
            ("active", if self.active { "yes" } else { "no" }.to_owned()),
        ];
        details.extend(stamps(self.created_at, self.updated_at, self.deleted_at));
        details
    }
}

impl Tabular for ProjectMember {
    const COLUMNS: &'static [Column<'static>] = &[Column::keep("User"), Column::keep("Roles")];
    const PLURAL: &'static str = "users";
    const FIELDS: &'static [&'static str] = &["user", "roles"];

    fn id(&self) -> String {
        self.user.clone()
    }

    fn row(&self) -> Vec<String> {
        vec![self.user.clone(), role_names(&self.roles)]
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        vec![("user", self.user.clone()), ("roles", role_names(&self.roles))]
    }
}

#[cfg(test)]
mod tests {
    use serde::Serialize;
    use serde_json::{json, Value};

    use super::*;

    /// The keys `item` serialises to, its revisions left out.
    fn keys<T: Serialize>(item: &T) -> Vec<String> {
        let Value::Object(map) = serde_json::to_value(item).unwrap() else { panic!("not an object") };
        map.keys().filter(|k| *k != "parents").cloned().collect()
    }

    fn check<T: Tabular + Serialize + serde::de::DeserializeOwned>(value: Value) {
        let item: T = serde_json::from_value(value).unwrap();
        assert_eq!(keys(&item), T::FIELDS, "{}", T::PLURAL);
    }

    #[test]
    fn csv_headers_are_the_json_keys() {
        check::<Time>(json!({"duration": 60, "user": "a", "project": ["p"], "date_worked": "2026-11-02", "uuid": "u"}));
        check::<Project>(json!({"name": "P", "slugs": ["p"], "uuid": "u"}));
        check::<Activity>(json!({"name": "A", "slug": "a", "uuid": "u"}));
        check::<User>(json!({"username": "a"}));
        let member = ProjectMember { user: "a".into(), roles: vec![ProjectRole::Member] };
        assert_eq!(keys(&member), ProjectMember::FIELDS);
    }
}
