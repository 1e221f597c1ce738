//! Identifiers checked the way the TimeSync server checks them, so bad input
//! is refused locally before anything is sent.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A slug as the server's strict rule accepts it: a single letter, or
/// lower-case letters, digits and hyphens with at least one letter, no
/// leading or trailing hyphen and no `--`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Slug(String);

/// A time entry's UUID: 8-4-4-4-12 hex digits, kept lower-case as the server stores it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Uuid(String);

/// A username as the server accepts it: letters, digits, `_`, `~` and `-`.
/// Case-sensitive, like the server.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Username(String);

/// True when `s` passes the server's strict slug rule.
pub fn is_slug(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.len() == 1 {
        return bytes[0].is_ascii_lowercase();
    }
    bytes.len() >= 2
        && bytes.iter().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-')
        && bytes.iter().any(u8::is_ascii_lowercase)
        && bytes[0] != b'-'
        && bytes[bytes.len() - 1] != b'-'
        && !s.contains("--")
}

/// True when `s` is a UUID in 8-4-4-4-12 hex form (any case).
pub fn is_uuid(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// True when `s` passes the server's username rule.
pub fn is_username(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'~' | b'-'))
}

/// True when `s` is an http or https URL with a host, as the server's
/// `isWebUri` check requires.
pub fn is_web_uri(s: &str) -> bool {
    match reqwest::Url::parse(s) {
        Ok(url) => matches!(url.scheme(), "http" | "https") && url.host_str().is_some_and(|h| !h.is_empty()),
        Err(_) => false,
    }
}

impl FromStr for Slug {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        is_slug(s).then(|| Slug(s.to_owned())).ok_or_else(|| {
            format!(
                "invalid slug '{s}': use lower-case letters, digits and single hyphens, \
                 with at least one letter and no hyphen at either end (e.g. gwm, ganeti-webmgr)"
            )
        })
    }
}

impl FromStr for Uuid {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        is_uuid(s).then(|| Uuid(s.to_ascii_lowercase())).ok_or_else(|| {
            format!("invalid UUID '{s}': expected 8-4-4-4-12 hex digits (e.g. 32764929-1bea-4a17-8c8a-22d7fb144941)")
        })
    }
}

impl FromStr for Username {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        is_username(s)
            .then(|| Username(s.to_owned()))
            .ok_or_else(|| format!("invalid username '{s}': use letters, digits, '_', '~' and '-' only"))
    }
}

macro_rules! string_newtype {
    ($($t:ty),*) => {$(
        impl $t {
            /// The identifier as a string slice.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
        impl fmt::Display for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    )*};
}
string_newtype!(Slug, Uuid, Username);

/// Parses a web URI argument (`--issue-uri`, `--uri`).
pub fn parse_web_uri(s: &str) -> Result<String, String> {
    if is_web_uri(s) {
        Ok(s.to_owned())
    } else {
        Err(format!("invalid URI '{s}': expected an http:// or https:// URL"))
    }
}

/// True when `s` passes the server's narrow e-mail pattern: at least two
/// characters before the `@` (no hyphen, no space), then one domain label and
/// one or two suffixes of 2–3 lower-case letters (`user@example.com`,
/// `xy@ex.co.uk`; not `a@b.com`, `first-last@x.com` or `x@mail.example.com`).
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let labels: Vec<&str> = domain.split('.').collect();
    local.chars().count() >= 2
        && !local.chars().any(|c| c == '-' || c.is_whitespace())
        && (2..=3).contains(&labels.len())
        && !labels[0].is_empty()
        && labels[0].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && labels[1..].iter().all(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Parses an `--email` argument: empty (no address) or one the server accepts.
pub fn parse_email(s: &str) -> Result<String, String> {
    if s.is_empty() || is_email(s) {
        Ok(s.to_owned())
    } else {
        Err(format!(
            "invalid email '{s}': the server accepts addresses like user@example.com or xy@ex.co.uk \
             (2+ characters without '-' before the @, a domain ending in 2-3 lower-case letters)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_follow_the_server_strict_rule() {
        for good in ["x", "gwm", "1a2b", "a1b2-c3", "ganeti-webmgr"] {
            assert!(is_slug(good), "{good} should pass");
        }
        for bad in ["", "1234", "-a", "a-", "a--b", "A", "a_b", "Gwm", "1", "a b"] {
            assert!(!is_slug(bad), "{bad} should fail");
        }
    }

    #[test]
    fn uuids_are_checked_and_lower_cased() {
        let uuid: Uuid = "32764929-1BEA-4a17-8c8a-22d7fb144941".parse().unwrap();
        assert_eq!(uuid.as_str(), "32764929-1bea-4a17-8c8a-22d7fb144941");
        for bad in ["", "1234-5678-90abc-d", "838853e3-3635-4076-a26f-7efr4e60981f", "x"] {
            assert!(bad.parse::<Uuid>().is_err(), "{bad} should fail");
        }
    }

    #[test]
    fn usernames_allow_the_server_alphabet_only() {
        for good in ["admin1", "Site_Spectator", "a~b", "x-y"] {
            assert!(is_username(good));
        }
        for bad in ["", "a.b", "a b", "é"] {
            assert!(!is_username(bad));
        }
    }

    #[test]
    fn web_uris_need_http_or_https() {
        assert!(is_web_uri("https://github.com/osuosl/gwm/issues/1"));
        assert!(is_web_uri("http://localhost:8000/x"));
        assert!(!is_web_uri("ftp://example.com"));
        assert!(!is_web_uri("git@github.com:x/y"));
        assert!(!is_web_uri("example.com"));
    }

    #[test]
    fn emails_follow_the_server_pattern() {
        for good in ["user@example.com", "a+b@example.com", "xy@ex.co.uk", "First.Last@Example.org"] {
            assert!(is_email(good), "{good} should pass");
        }
        let bad_ones =
            ["a@b.com", "first-last@x.com", "x@example.info", "xy@mail.example.com", "xy@example.COM", "xy", "xy@"];
        for bad in bad_ones {
            assert!(!is_email(bad), "{bad} should fail");
        }
        assert_eq!(parse_email(""), Ok(String::new()));
        assert!(parse_email("a@b.com").is_err());
    }
}
