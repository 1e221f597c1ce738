//! Long output on a terminal goes through a pager, as git and gh do: the
//! config file's `pager`, else `PAGER`, else `less -FRX`; an empty one (or
//! `cat`) and `--no-pager` turn it off. Output that fits the screen, and any
//! output that does not go to a terminal, is printed as it is.

use std::io::{self, Write};
use std::process::{Command, Stdio};

/// The pager used when neither the config file nor `PAGER` names one.
pub const DEFAULT_PAGER: &str = "less -FRX";

/// Screen rows assumed when the terminal does not say.
const DEFAULT_ROWS: u16 = 24;

/// A pager, and the screen height from which output goes through it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pager {
    /// The command, run by the shell.
    pub command: String,
    /// The terminal's rows: output of this many lines or more is paged.
    pub rows: u16,
}

impl Pager {
    /// The pager to use: `configured` (the config file's `pager`), else
    /// `PAGER`, else [`DEFAULT_PAGER`]; `None` when that is empty or `cat`.
    pub fn choose(configured: Option<&str>, rows: Option<u16>) -> Option<Pager> {
        let env = std::env::var("PAGER").ok();
        let command = configured.or(env.as_deref()).unwrap_or(DEFAULT_PAGER).trim();
        (!command.is_empty() && command != "cat")
            .then(|| Pager { command: command.to_owned(), rows: rows.unwrap_or(DEFAULT_ROWS) })
    }

    /// Whether `text` is long enough to page: it would scroll off the screen.
    pub fn wanted(&self, text: &str) -> bool {
        text.lines().count() >= usize::from(self.rows)
    }

    /// Shows `text` (and a line feed) through the pager and waits for it to
    /// quit; `Ok(false)` when the shell could not find or run the pager, so
    /// nothing was shown. A pager that quits early is no error.
    pub fn show(&self, text: &str) -> io::Result<bool> {
        self.show_with(|out| writeln!(out, "{text}"))
    }

    /// Shows what `write` writes through the pager, as [`Pager::show`].
    pub fn show_with(&self, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<bool> {
        let mut command = shell(&self.command);
        if std::env::var_os("LESS").is_none() {
            command.env("LESS", "FRX");
        }
        let mut child = command.stdin(Stdio::piped()).spawn()?;
        if let Some(stdin) = child.stdin.take() {
            let mut buffered = io::BufWriter::new(stdin);
            let written = write(&mut buffered).and_then(|()| buffered.flush());
            // The pager sees the end of its input before it is waited for.
            drop(buffered);
            if let Err(e) = written.filter_broken_pipe() {
                let _ = child.wait();
                return Err(e);
            }
        }
        // 126 and 127: the shell found no pager to run.
        Ok(!matches!(child.wait()?.code(), Some(126 | 127)))
    }
}

/// A write's result with a closed pipe (a pager or `head` that quit early)
/// counted as success.
pub trait BrokenPipeIsFine {
    /// `Ok` for a broken pipe, else as it was.
    fn filter_broken_pipe(self) -> io::Result<()>;
}

impl BrokenPipeIsFine for io::Result<()> {
    fn filter_broken_pipe(self) -> io::Result<()> {
        match self {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            other => other,
        }
    }
}

/// `command` run by the shell, as git runs its pager.
fn shell(command: &str) -> Command {
    #[cfg(unix)]
    {
        let mut shell = Command::new("sh");
        shell.arg("-c").arg(command);
        shell
    }
    #[cfg(not(unix))]
    {
        let mut shell = Command::new("cmd");
        shell.arg("/C").arg(command);
        shell
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_configured_pager_wins_and_empty_or_cat_turns_paging_off() {
        let pager = Pager::choose(Some("most"), Some(40)).unwrap();
        assert_eq!(pager, Pager { command: "most".into(), rows: 40 });
        assert_eq!(Pager::choose(Some(""), None), None);
        assert_eq!(Pager::choose(Some(" cat "), None), None);
        let pager = Pager::choose(Some("less"), None).unwrap();
        assert!(!pager.wanted(&"line\n".repeat(23)) && pager.wanted(&"line\n".repeat(24)));
    }

    #[cfg(unix)]
    #[test]
    fn a_pager_that_quits_early_is_no_error_and_a_missing_one_shows_nothing() {
        let quits = Pager { command: "true".into(), rows: 1 };
        assert!(quits.show(&"line\n".repeat(100_000)).unwrap());
        let missing = Pager { command: "/nonexistent/pager 2>/dev/null".into(), rows: 1 };
        assert!(!missing.show("text").unwrap());
    }
}
