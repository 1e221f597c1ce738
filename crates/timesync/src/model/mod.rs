//! TimeSync objects as the client sees them: what the server answers
//! (normalised, so `--json` is stable whatever quirk the server has) and what
//! the client sends. One file per kind of object; the serde helpers they
//! share are here.

mod activity;
mod project;
mod time;
mod user;

pub use activity::{Activity, ActivityQuery, ActivityUpdate, NewActivity};
pub use project::{
    NewProject, Project, ProjectMember, ProjectQuery, ProjectRole, ProjectRoles, ProjectUpdate, ProjectUsers,
};
pub use time::{NewTime, Time, TimeQuery, TimeUpdate};
pub use user::{NewUser, User, UserUpdate};

use time::first_revision;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate};
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::timeparse::Duration;
use crate::token::Secret;
use crate::validation::{Slug, Username};

/// How a login authenticates: the server's `password` or `ldap` module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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
        // By hand: chrono's format strings are slow for every date of a long list.
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), self.0.month(), self.0.day())
    }
}

impl ApiDate {
    /// `YYYY-MM-DD` written digit by digit (no formatting machinery: this
    /// runs for every date of every entry of a list); `None` for a year
    /// outside 0–9999.
    fn ymd(self) -> Option<[u8; 10]> {
        let year = u32::try_from(self.0.year()).ok().filter(|y| *y <= 9999)?;
        let mut text = *b"0000-00-00";
        for (at, number, digits) in [(0, year, 4), (5, self.0.month(), 2), (8, self.0.day(), 2)] {
            let mut n = number;
            for place in (at..at + digits).rev() {
                text[place] = b'0' + (n % 10) as u8;
                n /= 10;
            }
        }
        Some(text)
    }
}

impl Serialize for ApiDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.ymd() {
            Some(text) => serializer.serialize_str(std::str::from_utf8(&text).unwrap_or_default()),
            None => serializer.collect_str(self),
        }
    }
}

impl<'de> Deserialize<'de> for ApiDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(DateVisitor)
    }
}

/// Reads `YYYY-MM-DD…` text or milliseconds, without building a JSON value.
struct DateVisitor;

impl<'de> Visitor<'de> for DateVisitor {
    type Value = ApiDate;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a YYYY-MM-DD date or milliseconds since the epoch")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<ApiDate, E> {
        parse_ymd(s).map(ApiDate).ok_or_else(|| E::custom(format!("invalid date {s:?}")))
    }

    fn visit_f64<E: de::Error>(self, ms: f64) -> Result<ApiDate, E> {
        DateTime::from_timestamp_millis(ms as i64)
            .map(|t| ApiDate(t.date_naive()))
            .ok_or_else(|| E::custom(format!("invalid timestamp {ms}")))
    }

    fn visit_i64<E: de::Error>(self, ms: i64) -> Result<ApiDate, E> {
        self.visit_f64(ms as f64)
    }

    fn visit_u64<E: de::Error>(self, ms: u64) -> Result<ApiDate, E> {
        self.visit_f64(ms as f64)
    }
}

/// The date at the start of `YYYY-MM-DD…`, read by hand: this runs for every
/// date of every entry of a list, where a format-string parser is slow.
fn parse_ymd(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes().get(..10)?;
    let number = |digits: &[u8]| -> Option<u32> {
        digits.iter().try_fold(0u32, |n, &b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    };
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(&bytes[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&bytes[5..7])?, number(&bytes[8..10])?)
}

/// Accepts a string or an array of strings (`project` is a string in create
/// echoes and an array everywhere else); `null` is an empty list.
pub(crate) fn one_or_many<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<String>, D::Error> {
    struct OneOrMany;

    impl<'de> Visitor<'de> for OneOrMany {
        type Value = Vec<String>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a string or a list of strings")
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<Vec<String>, E> {
            Ok(vec![s.to_owned()])
        }

        fn visit_string<E: de::Error>(self, s: String) -> Result<Vec<String>, E> {
            Ok(vec![s])
        }

        fn visit_unit<E: de::Error>(self) -> Result<Vec<String>, E> {
            Ok(Vec::new())
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<String>, A::Error> {
            let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(2));
            while let Some(item) = seq.next_element()? {
                items.push(item);
            }
            Ok(items)
        }
    }

    deserializer.deserialize_any(OneOrMany)
}

/// Reads a JSON number (integer or fraction) or numeric string as whole seconds.
pub(crate) fn seconds<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Duration, D::Error> {
    struct Seconds;

    impl<'de> Visitor<'de> for Seconds {
        type Value = Duration;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a duration in seconds")
        }

        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Duration, E> {
            Ok(Duration::from_secs(n))
        }

        fn visit_i64<E: de::Error>(self, n: i64) -> Result<Duration, E> {
            u64::try_from(n).map(Duration::from_secs).map_err(|_| E::custom(format!("invalid duration {n}")))
        }

        fn visit_f64<E: de::Error>(self, n: f64) -> Result<Duration, E> {
            if n.is_finite() && n >= 0.0 {
                Ok(Duration::from_secs(n.round() as u64))
            } else {
                Err(E::custom(format!("invalid duration {n}")))
            }
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<Duration, E> {
            match s.trim().parse::<f64>() {
                Ok(n) => self.visit_f64(n),
                Err(_) => Err(E::custom(format!("invalid duration {s:?}"))),
            }
        }
    }

    deserializer.deserialize_any(Seconds)
}

pub(crate) fn serialize_seconds<S: Serializer>(duration: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_u64(duration.as_secs())
}

/// Reads a string, or a number/bool as its text (the server turns notes sent
/// as numbers into strings); `null` is `None`.
pub(crate) fn lenient_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    struct Lenient;

    impl<'de> Visitor<'de> for Lenient {
        type Value = Option<String>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("text")
        }

        fn visit_str<E: de::Error>(self, s: &str) -> Result<Option<String>, E> {
            Ok(Some(s.to_owned()))
        }

        fn visit_string<E: de::Error>(self, s: String) -> Result<Option<String>, E> {
            Ok(Some(s))
        }

        fn visit_unit<E: de::Error>(self) -> Result<Option<String>, E> {
            Ok(None)
        }

        fn visit_bool<E: de::Error>(self, b: bool) -> Result<Option<String>, E> {
            Ok(Some(b.to_string()))
        }

        fn visit_u64<E: de::Error>(self, n: u64) -> Result<Option<String>, E> {
            Ok(Some(n.to_string()))
        }

        fn visit_i64<E: de::Error>(self, n: i64) -> Result<Option<String>, E> {
            Ok(Some(n.to_string()))
        }

        fn visit_f64<E: de::Error>(self, n: f64) -> Result<Option<String>, E> {
            Ok(Some(Value::from(n).to_string()))
        }

        fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Option<String>, A::Error> {
            Value::deserialize(de::value::SeqAccessDeserializer::new(seq)).map(|v| Some(v.to_string()))
        }

        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Option<String>, A::Error> {
            Value::deserialize(de::value::MapAccessDeserializer::new(map)).map(|v| Some(v.to_string()))
        }
    }

    deserializer.deserialize_any(Lenient)
}

/// `["true"]` for a set flag, nothing otherwise.
pub(crate) fn flag(on: bool) -> Vec<String> {
    if on {
        vec!["true".to_owned()]
    } else {
        Vec::new()
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
    fn dates_are_written_as_chrono_writes_them() {
        for (y, m, d) in
            [(2026, 11, 29), (1, 1, 1), (999, 12, 31), (9999, 12, 31), (0, 2, 29), (10000, 1, 1), (-1, 3, 4)]
        {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let expected =
                if (0..=9999).contains(&y) { date.format("%Y-%m-%d").to_string() } else { ApiDate(date).to_string() };
            assert_eq!(serde_json::to_value(ApiDate(date)).unwrap(), json!(expected), "{date}");
        }
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
