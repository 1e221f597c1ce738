//! The recorded exchanges (`tests/contract/fixtures/*.jsonl` at the workspace root, written by
//! `tests/contract/record.py`) and what the replay does with them as the recorder does: fill
//! the request templates, learn tokens and creation labels, normalise reply bodies.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// One recorded exchange.
#[derive(Clone, Debug)]
pub struct Exchange {
    pub section: String,
    pub step: u64,
    pub name: String,
    pub method: String,
    pub path: String,
    pub query: String,
    pub content_type: Option<String>,
    pub body: String,
    /// `None` when the reference gave no reply (it crashed or hung).
    pub reply: Option<Recorded>,
}

/// A reply as recorded (or as the replay normalised it).
#[derive(Clone, Debug, PartialEq)]
pub struct Recorded {
    pub status: u64,
    pub content_type: Option<String>,
    pub body: Value,
}

/// The fixtures directory.
pub fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/contract/fixtures")
}

/// Every fixture file, sorted, with its exchanges in order.
pub fn load() -> Vec<(String, Vec<Exchange>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap_or_else(|e| panic!("fixtures in {}: {e}", dir().display()))
        .map(|e| e.expect("fixture entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir().display());
    files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("fixture file");
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let exchanges = text
                .lines()
                .enumerate()
                .map(|(i, line)| parse(line).unwrap_or_else(|| panic!("{}:{}: not an exchange", path.display(), i + 1)))
                .collect();
            (name, exchanges)
        })
        .collect()
}

fn parse(line: &str) -> Option<Exchange> {
    let v: Value = serde_json::from_str(line).ok()?;
    let req = v.get("request")?;
    let text = |x: &Value, k: &str| x.get(k).and_then(Value::as_str).map(str::to_string);
    let reply = match v.get("reply")? {
        Value::Null => None,
        r => Some(Recorded {
            status: r.get("status")?.as_u64()?,
            content_type: text(r, "content_type"),
            body: r.get("body")?.clone(),
        }),
    };
    Some(Exchange {
        section: text(&v, "section")?,
        step: v.get("step")?.as_u64()?,
        name: text(&v, "name")?,
        method: text(req, "method")?,
        path: text(req, "path")?,
        query: text(req, "query").unwrap_or_default(),
        content_type: text(req, "content_type"),
        body: text(req, "body").unwrap_or_default(),
        reply,
    })
}

/// Creation labels of UUIDs and the tokens of the latest logins, for one section.
#[derive(Default)]
pub struct Labels {
    tokens: HashMap<String, String>,
    by_uuid: HashMap<String, String>,
    by_label: HashMap<String, String>,
    counts: HashMap<String, usize>,
}

impl Labels {
    fn add(&mut self, kind: &str, uuid: &str) -> String {
        let uuid = uuid.to_ascii_lowercase();
        if let Some(label) = self.by_uuid.get(&uuid) {
            return label.clone();
        }
        let n = self.counts.entry(kind.to_string()).or_default();
        *n += 1;
        let label = format!("{kind}#{n}");
        self.by_uuid.insert(uuid.clone(), label.clone());
        self.by_label.insert(label.clone(), uuid);
        label
    }

    /// Takes a token from a login reply, a label from a create reply.
    pub fn learn(&mut self, x: &Exchange, status: u16, body: &Value) {
        if status != 200 || x.method != "POST" {
            return;
        }
        if x.path == "/v0/login" {
            let user = serde_json::from_str::<Value>(&x.body).ok().and_then(|b| match &b["auth"]["username"] {
                Value::String(s) => Some(s.clone()),
                Value::Null => None,
                other => Some(other.to_string()),
            });
            if let (Some(user), Some(token)) = (user, body["token"].as_str()) {
                self.tokens.insert(user, token.to_string());
            }
        }
        let kind = match x.path.as_str() {
            "/v0/activities" => "activity",
            "/v0/projects" => "project",
            "/v0/times" => "time",
            _ => return,
        };
        if let Some(uuid) = body["uuid"].as_str() {
            self.add(kind, uuid);
        }
    }

    /// The template `text` with its placeholders filled (tokens percent-encoded if `encode`).
    pub fn fill(&self, text: &str, encode: bool) -> String {
        let mut out = String::new();
        let mut rest = text;
        while let Some(start) = rest.find('<') {
            out.push_str(&rest[..start]);
            let tail = &rest[start..];
            match placeholder(tail) {
                Some((kind, name, len)) => {
                    out.push_str(&self.value_of(kind, name, encode));
                    rest = &tail[len..];
                }
                None => {
                    out.push('<');
                    rest = &tail[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn value_of(&self, kind: &str, name: &str, encode: bool) -> String {
        if kind == "token" {
            let token = self.tokens.get(name).cloned().unwrap_or_else(|| format!("no-token-for-{name}"));
            return if encode { encode_component(&token) } else { token };
        }
        let uuid = self
            .by_label
            .get(name)
            .cloned()
            .unwrap_or_else(|| format!("00000000-0000-4000-8000-00000000000{}", name.chars().count() % 10));
        if kind == "UUID" {
            uuid.to_ascii_uppercase()
        } else {
            uuid
        }
    }

    /// The reply body with UUIDs, tokens, timestamps and hashes masked.
    pub fn normalise(&mut self, value: &Value, key: Option<&str>) -> Value {
        if matches!(key, Some("created_at" | "updated_at" | "deleted_at")) && !value.is_null() {
            return Value::String("<timestamp>".into());
        }
        match value {
            Value::Object(map) => {
                let mut out = Map::new();
                for (k, v) in map {
                    let v = self.normalise(v, Some(k));
                    out.insert(k.clone(), v);
                }
                Value::Object(out)
            }
            Value::Array(items) => Value::Array(items.iter().map(|v| self.normalise(v, None)).collect()),
            Value::String(s) => Value::String(self.mask(s)),
            other => other.clone(),
        }
    }

    fn mask(&mut self, text: &str) -> String {
        let text = replace_matches(text, token_at, |_| "<token>".to_string());
        let text = replace_matches(&text, bcrypt_at, |_| "<bcrypt>".to_string());
        replace_matches(&text, uuid_at, |found| {
            let label = match self.by_uuid.get(&found.to_ascii_lowercase()) {
                Some(l) => l.clone(),
                None => self.add("other", found),
            };
            let upper = found != found.to_ascii_lowercase();
            format!("<{}:{label}>", if upper { "UUID" } else { "uuid" })
        })
    }
}

/// `text` with each match of `at` (the length of a match starting there) replaced by `f`
/// of it, scanning left to right.
fn replace_matches(text: &str, at: fn(&str) -> Option<usize>, mut f: impl FnMut(&str) -> String) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        if let Some(len) = at(&text[i..]) {
            out.push_str(&f(&text[i..i + len]));
            i += len;
        } else {
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// `<kind:name>` at the start of `s`: kind, name and the placeholder's length.
fn placeholder(s: &str) -> Option<(&str, &str, usize)> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    if inner.contains('<') {
        return None;
    }
    let (kind, name) = inner.split_once(':')?;
    matches!(kind, "token" | "uuid" | "UUID").then_some((kind, name, end + 1)).filter(|(_, name, _)| !name.is_empty())
}

/// A UUID (either case) at the start of `s`: its length.
fn uuid_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 36 {
        return None;
    }
    let ok = (0..36).all(|i| match i {
        8 | 13 | 18 | 23 => b[i] == b'-',
        _ => b[i].is_ascii_hexdigit(),
    });
    ok.then_some(36)
}

/// A token (`eyJ…` in three base64 parts) at the start of `s`: its length.
fn token_at(s: &str) -> Option<usize> {
    if !s.starts_with("eyJ") {
        return None;
    }
    let b = s.as_bytes();
    let base64 = |c: u8| c.is_ascii_alphanumeric() || matches!(c, b'+' | b'/' | b'=');
    let mut i = 0;
    for part in 0..3 {
        let start = i;
        while i < b.len() && base64(b[i]) {
            i += 1;
        }
        if i == start {
            return None;
        }
        if part < 2 {
            if b.get(i) != Some(&b'.') {
                return None;
            }
            i += 1;
        }
    }
    Some(i)
}

/// A bcrypt hash (`$2a$NN$` and 53 characters) at the start of `s`: its length.
fn bcrypt_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.len() < 4 || &b[..2] != b"$2" {
        return None;
    }
    let mut i = 2;
    if matches!(b[i], b'a' | b'b' | b'x' | b'y') {
        i += 1;
    }
    let head = b.get(i..i + 4)?;
    if !(head[0] == b'$' && head[1].is_ascii_digit() && head[2].is_ascii_digit() && head[3] == b'$') {
        return None;
    }
    i += 4;
    let tail = b.get(i..i + 53)?;
    tail.iter().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'.' | b'/')).then_some(i + 53)
}

/// Python's `urllib.parse.quote(s, safe="")`.
fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-' | b'~') {
                (c as char).to_string()
            } else {
                format!("%{c:02X}")
            }
        })
        .collect()
}

/// Whether two normalised bodies agree: numbers by value (`1` and `1.0` alike), objects
/// whatever their key order.
pub fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// Where two bodies first disagree: the JSON path and the two values there.
pub fn first_difference(a: &Value, b: &Value, path: &str) -> Option<(String, Value, Value)> {
    match (a, b) {
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(p, q, &format!("{path}[{i}]")))
        }
        (Value::Object(x), Value::Object(y)) if x.len() == y.len() && x.keys().all(|k| y.contains_key(k)) => {
            x.iter().find_map(|(k, v)| first_difference(v, &y[k], &format!("{path}.{k}")))
        }
        _ if same(a, b) => None,
        _ => Some((path.to_string(), a.clone(), b.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_like_the_recorder() {
        let mut labels = Labels::default();
        labels.add("time", "0b9b1b34-5f6e-4d2a-9a57-8a1d2f1c9e11");
        let text = "delete time 0b9b1b34-5f6e-4d2a-9a57-8a1d2f1c9e11 and 0B9B1B34-5F6E-4D2A-9A57-8A1D2F1C9E11 \
                    and 11111111-2222-3333-4444-555555555555, eyJ0.eyJz.c2ln== $2a$04$b01mIJN2M44T5gageH5OVuSWi5UMy.oR0SrG5jr5w8Xe3E/KxOIXK";
        assert_eq!(
            labels.mask(text),
            "delete time <uuid:time#1> and <UUID:time#1> and <uuid:other#1>, <token> <bcrypt>"
        );
    }

    #[test]
    fn fills_like_the_recorder() {
        let mut labels = Labels::default();
        labels.add("time", "0b9b1b34-5f6e-4d2a-9a57-8a1d2f1c9e11");
        labels.tokens.insert("alice".into(), "a+b/c=".into());
        assert_eq!(
            labels.fill("t=<token:alice>&x=<uuid:time#1>", true),
            "t=a%2Bb%2Fc%3D&x=0b9b1b34-5f6e-4d2a-9a57-8a1d2f1c9e11"
        );
        assert_eq!(
            labels.fill("<token:alice> <UUID:time#1> <a> <token:bob>", false),
            "a+b/c= 0B9B1B34-5F6E-4D2A-9A57-8A1D2F1C9E11 <a> no-token-for-bob"
        );
        assert_eq!(labels.fill("<uuid:time#9>", false), "00000000-0000-4000-8000-000000000006");
    }
}
