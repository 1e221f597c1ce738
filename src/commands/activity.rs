//! `timesync activity create|update|get|delete`.

use super::cache::{delete_and_forget, forget_if_unknown, remember_activities, remember_and_show};
use super::session;
use crate::cli::{ActivityCommand, ActivityCreateArgs, ActivityDeleteArgs, ActivityGetArgs, ActivityUpdateArgs};
use crate::error::{Error, Result};
use crate::settings::Settings;
use crate::state::cache::{CacheKind, Coverage};
use timesync::model::{ActivityQuery, ActivityUpdate, NewActivity};
use timesync::validation::Slug;

/// Runs an `activity` subcommand.
pub fn run(command: ActivityCommand, settings: &Settings) -> Result<()> {
    match command {
        ActivityCommand::Create(args) => create(args, settings),
        ActivityCommand::Update(args) => update(args, settings),
        ActivityCommand::Get(args) => get(args, settings),
        ActivityCommand::Delete(args) => delete(args, settings),
    }
}

fn create(args: ActivityCreateArgs, settings: &Settings) -> Result<()> {
    let activity = NewActivity { name: args.name, slug: args.slug };
    let created = session(settings)?.client.create_activity(&activity)?;
    remember_and_show(settings, &created, remember_activities)
}

fn update(args: ActivityUpdateArgs, settings: &Settings) -> Result<()> {
    // Re-sending the current slug is refused by the server as taken: drop it.
    let new_slug = args.new_slug.filter(|s| *s != args.slug);
    let update = ActivityUpdate { name: args.name, slug: new_slug };
    if update.is_empty() {
        return Err(Error::invalid(format!(
            "activity update: nothing to change: give --name or a --slug other than {}",
            args.slug
        )));
    }
    let updated = session(settings)?.client.update_activity(&args.slug, &update)?;
    remember_and_show(settings, &updated, remember_activities)
}

fn get(args: ActivityGetArgs, settings: &Settings) -> Result<()> {
    let query = ActivityQuery {
        slug: args.slug,
        include_revisions: args.include_revisions,
        include_deleted: args.include_deleted,
    };
    let session = session(settings)?;
    let slug = query.slug.as_ref().map(Slug::as_str);
    let activities = forget_if_unknown(settings, CacheKind::Activities, slug, session.client.get_activities(&query))?;
    let whole = query.slug.is_none() && !query.include_deleted;
    remember_activities(settings, &activities, Coverage::of(whole));
    settings.printer.list(&activities)
}

fn delete(args: ActivityDeleteArgs, settings: &Settings) -> Result<()> {
    super::prompt::confirm_delete(args.yes, || {
        let activity = super::session(settings)?.client.get_activity(&args.slug)?;
        Ok(format!("activity {} ({})", args.slug, activity.name))
    })?;
    delete_and_forget(settings, CacheKind::Activities, args.slug.as_str(), |client| client.delete_activity(&args.slug))
}
