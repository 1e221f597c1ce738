//! Users (never with their password).

use super::*;

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

pub(crate) fn yes() -> bool {
    true
}

pub(crate) fn is_false(value: &bool) -> bool {
    !*value
}

pub(crate) fn is_true(value: &bool) -> bool {
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
