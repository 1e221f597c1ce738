//! `timesync time …`: time entries.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::history::{ColumnSpec, DurationUnit, Format};
use timesync::reference::TimeRef;
use timesync::timeparse::{DateSpec, Duration};
use timesync::validation::{parse_web_uri, Slug, Username};

/// The `time` subcommands.
#[derive(Debug, Subcommand)]
pub enum TimeCommand {
    /// Record time worked (on today, with the project's default activity, unless told)
    Create(TimeCreateArgs),
    /// Change fields of a time entry; only the fields given are sent
    Update(TimeUpdateArgs),
    /// List time entries, or show one by reference (@1, a UUID or its first 6+ characters)
    #[command(visible_aliases = ["list", "ls"])]
    Get(TimeGetArgs),
    /// Show one time entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)
    Show(TimeShowArgs),
    /// Delete a time entry
    Delete(TimeDeleteArgs),
    /// Import a history of time entries from a file (CSV, JSON, Watson, Timewarrior)
    ///
    /// Every row is read and checked first (names against one GET /projects
    /// and one GET /activities): with any bad row, each is listed with its
    /// line number and nothing is sent (exit code 2). A CSV field or a JSON
    /// entry over 1 MiB, a quote the file ends inside, or a row with fewer or
    /// more fields than the header is a bad row. Entries already imported
    /// are skipped, so an import stopped by a crash, Ctrl-C or a network
    /// failure is finished by running it again. Rows the server refuses go to
    /// a reject file with the reason, and the import goes on.
    ///
    /// Exit codes: 0 everything is on the server; 1 the server refused rows
    /// (see the reject file); 2 bad rows or usage, nothing was sent; 3 the
    /// server could not be reached (run the same import again); 4
    /// authentication needed; 130 interrupted with Ctrl-C (run it again).
    Import(TimeImportArgs),
}

/// The fields of a time entry, shared by create and update.
#[derive(Debug, Default, Args)]
pub struct TimeFields {
    /// Time worked: 3h30m, 45m, 1.5h, 1:30 or seconds (at least 300)
    ///
    /// Also 3h, 90m and 1h30m15s. A bare number is seconds (5400) and must be at least 300: less is
    /// more likely minutes (write 90m or 90s). Zero is refused.
    #[arg(short, long, allow_hyphen_values = true, value_name = "DURATION", value_parser = parse_entry_duration)]
    pub duration: Option<Duration>,

    /// Project slug
    #[arg(short, long, value_name = "SLUG")]
    pub project: Option<Slug>,

    /// Activity slug; repeat or separate with commas
    #[arg(short, long = "activity", value_name = "SLUG", value_delimiter = ',')]
    pub activities: Vec<Slug>,

    /// Day worked: YYYY-MM-DD, today, yesterday, a weekday or -3d
    ///
    /// A weekday name is the most recent such day, today included; an offset counts days (-3d) or
    /// weeks (-2w) back. Dates run from 1970 to 2100, and after tomorrow only with --future.
    #[arg(short = 'D', long, allow_hyphen_values = true, value_name = "DATE")]
    pub date: Option<DateSpec>,

    /// Accept a day worked after tomorrow
    #[arg(long)]
    pub future: bool,

    /// Notes about the work
    #[arg(short, long, value_name = "TEXT")]
    pub notes: Option<String>,

    /// Link to the issue worked on (http or https)
    #[arg(long, value_name = "URI", value_parser = parse_web_uri)]
    pub issue_uri: Option<String>,

    /// Owner of the entry: only yourself, the logged-in user
    #[arg(short, long, value_name = "NAME")]
    pub user: Option<Username>,
}

/// Arguments of `timesync time create`.
#[derive(Debug, Args)]
pub struct TimeCreateArgs {
    /// The entry's fields (--duration is required; --project too outside
    /// a git repository that is a project's).
    #[command(flatten)]
    pub fields: TimeFields,

    /// The issue, by number.
    #[command(flatten)]
    pub issue: IssueArgs,
}

/// `--issue N` and `--no-issue`, of `time create`, `clock in` and `start`.
#[derive(Clone, Copy, Debug, Default, Args)]
pub struct IssueArgs {
    /// Issue worked on, by number: sets --issue-uri to the project's issue N [default: from the git branch name, e.g. 123-fix-login]
    ///
    /// The project's issue URL: GitHub-like `<uri>/issues/N`, GitLab `<uri>/-/issues/N`, or the
    /// profile's pattern for the project ([profiles.NAME.issues] SLUG = "https://…/{n}"). Without it,
    /// in a git repository whose remote is the project's uri, a branch named 123-fix-login,
    /// issue-123, gh-123 or fix/123-login gives the issue.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..1_000_000_000), conflicts_with_all = ["issue_uri", "no_issue"], hide_short_help = true)]
    pub issue: Option<u64>,

    /// No issue from the git branch name
    #[arg(long, conflicts_with = "issue_uri", hide_short_help = true)]
    pub no_issue: bool,
}

/// Arguments of `timesync time update` (no `--user`: an entry's owner is
/// the only one who may change it, so it cannot change hands).
#[derive(Debug, Args)]
#[command(mut_arg("user", |arg| arg.hide(true)))]
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

    #[command(flatten)]
    pub filters: EntryFilters,

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

    /// The order of the list: by day worked, then creation (date), or as the
    /// server sends it (none: CSV and -q are then written as they arrive)
    #[arg(long, value_enum, default_value = "date", value_name = "ORDER")]
    pub sort: ListOrder,
}

/// How `time get` orders a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ListOrder {
    /// By the day worked, then by when each entry was created.
    Date,
    /// As the server sends the entries.
    None,
}

/// Whose entries, in which projects, with which activities: the filters of
/// `time get` and `report`.
#[derive(Debug, Args)]
pub struct EntryFilters {
    /// Only this user's entries (repeatable)
    #[arg(short, long = "user", value_name = "NAME")]
    pub users: Vec<Username>,

    /// Only entries in this project (repeatable)
    #[arg(short, long = "project", value_name = "SLUG")]
    pub projects: Vec<Slug>,

    /// Only entries with this activity (repeatable)
    #[arg(short, long = "activity", value_name = "SLUG")]
    pub activities: Vec<Slug>,
}

/// Arguments of `timesync time delete`.
#[derive(Debug, Args)]
pub struct TimeDeleteArgs {
    /// The entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)
    #[arg(value_name = "REF")]
    pub entry: TimeRef,
    /// Delete without asking (on a terminal, what is deleted is shown and confirmed first)
    #[arg(short, long)]
    pub yes: bool,
}

/// Arguments of `timesync time show`.
#[derive(Debug, Args)]
pub struct TimeShowArgs {
    /// The entry: @1 (your most recent), @2, … or a UUID (or its first 6+ characters)
    #[arg(value_name = "REF")]
    pub entry: TimeRef,
}

/// Arguments of `timesync time import`.
#[derive(Debug, Args)]
pub struct TimeImportArgs {
    /// The file to import, or - for standard input
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// The input format [default: from the file's extension or content]
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<Format>,

    /// CSV columns holding the fields, as FIELD=HEADER (fields: date_worked, duration, project, activities,
    /// notes, issue_uri, user; an empty HEADER leaves the field out)
    #[arg(long, value_name = "FIELD=HEADER", value_delimiter = ',')]
    pub columns: Vec<ColumnSpec>,

    /// The unit of bare numbers in a CSV duration column
    #[arg(long, value_enum, value_name = "UNIT", default_value_t = DurationUnit::Seconds)]
    pub duration_unit: DurationUnit,

    /// Read project name FROM as project slug TO (repeatable)
    #[arg(long, value_name = "FROM=TO", value_parser = parse_mapping)]
    pub project_map: Vec<(String, String)>,

    /// Read activity (or tag) name FROM as activity slug TO; an empty TO drops it (repeatable)
    #[arg(long, value_name = "FROM=TO", value_parser = parse_mapping)]
    pub activity_map: Vec<(String, String)>,

    /// A mapping file: TOML with [projects] and [activities] tables of "name" = "slug"
    #[allow(rustdoc::broken_intra_doc_links)] // clap help text, not Markdown
    #[arg(long = "map", value_name = "FILE")]
    pub map_file: Option<PathBuf>,

    /// Accept rows worked after tomorrow (rows before 1970 or after 2100 are always refused)
    #[arg(long)]
    pub future: bool,

    /// Check everything and show what would be sent; send nothing
    #[arg(long)]
    pub dry_run: bool,

    /// Send this many entries at once (1-16)
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u8).range(1..=16))]
    pub jobs: u8,

    /// Where to write the rows the server refuses [default: <input>.rejected.<ext> beside the input,
    /// ./import.rejected.<ext> for standard input]
    #[allow(rustdoc::invalid_html_tags)] // clap help text, not Markdown
    #[arg(long, value_name = "PATH")]
    pub rejects: Option<PathBuf>,

    /// Send rows the server refused in an earlier run again (after fixing what they refer to)
    #[arg(long)]
    pub retry_rejected: bool,

    /// No progress bar and no summary line
    #[arg(short, long)]
    pub quiet: bool,
}

/// The smallest bare number taken as seconds: less is more likely minutes
/// typed without their unit.
pub const MIN_BARE_SECONDS: u64 = 300;

/// A duration worked: any form of [`Duration`], but not zero, and a bare
/// number (seconds, for scripts) only from [`MIN_BARE_SECONDS`] on.
pub fn parse_entry_duration(s: &str) -> Result<Duration, String> {
    let duration: Duration = s.parse()?;
    let bare = s.trim();
    if duration.as_secs() == 0 {
        return Err(format!("invalid duration '{s}': zero records nothing; give the time worked, e.g. 45m"));
    }
    if bare.bytes().all(|b| b.is_ascii_digit()) && duration.as_secs() < MIN_BARE_SECONDS {
        return Err(format!(
            "invalid duration '{s}': a bare number is seconds and is taken only from {MIN_BARE_SECONDS} on: \
             write {bare}m or {bare}s"
        ));
    }
    Ok(duration)
}

/// `FROM=TO`, split at the last `=` (names may hold one, slugs never do).
fn parse_mapping(s: &str) -> Result<(String, String), String> {
    match s.rsplit_once('=') {
        Some((from, to)) if !from.trim().is_empty() => Ok((from.trim().to_owned(), to.trim().to_owned())),
        _ => Err(format!("invalid mapping '{s}': expected FROM=TO (e.g. \"Client A=client-a\")")),
    }
}
