//! Base URLs: checked, normalised to one key per server, and never printed
//! when they carry credentials.

use crate::error::{Error, Result};

/// Checks and normalises a base URL: http(s), one trailing slash stripped.
/// A URL carrying credentials (`user:pass@host`, see [`has_credentials`]) is
/// refused without being echoed, so a password typed there never reaches a
/// message or log.
pub fn normalize_baseurl(baseurl: &str) -> Result<String> {
    let trimmed = baseurl.trim();
    let stripped = trimmed.strip_suffix('/').unwrap_or(trimmed);
    if has_credentials(stripped) {
        return Err(Error::invalid(format!("the server URL {CREDENTIALS_IN_URL}")));
    }
    match reqwest::Url::parse(stripped) {
        Ok(url) if is_web_url(&url) => Ok(stripped.to_owned()),
        _ => Err(Error::invalid(format!(
            "invalid server URL '{baseurl}': expected http:// or https:// with the version path, e.g. http://localhost:8000/v0"
        ))),
    }
}

/// The one spelling of a base URL that names a server: the URL checked as
/// [`normalize_baseurl`] does, with the scheme and host in lower case, no
/// default port, no fragment and no trailing slash. `HTTP://Host:80/v0/`
/// and `http://host/v0` name the same server; what is kept per server (the
/// delivery ledger) is kept under this key.
pub fn server_key(baseurl: &str) -> Result<String> {
    let checked = normalize_baseurl(baseurl)?;
    let mut url = reqwest::Url::parse(&checked).map_err(|e| Error::invalid(format!("invalid server URL: {e}")))?;
    url.set_fragment(None);
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// Why a URL with credentials is refused, and what to give instead (no
/// part of the URL itself).
pub const CREDENTIALS_IN_URL: &str = "contains a user name or password (user:pass@host): give the URL without \
     them, e.g. http://localhost:8000/v0, and log in with the username and password apart";

/// Whether `url` may carry a user name or password: an http(s) URL with a
/// user or password, or anything with an `@` in it that is not a valid
/// http(s) URL (which could be credentials the parser did not see as such).
/// Such a URL must never be printed.
pub fn has_credentials(url: &str) -> bool {
    let trimmed = url.trim();
    match reqwest::Url::parse(trimmed) {
        Ok(url) if is_web_url(&url) => !url.username().is_empty() || url.password().is_some(),
        _ => trimmed.contains('@'),
    }
}

fn is_web_url(url: &reqwest::Url) -> bool {
    matches!(url.scheme(), "http" | "https") && url.host_str().is_some()
}
