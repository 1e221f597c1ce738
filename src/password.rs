//! Passwords: read from an environment variable, standard input or a no-echo
//! prompt — never from a command-line flag.

use std::io::{self, IsTerminal, Read};

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

/// The bcrypt cost TimeSync expects.
pub const BCRYPT_COST: u32 = 10;

/// Hashes a password the way TimeSync stores it: bcrypt, cost 10, with the
/// `$2a$` prefix the reference server's bcrypt understands. The server keeps
/// what it receives and checks logins against it, so user create and update
/// send this hash, never the password.
pub fn bcrypt_hash(password: &Secret) -> Result<String> {
    bcrypt::hash_with_result(password.expose(), BCRYPT_COST)
        .map(|parts| parts.format_for_version(bcrypt::Version::TwoA))
        .map_err(|e| Error::invalid(format!("cannot hash the password: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_bcrypt_2a_cost_10_and_verify() {
        let hash = bcrypt_hash(&Secret::new("pässword")).unwrap();
        assert!(hash.starts_with("$2a$10$"), "{hash}");
        assert_eq!(hash.len(), 60);
        assert!(bcrypt::verify("pässword", &hash).unwrap());
        assert!(!bcrypt::verify("password", &hash).unwrap());
    }
}
