//! `timesync time …`: time entries.

use clap::{Args, Subcommand};

use crate::timeparse::{DateSpec, Duration};
use crate::validation::{parse_web_uri, Slug, Username, Uuid};

/// The `time` subcommands.
#[derive(Debug, Subcommand)]
pub enum TimeCommand {
    /// Record time worked
    Create(TimeCreateArgs),
    /// Change fields of a time entry; only the fields given are sent
    Update(TimeUpdateArgs),
    /// List time entries, or show one by UUID
    #[command(visible_aliases = ["list", "ls"])]
    Get(TimeGetArgs),
    /// Delete a time entry
    Delete(TimeDeleteArgs),
}

/// The fields of a time entry, shared by create and update.
#[derive(Debug, Args)]
pub struct TimeFields {
    /// Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30
    #[arg(short, long, allow_hyphen_values = true, value_name = "DURATION")]
    pub duration: Option<Duration>,

    /// Project slug
    #[arg(short, long, value_name = "SLUG")]
    pub project: Option<Slug>,

    /// Activity slug; repeat or separate with commas [default: the project's default activity]
    #[arg(short, long = "activity", value_name = "SLUG", value_delimiter = ',')]
    pub activities: Vec<Slug>,

    /// Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]
    #[arg(short = 'D', long, allow_hyphen_values = true, value_name = "DATE")]
    pub date: Option<DateSpec>,

    /// Notes about the work
    #[arg(short, long, value_name = "TEXT")]
    pub notes: Option<String>,

    /// Link to the issue worked on (http or https)
    #[arg(long, value_name = "URI", value_parser = parse_web_uri)]
    pub issue_uri: Option<String>,

    /// Owner of the entry [create default: the logged-in user]
    #[arg(short, long, value_name = "NAME")]
    pub user: Option<Username>,
}

/// Arguments of `timesync time create`.
#[derive(Debug, Args)]
pub struct TimeCreateArgs {
    /// The entry's fields (--duration and --project are required).
    #[command(flatten)]
    pub fields: TimeFields,
}

/// Arguments of `timesync time update`.
#[derive(Debug, Args)]
pub struct TimeUpdateArgs {
    /// UUID of the entry
    #[arg(value_name = "UUID")]
    pub uuid: Uuid,

    /// The fields to change (at least one).
    #[command(flatten)]
    pub fields: TimeFields,
}

/// Arguments of `timesync time get`.
#[derive(Debug, Args)]
pub struct TimeGetArgs {
    /// Show only this entry (the filters below are then ignored)
    #[arg(value_name = "UUID")]
    pub uuid: Option<Uuid>,

    /// Only this user's entries (repeatable)
    #[arg(short, long = "user", value_name = "NAME")]
    pub users: Vec<Username>,

    /// Only entries in this project (repeatable)
    #[arg(short, long = "project", value_name = "SLUG")]
    pub projects: Vec<Slug>,

    /// Only entries with this activity (repeatable)
    #[arg(short, long = "activity", value_name = "SLUG")]
    pub activities: Vec<Slug>,

    /// Worked on or after this day
    #[arg(short, long, allow_hyphen_values = true, value_name = "DATE")]
    pub start: Option<DateSpec>,

    /// Worked on or before this day
    #[arg(short, long, allow_hyphen_values = true, value_name = "DATE")]
    pub end: Option<DateSpec>,

    /// Also show earlier revisions
    #[arg(long)]
    pub include_revisions: bool,

    /// Also show deleted entries
    #[arg(long)]
    pub include_deleted: bool,
}

/// Arguments of `timesync time delete`.
#[derive(Debug, Args)]
pub struct TimeDeleteArgs {
    /// UUID of the entry
    #[arg(value_name = "UUID")]
    pub uuid: Uuid,
}
