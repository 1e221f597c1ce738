//! Identifier and field rules: slugs (strict and loose), UUIDs, usernames, e-mail
//! addresses and web URIs.

/// Strict slug rule (§8): one letter, or `^[a-z0-9]+[a-z0-9-]*[a-z0-9]+$` with a letter and no `--`.
pub fn slug_strict(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() == 1 {
        return b[0].is_ascii_lowercase();
    }
    if b.len() < 2 {
        return false;
    }
    let ok_chars = b.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == b'-');
    ok_chars && b[0] != b'-' && b[b.len() - 1] != b'-' && b.iter().any(|c| c.is_ascii_lowercase()) && !s.contains("--")
}

/// Loose slug rule for GET paths: `^[a-zA-Z0-9_-]*$`.
pub fn slug_loose(s: &str) -> bool {
    s.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

/// UUID 8-4-4-4-12 hex, checked case-insensitively.
pub fn uuid_ok(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    parts.len() == 5 && parts.iter().zip(lens).all(|(p, n)| p.len() == n && p.bytes().all(|c| c.is_ascii_hexdigit()))
}

/// Username rule: lower-cased, `^[a-z0-9_~-]+$`.
pub fn username_ok(s: &str) -> bool {
    !s.is_empty()
        && s.chars().all(|c| {
            let c = c.to_ascii_lowercase();
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '~' || c == '-'
        })
}

/// Approximation of the server's narrow e-mail pattern (see the deviations list):
/// local part of 2+ characters from `[A-Za-z0-9._+]`, then `@`, one label of
/// `[A-Za-z0-9-]`, then one or two suffixes of 2–3 lower-case letters.
pub fn email_ok(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    if local.len() < 2 || !local.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'_' || c == b'+') {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 || labels.len() > 3 {
        return false;
    }
    let first = labels[0];
    !first.is_empty()
        && first.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-')
        && labels[1..].iter().all(|l| (2..=3).contains(&l.len()) && l.bytes().all(|c| c.is_ascii_lowercase()))
}

/// `valid-url.isWebUri`, approximately: http(s), an authority, only URI characters.
pub fn web_uri_ok(s: &str) -> bool {
    const EXTRA: &[u8] = b":/?#[]@!$&'()*+,;=.-_~%";
    if !s.bytes().all(|c| c.is_ascii_alphanumeric() || EXTRA.contains(&c)) {
        return false;
    }
    let lower = s.to_ascii_lowercase();
    let rest = if let Some(r) = lower.strip_prefix("http://") {
        r
    } else if let Some(r) = lower.strip_prefix("https://") {
        r
    } else {
        return false;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    let host = match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|c| c.is_ascii_digit()) => h,
        _ => host,
    };
    !host.is_empty()
}
