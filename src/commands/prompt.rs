//! Questions on the terminal. Without one (a script, a pipe), nothing is
//! asked and the caller gets `None`/`false`, so scripts never hang.

use std::io::{self, BufRead, IsTerminal, Write};

use crate::error::{Error, Result};

/// Asks `question` on stderr and reads one line from stdin; `None` when
/// stdin or stderr is not a terminal.
pub fn ask_line(question: &str) -> Result<Option<String>> {
    if !io::stdin().is_terminal() || !io::stderr().is_terminal() {
        return Ok(None);
    }
    eprint!("{question}");
    let _ = io::stderr().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).map_err(|e| Error::invalid(format!("cannot read the answer: {e}")))?;
    Ok(Some(line.trim().to_owned()))
}

/// Whether questions can be asked: stdin and stderr are terminals.
pub fn interactive() -> bool {
    io::stdin().is_terminal() && io::stderr().is_terminal()
}

/// Before a deletion: on a terminal and without `--yes` (`yes`), shows what
/// `describe` says will be deleted and asks; an answer other than yes is an
/// error, and nothing is deleted. Without a terminal nothing is asked (and
/// `describe` is not called), so scripts keep working.
pub fn confirm_delete(yes: bool, describe: impl FnOnce() -> Result<String>) -> Result<()> {
    if yes || !interactive() {
        return Ok(());
    }
    let what = crate::output::escape(&describe()?).into_owned();
    if confirm(&format!("Delete {what}?"))? {
        return Ok(());
    }
    Err(Error::invalid(format!(
        "nothing was deleted: you did not confirm deleting {what} (`--yes` skips the question)"
    )))
}

/// Asks a yes/no `question` (default no); `false` without a terminal.
pub fn confirm(question: &str) -> Result<bool> {
    Ok(ask_line(&format!("{question} [y/N] "))?.is_some_and(|answer| matches!(answer.as_str(), "y" | "Y" | "yes")))
}
