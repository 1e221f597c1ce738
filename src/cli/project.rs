//! `timesync project …`: projects and their users' roles.

use clap::{Args, Subcommand};

use super::choice::choice;
use timesync::model::ProjectRole;
use timesync::validation::{parse_web_uri, Slug, Username};

/// The `project` subcommands.
#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Create a project (site managers and admins)
    Create(ProjectCreateArgs),
    /// Change a project; whatever is not given is kept as it is
    Update(ProjectUpdateArgs),
    /// List projects, or show one by slug
    #[command(visible_aliases = ["list", "ls"])]
    Get(ProjectGetArgs),
    /// Delete a project (site managers and admins; only without time entries)
    Delete(ProjectDeleteArgs),
    /// List a project's users and their roles, or add and remove them
    Users(ProjectUsersArgs),
}

/// Arguments of `timesync project create`.
#[derive(Debug, Args)]
pub struct ProjectCreateArgs {
    /// Name of the project (unique)
    #[arg(long, value_name = "NAME", value_parser = parse_non_empty)]
    pub name: String,

    /// Slug of the project; repeat or separate with commas for several
    #[arg(long = "slug", value_name = "SLUG", value_delimiter = ',', required = true)]
    pub slugs: Vec<Slug>,

    /// The project's web page (http or https)
    #[arg(long, value_name = "URI", value_parser = parse_web_uri)]
    pub uri: Option<String>,

    /// Activity used for time entries that name none
    #[arg(long, value_name = "SLUG")]
    pub default_activity: Option<Slug>,

    /// Give this user the member role (may record time); repeatable
    #[arg(long = "member", value_name = "USER", value_delimiter = ',')]
    pub members: Vec<Username>,

    /// Give this user the spectator role (sees everyone's time); repeatable
    #[arg(long = "spectator", value_name = "USER", value_delimiter = ',')]
    pub spectators: Vec<Username>,

    /// Give this user the manager role (may change the project); repeatable
    #[arg(long = "manager", value_name = "USER", value_delimiter = ',')]
    pub managers: Vec<Username>,
}

/// Arguments of `timesync project update`.
#[derive(Debug, Args)]
pub struct ProjectUpdateArgs {
    /// Any current slug of the project
    #[arg(value_name = "SLUG")]
    pub slug: Slug,

    /// New name
    #[arg(long, value_name = "NAME", value_parser = parse_update_name)]
    pub name: Option<String>,

    /// New slugs, replacing all current ones; repeat or separate with commas
    #[arg(long = "slug", value_name = "SLUG", value_delimiter = ',')]
    pub slugs: Vec<Slug>,

    /// New web page (http or https; it cannot be cleared)
    #[arg(long, value_name = "URI", value_parser = parse_update_uri)]
    pub uri: Option<String>,

    /// New default activity
    #[arg(long, value_name = "SLUG", conflicts_with = "no_default_activity")]
    pub default_activity: Option<Slug>,

    /// Remove the default activity
    #[arg(long)]
    pub no_default_activity: bool,
}

/// Arguments of `timesync project get`.
#[derive(Debug, Args)]
pub struct ProjectGetArgs {
    /// Show only this project
    #[arg(value_name = "SLUG")]
    pub slug: Option<Slug>,

    /// Only projects where this user has a role (repeatable; not with SLUG)
    #[arg(short, long = "user", value_name = "USER", value_delimiter = ',')]
    pub users: Vec<Username>,

    /// Also show earlier revisions
    #[arg(long)]
    pub include_revisions: bool,

    /// Also show deleted projects (not with SLUG)
    #[arg(long)]
    pub include_deleted: bool,
}

/// Arguments of `timesync project delete`.
#[derive(Debug, Args)]
pub struct ProjectDeleteArgs {
    /// Any current slug of the project
    #[arg(value_name = "SLUG")]
    pub slug: Slug,
    /// Delete without asking (on a terminal, what is deleted is shown and confirmed first)
    #[arg(short, long)]
    pub yes: bool,
}

/// Arguments of `timesync project users`: `project users SLUG` lists,
/// `project users add|remove …` changes roles.
#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct ProjectUsersArgs {
    /// The project whose users to list
    #[arg(value_name = "SLUG", required = true)]
    pub slug: Option<Slug>,

    /// Add or remove users instead of listing them.
    #[command(subcommand)]
    pub command: Option<ProjectUsersCommand>,
}

/// The `project users` subcommands.
#[derive(Debug, Subcommand)]
pub enum ProjectUsersCommand {
    /// Give users roles in a project, keeping the roles they already have
    Add(ProjectUsersAddArgs),
    /// Take all roles in a project away from users
    Remove(ProjectUsersRemoveArgs),
}

/// Arguments of `timesync project users add`.
#[derive(Debug, Args)]
pub struct ProjectUsersAddArgs {
    /// Any current slug of the project
    #[arg(value_name = "SLUG")]
    pub slug: Slug,

    /// The users to give the roles to
    #[arg(value_name = "USER", required = true)]
    pub users: Vec<Username>,

    /// The roles to give; repeat or separate with commas
    #[arg(long = "role", value_name = "ROLE", value_parser = choice::<ProjectRole>(), value_delimiter = ',', default_value = "member")]
    pub roles: Vec<ProjectRole>,
}

/// Arguments of `timesync project users remove`.
#[derive(Debug, Args)]
pub struct ProjectUsersRemoveArgs {
    /// Any current slug of the project
    #[arg(value_name = "SLUG")]
    pub slug: Slug,

    /// The users to remove from the project
    #[arg(value_name = "USER", required = true)]
    pub users: Vec<Username>,
}

/// A name that is not empty.
pub(crate) fn parse_non_empty(s: &str) -> Result<String, String> {
    if s.trim().is_empty() {
        Err("the name cannot be empty".to_owned())
    } else {
        Ok(s.to_owned())
    }
}

/// A new project name: empty names are ignored by the server, so refused here.
fn parse_update_name(s: &str) -> Result<String, String> {
    if s.is_empty() {
        Err("the server ignores an empty name, so it would not change anything; give the new name".to_owned())
    } else {
        parse_non_empty(s)
    }
}

/// A new project URI: an empty one is ignored by the server (a URI cannot
/// be cleared), so refused here.
fn parse_update_uri(s: &str) -> Result<String, String> {
    if s.is_empty() {
        Err("the server ignores an empty URI, so a project's URI cannot be cleared; give an http(s) URL".to_owned())
    } else {
        parse_web_uri(s)
    }
}
