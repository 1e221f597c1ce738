//! Projects: create, update, get, delete, and their users' roles.
//!
//! Updates are read-modify-write: the reference server loses a project's
//! default activity (and, when sent, replaces its users) on update, so the
//! stored values are read first and re-sent unless the caller changes them,
//! and the project is read back afterwards because the update reply is not
//! trustworthy.

use std::collections::{BTreeMap, BTreeSet};

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::{empty_reply, to_object, Client};
use crate::error::{ApiError, Error, Result};
use crate::model::{NewProject, Project, ProjectQuery, ProjectRole, ProjectUpdate, ProjectUsers};
use crate::validation::{Slug, Username};

/// pymesync's text for a slug together with `include_deleted`.
pub const SLUG_AND_INCLUDE_DELETED: &str = "invalid combination: slug and include_deleted";

/// Why a project cannot be left without users.
pub const EMPTY_USERS: &str = "the TimeSync server fails (500 Server error) when a project's users are set to none, \
                               so the last user cannot be removed; add another user first, or delete the project";

impl Client {
    /// Creates a project (`POST /projects`) and returns it as stored (read
    /// back by its first slug; the create reply is only an echo).
    pub async fn create_project(&self, project: &NewProject) -> Result<Project> {
        if project.slugs.is_empty() {
            return Err(Error::invalid("a project needs at least one slug"));
        }
        check_unique_slugs(&project.slugs)?;
        let echo: Project =
            self.post(&["projects"], to_object(project)?).await?.ok_or_else(|| empty_reply("project create"))?;
        Ok(self.get_project(&project.slugs[0]).await.unwrap_or(echo))
    }

    /// Changes the given fields of a project (`POST /projects/:slug`),
    /// keeping everything else as stored, and returns the stored project.
    pub async fn update_project(&self, slug: &Slug, update: &ProjectUpdate) -> Result<Project> {
        check_update(update)?;
        let current = self.get_project(slug).await?;
        self.apply_project_update(slug, &current, update).await
    }

    /// Gives `users` the `roles` in the project, on top of the roles they
    /// already have; everything else about the project is kept.
    pub async fn add_project_users(&self, slug: &Slug, users: &[Username], roles: &[ProjectRole]) -> Result<Project> {
        if users.is_empty() {
            return Err(Error::invalid("project users: name at least one user to add"));
        }
        if roles.is_empty() {
            return Err(Error::invalid("project users: name at least one role to give"));
        }
        let current = self.get_project(slug).await?;
        let mut map = current.users.clone();
        for user in users {
            let entry = map.entry(user.to_string()).or_default();
            *entry = roles.iter().fold(*entry, |acc, role| acc.with(*role, true));
        }
        if map == current.users {
            // They have these roles already: nothing to send.
            return Ok(current);
        }
        let update = ProjectUpdate { users: Some(map), ..ProjectUpdate::default() };
        self.apply_project_update(slug, &current, &update).await
    }

    /// Takes every role in the project away from `users`; everything else
    /// about the project is kept. Refused (nothing sent) for a user without
    /// roles in the project, and when no user would be left (see [`EMPTY_USERS`]).
    pub async fn remove_project_users(&self, slug: &Slug, users: &[Username]) -> Result<Project> {
        if users.is_empty() {
            return Err(Error::invalid("project users: name at least one user to remove"));
        }
        let current = self.get_project(slug).await?;
        let mut map = current.users.clone();
        let unknown: Vec<&str> = users.iter().map(Username::as_str).filter(|u| map.remove(*u).is_none()).collect();
        if !unknown.is_empty() {
            return Err(Error::invalid(format!(
                "project users: {} {} no roles in project {slug}; nothing was changed",
                unknown.join(", "),
                if unknown.len() == 1 { "has" } else { "have" }
            )));
        }
        if map.is_empty() {
            return Err(Error::invalid(format!(
                "project users: cannot remove every user of project {slug}: {EMPTY_USERS}"
            )));
        }
        let update = ProjectUpdate { users: Some(map), ..ProjectUpdate::default() };
        self.apply_project_update(slug, &current, &update).await
    }

    /// Lists projects, or one project by slug (`GET /projects[/:slug]`),
    /// always as a list. A slug with `include_deleted` is refused like
    /// pymesync does; an unknown slug is "Object not found" even where the
    /// server answers an empty 200 (with `include_revisions`). Each project
    /// is listed once, even where the server lists it once per slug its
    /// default activity ever had.
    pub async fn get_projects(&self, query: &ProjectQuery) -> Result<Vec<Project>> {
        let projects = self
            .get_by_slug("projects", "project", query.slug.as_ref(), query.include_deleted, query.to_pairs())
            .await?;
        Ok(if query.slug.is_none() { once_each(projects) } else { projects })
    }

    /// `GET /{collection}/:slug` as a list, or without a slug `GET
    /// /{collection}`. A slug with `include_deleted` is refused like pymesync
    /// does; an unknown slug is "Object not found" (`Nonexistent {what}`)
    /// even where the server answers an empty 200 (with `include_revisions`).
    pub(super) async fn get_by_slug<T: DeserializeOwned + Send>(
        &self,
        collection: &str,
        what: &str,
        slug: Option<&Slug>,
        include_deleted: bool,
        query: Vec<(String, String)>,
    ) -> Result<Vec<T>> {
        match slug {
            Some(_) if include_deleted => Err(Error::invalid(SLUG_AND_INCLUDE_DELETED)),
            Some(slug) => {
                let items: Vec<T> = self.get_list(&[collection, slug.as_str()], query).await?;
                if items.is_empty() {
                    return Err(not_found(what));
                }
                Ok(items)
            }
            None => self.get_list(&[collection], query).await,
        }
    }

    /// Gets one project by any of its slugs (`GET /projects/:slug`).
    pub async fn get_project(&self, slug: &Slug) -> Result<Project> {
        let query = ProjectQuery { slug: Some(slug.clone()), ..ProjectQuery::default() };
        self.get_projects(&query).await?.into_iter().next().ok_or_else(|| not_found("project"))
    }

    /// Deletes a project (`DELETE /projects/:slug`).
    pub async fn delete_project(&self, slug: &Slug) -> Result<()> {
        self.delete(&["projects", slug.as_str()]).await
    }

    /// The project's users with the names of their true roles (pymesync's
    /// `project_users`): `{"alice": ["member", "manager"]}`.
    pub async fn project_users(&self, slug: &Slug) -> Result<ProjectUsers> {
        let project = self.get_project(slug).await?;
        Ok(project.users.iter().map(|(user, roles)| (user.clone(), roles.roles())).collect())
    }

    /// Sends `update` on top of `current` (what is stored now) and reads the
    /// project back.
    async fn apply_project_update(&self, slug: &Slug, current: &Project, update: &ProjectUpdate) -> Result<Project> {
        check_update(update)?;
        let object = merged_update(current, update)?;
        let reply: Option<Project> = self.post(&["projects", slug.as_str()], object).await?;
        // The project's slug may have changed; any of its new slugs finds it.
        let now_at = update.slugs.as_ref().and_then(|s| s.first()).unwrap_or(slug);
        match (self.get_project(now_at).await, reply) {
            (Ok(project), _) => Ok(project),
            (Err(_), Some(reply)) => Ok(reply),
            (Err(error), None) => Err(error),
        }
    }
}

/// The object to send: the caller's changes, plus the stored default
/// activity and users unless the caller changes those.
fn merged_update(current: &Project, update: &ProjectUpdate) -> Result<Value> {
    let mut object = to_object(update)?;
    let map = object.as_object_mut().ok_or_else(|| Error::invalid("the project to send is not a JSON object"))?;
    if update.default_activity.is_none() {
        if let Some(activity) = &current.default_activity {
            map.insert("default_activity".into(), Value::String(activity.clone()));
        }
    }
    if update.users.is_none() && !current.users.is_empty() {
        map.insert("users".into(), serde_json::to_value(&current.users).map_err(|e| Error::invalid(e.to_string()))?);
    }
    Ok(object)
}

/// Refuses updates the server would ignore, fail on, or that change nothing.
fn check_update(update: &ProjectUpdate) -> Result<()> {
    if update.is_empty() {
        return Err(Error::invalid("nothing to update: give at least one field of the project"));
    }
    if update.name.as_deref() == Some("") {
        return Err(Error::invalid("the server ignores an empty name; give the new name"));
    }
    if update.uri.as_deref() == Some("") {
        return Err(Error::invalid("the server ignores an empty uri, so a project's URI cannot be cleared"));
    }
    if let Some(slugs) = &update.slugs {
        if slugs.is_empty() {
            return Err(Error::invalid("a project needs at least one slug"));
        }
        check_unique_slugs(slugs)?;
    }
    if update.users.as_ref().is_some_and(BTreeMap::is_empty) {
        return Err(Error::invalid(format!("the users cannot be empty: {EMPTY_USERS}")));
    }
    Ok(())
}

fn check_unique_slugs(slugs: &[Slug]) -> Result<()> {
    let mut seen = BTreeSet::new();
    match slugs.iter().find(|s| !seen.insert(s.as_str())) {
        Some(dup) => Err(Error::invalid(format!("the slug {dup} is given twice"))),
        None => Ok(()),
    }
}

/// The server's "Object not found" error, for answers that mean it but do
/// not say it (an empty 200 body).
pub(super) fn not_found(what: &str) -> Error {
    Error::Api(ApiError {
        status: 404,
        title: "Object not found".into(),
        text: format!("Nonexistent {what}"),
        values: Vec::new(),
    })
}

/// Each project once: the reference server lists a project once per slug
/// its default activity has had (old slugs first); the last listing, with
/// the current slug, is kept, at the place of the first.
fn once_each(projects: Vec<Project>) -> Vec<Project> {
    let mut kept: Vec<Project> = Vec::with_capacity(projects.len());
    let mut place = std::collections::HashMap::new();
    for project in projects {
        match place.get(&(project.uuid.clone(), project.revision)) {
            Some(&index) => kept[index] = project,
            None => {
                place.insert((project.uuid.clone(), project.revision), kept.len());
                kept.push(project);
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProjectRoles;
    use serde_json::json;

    fn stored() -> Project {
        serde_json::from_value(json!({
            "name": "P", "slugs": ["p"], "uri": null, "default_activity": "docs", "uuid": "u", "revision": 3,
            "users": {"alice": {"member": true, "spectator": false, "manager": false}}
        }))
        .unwrap()
    }

    #[test]
    fn updates_carry_the_stored_default_activity_and_users() {
        let update = ProjectUpdate { name: Some("Q".into()), ..ProjectUpdate::default() };
        assert_eq!(
            merged_update(&stored(), &update).unwrap(),
            json!({"name": "Q", "default_activity": "docs",
                   "users": {"alice": {"member": true, "spectator": false, "manager": false}}})
        );
    }

    #[test]
    fn what_the_caller_changes_wins() {
        let mut users = BTreeMap::new();
        users.insert("bob".to_owned(), ProjectRoles { manager: true, ..ProjectRoles::default() });
        let update = ProjectUpdate { default_activity: Some(None), users: Some(users), ..ProjectUpdate::default() };
        assert_eq!(
            merged_update(&stored(), &update).unwrap(),
            json!({"default_activity": null, "users": {"bob": {"member": false, "spectator": false, "manager": true}}})
        );
    }

    #[test]
    fn nothing_is_sent_for_a_project_without_default_activity_or_users() {
        let mut bare = stored();
        bare.default_activity = None;
        bare.users.clear();
        let update = ProjectUpdate { uri: Some("https://example.com".into()), ..ProjectUpdate::default() };
        assert_eq!(merged_update(&bare, &update).unwrap(), json!({"uri": "https://example.com"}));
    }

    #[test]
    fn updates_the_server_would_ignore_or_fail_on_are_refused() {
        let refused = [
            ProjectUpdate::default(),
            ProjectUpdate { name: Some(String::new()), ..ProjectUpdate::default() },
            ProjectUpdate { uri: Some(String::new()), ..ProjectUpdate::default() },
            ProjectUpdate { slugs: Some(vec![]), ..ProjectUpdate::default() },
            ProjectUpdate { slugs: Some(vec!["a".parse().unwrap(), "a".parse().unwrap()]), ..ProjectUpdate::default() },
            ProjectUpdate { users: Some(BTreeMap::new()), ..ProjectUpdate::default() },
        ];
        for update in refused {
            assert!(matches!(check_update(&update), Err(Error::Invalid(_))), "{update:?}");
        }
    }
}
