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

/// The reference server's e-mail pattern, exactly. Written as a regular expression it is
/// `^(C[._]?)+C*\+?C+@C+(\.?C){2}\.[a-z]{2,3}$`, where `C` is a letter, a digit or `|` (the
/// reference spells its class `[A-Z|a-z|0-9]`, so the bar is one of its characters).
pub fn email_ok(s: &str) -> bool {
    match s.split_once('@') {
        Some((local, domain)) => email_local_ok(local.as_bytes()) && email_domain_ok(domain.as_bytes()),
        None => false,
    }
}

/// `C` of the e-mail pattern.
fn email_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'|'
}

/// `(C[._]?)+`: starts with `C`; a `.` or `_` only straight after a `C`.
fn email_run(s: &[u8]) -> bool {
    !s.is_empty()
        && email_char(s[0])
        && s.iter().enumerate().all(|(i, &b)| email_char(b) || (matches!(b, b'.' | b'_') && email_char(s[i - 1])))
}

/// `(C[._]?)+C*\+?C+`: with a `+`, a run before it and only `C`s after it; without one, a run
/// followed by one more `C`.
fn email_local_ok(local: &[u8]) -> bool {
    match local.iter().position(|&b| b == b'+') {
        Some(plus) => {
            let after = &local[plus + 1..];
            email_run(&local[..plus]) && !after.is_empty() && after.iter().all(|&b| email_char(b))
        }
        None => local.len() >= 2 && email_char(local[local.len() - 1]) && email_run(&local[..local.len() - 1]),
    }
}

/// `C+(\.?C){2}\.[a-z]{2,3}`: a top-level domain of 2–3 lower-case letters after the last dot;
/// before it, `C`s with at most a dot before each of the last two.
fn email_domain_ok(domain: &[u8]) -> bool {
    let Some(dot) = domain.iter().rposition(|&b| b == b'.') else {
        return false;
    };
    let tld = &domain[dot + 1..];
    if !(2..=3).contains(&tld.len()) || !tld.iter().all(u8::is_ascii_lowercase) {
        return false;
    }
    let mut rest = &domain[..dot];
    for _ in 0..2 {
        match rest.split_last() {
            Some((&last, head)) if email_char(last) => rest = head.strip_suffix(b".").unwrap_or(head),
            _ => return false,
        }
    }
    !rest.is_empty() && rest.iter().all(|&b| email_char(b))
}

/// `valid-url.isWebUri`, approximately: http(s), an authority, only URI characters.
pub fn web_uri_ok(s: &str) -> bool {
    const EXTRA: &[u8] = b":/?#[]@!$&'()*+,;=.-_~%";
    if !s.bytes().all(|c| c.is_ascii_alphanumeric() || EXTRA.contains(&c)) {
        return false;
    }
    // Every `%` starts an escape of two hex digits (valid-url refuses `%zz` and a cut `%4`).
    let b = s.as_bytes();
    let escapes_ok = b.iter().enumerate().filter(|(_, c)| **c == b'%').all(|(i, _)| {
        b.get(i + 1).is_some_and(u8::is_ascii_hexdigit) && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit)
    });
    if !escapes_ok {
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
