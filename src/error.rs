//! The command line's error: the library's errors, and what only a command
//! knows (local files, entries kept in the outbox, several refusals, Ctrl-C),
//! each with its documented exit code and its `--json` form.

use std::fmt;
use std::path::PathBuf;

use serde_json::{json, Value};
use timesync::error::ApiError;

/// `Result` with the command line's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The documented exit codes of the `timesync` binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitCode {
    /// 0: the command did what was asked.
    Success = 0,
    /// 1: the server refused the request (4xx/5xx other than authentication).
    Refused = 1,
    /// 2: invalid input or usage, or a local file that cannot be read or
    /// written; caught locally, nothing was sent.
    Invalid = 2,
    /// 3: the server could not be reached, or did not answer with TimeSync JSON.
    Unreachable = 3,
    /// 4: authentication needed (no token, token expired, authentication failure).
    AuthRequired = 4,
    /// 130: stopped by Ctrl-C (an import, which can be run again).
    Interrupted = 130,
}

/// Everything that can go wrong in a command, each kind with its exit code.
#[derive(Debug)]
pub enum Error {
    /// What the library reported: a refusal, an unreachable server, a reply
    /// that is not TimeSync's.
    Client(timesync::Error),
    /// Invalid input or usage caught locally; nothing was sent.
    Invalid(String),
    /// Authentication is needed before anything can be sent (no token, expired token).
    AuthRequired(String),
    /// The server refused some of several requests (each reason in the message).
    Rejected(String),
    /// The config file could not be read or is not valid.
    Config {
        /// The config file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// Sending failed, and what was to be sent is kept in the outbox: the
    /// cause, and what the user should know about the kept entries.
    Kept {
        /// Why the entries were not delivered.
        cause: Box<Error>,
        /// Where they are and what happens next.
        note: String,
    },
    /// A local file (config, state database, output) could not be read or
    /// written; the message names it.
    Io(String),
    /// The user stopped the command (Ctrl-C) at a point where it could stop cleanly.
    Interrupted(String),
    /// An error put in words that name the object sent and what to do next;
    /// the server's own answer stays in `cause` (and in `--json` errors).
    Explained {
        /// What the user reads.
        message: String,
        /// The error as it came.
        cause: Box<Error>,
    },
}

/// An error met inside a writer (a closure that may only fail with an I/O
/// error), carried out as its message.
impl From<Error> for std::io::Error {
    fn from(error: Error) -> Self {
        std::io::Error::other(error.to_string())
    }
}

impl From<timesync::Error> for Error {
    fn from(error: timesync::Error) -> Self {
        match error {
            timesync::Error::Invalid(message) => Error::Invalid(message),
            // A callback of this command line's, failed: its own error.
            timesync::Error::Caller(error) => match error.downcast::<Error>() {
                Ok(error) => *error,
                Err(other) => Error::Client(timesync::Error::Caller(other)),
            },
            other => Error::Client(other),
        }
    }
}

impl Error {
    /// Shorthand for [`Error::Invalid`].
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
    }

    /// A reply of the server that is not what was asked for.
    pub fn unexpected(message: impl Into<String>) -> Self {
        Error::Client(timesync::Error::UnexpectedReply(message.into()))
    }

    /// The exit code this error ends the program with.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Kept { cause, .. } | Error::Explained { cause, .. } => cause.exit_code(),
            Error::Invalid(_) | Error::Config { .. } | Error::Io(_) => ExitCode::Invalid,
            Error::AuthRequired(_) => ExitCode::AuthRequired,
            Error::Interrupted(_) => ExitCode::Interrupted,
            Error::Rejected(_) => ExitCode::Refused,
            Error::Client(error) => client_exit_code(error),
        }
    }

    /// A short machine-readable name of the kind of error.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Kept { cause, .. } | Error::Explained { cause, .. } => cause.kind(),
            Error::Invalid(_) => "invalid_input",
            Error::AuthRequired(_) => "authentication_required",
            Error::Rejected(_) => "server_error",
            Error::Config { .. } => "config",
            Error::Io(_) => "local_file",
            Error::Interrupted(_) => "interrupted",
            Error::Client(error) => client_kind(error),
        }
    }

    /// The underlying error (itself, unless entries were kept or it was explained).
    pub fn cause(&self) -> &Error {
        match self {
            Error::Kept { cause, .. } | Error::Explained { cause, .. } => cause.cause(),
            other => other,
        }
    }

    /// The library's error underneath, if that is what this is.
    pub fn client(&self) -> Option<&timesync::Error> {
        match self.cause() {
            Error::Client(error) => Some(error),
            _ => None,
        }
    }

    /// The server's refusal underneath, if that is what this is.
    pub fn api(&self) -> Option<&ApiError> {
        match self.client() {
            Some(timesync::Error::Api(api)) => Some(api),
            _ => None,
        }
    }

    /// The error as the JSON object printed on stderr under `--json`.
    pub fn to_json(&self) -> Value {
        let mut value = json!({
            "error": self.kind(),
            "message": self.to_string(),
            "exit_code": self.exit_code() as i32,
        });
        if let Error::Kept { note, .. } = self {
            value["outbox"] = json!(note);
        }
        if let Some(api) = self.api() {
            value["status"] = json!(api.status);
            value["title"] = json!(api.title);
            value["text"] = json!(api.text);
            if !api.values.is_empty() {
                value["values"] = Value::Array(api.values.clone());
            }
        }
        if let Some(timesync::Error::NotTimeSync { status, .. }) = self.client() {
            value["status"] = json!(status);
        }
        value
    }
}

/// The exit code of a library error.
fn client_exit_code(error: &timesync::Error) -> ExitCode {
    match error {
        timesync::Error::Invalid(_) => ExitCode::Invalid,
        timesync::Error::NotAuthenticated | timesync::Error::Relogin { .. } => ExitCode::AuthRequired,
        timesync::Error::Api(api) if api.is_authentication() => ExitCode::AuthRequired,
        timesync::Error::Api(_) => ExitCode::Refused,
        _ => ExitCode::Unreachable,
    }
}

/// The `--json` kind of a library error.
fn client_kind(error: &timesync::Error) -> &'static str {
    match error {
        timesync::Error::Invalid(_) => "invalid_input",
        timesync::Error::NotAuthenticated | timesync::Error::Relogin { .. } => "authentication_required",
        timesync::Error::Api(_) => "server_error",
        timesync::Error::Unreachable { .. } => "unreachable",
        timesync::Error::NotTimeSync { .. } => "not_timesync",
        timesync::Error::Redirected { .. } => "redirect_refused",
        _ => "unexpected_reply",
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(message)
            | Error::AuthRequired(message)
            | Error::Rejected(message)
            | Error::Io(message)
            | Error::Interrupted(message) => f.write_str(message),
            Error::Client(error) => error.fmt(f),
            Error::Kept { cause, note } => write!(f, "{cause}; {note}"),
            Error::Explained { message, .. } => f.write_str(message),
            Error::Config { path, message } => write!(f, "config file {}: {message}", path.display()),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Client(error) => Some(error),
            Error::Kept { cause, .. } | Error::Explained { cause, .. } => Some(cause.as_ref()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, title: &str) -> Error {
        Error::from(timesync::Error::Api(ApiError { status, title: title.into(), text: "x".into(), values: vec![] }))
    }

    #[test]
    fn authentication_failures_exit_4_and_refusals_exit_1() {
        assert_eq!(api(401, "Authentication failure").exit_code(), ExitCode::AuthRequired);
        assert_eq!(api(401, "Authorization failure").exit_code(), ExitCode::Refused);
        assert_eq!(api(404, "Object not found").exit_code(), ExitCode::Refused);
        assert_eq!(api(500, "Server error").exit_code(), ExitCode::Refused);
    }

    #[test]
    fn server_errors_read_like_the_server_wrote_them() {
        let error = Error::from(timesync::Error::Api(ApiError {
            status: 401,
            title: "Authentication failure".into(),
            text: "Bad API token".into(),
            values: vec![],
        }));
        assert_eq!(error.to_string(), "Authentication failure: Bad API token (401)");
        assert_eq!(error.to_json()["status"], 401);
        assert_eq!(error.to_json()["exit_code"], 4);
    }
}
