//! A coherent sample data set for `timesync --test`, after pymesync's test-mode samples:
//! its users, activities, projects and times, with their names, slugs and UUIDs (made valid
//! hex), made to hang together and dated in the current week.
//!
//! * Activities: Documentation `docs`, Development `dev`, Planning `plan`, Systems `sys`.
//! * Projects: Ganeti Web Manager (`gwm`, `ganeti-webmgr`; default `docs`), TimeSync
//!   (`timesync`, `ts`; default `dev`), pymesync (`pymesync`, `ps`; default `dev`).
//! * Users: pymesync's `userone` … `userfour` (members of the projects they log time on) and
//!   `admin` (site admin, manager and spectator), all with the password `password`.
//! * Times: pymesync's three sample entries and more, 30 minutes to 4 hours each, from
//!   Monday of `today`'s week up to `today`, every one on an existing project and activity.
//! * The acting user is created if missing (same password), made site admin, manager and
//!   spectator, and member, spectator and manager of every sample project, with entries of
//!   its own, so every command works on the samples.
//!
//! Seeding is cheap: the password hash is a precomputed constant (no bcrypt at run time).
//! With [`LoginPolicy::AnyPassword`](crate::LoginPolicy) any non-empty password logs a
//! sample user in.

use chrono::{Datelike, Days, NaiveDate};

use crate::engine::{Clock, Engine, LoginPolicy, ProjectRoles, SiteRoles, TimeSeed};
use crate::state::{Db, User};

/// The sample users' password.
pub const PASSWORD: &str = "password";

/// `$2a$` bcrypt hash (cost 4) of [`PASSWORD`], precomputed so seeding does no hashing.
pub const PASSWORD_HASH: &str = "$2a$04$k1HhTx93n0bxKzoXcl/xEexExk2hAclQeXVuMLxefaTY6Bk4IuO9O";

/// (uuid, name, slug)
const ACTIVITIES: [(&str, &str, &str); 4] = [
    ("adf036f5-3d49-4a84-bef9-062b46380bbf", "Documentation", "docs"),
    ("adf036f5-3d49-bbbb-aaaa-062b46380bbf", "Development", "dev"),
    ("adf036f5-3d49-cccc-5555-062b46380bbf", "Planning", "plan"),
    ("adf036f5-3d49-dddd-6666-062b46380bbf", "Systems", "sys"),
];

/// A sample project: uuid, name, slugs, default activity, uri, and its members.
struct Project {
    uuid: &'static str,
    name: &'static str,
    slugs: &'static [&'static str],
    default_activity: &'static str,
    uri: &'static str,
    members: &'static [(&'static str, ProjectRoles)],
}

const MEMBER: ProjectRoles = ProjectRoles { member: true, spectator: false, manager: false };
const MEMBER_SPECTATOR: ProjectRoles = ProjectRoles { member: true, spectator: true, manager: false };

const PROJECTS: [Project; 3] = [
    Project {
        uuid: "a034806c-00db-4fe1-8de8-514575f31bfb",
        name: "Ganeti Web Manager",
        slugs: &["gwm", "ganeti-webmgr"],
        default_activity: "docs",
        uri: "https://code.osuosl.org/projects/ganeti-webmgr",
        members: &[("userone", MEMBER), ("usertwo", MEMBER)],
    },
    Project {
        uuid: "a034806c-aaaa-bbbb-8de8-514575f31bfb",
        name: "TimeSync",
        slugs: &["timesync", "ts"],
        default_activity: "dev",
        uri: "https://code.osuosl.org/projects/timesync",
        members: &[("userone", MEMBER), ("usertwo", MEMBER), ("userthree", MEMBER_SPECTATOR)],
    },
    Project {
        uuid: "a034806c-5555-cccc-8de8-514575f31bfb",
        name: "pymesync",
        slugs: &["pymesync", "ps"],
        default_activity: "dev",
        uri: "https://code.osuosl.org/projects/pymesync",
        members: &[("userthree", MEMBER), ("userfour", ProjectRoles::ALL)],
    },
];

/// (username, display name, e-mail)
const USERS: [(&str, &str, &str); 4] = [
    ("userone", "One Is The Loneliest Number", "exampleone@example.com"),
    ("usertwo", "Two Can Be As Bad As One", "exampletwo@example.com"),
    ("userthree", "Yes It's The Saddest Experience", "examplethree@example.com"),
    ("userfour", "You'll Ever Do", "examplefour@example.com"),
];

/// A sample time; `user: None` is the acting user; `weekday` counts from Monday (0) and is
/// moved back to `today` when later.
struct Time {
    uuid: &'static str,
    user: Option<&'static str>,
    project: &'static str,
    activities: &'static [&'static str],
    minutes: i64,
    weekday: u64,
    notes: &'static str,
    issue_uri: Option<&'static str>,
}

const GWM_ISSUES: &str = "https://github.com/osuosl/ganeti_webmgr";
const TIMESYNC_ISSUES: &str = "https://github.com/osuosl/timesync";

#[rustfmt::skip]
const TIMES: [Time; 8] = [
    Time { uuid: "c3706e79-1c9a-4765-8d7f-89b4544cad56", user: Some("userone"), project: "gwm", activities: &["docs", "plan"], minutes: 120, weekday: 0, notes: "Worked on documentation.", issue_uri: Some(GWM_ISSUES) },
    Time { uuid: "12345676-1c9a-aaaa-bbbb-89b4544cad56", user: Some("usertwo"), project: "gwm", activities: &["dev", "plan"], minutes: 210, weekday: 1, notes: "Worked on coding", issue_uri: Some(GWM_ISSUES) },
    Time { uuid: "5b1f0c2e-1c9a-4555-8ccc-89b4544cad56", user: Some("userthree"), project: "timesync", activities: &["dev"], minutes: 90, weekday: 2, notes: "Worked on coding", issue_uri: Some(TIMESYNC_ISSUES) },
    Time { uuid: "9d2e6a41-1c9a-4666-9ddd-89b4544cad56", user: Some("userfour"), project: "pymesync", activities: &["plan"], minutes: 30, weekday: 3, notes: "Release planning", issue_uri: None },
    Time { uuid: "e47a9b13-1c9a-4777-aeee-89b4544cad56", user: Some("userone"), project: "timesync", activities: &["sys"], minutes: 240, weekday: 4, notes: "Moved the staging server", issue_uri: Some(TIMESYNC_ISSUES) },
    Time { uuid: "838853e3-3635-4076-a26f-7efa4e60981f", user: None, project: "pymesync", activities: &["dev"], minutes: 150, weekday: 0, notes: "Test mode", issue_uri: None },
    Time { uuid: "2f6c8d90-3635-4076-a26f-7efa4e609820", user: None, project: "gwm", activities: &["docs"], minutes: 45, weekday: 2, notes: "Reviewed the install guide", issue_uri: Some(GWM_ISSUES) },
    Time { uuid: "6a3e1b57-3635-4076-a26f-7efa4e609821", user: None, project: "timesync", activities: &["dev", "docs"], minutes: 60, weekday: 6, notes: "API notes", issue_uri: None },
];

/// The engine `timesync --test` talks to: the clock fixed at `now_ms`, the
/// samples seeded for `acting_user` as of `today`, any password accepted, and
/// UUIDs and tokens that are the same from run to run.
pub fn test_engine(acting_user: &str, now_ms: i64, today: NaiveDate) -> Engine {
    let engine = Engine::with_clock(Clock::Fixed(now_ms));
    engine.set_seed(0);
    engine.set_login_policy(LoginPolicy::AnyPassword);
    seed(&engine, acting_user, today);
    engine
}

/// Adds the sample data set for `acting_user`, with times dated in `today`'s week.
pub fn seed(engine: &Engine, acting_user: &str, today: NaiveDate) {
    let mut db = engine.db();
    let now = db.now();
    for (name, display_name, email) in USERS {
        let mut user = User::new(name, PASSWORD_HASH, SiteRoles::default(), now);
        user.display_name = Some(display_name.to_string());
        user.email = Some(email.to_string());
        add_user(&mut db, user);
    }
    add_user(&mut db, User::new("admin", PASSWORD_HASH, SiteRoles::ALL, now));
    match db.user_mut(acting_user) {
        Some(user) => (user.site_admin, user.site_manager, user.site_spectator) = (true, true, true),
        None => add_user(&mut db, User::new(acting_user, PASSWORD_HASH, SiteRoles::ALL, now)),
    }
    for (uuid, name, slug) in ACTIVITIES {
        db.insert_activity(uuid, name, slug);
    }
    for p in &PROJECTS {
        db.insert_project(p.uuid, p.name, p.slugs, Some(p.default_activity), Some(p.uri));
        for (user, roles) in p.members {
            db.set_role(p.uuid, user, *roles);
        }
        db.set_role(p.uuid, acting_user, ProjectRoles::ALL);
    }
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    for t in &TIMES {
        let day = (monday + Days::new(t.weekday)).min(today).format("%Y-%m-%d").to_string();
        let seed = TimeSeed {
            user: t.user.unwrap_or(acting_user),
            project: t.project,
            activities: t.activities,
            duration: t.minutes * 60,
            date_worked: &day,
            notes: Some(t.notes),
            issue_uri: t.issue_uri,
        };
        db.insert_time(t.uuid, seed);
    }
}

/// Adds a user unless one of that name exists.
fn add_user(db: &mut Db, user: User) {
    if db.user(&user.username).is_none() {
        db.users.push(user);
    }
}
