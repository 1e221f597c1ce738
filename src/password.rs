//! Passwords: read from a password manager's command, an environment
//! variable, standard input or a no-echo prompt — never from a command-line
//! flag, and never stored.

use std::io::{self, BufRead, IsTerminal, Read};
use std::process::{Command, Stdio};

use crate::error::{Error, Result};
use crate::token::Secret;

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
        let mut text = String::new();
        io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| Error::invalid(format!("cannot read the password from standard input: {e}")))?;
        let line = text.strip_suffix('\n').unwrap_or(&text);
        line.strip_suffix('\r').unwrap_or(line).to_owned()
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

/// A command whose first line of output is the password: `pass show
/// timesync`, `secret-tool lookup service timesync user alice`, … It runs
/// without a shell (the value is split into words as a shell would, quotes
/// included), unless it starts with `!`: then the rest runs with `sh -c`,
/// for pipes and variables. Its standard error and standard input are the
/// terminal's, so a password manager can ask for its own passphrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasswordCommand(String);

impl PasswordCommand {
    /// The command as configured.
    pub fn new(command: impl Into<String>) -> Self {
        PasswordCommand(command.into())
    }

    /// The command as configured, for messages.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Runs the command and returns the first line it printed. A failure
    /// names the command, never what it printed.
    pub fn run(&self) -> Result<Secret> {
        let failed = |why: String| Error::AuthRequired(format!("the password command `{}` {why}", self.0));
        let argv = self.argv().map_err(failed)?;
        let output = Command::new(&argv[0])
            .args(&argv[1..])
            .stdin(Stdio::inherit())
            .stderr(Stdio::inherit())
            .stdout(Stdio::piped())
            .output()
            .map_err(|e| failed(format!("cannot be run: {e}")))?;
        if !output.status.success() {
            return Err(failed(format!("failed ({})", output.status)));
        }
        let mut line = String::new();
        io::Cursor::new(output.stdout)
            .read_line(&mut line)
            .map_err(|_| failed("printed something that is not UTF-8 text".into()))?;
        let password = line.trim_end_matches(['\n', '\r']);
        if password.is_empty() {
            return Err(failed("printed no password".into()));
        }
        Ok(Secret::new(password))
    }

    fn argv(&self) -> std::result::Result<Vec<String>, String> {
        let argv = match self.0.trim().strip_prefix('!') {
            Some(script) => vec!["sh".to_owned(), "-c".to_owned(), script.to_owned()],
            None => shell_words::split(&self.0).map_err(|e| format!("cannot be read: {e}"))?,
        };
        if argv.first().is_none_or(|program| program.is_empty()) {
            return Err("is empty".into());
        }
        Ok(argv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_commands_give_their_first_line_and_name_themselves_on_failure() {
        assert_eq!(PasswordCommand::new("printf 'pw one\\nsecond'").run().unwrap().expose(), "pw one");
        assert_eq!(PasswordCommand::new("!printf x | tr x y").run().unwrap().expose(), "y");
        for (command, why) in [
            ("false", "failed"),
            ("true", "printed no password"),
            ("/nonexistent/pass show", "cannot be run"),
            ("'unterminated", "cannot be read"),
            ("  ", "is empty"),
        ] {
            let error = PasswordCommand::new(command).run().unwrap_err().to_string();
            assert!(error.contains(&format!("`{command}`")) && error.contains(why), "{command}: {error}");
        }
        let error = PasswordCommand::new("!printf '%s%s' hun ter2; exit 3").run().unwrap_err().to_string();
        assert!(!error.contains("hunter2"), "never its output: {error}");
    }
}
