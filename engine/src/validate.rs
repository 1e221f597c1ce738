//! Validation rules of §8 and small JavaScript-semantics helpers (typeof, truthiness, String()).

use chrono::NaiveDate;
use serde_json::Value;

/// `helpers.getType`: typeof, with `array` and `null` told apart.
pub fn js_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Plain JavaScript `typeof` (arrays and null are `object`).
pub fn js_typeof(v: &Value) -> &'static str {
    match v {
        Value::Null | Value::Array(_) | Value::Object(_) => "object",
        other => js_type(other),
    }
}

/// JavaScript truthiness.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0 && !f.is_nan()),
        Value::String(s) => !s.is_empty(),
        Value::Array(_) | Value::Object(_) => true,
    }
}

/// Truthiness of an optional field (`undefined` is falsy).
pub fn truthy_opt(v: Option<&Value>) -> bool {
    v.is_some_and(truthy)
}

/// JavaScript `String(v)`, roughly.
pub fn js_string(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => s.clone(),
        Value::Array(a) => {
            a.iter().map(|x| if x.is_null() { String::new() } else { js_string(x) }).collect::<Vec<_>>().join(",")
        }
        Value::Object(_) => "[object Object]".into(),
    }
}

/// JavaScript `Number(v)` for the non-object values (`NaN` when not numeric).
pub fn js_number(v: &Value) -> f64 {
    match v {
        Value::Null => 0.0,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
        Value::String(s) => {
            let t = s.trim();
            if t.is_empty() {
                return 0.0;
            }
            let lower = t.to_ascii_lowercase();
            if lower.contains("inf") || lower.contains("nan") {
                return match t {
                    "Infinity" | "+Infinity" => f64::INFINITY,
                    "-Infinity" => f64::NEG_INFINITY,
                    _ => f64::NAN,
                };
            }
            if let Some(hex) = lower.strip_prefix("0x") {
                return u64::from_str_radix(hex, 16).map(|n| n as f64).unwrap_or(f64::NAN);
            }
            t.parse::<f64>().unwrap_or(f64::NAN)
        }
        Value::Array(_) | Value::Object(_) => f64::NAN,
    }
}

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

/// Whether `s` contains `\d{4}-\d{2}-\d{2}` anywhere (unanchored).
pub fn has_date_pattern(s: &str) -> bool {
    let b = s.as_bytes();
    let d = |i: usize| b[i].is_ascii_digit();
    (0..b.len().saturating_sub(9)).any(|i| {
        d(i) && d(i + 1)
            && d(i + 2)
            && d(i + 3)
            && b[i + 4] == b'-'
            && d(i + 5)
            && d(i + 6)
            && b[i + 7] == b'-'
            && d(i + 8)
            && d(i + 9)
    }) && b.len() >= 10
}

fn digits(s: &str, n: usize) -> Option<u32> {
    (s.len() == n && s.bytes().all(|c| c.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

/// A subset of JavaScript `Date.parse`: `YYYY-MM-DD` optionally followed by
/// `THH:MM[:SS[.fff]]` (or a space instead of `T`) and `Z` / `±HH:MM`. Days overflow
/// like V8 (`2016-02-30` is 2016-03-01). A time without an offset is read as UTC.
pub fn parse_js_date(s: &str) -> Option<i64> {
    if !s.is_ascii() || s.len() < 10 {
        return None;
    }
    let (date, rest) = s.split_at(10);
    let year = digits(&date[0..4], 4)?;
    let month = digits(&date[5..7], 2)?;
    let day = digits(&date[8..10], 2)?;
    if &date[4..5] != "-" || &date[7..8] != "-" || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let first = NaiveDate::from_ymd_opt(year as i32, month, 1)?;
    let base = first.and_hms_opt(0, 0, 0)?.and_utc().timestamp_millis() + i64::from(day - 1) * 86_400_000;
    if rest.is_empty() {
        return Some(base);
    }
    let rest = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' '))?;
    let (clock, offset_ms) = if let Some(c) = rest.strip_suffix('Z') {
        (c, 0)
    } else if rest.len() > 6 && (rest.as_bytes()[rest.len() - 6] == b'+' || rest.as_bytes()[rest.len() - 6] == b'-') {
        let (c, off) = rest.split_at(rest.len() - 6);
        let sign = if off.starts_with('-') { -1 } else { 1 };
        let oh = digits(&off[1..3], 2)?;
        let om = digits(&off[4..6], 2)?;
        if &off[3..4] != ":" || oh > 23 || om > 59 {
            return None;
        }
        (c, sign * i64::from(oh * 60 + om) * 60_000)
    } else {
        (rest, 0)
    };
    let (hms, frac) = match clock.split_once('.') {
        Some((a, f)) if !f.is_empty() && f.bytes().all(|c| c.is_ascii_digit()) => (a, f),
        Some(_) => return None,
        None => (clock, ""),
    };
    let parts: Vec<&str> = hms.split(':').collect();
    if parts.len() < 2 || parts.len() > 3 || (!frac.is_empty() && parts.len() != 3) {
        return None;
    }
    let h = digits(parts[0], 2)?;
    let m = digits(parts[1], 2)?;
    let sec = if parts.len() == 3 { digits(parts[2], 2)? } else { 0 };
    let millis: u32 = if frac.is_empty() { 0 } else { format!("{:0<3}", &frac[..frac.len().min(3)]).parse().ok()? };
    if m > 59 || sec > 59 || h > 24 || (h == 24 && (m > 0 || sec > 0 || millis > 0)) {
        return None;
    }
    let clock_ms = i64::from(h) * 3_600_000 + i64::from(m) * 60_000 + i64::from(sec) * 1000 + i64::from(millis);
    Some(base + clock_ms - offset_ms)
}

/// The UTC date (`YYYY-MM-DD`) of a millisecond timestamp.
pub fn date_string(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "1970-01-01".into())
}

/// A date column: `YYYY-MM-DD` or `null`.
pub fn date_value(ms: Option<i64>) -> Value {
    ms.map_or(Value::Null, |m| Value::String(date_string(m)))
}
