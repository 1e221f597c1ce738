//! The library's one error type.

use std::fmt;

use serde_json::Value;

/// `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

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

/// Everything that can go wrong talking to TimeSync.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Invalid input caught locally; nothing was sent.
    Invalid(String),
    /// No token to send: log in ([`Client::authenticate`](crate::client::Client::authenticate))
    /// or set one first.
    NotAuthenticated,
    /// Logging in again (the token had expired, or the server no longer
    /// knew it) was refused; `source` is the server's answer.
    Relogin {
        /// Who logged in again.
        username: String,
        /// Why it failed.
        source: Box<Error>,
    },
    /// The server answered with a TimeSync error object.
    Api(ApiError),
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
    /// The HTTP client could not be set up.
    Setup(String),
    /// A function the caller gave the client (a password source, a token
    /// keeper) failed: its error, as it came.
    Caller(crate::client::CallerError),
}

impl Error {
    /// Shorthand for [`Error::Invalid`].
    pub fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Invalid(message) | Error::Setup(message) => f.write_str(message),
            Error::NotAuthenticated => {
                f.write_str("not authenticated: log in (Client::authenticate) or set a token first")
            }
            Error::Relogin { username, source } => match source.as_ref() {
                Error::Api(api) => write!(f, "logging in again as {username} failed: {}: {}", api.title, api.text),
                other => write!(f, "logging in again as {username} failed: {other}"),
            },
            Error::Api(api) => write!(f, "{}: {} ({})", api.title, api.text, api.status),
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
            Error::Caller(error) => error.fmt(f),
            Error::Redirected { method, location } => write!(
                f,
                "the server answered {method} with a redirect to {location}; timesync follows redirects only \
                 within the same scheme, host and port, and never re-sends a request body: update the server \
                 URL"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Caller(error) => Some(error.as_ref()),
            Error::Relogin { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_errors_read_like_the_server_wrote_them() {
        let error = Error::Api(ApiError {
            status: 401,
            title: "Authentication failure".into(),
            text: "Bad API token".into(),
            values: vec![],
        });
        assert_eq!(error.to_string(), "Authentication failure: Bad API token (401)");
    }
}
