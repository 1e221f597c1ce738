//! What every man page says besides the options: the environment, the
//! files, the exit codes (docs/configuration.md, docs/exit-codes.md and
//! README.md have the same tables; a test keeps them in step) and the pages
//! it refers to.

/// Environment variables and what they do.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    ("TIMESYNC_URL", "Server base URL including /v0 (--url wins)."),
    ("TIMESYNC_TOKEN", "Token to use instead of the stored one (--token wins)."),
    ("TIMESYNC_PROFILE", "Profile to use (--profile wins)."),
    ("TIMESYNC_CONFIG", "Config file path (--config wins)."),
    ("TIMESYNC_TIMEOUT", "Request timeout in seconds (--timeout wins; default 30)."),
    ("TIMESYNC_CONNECT_TIMEOUT", "Connect timeout in seconds (--connect-timeout wins; default 10)."),
    ("TIMESYNC_TEST", "1 for test mode (--test)."),
    ("TIMESYNC_PASSWORD", "Password for timesync login and re-logins."),
    (
        "TIMESYNC_PASSWORD_COMMAND",
        "Command printing the password, for logins and re-logins (over the profile's password_command).",
    ),
    ("TIMESYNC_NEW_PASSWORD", "Password for user create and user update --password."),
    ("NO_COLOR", "No colour, even on a terminal."),
    (
        "PAGER",
        "Pager for output longer than the terminal, only when stdout is a terminal (the config file's pager \
         wins; default less -FRX; empty for none; --no-pager).",
    ),
    ("COLUMNS", "Width of tables when the terminal does not say, or output is piped (default 100)."),
    (
        "HTTPS_PROXY",
        "Proxy for requests to https:// servers (HTTP_PROXY for http://, ALL_PROXY for both; lower case \
         too), as curl takes them.",
    ),
    ("NO_PROXY", "Hosts reached without the proxy, comma-separated."),
    ("TIMESYNC_NOW", "For tests only: an RFC 3339 timestamp used as \"now\"."),
];

/// Files and what they hold.
pub const FILES: &[(&str, &str)] = &[
    (
        "~/.config/timesync/config.toml",
        "The config file (<config dir>/timesync/config.toml; --config or TIMESYNC_CONFIG point elsewhere): \
         profiles with the server URL, username, token and password command. Kept at mode 0600.",
    ),
    ("~/.config/timesync/config.toml.lock", "Lock taken while the config file is rewritten."),
    (
        "~/.local/state/timesync/state.db",
        "The state database (SQLite, in the state directory): the running clock and the outbox of every profile.",
    ),
];

/// Exit codes and what they mean.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (0, "Success."),
    (1, "The server refused the request (4xx/5xx other than authentication)."),
    (
        2,
        "Invalid input or usage, or a local file (config, state database) that cannot be read, is damaged or \
         cannot be written: nothing was sent.",
    ),
    (
        3,
        "The server could not be reached, did not answer in time, redirected elsewhere, or answered with \
         something that is not TimeSync JSON.",
    ),
    (4, "Authentication needed: no token, token expired, authentication failure, or a password command that failed."),
    (130, "`time import` stopped by Ctrl-C: run it again to send the rest."),
];

/// The man pages a command's page names under SEE ALSO: those of the
/// commands above it (`timesync(1)` and `timesync-time(1)` for `time
/// create`, given as its `path` below the root, `"time create"`); none for
/// `timesync(1)` itself, whose SUBCOMMANDS name every page below it.
pub fn see_also(path: &str) -> Vec<String> {
    let words: Vec<&str> = path.split_whitespace().collect();
    (0..words.len())
        .map(|above| ["timesync"].iter().chain(&words[..above]).copied().collect::<Vec<_>>().join("-"))
        .collect()
}

/// The exit codes as `timesync --help` lists them, wrapped to fit its 100 columns.
pub fn exit_codes_help() -> String {
    let lines: Vec<String> = EXIT_CODES.iter().map(|(code, meaning)| wrap(&format!("{code}  {meaning}"), 94)).collect();
    format!("Exit codes:\n{}", lines.join("\n"))
}

/// `text` indented by two spaces, its words wrapped at `width` columns with
/// continuation lines indented under the first word after the code.
fn wrap(text: &str, width: usize) -> String {
    let mut lines = vec![String::from("  ")];
    for word in text.split(' ') {
        let line = lines.last_mut().expect("one line at least");
        if line.trim().is_empty() || line.chars().count() + 1 + word.chars().count() <= width {
            if !line.trim().is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        } else {
            lines.push(format!("     {word}"));
        }
    }
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn see_also_names_the_pages_above() {
        assert!(see_also("").is_empty());
        assert_eq!(see_also("log"), ["timesync"]);
        assert_eq!(see_also("project users add"), ["timesync", "timesync-project", "timesync-project-users"]);
    }

    #[test]
    fn exit_codes_wrap_with_a_hanging_indent() {
        let text = exit_codes_help();
        assert!(text.lines().all(|l| l.chars().count() <= 94), "{text}");
        assert!(text.contains("\n  2  Invalid input"), "{text}");
        assert!(text.lines().filter(|l| l.starts_with("     ")).count() >= 2, "continuations: {text}");
    }
}
