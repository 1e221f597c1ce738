//! `timesync clock …`: a running clock that becomes a time entry.

use clap::{Args, Subcommand};

use super::TimeFields;
use crate::timeparse::MomentSpec;
use crate::validation::{parse_web_uri, Slug};

/// The `clock` subcommands.
#[derive(Debug, Subcommand)]
pub enum ClockCommand {
    /// Start the clock on a project (one clock at a time)
    In(ClockInArgs),
    /// Stop the clock and record the time worked
    Out(ClockOutArgs),
    /// Show the running clock: project, start and time elapsed
    Status(ClockStatusArgs),
    /// Stop the clock without recording anything
    Cancel,
}

/// Arguments of `timesync clock in`.
#[derive(Debug, Args)]
pub struct ClockInArgs {
    /// Project slug
    #[arg(value_name = "PROJECT")]
    pub project: Slug,

    /// Activity slug; repeat or separate with commas [default: the project's default activity]
    #[arg(short, long = "activity", value_name = "SLUG", value_delimiter = ',')]
    pub activities: Vec<Slug>,

    /// Notes about the work
    #[arg(short, long, value_name = "TEXT")]
    pub notes: Option<String>,

    /// Link to the issue worked on (http or https)
    #[arg(long, value_name = "URI", value_parser = parse_web_uri)]
    pub issue_uri: Option<String>,

    /// When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]
    #[arg(long, allow_hyphen_values = true, value_name = "TIME")]
    pub at: Option<MomentSpec>,
}

/// Arguments of `timesync clock out`.
#[derive(Debug, Args)]
pub struct ClockOutArgs {
    /// When the work ended: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]
    #[arg(long, allow_hyphen_values = true, value_name = "TIME")]
    pub at: Option<MomentSpec>,

    /// Fields that override what the clock recorded (--duration or --date
    /// give one entry instead of one per day).
    #[command(flatten)]
    pub fields: TimeFields,
}

/// Arguments of `timesync clock status`.
#[derive(Debug, Args)]
pub struct ClockStatusArgs {
    /// One terse line for shell prompts ("gwm 1h05m"), nothing when no clock runs
    #[arg(long)]
    pub short: bool,
}
