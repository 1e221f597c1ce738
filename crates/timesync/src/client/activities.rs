//! Activities: create, update, get and delete.

use super::projects::not_found;
use super::Client;
use super::{empty_reply, to_object};
use crate::error::{Error, Result};
use crate::model::{Activity, ActivityQuery, ActivityUpdate, NewActivity};
use crate::validation::Slug;

impl Client {
    /// Creates an activity (`POST /activities`).
    pub async fn create_activity(&self, activity: &NewActivity) -> Result<Activity> {
        if activity.name.is_empty() {
            return Err(Error::invalid("an activity needs a name"));
        }
        self.post(&["activities"], to_object(activity)?).await?.ok_or_else(|| empty_reply("activity create"))
    }

    /// Changes the name and/or slug of an activity (`POST /activities/:slug`)
    /// and returns the stored activity: the update reply has known bugs, so
    /// the activity is read back (by its new slug when that changed).
    ///
    /// A new slug equal to the current one is dropped (the server would
    /// refuse it as taken).
    pub async fn update_activity(&self, slug: &Slug, update: &ActivityUpdate) -> Result<Activity> {
        let mut update = update.clone();
        if update.slug.as_ref() == Some(slug) {
            update.slug = None;
        }
        if update.is_empty() {
            return Err(Error::invalid("nothing to update: give at least one field of the activity"));
        }
        if update.name.as_deref() == Some("") {
            return Err(Error::invalid("the name cannot be empty: give the activity's new name"));
        }
        let reply: Option<Activity> = self.post(&["activities", slug.as_str()], to_object(&update)?).await?;
        let now_at = update.slug.as_ref().unwrap_or(slug);
        match (self.get_activity(now_at).await, reply) {
            (Ok(activity), _) => Ok(activity),
            (Err(_), Some(reply)) => Ok(reply),
            (Err(error), None) => Err(error),
        }
    }

    /// Lists activities, or one by slug (`GET /activities[/:slug]`), always
    /// as a list. A slug with `include_deleted` is refused like pymesync
    /// does; an unknown slug is "Object not found" even where the server
    /// answers an empty 200 (with `include_revisions`).
    pub async fn get_activities(&self, query: &ActivityQuery) -> Result<Vec<Activity>> {
        self.get_by_slug("activities", "activity", query.slug.as_ref(), query.include_deleted, query.to_pairs()).await
    }

    /// Gets one activity by slug (`GET /activities/:slug`).
    pub async fn get_activity(&self, slug: &Slug) -> Result<Activity> {
        let query = ActivityQuery { slug: Some(slug.clone()), ..ActivityQuery::default() };
        self.get_activities(&query).await?.into_iter().next().ok_or_else(|| not_found("activity"))
    }

    /// Deletes an activity (`DELETE /activities/:slug`).
    pub async fn delete_activity(&self, slug: &Slug) -> Result<()> {
        self.delete(&["activities", slug.as_str()]).await
    }
}
