//! Passwords: read from a password manager's command, an environment
//! variable, standard input or a no-echo prompt — never from a command-line
//! flag, and never stored.

use std::io::{self, BufRead, BufReader, IsTerminal, Read};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use crate::error::{Error, Result};
use timesync::token::Secret;

/// Where a password may come from, in order of preference.
#[derive(Clone, Copy, Debug)]
pub struct PasswordSource<'a> {
    /// Read standard input (`--password-stdin`).
    pub stdin: bool,
    /// The environment variable that may hold it (`TIMESYNC_PASSWORD`).
    pub env_var: &'a str,
    /// The prompt shown on a terminal.
    pub prompt: &'a str,
    /// The flag that reads stdin, named in errors.
    pub stdin_flag: &'a str,
}

/// Reads a password from `--password-stdin`, the environment, or a prompt on a terminal.
pub fn read(source: PasswordSource) -> Result<Secret> {
    let password = if source.stdin {
        read_stdin_password()?
    } else if let Some(value) = std::env::var_os(source.env_var) {
        value.into_string().map_err(|_| Error::invalid(format!("{} is not valid UTF-8", source.env_var)))?
    } else if io::stdin().is_terminal() {
        rpassword::prompt_password(source.prompt)
            .map_err(|e| Error::invalid(format!("cannot read the password: {e}")))?
    } else {
        return Err(Error::invalid(format!(
            "no password: pass {} or set {} (no terminal to ask on)",
            source.stdin_flag, source.env_var
        )));
    };
    if password.is_empty() {
        return Err(Error::invalid("the password is empty"));
    }
    Ok(Secret::new(password))
}

/// Standard input, whole, without one line break at its end: a password of
/// at most [`MAX_PASSWORD_BYTES`], never more than that read.
fn read_stdin_password() -> Result<String> {
    let mut bytes = Vec::new();
    io::stdin()
        .take(MAX_PASSWORD_BYTES as u64 + 3)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::invalid(format!("cannot read the password from standard input: {e}")))?;
    let line = bytes.strip_suffix(b"\n").unwrap_or(&bytes);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    if line.len() > MAX_PASSWORD_BYTES {
        return Err(Error::invalid(format!(
            "the password on standard input is longer than {MAX_PASSWORD_BYTES} bytes: give the password alone"
        )));
    }
    String::from_utf8(line.to_vec()).map_err(|_| Error::invalid("the password on standard input is not UTF-8 text"))
}

/// Reads a new password (for `user create`, `user update --password`) from
/// the same places as [`read`]; when asking on a terminal it asks twice, so a
/// typo cannot lock the account.
pub fn read_new(source: PasswordSource) -> Result<Secret> {
    let prompting = !source.stdin && std::env::var_os(source.env_var).is_none() && io::stdin().is_terminal();
    let password = read(source)?;
    if prompting {
        let again = rpassword::prompt_password("Repeat the password: ")
            .map_err(|e| Error::invalid(format!("cannot read the password: {e}")))?;
        if again != password.expose() {
            return Err(Error::invalid("the passwords do not match; nothing was sent"));
        }
    }
    Ok(password)
}

/// The most a password command may print before its line break, and the
/// most read from it; also the longest password read from standard input.
pub const MAX_PASSWORD_BYTES: usize = 4096;

/// How long a password command may take, in seconds, unless the profile's
/// `password_command_timeout` says otherwise.
pub const DEFAULT_PASSWORD_COMMAND_TIMEOUT: u64 = 60;

/// A command whose first line of output is the password: `pass show
/// timesync`, `secret-tool lookup service timesync user alice`, … It runs
/// without a shell (the value is split into words as a shell would, quotes
/// included), unless it starts with `!`: then the rest runs with `sh -c`,
/// for pipes and variables. Its standard error and standard input are the
/// terminal's, so a password manager can ask for its own passphrase.
///
/// At most [`MAX_PASSWORD_BYTES`] of its output are read: the first line
/// must end within them, and nothing after it is read (the pipe is closed).
/// A command that has not finished within its timeout is killed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordCommand {
    command: String,
    timeout: Duration,
}

/// Why a password command's first line could not be had.
enum LineError {
    /// No line break within [`MAX_PASSWORD_BYTES`].
    TooLong,
    /// Reading the pipe failed.
    Unreadable(io::Error),
}

impl PasswordCommand {
    /// The command as configured, stopped when it takes longer than `timeout`.
    pub fn new(command: impl Into<String>, timeout: Duration) -> Self {
        PasswordCommand { command: command.into(), timeout }
    }

    /// The command as configured, for messages.
    pub fn as_str(&self) -> &str {
        &self.command
    }

    /// Runs the command and returns the first line it printed. A failure
    /// (it cannot run, exits with an error, prints no line break within
    /// [`MAX_PASSWORD_BYTES`] or no password, or outlasts its timeout) is
    /// [`Error::AuthRequired`], naming the command, never what it printed.
    pub fn run(&self) -> Result<Secret> {
        let failed = |why: String| Error::AuthRequired(format!("the password command `{}` {why}", self.command));
        let argv = self.argv().map_err(failed)?;
        let deadline = Instant::now() + self.timeout;
        let mut child = Command::new(&argv[0])
            .args(&argv[1..])
            .stdin(Stdio::inherit())
            .stderr(Stdio::inherit())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| failed(format!("cannot be run: {e}")))?;
        let Some(stdout) = child.stdout.take() else {
            stop(&mut child);
            return Err(failed("cannot be read: no pipe to its output".into()));
        };
        let (sender, receiver) = mpsc::channel();
        // The thread owns the pipe: it closes it once the first line is read.
        thread::spawn(move || sender.send(first_line(stdout)));
        let line = match receiver.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
            Ok(Ok(line)) => line,
            Ok(Err(error)) => {
                stop(&mut child);
                return Err(failed(match error {
                    LineError::TooLong => format!(
                        "printed no line break within its first {MAX_PASSWORD_BYTES} bytes: it must print the \
                         password on its first line"
                    ),
                    LineError::Unreadable(e) => format!("cannot be read: {e}"),
                }));
            }
            Err(RecvTimeoutError::Timeout) => {
                stop(&mut child);
                return Err(failed(self.timed_out()));
            }
            Err(RecvTimeoutError::Disconnected) => {
                stop(&mut child);
                return Err(failed("cannot be read".into()));
            }
        };
        let status = match wait_until(&mut child, deadline) {
            Ok(Some(status)) => status,
            Ok(None) => return Err(failed(self.timed_out())),
            Err(e) => return Err(failed(format!("cannot be waited for: {e}"))),
        };
        if !status.success() {
            return Err(failed(format!("failed ({status})")));
        }
        let line = String::from_utf8(line).map_err(|_| failed("printed something that is not UTF-8 text".into()))?;
        let password = line.trim_end_matches(['\n', '\r']);
        if password.is_empty() {
            return Err(failed("printed no password".into()));
        }
        Ok(Secret::new(password))
    }

    fn timed_out(&self) -> String {
        let seconds = self.timeout.as_secs_f64();
        format!(
            "did not finish within {seconds} second{} and was stopped (the profile's password_command_timeout \
             allows more)",
            if seconds == 1.0 { "" } else { "s" }
        )
    }

    fn argv(&self) -> std::result::Result<Vec<String>, String> {
        let argv = match self.command.trim().strip_prefix('!') {
            Some(script) => vec!["sh".to_owned(), "-c".to_owned(), script.to_owned()],
            None => shell_words::split(&self.command).map_err(|e| format!("cannot be read: {e}"))?,
        };
        if argv.first().is_none_or(|program| program.is_empty()) {
            return Err("is empty".into());
        }
        Ok(argv)
    }
}

/// The first line of `output` with its line break, or all of it when it
/// ends first; reads at most [`MAX_PASSWORD_BYTES`].
fn first_line(output: impl Read) -> std::result::Result<Vec<u8>, LineError> {
    let mut line = Vec::new();
    BufReader::new(output.take(MAX_PASSWORD_BYTES as u64))
        .read_until(b'\n', &mut line)
        .map_err(LineError::Unreadable)?;
    if line.len() >= MAX_PASSWORD_BYTES && !line.ends_with(b"\n") {
        return Err(LineError::TooLong);
    }
    Ok(line)
}

/// Waits for `child` to exit until `deadline`; past it, kills it and
/// returns `None`.
fn wait_until(child: &mut Child, deadline: Instant) -> io::Result<Option<ExitStatus>> {
    let mut pause = Duration::from_millis(1);
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            stop(child);
            return Ok(None);
        }
        thread::sleep(pause.min(left));
        pause = (pause * 2).min(Duration::from_millis(50));
    }
}

/// Kills `child` (if it still runs) and reaps it.
fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn command(text: &str) -> PasswordCommand {
        PasswordCommand::new(text, Duration::from_secs(DEFAULT_PASSWORD_COMMAND_TIMEOUT))
    }

    #[test]
    fn password_commands_give_their_first_line_and_name_themselves_on_failure() {
        assert_eq!(command("printf 'pw one\\nsecond'").run().unwrap().expose(), "pw one");
        assert_eq!(command("!printf x | tr x y").run().unwrap().expose(), "y");
        for (text, why) in [
            ("false", "failed"),
            ("true", "printed no password"),
            ("/nonexistent/pass show", "cannot be run"),
            ("'unterminated", "cannot be read"),
            ("  ", "is empty"),
            ("printf '\\377\\n'", "not UTF-8"),
        ] {
            let error = command(text).run().unwrap_err();
            assert_eq!(error.exit_code(), crate::error::ExitCode::AuthRequired, "{text}");
            let error = error.to_string();
            assert!(error.contains(&format!("`{text}`")) && error.contains(why), "{text}: {error}");
        }
        let error = command("!printf '%s%s' hun ter2; exit 3").run().unwrap_err().to_string();
        assert!(!error.contains("hunter2"), "never its output: {error}");
    }

    #[test]
    fn only_a_first_line_within_the_limit_is_read() {
        let longest = "x".repeat(MAX_PASSWORD_BYTES - 1);
        assert_eq!(command(&format!("printf '%s\\n' {longest}")).run().unwrap().expose(), longest);
        // The output is never read whole: a command printing far more than
        // a pipe holds fails at once, without its output in the message.
        let error = command("!printf '%s%s' hun ter2; head -c 100000000 /dev/zero").run().unwrap_err().to_string();
        assert!(error.contains("no line break within its first 4096 bytes"), "{error}");
        assert!(!error.contains("hunter2"), "{error}");
        // Nothing after the first line is read either.
        let error = command("!echo pw; exec cat /dev/zero").run().unwrap_err().to_string();
        assert!(error.contains("failed"), "{error}");
    }

    #[test]
    fn a_command_that_outlasts_its_timeout_is_stopped() {
        let started = Instant::now();
        let error = PasswordCommand::new("sleep 30", Duration::from_millis(200)).run().unwrap_err();
        assert!(started.elapsed() < Duration::from_secs(10), "{:?}", started.elapsed());
        assert_eq!(error.exit_code(), crate::error::ExitCode::AuthRequired);
        assert!(error.to_string().contains("did not finish within 0.2 seconds"), "{error}");
        // One that printed its line but does not exit is stopped too.
        let error =
            PasswordCommand::new("!echo hun''ter2; exec sleep 30", Duration::from_millis(200)).run().unwrap_err();
        assert!(error.to_string().contains("did not finish") && !error.to_string().contains("hunter2"), "{error}");
    }
}
