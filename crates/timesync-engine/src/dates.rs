//! Dates: the unanchored `\d{4}-\d{2}-\d{2}` test, a subset of JavaScript `Date.parse`, and
//! the `YYYY-MM-DD` (UTC) form every date column is answered in.

use chrono::{Datelike, NaiveDate};
use serde_json::Value;

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
    if !s.is_ascii() {
        return None;
    }
    // V8's fallback parser also reads a sign before the year (and ignores it), a zone word
    // (`Z`, `UTC`, `GMT`, `UT`) after the date or time, a final `.` or `,` and a
    // parenthesised comment.
    let s = s.strip_prefix(['+', '-']).unwrap_or(s);
    if s.len() < 10 {
        return None;
    }
    let (date, rest) = s.split_at(10);
    let rest = legacy_suffix(rest);
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

/// `rest` (what follows the date) without what V8's fallback parser ignores at its end: a
/// ` (comment)`, a final `.` or `,`, and a UTC zone word (`Z`, `UTC`, `GMT`, `UT`, any case)
/// with the spaces before it.
fn legacy_suffix(rest: &str) -> &str {
    let mut rest = rest;
    if rest.ends_with(')') {
        if let Some(open) = rest.rfind(" (") {
            rest = &rest[..open];
        }
    }
    rest = rest.strip_suffix(['.', ',']).unwrap_or(rest);
    let lower = rest.to_ascii_lowercase();
    for zone in ["utc", "gmt", "ut", "z"] {
        if let Some(head) = lower.strip_suffix(zone) {
            let head = head.trim_end();
            if head.is_empty() || head.ends_with(|c: char| c.is_ascii_digit()) {
                // After a time the zone is UTC, as a time without an offset is here.
                return &rest[..head.len()];
            }
        }
    }
    rest
}

/// The UTC date (`YYYY-MM-DD`) of a millisecond timestamp.
pub fn date_string(ms: i64) -> String {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_else(|| "1970-01-01".into())
}

/// Appends a date column as JSON (`"YYYY-MM-DD"` or `null`) to `out`: the bytes of
/// [`date_value`]`(ms).to_string()`, without allocating (a list writes four a row).
pub fn write_date_json(out: &mut Vec<u8>, ms: Option<i64>) {
    let Some(ms) = ms else {
        out.extend_from_slice(b"null");
        return;
    };
    let date = chrono::DateTime::from_timestamp_millis(ms).map(|d| d.date_naive());
    match date {
        Some(d) if (0..=9999).contains(&d.year()) => {
            let (y, m, d) = (d.year() as u32, d.month(), d.day());
            let digit = |n: u32| b'0' + (n % 10) as u8;
            out.extend_from_slice(&[
                b'"',
                digit(y / 1000),
                digit(y / 100),
                digit(y / 10),
                digit(y),
                b'-',
                digit(m / 10),
                digit(m),
                b'-',
                digit(d / 10),
                digit(d),
                b'"',
            ]);
        }
        _ => out.extend_from_slice(date_value(Some(ms)).to_string().as_bytes()),
    }
}

/// A date column: `YYYY-MM-DD` or `null`.
pub fn date_value(ms: Option<i64>) -> Value {
    ms.map_or(Value::Null, |m| Value::String(date_string(m)))
}
