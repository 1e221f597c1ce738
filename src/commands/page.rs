//! Where the page of `report --html` and `log --html` goes: a file,
//! written whole or not at all, or stdout for `-` (then in place of the
//! usual output).

use std::path::Path;

use crate::error::{Error, Result};
use crate::output::{html, note, Printer};

/// Refuses an `--html` file that cannot be one (no name, a directory),
/// before any request.
pub fn check_path(path: &Path) -> Result<()> {
    if path == STDOUT_PAGE {
        return Ok(());
    }
    if path.file_name().is_none() || path.is_dir() {
        return Err(Error::invalid(format!(
            "invalid value '{}' for --html: give the name of a file to write, such as week.html",
            path.display()
        )));
    }
    Ok(())
}

/// `--html -`: the page goes to stdout, in place of the usual output.
const STDOUT_PAGE: &str = "-";

/// Whether `--html` sends the page to stdout (then nothing else is printed there).
pub fn to_stdout(path: Option<&Path>) -> bool {
    path.is_some_and(|path| path == STDOUT_PAGE)
}

/// Writes the page of `--html`: to stdout for `-`, else to the file,
/// replaced whole, saying so on stderr (`what`: "report", "log").
pub fn write(path: &Path, page: &html::Page, what: &str, printer: &Printer) -> Result<()> {
    if path == STDOUT_PAGE {
        // Never through the pager: it is for a file or another program.
        return printer.write_lines(0, |out| html::write(out, page));
    }
    crate::config::write_atomic_with(path, |out| html::write(out, page))?;
    note(&format!("the {what}'s page is written to {}", path.display()));
    Ok(())
}
