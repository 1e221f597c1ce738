//! The one error type of the library and the CLI, and the exit code of each.

use std::fmt;
use std::path::PathBuf;

use serde_json::{json, Value};

/// `Result` with this crate's [`Error`].
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

/// An error object as the TimeSync server sends it:
/// `{"status": 401, "error": "Authentication failure", "text": "Bad API token"}`.
#[derive(Clone, Debug, PartialEq)]
pub struct ApiError {
    /// The HTTP status (the body's `status`, or the response's when absent).
    pub status: u16,
    /// The error title, e.g. `Object not found`.
    pub title: String,
    /// The error text. The server sometimes sends an object here; it is kept as JSON text.
    pub text: String,
    /// The `values` list some errors carry (clashing slugs, usernames, identifiers).
    pub values: Vec<Value>,
}

impl ApiError {
    /// Whether this refusal means "log in again" rather than "not allowed".
    pub fn is_authentication(&self) -> bool {
        self.status == 401 && matches!(self.title.as_str(), "Authentication failure" | "Bad query value")
    }
}

/// Everything that can go wrong, each kind with its exit code.
#[derive(Debug)]
pub enum Error {
    /// Invalid input or usage caught locally; nothing was sent.
    Invalid(String),
    /// Authentication is needed before anything can be sent (no token, expired token).
    AuthRequired(String),
    /// The server answered with a TimeSync error object.
    Api(ApiError),
    /// The server refused some of several requests (each reason in the message).
    Rejected(String),
    /// The connection could not be made or broke off.
    Unreachable {
        /// The URL that was being requested (token redacted).
        url: String,
        /// What went wrong, in words.
        reason: String,
        /// True when no connection was ever made, so the request cannot have
        /// reached the server (refused, DNS, connect timeout).
        before_sending: bool,
    },
    /// The server answered, but not with TimeSync JSON (an HTML error page, say).
    NotTimeSync {
        /// The client's base URL.
        baseurl: String,
        /// The HTTP status of that answer.
        status: u16,
    },
    /// The server answered with JSON of an unexpected shape.
    UnexpectedReply(String),
    /// The server answered with a redirect that is not followed: to another
    /// origin (scheme, host or port), or of a request with a body.
    Redirected {
        /// The request's method.
        method: &'static str,
        /// Where the redirect points (without query or credentials).
        location: String,
    },
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

impl Error {
    /// Shorthand for [`Error::Invalid`].
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
    }

    /// The exit code this error ends the program with.
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Error::Kept { cause, .. } | Error::Explained { cause, .. } => cause.exit_code(),
            Error::Invalid(_) | Error::Config { .. } | Error::Io(_) => ExitCode::Invalid,
            Error::AuthRequired(_) => ExitCode::AuthRequired,
            Error::Interrupted(_) => ExitCode::Interrupted,
            Error::Api(api) if api.is_authentication() => ExitCode::AuthRequired,
            Error::Api(_) | Error::Rejected(_) => ExitCode::Refused,
            Error::Unreachable { .. }
            | Error::NotTimeSync { .. }
            | Error::UnexpectedReply(_)
            | Error::Redirected { .. } => ExitCode::Unreachable,
        }
    }

    /// A short machine-readable name of the kind of error.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Kept { cause, .. } | Error::Explained { cause, .. } => cause.kind(),
            Error::Invalid(_) => "invalid_input",
            Error::AuthRequired(_) => "authentication_required",
            Error::Api(_) | Error::Rejected(_) => "server_error",
            Error::Unreachable { .. } => "unreachable",
            Error::NotTimeSync { .. } => "not_timesync",
            Error::UnexpectedReply(_) => "unexpected_reply",
            Error::Redirected { .. } => "redirect_refused",
            Error::Config { .. } => "config",
            Error::Io(_) => "local_file",
            Error::Interrupted(_) => "interrupted",
        }
    }

    /// The underlying error (itself, unless entries were kept).
    pub fn cause(&self) -> &Error {
        match self {
            Error::Kept { cause, .. } | Error::Explained { cause, .. } => cause.cause(),
            other => other,
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
        if let Error::Api(api) = self.cause() {
            value["status"] = json!(api.status);
            value["title"] = json!(api.title);
            value["text"] = json!(api.text);
            if !api.values.is_empty() {
                value["values"] = Value::Array(api.values.clone());
            }
        }
        if let Error::NotTimeSync { status, .. } = self.cause() {
            value["status"] = json!(status);
        }
        value
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
            Error::Api(api) => write!(f, "{}: {} ({})", api.title, api.text, api.status),
            Error::Kept { cause, note } => write!(f, "{cause}; {note}"),
            Error::Explained { message, .. } => f.write_str(message),
            Error::Unreachable { url, reason, before_sending: true } => {
                write!(f, "could not reach TimeSync at {url}: {reason}")
            }
            Error::Unreachable { url, reason, before_sending: false } => {
                write!(f, "no answer from TimeSync at {url}: {reason}")
            }
            Error::NotTimeSync { baseurl, status } => {
                write!(f, "connection to TimeSync failed at baseurl {baseurl} - response status was {status}")
            }
            Error::UnexpectedReply(detail) => f.write_str(detail),
            Error::Redirected { method, location } => write!(
                f,
                "the server answered {method} with a redirect to {location}; timesync follows redirects only \
                 within the same scheme, host and port, and never re-sends a request body: update the server \
                 URL"
            ),
            Error::Config { path, message } => {
                write!(f, "config file {}: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, title: &str) -> Error {
        Error::Api(ApiError { status, title: title.into(), text: "x".into(), values: vec![] })
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
        let error = Error::Api(ApiError {
            status: 401,
            title: "Authentication failure".into(),
            text: "Bad API token".into(),
            values: vec![],
        });
        assert_eq!(error.to_string(), "Authentication failure: Bad API token (401)");
        assert_eq!(error.to_json()["status"], 401);
        assert_eq!(error.to_json()["exit_code"], 4);
    }
}
