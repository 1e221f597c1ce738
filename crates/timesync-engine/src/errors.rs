//! The error catalogue: every error reply the engine sends, with the reference server's
//! exact titles and texts (`docs/server-behaviour.md`, "Errors"). No other module spells
//! an error title or text.

use std::fmt;

use serde_json::{json, Value};

use crate::reply::{Reply, HTML, JSON};

/// The error envelope `{"status","error","text","values"?}`.
fn error(status: u16, title: &str, text: impl Into<Value>) -> Reply {
    let body = json!({"status": status, "error": title, "text": text.into()});
    Reply::with_type(status, JSON, body.to_string())
}

fn error_values(status: u16, title: &str, text: String, values: Vec<String>) -> Reply {
    let body = json!({"status": status, "error": title, "text": text, "values": values});
    Reply::with_type(status, JSON, body.to_string())
}

fn bad_object(text: String) -> Reply {
    error(400, "Bad object", text)
}

/// Malformed JSON with the JSON content type.
pub fn bad_json() -> Reply {
    bad_object("The request body could not be parsed as valid JSON".to_string())
}

/// `The <ty> is missing a <field>`.
pub fn missing_field(ty: &str, field: &str) -> Reply {
    bad_object(format!("The {ty} is missing a {field}"))
}

/// `<ty> does not have a <field> field`.
pub fn unknown_field(ty: &str, field: &str) -> Reply {
    bad_object(format!("{ty} does not have a {field} field"))
}

/// Why a field is refused: the two halves of `Field <field> of <type> should be <expected>
/// but was sent as <received>`.
#[derive(Clone, Copy, Debug)]
pub enum Bad<'a> {
    /// The wrong JavaScript type (`should be string but was sent as number`).
    Type {
        expected: &'a str,
        sent: &'a str,
    },
    /// An empty string where the update refuses one.
    Empty {
        expected: &'a str,
    },
    /// `slugs: []` on a project.
    EmptySlugs,
    /// An activity create's slug.
    NonSlug,
    /// A project's slugs.
    NonSlugs,
    /// A slug shown as sent (activity update, time project).
    InvalidSlug {
        expected: &'a str,
        slug: &'a str,
    },
    /// An element of a time's activities: its type, or `invalid slug`.
    SlugList {
        sent: &'a str,
    },
    /// A negative duration (`integer` on update, `number` on create).
    Negative {
        integer: bool,
    },
    /// A project `uri` (the update says only `string`).
    ProjectUri {
        create: bool,
    },
    /// A time's `issue_uri`.
    IssueUri {
        uri: &'a str,
    },
    /// `date_worked`.
    Date {
        sent: &'a str,
    },
    Username,
    /// An e-mail address (`string`, or the JavaScript `typeof` of what was sent).
    Email {
        sent: &'a str,
    },
    /// A name some row already has.
    UniqueName,
}

/// 400 `Field <field> of <ty> should be … but was sent as …`.
pub fn invalid(ty: &str, field: &str, bad: Bad<'_>) -> Reply {
    let (expected, received): (&str, String) = match bad {
        Bad::Type { expected, sent } => (expected, sent.into()),
        Bad::Empty { expected } => (expected, "empty string".into()),
        Bad::EmptySlugs => ("array of slugs", "empty array".into()),
        Bad::NonSlug => ("slug", "non-slug string".into()),
        Bad::NonSlugs => ("slugs", "non-slug strings".into()),
        Bad::InvalidSlug { expected, slug } => (expected, format!("invalid slug {slug}")),
        Bad::SlugList { sent } => ("slugs", format!("array containing at least 1 {sent}")),
        Bad::Negative { integer: true } => ("positive integer", "negative integer".into()),
        Bad::Negative { integer: false } => ("positive number", "negative number".into()),
        Bad::ProjectUri { create } => ("uri", if create { "non-uri string" } else { "string" }.into()),
        Bad::IssueUri { uri } => ("URI", format!("invalid URI {uri}")),
        Bad::Date { sent } => ("ISO-8601 date", sent.into()),
        Bad::Username => ("valid username", "string".into()),
        Bad::Email { sent } => ("valid email", sent.into()),
        Bad::UniqueName => ("unique name", "name which already exists".into()),
    };
    bad_object(format!("Field {field} of {ty} should be {expected} but was sent as {received}"))
}

/// 400 `The provided identifier was invalid`, `Expected <kind> but received <value>`.
pub fn invalid_identifier(kind: &str, value: &str) -> Reply {
    error_values(
        400,
        "The provided identifier was invalid",
        format!("Expected {kind} but received {value}"),
        vec![value.to_string()],
    )
}

/// 404 `Nonexistent <what>`.
pub fn not_found(what: &str) -> Reply {
    error(404, "Object not found", format!("Nonexistent {what}"))
}

fn auth_failure(text: impl Into<Value>) -> Reply {
    error(401, "Authentication failure", text)
}

/// No `auth` object, no token, no username or password.
pub fn missing_credentials() -> Reply {
    auth_failure("Missing credentials")
}

/// `auth.type` missing or empty.
pub fn auth_type_required() -> Reply {
    auth_failure("Authentication type required")
}

/// 401 `Authentication failure` with another text (the reference's odd token failures).
pub fn auth_failure_text(text: &str) -> Reply {
    auth_failure(text)
}

/// A token that is unknown, expired, or names a user who does not exist.
pub fn bad_token() -> Reply {
    auth_failure("Bad API token")
}

/// Login with an unknown user or a wrong password.
pub fn wrong_password() -> Reply {
    auth_failure("Incorrect username or password")
}

/// The missing-`object` bug: 401 with an empty object as `text`.
pub fn object_missing() -> Reply {
    auth_failure(json!({}))
}

/// A login or POST `auth.type` that is not allowed (401 with the title `Bad query value`).
pub fn bad_auth_type(ty: &str) -> Reply {
    error(401, "Bad query value", format!("{ty} is not a valid authentication type"))
}

/// What a caller was not allowed to do (the `<action>` of an authorization failure).
#[derive(Clone, Copy, Debug)]
pub enum Action<'a> {
    CreateActivities,
    UpdateActivities,
    DeleteActivities,
    CreateProjects,
    /// Project name.
    ChangeProject(&'a str),
    /// Project slug.
    DeleteProject(&'a str),
    /// The `user` of the time.
    CreateTimesFor(&'a str),
    /// Project slug.
    CreateTimesInProject(&'a str),
    /// Owner of the time.
    CreateObjectsFor(&'a str),
    /// Time uuid.
    DeleteTime(&'a str),
    CreateUsers,
    ModifyUser(&'a str),
    ModifyFieldsOtherThanSpectator(&'a str),
    SetPermissions(&'a str),
    DeleteUsers,
}

impl fmt::Display for Action<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Action::CreateActivities => f.write_str("create activities"),
            Action::UpdateActivities => f.write_str("update activities"),
            Action::DeleteActivities => f.write_str("delete activities"),
            Action::CreateProjects => f.write_str("create projects"),
            Action::ChangeProject(name) => write!(f, "make changes to {name}"),
            Action::DeleteProject(slug) => write!(f, "delete project {slug}"),
            Action::CreateTimesFor(user) => write!(f, "create time entries for {user}"),
            Action::CreateTimesInProject(slug) => write!(f, "create time entries for project {slug}."),
            Action::CreateObjectsFor(owner) => write!(f, "create objects for {owner}"),
            Action::DeleteTime(uuid) => write!(f, "delete time {uuid}"),
            Action::CreateUsers => f.write_str("create users"),
            Action::ModifyUser(name) => write!(f, "modify user {name}"),
            Action::ModifyFieldsOtherThanSpectator(name) => {
                write!(f, "modify fields of user {name} other than site_spectator")
            }
            Action::SetPermissions(name) => write!(f, "set permissions of user {name}"),
            Action::DeleteUsers => f.write_str("delete users"),
        }
    }
}

/// 401 `Authorization failure`, `<user> is not authorized to <action>`.
pub fn not_authorized(user: &str, action: Action<'_>) -> Reply {
    error(401, "Authorization failure", format!("{user} is not authorized to {action}"))
}

/// 409 for slug clashes, text and `values` sorted.
pub fn slugs_exist(mut slugs: Vec<String>) -> Reply {
    slugs.sort();
    slugs.dedup();
    let text = if slugs.len() == 1 {
        format!("slug {} already exists", slugs[0])
    } else {
        format!("slugs {} already exist", slugs.join(", "))
    };
    error_values(409, "The slug provided already exists", text, slugs)
}

/// 409 `The <ty> does not contain a valid <fk> reference.`
pub fn foreign_key(ty: &str, fk: &str) -> Reply {
    error(409, "Invalid foreign key", format!("The {ty} does not contain a valid {fk} reference."))
}

/// 400 `Parameter <key> contained invalid value <value>`.
pub fn bad_query(key: &str, value: &str) -> Reply {
    error(400, "Bad query value", format!("Parameter {key} contained invalid value {value}"))
}

/// 405 with `Allow: GET, POST` (deleting a referenced activity or project).
pub fn method_not_allowed(what: &str) -> Reply {
    let text = format!("The method specified is not allowed for the {what} identified");
    error(405, "Method not allowed", text).with_header("Allow", "GET, POST")
}

/// 409 `username <name> already exists`.
pub fn username_exists(name: &str) -> Reply {
    error_values(409, "Username already exists", format!("username {name} already exists"), vec![name.to_string()])
}

/// 500 `Server error`.
pub fn server_error() -> Reply {
    error(500, "Server error", "Unexpected server error.")
}

/// Express's default HTML 404 page (`Cannot GET /path`).
pub fn html_404(method: &str, path: &str) -> Reply {
    let escaped = path
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    let body = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n\
         </head>\n<body>\n<pre>Cannot {method} {escaped}</pre>\n</body>\n</html>\n"
    );
    Reply::with_type(404, HTML, body).with_header("Content-Security-Policy", "default-src 'none'")
}
