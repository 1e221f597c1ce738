//! `timesync report`: totals over a period.

use clap::{ArgGroup, Args};

use super::choice::choice;
use super::time::EntryFilters;
use timesync::timeparse::{DateSpec, Duration};
use timesync::totals::{GroupBy, RoundMode};

impl ReportArgs {
    /// What the totals are grouped by: `--by`, else by project (nothing under `--total`).
    pub fn groups(&self) -> Vec<GroupBy> {
        match (self.total, self.by.is_empty()) {
            (true, _) => Vec::new(),
            (false, true) => vec![GroupBy::Project],
            (false, false) => self.by.clone(),
        }
    }
}

/// Arguments of `timesync report`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("period").args(["week", "month", "today", "start"]).multiple(false)))]
#[command(group(ArgGroup::new("period_end").args(["week", "month", "today", "end"]).multiple(false)))]
pub struct ReportArgs {
    /// First day: YYYY-MM-DD, today, yesterday, a weekday, -3d, -2w
    #[arg(short, long, allow_hyphen_values = true, value_name = "DATE")]
    pub start: Option<DateSpec>,

    /// Last day (same forms)
    #[arg(short, long, allow_hyphen_values = true, value_name = "DATE")]
    pub end: Option<DateSpec>,

    /// This week, Monday to today
    #[arg(long)]
    pub week: bool,

    /// This month, the 1st to today
    #[arg(long)]
    pub month: bool,

    /// Today only
    #[arg(long)]
    pub today: bool,

    #[command(flatten)]
    pub filters: EntryFilters,

    /// Only entries in the project of the git repository you are in (its uri is a remote's)
    #[arg(long, conflicts_with = "projects")]
    pub here: bool,

    /// Group totals by this, nested in the order given (repeat or separate with commas) [default: project]
    #[arg(long, value_parser = choice::<GroupBy>(), value_delimiter = ',', value_name = "FIELD")]
    pub by: Vec<GroupBy>,

    /// Only the period's total, not grouped
    #[arg(long, conflicts_with = "by")]
    pub total: bool,

    /// Show totals as decimal hours (3.50) instead of 3h30m
    #[arg(long)]
    pub decimal: bool,

    /// Round each entry to a multiple of this duration before adding (e.g. 15m)
    #[arg(long, value_name = "DURATION")]
    pub round: Option<Duration>,

    /// How --round rounds each entry
    #[arg(long, value_parser = choice::<RoundMode>(), default_value = "up", requires = "round", value_name = "MODE")]
    pub round_mode: RoundMode,

    /// Also write the report as one HTML page with charts to this file (replaced whole); - prints the page alone to stdout
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub html: Option<std::path::PathBuf>,
}
