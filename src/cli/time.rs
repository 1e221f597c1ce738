//! `timesync time …`: time entries.

use clap::{Args, Subcommand};

use crate::reference::TimeRef;
use crate::timeparse::{DateSpec, Duration};
use crate::validation::{parse_web_uri, Slug, Username};

/// The `time` subcommands.
#[derive(Debug, Subcommand)]
pub enum TimeCommand {
    /// Record time worked
    Create(TimeCreateArgs),
    /// Change fields of a time entry; only the fields given are sent
    Update(TimeUpdateArgs),
    /// List time entries, or show one by reference (@1, a UUID or its first 6+ characters)
    Get(TimeGetArgs),
    /// Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)
    Show(TimeShowArgs),
    /// Delete a time entry
    Delete(TimeDeleteArgs),
}

/// The fields of a time entry, shared by create and update.
#[derive(Debug, Default, Args)]
pub struct TimeFields {
    /// Time worked: seconds (5400), 3h30m, 3h, 45m, 90m, 1h30m15s, 1.5h or 1:30
    #[arg(long, allow_hyphen_values = true, value_name = "DURATION")]
    pub duration: Option<Duration>,

    /// Project slug
    #[arg(long, value_name = "SLUG")]
    pub project: Option<Slug>,

    /// Activity slug; repeat or separate with commas [default: the project's default activity]
    #[arg(long = "activity", value_name = "SLUG", value_delimiter = ',')]
    pub activities: Vec<Slug>,

    /// Day worked: YYYY-MM-DD, today, yesterday, a weekday, -3d [create default: today]
    #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
    pub date: Option<DateSpec>,

    /// Notes about the work
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,

    /// Link to the issue worked on (http or https)
    #[arg(long, value_name = "URI", value_parser = parse_web_uri)]
    pub issue_uri: Option<String>,

    /// Owner of the entry [create default: the logged-in user]
    #[arg(long, value_name = "NAME")]
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
    /// The entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)
    #[arg(value_name = "REF")]
    pub entry: TimeRef,

    /// The fields to change (at least one).
    #[command(flatten)]
    pub fields: TimeFields,
}

/// Arguments of `timesync time get`.
#[derive(Debug, Args)]
pub struct TimeGetArgs {
    /// Show only this entry: @1, @2, … or a UUID or its first 6+ characters (the filters below are then ignored)
    #[arg(value_name = "REF")]
    pub entry: Option<TimeRef>,

    /// Only this user's entries (repeatable)
    #[arg(long = "user", value_name = "NAME")]
    pub users: Vec<Username>,

    /// Only entries in this project (repeatable)
    #[arg(long = "project", value_name = "SLUG")]
    pub projects: Vec<Slug>,

    /// Only entries with this activity (repeatable)
    #[arg(long = "activity", value_name = "SLUG")]
    pub activities: Vec<Slug>,

    /// Worked on or after this day
    #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
    pub start: Option<DateSpec>,

    /// Worked on or before this day
    #[arg(long, allow_hyphen_values = true, value_name = "DATE")]
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
    /// The entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)
    #[arg(value_name = "REF")]
    pub entry: TimeRef,
}

/// Arguments of `timesync time show`.
#[derive(Debug, Args)]
pub struct TimeShowArgs {
    /// The entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)
    #[arg(value_name = "REF")]
    pub entry: TimeRef,
}
