//! `timesync project create|update|get|delete|users`.

use std::collections::BTreeMap;

use super::cache::{delete_and_forget, forget_if_unknown, remember_and_show, remember_projects};
use super::session;
use crate::cli::{
    ProjectCommand, ProjectCreateArgs, ProjectDeleteArgs, ProjectGetArgs, ProjectUpdateArgs, ProjectUsersArgs,
    ProjectUsersCommand,
};
use crate::error::{Error, Result};
use crate::output::{note, Format};
use crate::settings::Settings;
use crate::state::cache::{CacheKind, Coverage};
use timesync::blocking::Client;
use timesync::model::{
    NewProject, ProjectMember, ProjectQuery, ProjectRole, ProjectRoles, ProjectUpdate, ProjectUsers,
};
use timesync::validation::{Slug, Username};

/// Runs a `project` subcommand.
pub fn run(command: ProjectCommand, settings: &Settings) -> Result<()> {
    match command {
        ProjectCommand::Create(args) => create(args, settings),
        ProjectCommand::Update(args) => update(args, settings),
        ProjectCommand::Get(args) => get(args, settings),
        ProjectCommand::Delete(args) => delete(args, settings),
        ProjectCommand::Users(args) => users(args, settings),
    }
}

fn create(args: ProjectCreateArgs, settings: &Settings) -> Result<()> {
    let mut users: BTreeMap<Username, ProjectRoles> = BTreeMap::new();
    for (names, role) in [
        (&args.members, ProjectRole::Member),
        (&args.spectators, ProjectRole::Spectator),
        (&args.managers, ProjectRole::Manager),
    ] {
        for name in names {
            let entry = users.entry(name.clone()).or_default();
            *entry = entry.with(role, true);
        }
    }
    let project = NewProject {
        name: args.name,
        slugs: dedup(args.slugs),
        uri: args.uri,
        default_activity: args.default_activity,
        users,
    };
    let session = session(settings)?;
    let named: Vec<Username> = project.users.keys().cloned().collect();
    check_users_exist(&session.client, &named)?;
    let created = session.client.create_project(&project)?;
    remember_and_show(settings, &created, remember_projects)
}

fn update(args: ProjectUpdateArgs, settings: &Settings) -> Result<()> {
    let default_activity = match (args.default_activity, args.no_default_activity) {
        (Some(slug), _) => Some(Some(slug)),
        (None, true) => Some(None),
        (None, false) => None,
    };
    let update = ProjectUpdate {
        name: args.name,
        uri: args.uri,
        slugs: (!args.slugs.is_empty()).then(|| dedup(args.slugs)),
        default_activity,
        users: None,
    };
    if update.is_empty() {
        return Err(Error::invalid(
            "project update: nothing to change: give at least one of --name, --slug, --uri, \
             --default-activity, --no-default-activity",
        ));
    }
    let updated = session(settings)?.client.update_project(&args.slug, &update)?;
    remember_and_show(settings, &updated, remember_projects)
}

fn get(args: ProjectGetArgs, settings: &Settings) -> Result<()> {
    let query = ProjectQuery {
        slug: args.slug,
        users: args.users,
        include_revisions: args.include_revisions,
        include_deleted: args.include_deleted,
    };
    let session = session(settings)?;
    if query.slug.is_some() && !query.include_deleted && !query.users.is_empty() {
        note("--user is ignored when a slug is given");
    }
    let slug = query.slug.as_ref().map(Slug::as_str);
    let projects = forget_if_unknown(settings, CacheKind::Projects, slug, session.client.get_projects(&query))?;
    let whole = query.slug.is_none() && query.users.is_empty() && !query.include_deleted;
    remember_projects(settings, &projects, Coverage::of(whole));
    settings.printer.list(&projects)
}

fn delete(args: ProjectDeleteArgs, settings: &Settings) -> Result<()> {
    super::prompt::confirm_delete(args.yes, || {
        let project = session(settings)?.client.get_project(&args.slug)?;
        let uri = project.uri.map(|uri| format!(", {uri}")).unwrap_or_default();
        Ok(format!("project {} ({}{uri})", args.slug, project.name))
    })?;
    delete_and_forget(settings, CacheKind::Projects, args.slug.as_str(), |client| client.delete_project(&args.slug))
}

fn users(args: ProjectUsersArgs, settings: &Settings) -> Result<()> {
    let session = session(settings)?;
    let client = &session.client;
    let (slug, users) = match args.command {
        Some(ProjectUsersCommand::Add(add)) => {
            let names = dedup(add.users);
            check_users_exist(client, &names)?;
            let project = client.add_project_users(&add.slug, &names, &add.roles)?;
            (add.slug, to_project_users(&project.users))
        }
        Some(ProjectUsersCommand::Remove(remove)) => {
            let project = client.remove_project_users(&remove.slug, &dedup(remove.users))?;
            (remove.slug, to_project_users(&project.users))
        }
        None => {
            let slug: Slug = args.slug.ok_or_else(|| Error::invalid("project users: give the project's SLUG"))?;
            let users = client.project_users(&slug)?;
            (slug, users)
        }
    };
    print_users(&slug, &users, settings)
}

fn to_project_users(users: &BTreeMap<String, ProjectRoles>) -> ProjectUsers {
    users.iter().map(|(user, roles)| (user.clone(), roles.roles())).collect()
}

/// A project's users: `{"alice": ["member"]}` in JSON (like pymesync's
/// `project_users`), a user/roles table for people.
fn print_users(slug: &Slug, users: &ProjectUsers, settings: &Settings) -> Result<()> {
    if settings.json() {
        return settings.printer.json(users);
    }
    if users.is_empty() && settings.printer.format == Format::Table {
        return settings.printer.message(&serde_json::Value::Null, &format!("Project {slug} has no users."));
    }
    let members: Vec<ProjectMember> =
        users.iter().map(|(user, roles)| ProjectMember { user: user.clone(), roles: roles.clone() }).collect();
    settings.printer.list(&members)
}

/// Refuses (exit 2, nothing changed) usernames the server does not know:
/// it would silently drop them from the project's users.
fn check_users_exist(client: &Client, names: &[Username]) -> Result<()> {
    if names.is_empty() {
        return Ok(());
    }
    let known = client.get_users(None, true)?;
    let unknown: Vec<&str> =
        names.iter().map(Username::as_str).filter(|name| !known.iter().any(|u| u.username == *name)).collect();
    if unknown.is_empty() {
        Ok(())
    } else {
        Err(Error::invalid(format!(
            "no such user: {}; nothing was changed (the server would silently leave unknown users out of the project)",
            unknown.join(", ")
        )))
    }
}

/// Drops repeated values, keeping the first of each (the server fails on
/// duplicate slugs).
fn dedup<T: PartialEq>(values: Vec<T>) -> Vec<T> {
    let mut unique: Vec<T> = Vec::with_capacity(values.len());
    for value in values {
        if !unique.contains(&value) {
            unique.push(value);
        }
    }
    unique
}
