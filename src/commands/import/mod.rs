//! `timesync time import FILE|-`: a history of time entries from a file.
//!
//! Every row is read and checked before anything is sent: locally first
//! (durations, dates, slugs, the owner), then its names against one
//! `GET /projects` and one `GET /activities`. Any bad row stops the import
//! with each one listed. The entries are then sent once each: the import
//! delivery ledger in the state database records each as *sending* before
//! its POST and as *delivered* after it (see [`crate::state::ledger`]), so running the
//! same import again after a crash, a Ctrl-C or a network failure sends
//! only what is missing. Rows the server refuses go to a reject file.

pub(super) mod send;
mod summary;

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use serde_json::{json, Map, Value};

use super::dates::day_problem;
use super::entry_rows::{time_cells, time_columns, with_time, TIME_CELL_COLUMNS};
use super::session;
use crate::cli::TimeImportArgs;
use crate::error::{Error, Result};
use crate::history::{self, Catalog, Format, Mapping, Options, Parsed, Planned, RowError, Unreadable, Zone};
use crate::output::plural;
use crate::output::{note, Column, Format as Output};
use crate::settings::Settings;
use crate::state::ledger::ImportState;
use timesync::model::{ActivityQuery, ProjectQuery};
use timesync::validation::Username;

/// The most bad rows listed; the rest are counted.
const MAX_LISTED: usize = 50;

/// The input: its path (`None` for standard input), its name in messages,
/// its first bytes (enough to tell its format, see [`history::detect`]), and
/// the rest, read only as it is parsed.
struct Input {
    path: Option<PathBuf>,
    name: String,
    head: Vec<u8>,
    rest: Box<dyn Read>,
}

impl Input {
    fn open(file: &Path) -> Result<Input> {
        let (path, name, mut rest): (_, _, Box<dyn Read>) = if file == Path::new("-") {
            (None, "standard input".to_owned(), Box::new(std::io::stdin()))
        } else {
            let opened = File::open(file).map_err(|e| Error::Io(format!("cannot read {}: {e}", file.display())))?;
            (Some(file.to_owned()), file.display().to_string(), Box::new(opened))
        };
        let mut head = Vec::new();
        (&mut rest)
            .take(history::DETECTION_BYTES as u64)
            .read_to_end(&mut head)
            .map_err(|e| Error::Io(format!("cannot read {name}: {e}")))?;
        Ok(Input { path, name, head, rest })
    }

    fn file_name(&self) -> Option<String> {
        self.path.as_ref().and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned())
    }

    /// Parses the whole input (its first bytes again, then the rest) in `format`.
    fn parse(&mut self, format: Format, options: &Options) -> Result<Parsed> {
        let text = (&self.head[..]).chain(&mut self.rest);
        history::parse(text, format, options).map_err(|e| match e {
            Unreadable::Malformed(e) => Error::invalid(format!("{} ({format}): {e}; nothing was sent", self.name)),
            Unreadable::NotUtf8 { line } => Error::invalid(format!(
                "{}: line {line}: not UTF-8 text; save the file as UTF-8 and import it again",
                self.name
            )),
            Unreadable::Read(e) => Error::Io(format!("cannot read {}: {e}", self.name)),
        })
    }
}

/// Runs `timesync time import`.
pub fn run(args: TimeImportArgs, settings: &Settings) -> Result<()> {
    let started = Instant::now();
    let mut input = Input::open(&args.file)?;
    let format = args.format.unwrap_or_else(|| history::detect(input.file_name().as_deref(), &input.head));
    let mapping = mapping(&args)?;
    let rejects = rejects_path(&args, &input, format)?;
    let mut store = settings.store()?;
    let options = Options {
        columns: args.columns.clone(),
        duration_unit: args.duration_unit,
        zone: Zone::Local,
        today: settings.now.today(),
    };
    let mut parsed = input.parse(format, &options)?;
    let today = options.today;
    parsed.errors.extend(history::date_errors(&parsed.drafts, |day| day_problem(day, today, args.future)));
    let session = session(settings);
    let session = match session {
        Err(_) if !parsed.errors.is_empty() => return Err(bad_rows(&input, parsed.errors.clone())),
        session => session?,
    };
    let planned = check(&parsed, &mapping, &session, &input)?;
    if !parsed.omitted.is_empty() && !args.quiet {
        note(&omitted(&parsed));
    }
    let server = session.server.clone();
    let keys: Vec<_> = planned.iter().map(|p| p.key.clone()).collect();
    let states = store.import_states(&server, &keys)?;
    if args.dry_run {
        return dry_run(&planned, &states, args.retry_rejected, settings);
    }
    let progress = progress_bar(planned.len() as u64, args.quiet || settings.verbose);
    let context = summary::Context { input: &input.name, format, parsed: &parsed, planned: &planned, rejects, started };
    let open_store = || settings.store();
    let job = send::Job {
        client: &session.client,
        per_request: settings.connect_timeout.saturating_add(settings.timeout),
        today: settings.now.today(),
        open_store: &open_store,
        server: &server,
        planned: &planned,
        retry_rejected: args.retry_rejected,
        jobs: usize::from(args.jobs),
        progress,
    };
    let tally = send::run(&job, &mut store, &states);
    job.progress.finish_and_clear();
    summary::finish(tally, &context, settings, args.quiet)
}

/// Checks every draft against the server's projects and activities (one
/// request each) and the logged-in user; any bad row is an error listing them all.
fn check(parsed: &Parsed, mapping: &Mapping, session: &super::Session, input: &Input) -> Result<Vec<Planned>> {
    let user: Username = session
        .user
        .as_deref()
        .ok_or_else(|| Error::AuthRequired("cannot tell who is logged in: run `timesync login`".into()))?
        .parse()
        .map_err(Error::Invalid)?;
    let client = &session.client;
    let catalog = match client
        .get_projects(&ProjectQuery::default())
        .and_then(|projects| Ok(Catalog::new(&projects, &client.get_activities(&ActivityQuery::default())?)))
    {
        Ok(catalog) => catalog,
        Err(_) if !parsed.errors.is_empty() => return Err(bad_rows(input, parsed.errors.clone())),
        Err(error) => return Err(error.into()),
    };
    let (planned, mut errors) = history::resolve(&parsed.drafts, mapping, &catalog, &user);
    errors.extend(parsed.errors.iter().cloned());
    if errors.is_empty() {
        Ok(planned)
    } else {
        Err(bad_rows(input, errors))
    }
}

/// The error listing bad rows, one line each (at most [`MAX_LISTED`]).
fn bad_rows(input: &Input, errors: Vec<RowError>) -> Error {
    let errors = history::merge_errors(errors);
    let mut message = format!("{} in {}; nothing was sent:", plural(errors.len(), "bad row", "bad rows"), input.name);
    for error in errors.iter().take(MAX_LISTED) {
        message.push_str(&format!("\n  {error}"));
    }
    if errors.len() > MAX_LISTED {
        message.push_str(&format!("\n  … and {} more", errors.len() - MAX_LISTED));
    }
    Error::Invalid(message)
}

fn omitted(parsed: &Parsed) -> String {
    let deleted = parsed.omitted.iter().filter(|o| o.why == "a deleted entry").count();
    let revisions = parsed.omitted.len() - deleted;
    let mut parts = Vec::new();
    if deleted > 0 {
        parts.push(plural(deleted, "deleted entry", "deleted entries"));
    }
    if revisions > 0 {
        parts.push(plural(revisions, "earlier revision", "earlier revisions"));
    }
    format!("left out {} of the export (they are not imported)", parts.join(" and "))
}

/// The mapping: the `--map` file, then `--project-map` and `--activity-map` over it.
fn mapping(args: &TimeImportArgs) -> Result<Mapping> {
    let mut mapping = match &args.map_file {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Error::Io(format!("cannot read mapping file {}: {e}", path.display())))?;
            Mapping::from_toml(&text).map_err(|e| Error::invalid(format!("mapping file {}: {e}", path.display())))?
        }
        None => Mapping::default(),
    };
    let mut flags = Mapping::default();
    for (from, to) in &args.project_map {
        flags.map_project(from, to).map_err(|e| Error::invalid(format!("invalid value for --project-map: {e}")))?;
    }
    for (from, to) in &args.activity_map {
        flags.map_activity(from, to).map_err(|e| Error::invalid(format!("invalid value for --activity-map: {e}")))?;
    }
    mapping.extend(flags);
    Ok(mapping)
}

/// Where refused rows go: `--rejects`, else `<stem>.rejected.<ext>` beside
/// the input (`import.rejected.<ext>` in the current directory for standard
/// input). Never the input itself.
fn rejects_path(args: &TimeImportArgs, input: &Input, format: Format) -> Result<PathBuf> {
    let path = match (&args.rejects, &input.path) {
        (Some(path), _) => path.clone(),
        (None, Some(file)) => {
            let stem = file.file_stem().map_or_else(|| "import".into(), |s| s.to_string_lossy().into_owned());
            file.with_file_name(format!("{stem}.rejected.{}", format.extension()))
        }
        (None, None) => PathBuf::from(format!("import.rejected.{}", format.extension())),
    };
    let same = |a: &Path, b: &Path| a == b || a.canonicalize().ok().is_some_and(|a| b.canonicalize().ok() == Some(a));
    if input.path.as_deref().is_some_and(|file| same(file, &path)) {
        return Err(Error::invalid(format!(
            "invalid value for --rejects: {} is the input itself; choose another file",
            path.display()
        )));
    }
    Ok(path)
}

/// The progress bar on stderr: count, rate and time left, only on a
/// terminal (and not among `--verbose` lines).
fn progress_bar(length: u64, quiet: bool) -> ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("importing [{bar:30}] {pos}/{len} entries, {rate}/s, ETA {eta}")
        .map(|style| {
            style.progress_chars("=> ").with_key("rate", |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}", state.per_sec());
            })
        })
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    let bar = ProgressBar::with_draw_target(Some(length), ProgressDrawTarget::stderr()).with_style(style);
    bar.tick();
    bar
}

/// `--dry-run`: what would be sent (table, JSON or CSV), and what would be skipped.
fn dry_run(planned: &[Planned], states: &[Option<ImportState>], retry: bool, settings: &Settings) -> Result<()> {
    let mut rows = Vec::new();
    let (mut done, mut rejected) = (0, 0);
    for (planned, state) in planned.iter().zip(states) {
        let status = match state {
            None => "new",
            Some(ImportState::Uncertain) => "uncertain",
            Some(ImportState::Rejected(_)) if retry => "rejected before",
            Some(ImportState::Done | ImportState::Sending) => {
                done += 1;
                continue;
            }
            Some(ImportState::Rejected(_)) => {
                rejected += 1;
                continue;
            }
        };
        rows.push((planned, status));
    }
    print_plan(&rows, settings)?;
    let mut text = format!("dry run: {} would be sent", plural(rows.len(), "entry", "entries"));
    if done > 0 {
        text.push_str(&format!(", {done} already imported (or being imported) would be skipped"));
    }
    if rejected > 0 {
        text.push_str(&format!(", {rejected} refused earlier would be skipped (--retry-rejected sends them)"));
    }
    note(&format!("{text}; nothing was sent"));
    Ok(())
}

fn print_plan(rows: &[(&Planned, &str)], settings: &Settings) -> Result<()> {
    let printer = &settings.printer;
    let objects = || -> Vec<Map<String, Value>> {
        rows.iter()
            .map(|(planned, status)| {
                let head = [("line".to_owned(), json!(planned.line)), ("status".to_owned(), json!(status))];
                with_time(Map::from_iter(head), &planned.time)
            })
            .collect()
    };
    match printer.format {
        Output::Json => printer.json(&objects()),
        // The CSV header of a dry run: each row's line and status, then the entry.
        Output::Csv => printer.csv(&objects(), &time_columns(&["line", "status"], &[])),
        Output::Table if rows.is_empty() => printer.message(&json!([]), "Nothing to send."),
        Output::Table => {
            let table = rows
                .iter()
                .map(|(planned, status)| {
                    let [date, duration, project, activities] = time_cells(&planned.time);
                    let notes = planned.time.notes.clone().unwrap_or_default();
                    vec![planned.line.to_string(), date, duration, project, activities, (*status).to_owned(), notes]
                })
                .collect();
            let columns =
                [&[Column::keep("Line")][..], &TIME_CELL_COLUMNS, &[Column::keep("Status"), Column::shrink("Notes")]]
                    .concat();
            printer.rows(Some("What would be sent:"), &columns, table)
        }
    }
}
