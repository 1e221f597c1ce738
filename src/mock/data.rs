//! The mock's records, their wire shapes, and the sample data it starts from.
//!
//! The samples are pymesync's test-mode data (`mock_pymesync.py`, pymesync
//! 0.2.0), with its defects fixed:
//!
//! * **UUIDs.** pymesync's samples contain non-hex letters (`r`, `s`), which
//!   the server (and this client's read-back) refuse. Each `r` becomes `a` and
//!   each `s` becomes `5`; everything else is kept:
//!
//!   | pymesync (invalid)                     | mock (valid hex)                       |
//!   |----------------------------------------|----------------------------------------|
//!   | `838853e3-3635-4076-a26f-7efr4e60981f` | `838853e3-3635-4076-a26f-7efa4e60981f` (created times) |
//!   | `12345676-1c9a-rrrr-bbbb-89b4544cad56` | `12345676-1c9a-aaaa-bbbb-89b4544cad56` (sample time 2) |
//!   | `12345676-1c9a-ssss-cccc-89b4544cad56` | `12345676-1c9a-5555-cccc-89b4544cad56` (sample time 3) |
//!   | `a034806c-rrrr-bbbb-8de8-514575f31bfb` | `a034806c-aaaa-bbbb-8de8-514575f31bfb` (TimeSync)      |
//!   | `a034806c-ssss-cccc-8de8-514575f31bfb` | `a034806c-5555-cccc-8de8-514575f31bfb` (pymesync)      |
//!   | `adf036f5-3d49-bbbb-rrrr-062b46380bbf` | `adf036f5-3d49-bbbb-aaaa-062b46380bbf` (Coding)        |
//!   | `adf036f5-3d49-cccc-ssss-062b46380bbf` | `adf036f5-3d49-cccc-5555-062b46380bbf` (Planning)      |
//!
//!   The valid ones (`c3706e79-…`, `a034806c-00db-…`, `adf036f5-3d49-4a84-…`,
//!   `309eae69-…`, `cfa07a4f-…`, `3cf78d25-…`) are unchanged.
//!   pymesync gives every created object the same UUID; the mock gives the
//!   first one pymesync's UUID and each later one the next value of the last
//!   group (`…7efa4e60981f`, `…7efa4e609820`, …), so several creates in one
//!   process stay distinct.
//! * **Dates.** pymesync's users were created on `2015-02-29`, a day that does
//!   not exist; the server would store it as `2015-03-01` (JavaScript date
//!   rollover), so that is what the mock shows.
//! * **Shapes.** Project `users` use the live map shape
//!   (`{"name": {"member", "spectator", "manager"}}`), projects carry
//!   `default_activity`, users carry `meta` and `updated_at`.

use std::collections::BTreeMap;

use serde_json::{json, Number, Value};

/// The token test mode logs in with (pymesync's `authenticate()` answer).
pub const TEST_TOKEN: &str = "TESTTOKEN";

/// The expiry pymesync's test mode reports for the test token,
/// 2016-01-13 11:45:34 UTC, in milliseconds (TimeSync tokens use ms).
pub const TEST_TOKEN_EXPIRY_MS: i64 = 1_452_685_534_000;

/// The user test mode acts as when none is configured.
pub const TEST_USER: &str = "test-user";

/// UUID of the first created time (pymesync's, made valid hex).
pub(super) const TIME_CREATE_UUID: &str = "838853e3-3635-4076-a26f-7efa4e60981f";
/// UUID of the first created project, and of pymesync's update answer.
pub(super) const PROJECT_UUID: &str = "309eae69-21dc-4538-9fdc-e6892a9c4dd4";
/// UUID of the first created activity.
pub(super) const ACTIVITY_CREATE_UUID: &str = "cfa07a4f-d446-4078-8d73-2f77560c35c0";
/// UUID of pymesync's activity update answer.
pub(super) const ACTIVITY_UPDATE_UUID: &str = "3cf78d25-411c-4d1f-80c8-a09e5e12cae3";

/// `created_at` of created times, projects and users (pymesync).
pub(super) const CREATED_ON: &str = "2015-05-23";
/// The same day in milliseconds: the server's user-create reply shows `created_at` as a number.
pub(super) const CREATED_ON_MS: i64 = 1_432_339_200_000;
/// `created_at` of created activities (pymesync).
pub(super) const ACTIVITY_CREATED_ON: &str = "2013-07-27";
/// pymesync's time update answer: `created_at` / `updated_at`.
pub(super) const TIME_UPDATE_CREATED: &str = "2014-06-12";
pub(super) const TIME_UPDATED_ON: &str = "2015-10-18";
/// pymesync's project update answer: `created_at` / `updated_at`.
pub(super) const PROJECT_UPDATE_CREATED: &str = "2014-04-16";
pub(super) const PROJECT_UPDATED_ON: &str = "2014-04-18";
/// pymesync's activity update answer: `created_at` / `updated_at`.
pub(super) const ACTIVITY_UPDATE_CREATED: &str = "2014-04-16";
pub(super) const ACTIVITY_UPDATED_ON: &str = "2014-04-17";
/// pymesync's users' `created_at` (`2015-02-29` as the server would store it).
pub(super) const USER_CREATED: &str = "2015-03-01";
/// `updated_at` of updated users (pymesync has none; its latest date).
pub(super) const USER_UPDATED_ON: &str = "2015-10-18";
/// `deleted_at` of deleted objects (pymesync has none; its latest date).
pub(super) const DELETED_ON: &str = "2015-10-18";

/// One revision of a time entry.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct TimeRec {
    pub duration: Number,
    pub user: String,
    pub project: Vec<String>,
    pub activities: Vec<String>,
    pub notes: Option<String>,
    pub issue_uri: Option<String>,
    pub date_worked: String,
    pub uuid: String,
    pub revision: u32,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub deleted_at: Option<String>,
}

impl TimeRec {
    /// The live GET shape (`project` an array of slugs).
    pub fn to_json(&self) -> Value {
        json!({
            "duration": self.duration,
            "user": self.user,
            "notes": self.notes,
            "issue_uri": self.issue_uri,
            "uuid": self.uuid,
            "revision": self.revision,
            "project": self.project,
            "activities": self.activities,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
            "date_worked": self.date_worked,
        })
    }
}

/// A user's roles in a project.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Roles {
    pub member: bool,
    pub spectator: bool,
    pub manager: bool,
}

impl Roles {
    pub const MEMBER: Roles = Roles { member: true, spectator: false, manager: false };
    pub const MEMBER_SPECTATOR: Roles = Roles { member: true, spectator: true, manager: false };
    pub const ALL: Roles = Roles { member: true, spectator: true, manager: true };

    pub fn to_json(self) -> Value {
        json!({"member": self.member, "spectator": self.spectator, "manager": self.manager})
    }

    /// Reads `{"member": true, …}`; anything missing or not a boolean is false.
    pub fn from_json(value: &Value) -> Roles {
        let flag = |name: &str| value.get(name).and_then(Value::as_bool).unwrap_or(false);
        Roles { member: flag("member"), spectator: flag("spectator"), manager: flag("manager") }
    }
}

/// One revision of a project.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ProjectRec {
    pub name: String,
    pub uri: Option<String>,
    pub slugs: Vec<String>,
    pub default_activity: Option<String>,
    pub users: BTreeMap<String, Roles>,
    pub uuid: String,
    pub revision: u32,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub deleted_at: Option<String>,
}

impl ProjectRec {
    /// The live GET shape: slugs sorted, `default_activity` always present,
    /// `users` omitted when there are none.
    pub fn to_json(&self) -> Value {
        let mut value = self.parent_json();
        if let Value::Object(map) = &mut value {
            let mut slugs = self.slugs.clone();
            slugs.sort();
            slugs.dedup();
            map.insert("slugs".into(), json!(slugs));
            if !self.users.is_empty() {
                let users = self.users.iter().map(|(name, roles)| (name.clone(), roles.to_json())).collect();
                map.insert("users".into(), Value::Object(users));
            }
        }
        value
    }

    /// The shape of an earlier revision (`parents`): no `slugs` or `users`.
    pub fn parent_json(&self) -> Value {
        json!({
            "name": self.name,
            "uri": self.uri,
            "uuid": self.uuid,
            "default_activity": self.default_activity,
            "revision": self.revision,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
            "created_at": self.created_at,
        })
    }
}

/// One revision of an activity.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct ActivityRec {
    pub name: String,
    /// `None` once deleted.
    pub slug: Option<String>,
    pub uuid: String,
    pub revision: u32,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub deleted_at: Option<String>,
}

impl ActivityRec {
    /// The live GET shape.
    pub fn to_json(&self) -> Value {
        json!({
            "name": self.name,
            "slug": self.slug,
            "uuid": self.uuid,
            "revision": self.revision,
            "created_at": self.created_at,
            "deleted_at": self.deleted_at,
            "updated_at": self.updated_at,
        })
    }
}

/// A user (no revisions: updated in place).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct UserRec {
    pub username: String,
    pub display_name: Option<String>,
    pub email: Option<String>,
    pub meta: Option<String>,
    pub site_spectator: bool,
    pub site_manager: bool,
    pub site_admin: bool,
    pub active: bool,
    pub created_at: String,
    pub updated_at: Option<String>,
    pub deleted_at: Option<String>,
}

impl UserRec {
    /// The live GET shape (never a password).
    pub fn to_json(&self) -> Value {
        json!({
            "display_name": self.display_name,
            "username": self.username,
            "email": self.email,
            "meta": self.meta,
            "site_spectator": self.site_spectator,
            "site_manager": self.site_manager,
            "site_admin": self.site_admin,
            "active": self.active,
            "updated_at": self.updated_at,
            "deleted_at": self.deleted_at,
            "created_at": self.created_at,
        })
    }
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn sample_time(
    duration: u64,
    user: &str,
    project: &[&str],
    activities: &[&str],
    notes: &str,
    issue_uri: &str,
    uuid: &str,
) -> TimeRec {
    TimeRec {
        duration: Number::from(duration),
        user: user.into(),
        project: strings(project),
        activities: strings(activities),
        notes: Some(notes.into()),
        issue_uri: Some(issue_uri.into()),
        date_worked: "2014-04-17".into(),
        uuid: uuid.into(),
        revision: 1,
        created_at: "2014-04-17".into(),
        updated_at: None,
        deleted_at: None,
    }
}

/// pymesync's three sample times.
pub(super) fn sample_times() -> Vec<TimeRec> {
    const GWM_ISSUES: &str = "https://github.com/osuosl/ganeti_webmgr";
    vec![
        sample_time(
            12,
            "userone",
            &["ganeti-webmgr", "gwm"],
            &["docs", "planning"],
            "Worked on documentation.",
            GWM_ISSUES,
            "c3706e79-1c9a-4765-8d7f-89b4544cad56",
        ),
        sample_time(
            13,
            "usertwo",
            &["ganeti-webmgr", "gwm"],
            &["code", "planning"],
            "Worked on coding",
            GWM_ISSUES,
            "12345676-1c9a-aaaa-bbbb-89b4544cad56",
        ),
        sample_time(
            14,
            "userthree",
            &["timesync", "ts"],
            &["code"],
            "Worked on coding",
            "https://github.com/osuosl/timesync",
            "12345676-1c9a-5555-cccc-89b4544cad56",
        ),
    ]
}

/// pymesync's answer to `get_times({"uuid": U})`: the first sample time, with that uuid.
pub(super) fn time_with_uuid(uuid: &str) -> TimeRec {
    let mut time = sample_times().swap_remove(0);
    time.uuid = uuid.into();
    time
}

/// pymesync's `update_time` defaults: the entry an update of an unknown
/// uuid starts from (as revision 1; the update makes it revision 2). The
/// owner is the acting user (the server lets only the owner update).
pub(super) fn time_update_base(uuid: &str, user: &str) -> TimeRec {
    TimeRec {
        duration: Number::from(18),
        user: user.into(),
        project: strings(&["ganeti"]),
        activities: strings(&["qa"]),
        notes: None,
        issue_uri: Some("https://github.com/osuosl/ganeti_webmgr/issues/56".into()),
        date_worked: "2015-08-07".into(),
        uuid: uuid.into(),
        revision: 1,
        created_at: TIME_UPDATE_CREATED.into(),
        updated_at: None,
        deleted_at: None,
    }
}

fn sample_project(
    name: &str,
    slugs: &[&str],
    uuid: &str,
    revision: u32,
    uri: &str,
    users: &[(&str, Roles)],
) -> ProjectRec {
    ProjectRec {
        name: name.into(),
        uri: Some(uri.into()),
        slugs: strings(slugs),
        default_activity: None,
        users: users.iter().map(|(name, roles)| (name.to_string(), *roles)).collect(),
        uuid: uuid.into(),
        revision,
        created_at: "2014-07-17".into(),
        updated_at: Some("2014-07-20".into()),
        deleted_at: None,
    }
}

/// pymesync's three sample projects.
pub(super) fn sample_projects() -> Vec<ProjectRec> {
    vec![
        sample_project(
            "Ganeti Web Manager",
            &["gwm"],
            "a034806c-00db-4fe1-8de8-514575f31bfb",
            4,
            "https://code.osuosl.org/projects/ganeti-webmgr",
            &[("patcht", Roles::MEMBER), ("tschuy", Roles::ALL)],
        ),
        sample_project(
            "TimeSync",
            &["timesync", "ts"],
            "a034806c-aaaa-bbbb-8de8-514575f31bfb",
            2,
            "https://code.osuosl.org/projects/timesync",
            &[("patcht", Roles::MEMBER), ("mrsj", Roles::MEMBER_SPECTATOR), ("tschuy", Roles::ALL)],
        ),
        sample_project(
            "pymesync",
            &["pymesync", "ps"],
            "a034806c-5555-cccc-8de8-514575f31bfb",
            1,
            "https://code.osuosl.org/projects/pymesync",
            &[
                ("patcht", Roles::MEMBER),
                ("MaraJade", Roles::MEMBER),
                ("thai", Roles::MEMBER),
                ("tschuy", Roles::MEMBER_SPECTATOR),
                ("mrsj", Roles::ALL),
            ],
        ),
    ]
}

/// pymesync's answer to `get_projects({"slug": S})`: Ganeti Web Manager with slugs `[S]`.
pub(super) fn project_with_slug(slug: &str) -> ProjectRec {
    let mut project = sample_projects().swap_remove(0);
    project.slugs = vec![slug.into()];
    project
}

/// pymesync's `update_project` defaults, as revision 1.
pub(super) fn project_update_base(slug: &str, uuid: &str) -> ProjectRec {
    ProjectRec {
        name: "TimeSync API".into(),
        uri: None,
        slugs: vec![slug.into()],
        default_activity: None,
        users: [("patcht".to_owned(), Roles::MEMBER), ("tschuy".to_owned(), Roles::ALL)].into_iter().collect(),
        uuid: uuid.into(),
        revision: 1,
        created_at: PROJECT_UPDATE_CREATED.into(),
        updated_at: None,
        deleted_at: None,
    }
}

/// The `users` pymesync's `create_project` adds when none are sent.
pub(super) fn default_project_users() -> BTreeMap<String, Roles> {
    [("mrsj".to_owned(), Roles::ALL), ("tschuy".to_owned(), Roles::MEMBER)].into_iter().collect()
}

fn sample_activity(name: &str, slug: &str, uuid: &str, revision: u32) -> ActivityRec {
    ActivityRec {
        name: name.into(),
        slug: Some(slug.into()),
        uuid: uuid.into(),
        revision,
        created_at: "2014-04-17".into(),
        updated_at: None,
        deleted_at: None,
    }
}

/// pymesync's three sample activities.
pub(super) fn sample_activities() -> Vec<ActivityRec> {
    vec![
        sample_activity("Documentation", "docs", "adf036f5-3d49-4a84-bef9-062b46380bbf", 5),
        sample_activity("Coding", "dev", "adf036f5-3d49-bbbb-aaaa-062b46380bbf", 1),
        sample_activity("Planning", "plan", "adf036f5-3d49-cccc-5555-062b46380bbf", 1),
    ]
}

/// pymesync's answer to `get_activities({"slug": S})`: Documentation with slug `S`.
pub(super) fn activity_with_slug(slug: &str) -> ActivityRec {
    let mut activity = sample_activities().swap_remove(0);
    activity.slug = Some(slug.into());
    activity
}

/// pymesync's `update_activity` defaults, as revision 1.
pub(super) fn activity_update_base(slug: &str, uuid: &str) -> ActivityRec {
    ActivityRec {
        name: "Testing Infra".into(),
        slug: Some(slug.into()),
        uuid: uuid.into(),
        revision: 1,
        created_at: ACTIVITY_UPDATE_CREATED.into(),
        updated_at: None,
        deleted_at: None,
    }
}

fn sample_user(username: &str, display_name: &str, email: &str) -> UserRec {
    UserRec {
        username: username.into(),
        display_name: Some(display_name.into()),
        email: Some(email.into()),
        meta: None,
        site_spectator: false,
        site_manager: false,
        site_admin: false,
        active: true,
        created_at: USER_CREATED.into(),
        updated_at: None,
        deleted_at: None,
    }
}

/// pymesync's four sample users.
pub(super) fn sample_users() -> Vec<UserRec> {
    vec![
        sample_user("userone", "One Is The Loneliest Number", "exampleone@example.com"),
        sample_user("usertwo", "Two Can Be As Bad As One", "exampletwo@example.com"),
        sample_user("userthree", "Yes It's The Saddest Experience", "examplethree@example.com"),
        sample_user("userfour", "You'll Ever Do", "examplefour@example.com"),
    ]
}

/// pymesync's answer to `get_users(name)`: the site flags follow the name.
pub(super) fn user_named(username: &str) -> UserRec {
    UserRec {
        site_admin: username == "admin",
        site_spectator: username == "spectator",
        site_manager: username == "manager",
        ..sample_user(username, "X. Ample User", "example@example.com")
    }
}

/// pymesync's `update_user` defaults: the user an update of an unknown name starts from.
pub(super) fn user_update_base(username: &str) -> UserRec {
    sample_user(username, "Mr. Example", "examplej@example.com")
}
