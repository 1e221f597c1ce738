//! `timesync activity …`: activities.

use clap::{Args, Subcommand};

use super::project::parse_non_empty;
use timesync::validation::Slug;

/// The `activity` subcommands.
#[derive(Debug, Subcommand)]
pub enum ActivityCommand {
    /// Create an activity (site managers and admins)
    Create(ActivityCreateArgs),
    /// Rename an activity or change its slug (site managers and admins)
    Update(ActivityUpdateArgs),
    /// List activities, or show one by slug
    #[command(visible_aliases = ["list", "ls"])]
    Get(ActivityGetArgs),
    /// Delete an activity (site managers and admins; only when unused)
    Delete(ActivityDeleteArgs),
}

/// Arguments of `timesync activity create`.
#[derive(Debug, Args)]
pub struct ActivityCreateArgs {
    /// Name of the activity (unique)
    #[arg(long, value_name = "NAME", value_parser = parse_non_empty)]
    pub name: String,

    /// Slug of the activity
    #[arg(long, value_name = "SLUG")]
    pub slug: Slug,
}

/// Arguments of `timesync activity update`.
#[derive(Debug, Args)]
pub struct ActivityUpdateArgs {
    /// The activity's current slug
    #[arg(value_name = "SLUG")]
    pub slug: Slug,

    /// New name
    #[arg(long, value_name = "NAME", value_parser = parse_non_empty)]
    pub name: Option<String>,

    /// New slug
    #[arg(long = "slug", value_name = "SLUG")]
    pub new_slug: Option<Slug>,
}

/// Arguments of `timesync activity get`.
#[derive(Debug, Args)]
pub struct ActivityGetArgs {
    /// Show only this activity
    #[arg(value_name = "SLUG")]
    pub slug: Option<Slug>,

    /// Also show earlier revisions
    #[arg(long)]
    pub include_revisions: bool,

    /// Also show deleted activities (not with SLUG)
    #[arg(long)]
    pub include_deleted: bool,
}

/// Arguments of `timesync activity delete`.
#[derive(Debug, Args)]
pub struct ActivityDeleteArgs {
    /// The activity's slug
    #[arg(value_name = "SLUG")]
    pub slug: Slug,
    /// Delete without asking (on a terminal, what is deleted is shown and confirmed first)
    #[arg(short, long)]
    pub yes: bool,
}
