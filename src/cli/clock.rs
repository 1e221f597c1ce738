//! `timesync clock …`: a running clock that becomes a time entry.

use clap::{Args, Subcommand};

use super::{IssueArgs, TimeFields};
use timesync::reference::TimeRef;
use timesync::timeparse::MomentSpec;
use timesync::validation::{parse_web_uri, Slug};

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
    /// Project slug [default: the project whose uri is the git repository's remote]
    #[arg(value_name = "PROJECT")]
    pub project: Option<Slug>,

    /// Activity slug; repeat or separate with commas [default: the project's default activity]
    #[arg(short, long = "activity", value_name = "SLUG", value_delimiter = ',')]
    pub activities: Vec<Slug>,

    /// Notes about the work
    #[arg(short, long, value_name = "TEXT")]
    pub notes: Option<String>,

    /// Link to the issue worked on (http or https)
    #[arg(long, value_name = "URI", value_parser = parse_web_uri)]
    pub issue_uri: Option<String>,

    /// The issue, by number.
    #[command(flatten)]
    pub issue: IssueArgs,

    /// When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]
    #[arg(long, allow_hyphen_values = true, value_name = "TIME")]
    pub at: Option<MomentSpec>,

    /// What to do when a clock runs already.
    #[command(flatten)]
    pub switch: SwitchArgs,
}

/// `--switch` and `--no-switch`: whether starting a clock while one runs
/// stops that one first.
#[derive(Clone, Copy, Debug, Default, Args)]
pub struct SwitchArgs {
    /// If a clock runs, stop it first (recording its time) and start this one [default: the profile's switch]
    #[arg(long, overrides_with = "no_switch")]
    pub switch: bool,

    /// Refuse to start while a clock runs, even with switch = true in the profile
    #[arg(long, overrides_with = "switch")]
    pub no_switch: bool,
}

impl SwitchArgs {
    /// Whether to switch, given the profile's default.
    pub fn resolve(self, default: bool) -> bool {
        self.switch || (default && !self.no_switch)
    }
}

/// Arguments of `timesync restart`.
#[derive(Debug, Args)]
pub struct RestartArgs {
    /// The entry to work on again: @1 (the most recent, the default), @2, … or a UUID (or its first 6+ characters)
    #[arg(value_name = "REF")]
    pub entry: Option<TimeRef>,

    /// When the work started: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]
    #[arg(long, allow_hyphen_values = true, value_name = "TIME")]
    pub at: Option<MomentSpec>,

    /// What to do when a clock runs already.
    #[command(flatten)]
    pub switch: SwitchArgs,
}

/// Arguments of `timesync clock out`.
#[derive(Debug, Default, Args)]
pub struct ClockOutArgs {
    /// When the work ended: HH:MM, "YYYY-MM-DD HH:MM", RFC 3339, or -15m [default: now]
    #[arg(long, allow_hyphen_values = true, value_name = "TIME")]
    pub at: Option<MomentSpec>,

    /// Record a clock that ran under a minute (without it, such a clock is dropped)
    #[arg(long)]
    pub keep: bool,

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
