//! Projects, their members and roles.

use super::*;

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

/// One of the three roles a user can have in a project.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
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
