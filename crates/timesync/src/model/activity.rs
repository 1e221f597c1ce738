//! Activities.

use super::*;

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
