//! `timesync log`: your entries of a period, by day.

use clap::{ArgGroup, Args};

use timesync::timeparse::DateSpec;
use timesync::validation::Slug;

/// Arguments of `timesync log`.
#[derive(Debug, Default, Args)]
#[command(group(ArgGroup::new("period").args(["week", "month", "today", "start"]).multiple(false)))]
#[command(group(ArgGroup::new("period_end").args(["week", "month", "today", "end"]).multiple(false)))]
pub struct LogArgs {
    /// Today only
    #[arg(long)]
    pub today: bool,

    /// This week, Monday to today
    #[arg(long)]
    pub week: bool,

    /// This month, the 1st to today
    #[arg(long)]
    pub month: bool,

    /// First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w [default: 6 days ago]
    #[arg(short, long, allow_hyphen_values = true, value_name = "DATE")]
    pub start: Option<DateSpec>,

    /// Last day (same forms) [default: today]
    #[arg(short, long, allow_hyphen_values = true, value_name = "DATE")]
    pub end: Option<DateSpec>,

    /// Only entries in this project (repeatable)
    #[arg(short, long = "project", value_name = "SLUG")]
    pub projects: Vec<Slug>,

    /// Only entries in the project of the git repository you are in (its uri is a remote's)
    #[arg(long, conflicts_with = "projects")]
    pub here: bool,

    /// Only entries with this activity (repeatable)
    #[arg(short, long = "activity", value_name = "SLUG")]
    pub activities: Vec<Slug>,

    /// Everyone's entries you may see, not only yours (only yours are numbered)
    #[arg(long)]
    pub all_users: bool,

    /// Also write the log as one HTML page with charts to this file (replaced whole); - prints the page alone to stdout
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub html: Option<std::path::PathBuf>,
}
