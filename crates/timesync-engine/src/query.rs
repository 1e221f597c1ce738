//! Query-string parsing the way Express/qs does it (repeats and `key[]` become arrays), the
//! strict and lenient `include_*` flags of §6, and extended form-encoded bodies.

use serde_json::{Map, Value};

use crate::errors;
use crate::reply::Reply;

/// Percent-decoding with `+` as space; invalid escapes are kept literally.
pub fn percent_decode(s: &str, plus_as_space: bool) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'%' && i + 2 < b.len() {
            let hex = std::str::from_utf8(&b[i + 1..i + 3]).ok();
            if let Some(v) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(if c == b'+' && plus_as_space { b' ' } else { c });
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but unreserved characters.
pub fn encode_component(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A query parameter's value: one string, or an array (repeated or `key[]`).
#[derive(Clone, Debug, PartialEq)]
pub enum QVal {
    One(String),
    Many(Vec<String>),
}

impl QVal {
    /// The first value (what Express code gets for `start`/`end`).
    pub fn first(&self) -> String {
        match self {
            QVal::One(s) => s.clone(),
            QVal::Many(v) => v.first().cloned().unwrap_or_default(),
        }
    }

    /// All values.
    pub fn all(&self) -> Vec<String> {
        match self {
            QVal::One(s) => vec![s.clone()],
            QVal::Many(v) => v.clone(),
        }
    }

    /// The raw value as JavaScript would print it (arrays joined with `,`).
    pub fn joined(&self) -> String {
        self.all().join(",")
    }
}

/// A parsed query string.
#[derive(Clone, Debug, Default)]
pub struct Query {
    pairs: Vec<(String, String, bool)>,
}

impl Query {
    pub fn parse(qs: &str) -> Query {
        let mut pairs = Vec::new();
        for part in qs.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').unwrap_or((part, ""));
            let key = percent_decode(k, true);
            let value = percent_decode(v, true);
            match key.strip_suffix("[]") {
                Some(base) => pairs.push((base.to_string(), value, true)),
                None => pairs.push((key, value, false)),
            }
        }
        Query { pairs }
    }

    pub fn get(&self, key: &str) -> Option<QVal> {
        let hits: Vec<&(String, String, bool)> = self.pairs.iter().filter(|p| p.0 == key).collect();
        match hits.as_slice() {
            [] => None,
            [(_, v, false)] => Some(QVal::One(v.clone())),
            many => Some(QVal::Many(many.iter().map(|p| p.1.clone()).collect())),
        }
    }

    /// The non-empty values of `key` mapped through `known`, `None` when there are none;
    /// 400 `Parameter <key> contained invalid value <raw>` when none of them is known.
    pub fn known_values(
        &self,
        key: &str,
        known: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<Vec<String>>, Reply> {
        let Some(qv) = self.get(key) else {
            return Ok(None);
        };
        let vals: Vec<String> = qv.all().into_iter().filter(|v| !v.is_empty()).collect();
        if vals.is_empty() {
            return Ok(None);
        }
        let found: Vec<String> = vals.iter().filter_map(|v| known(v)).collect();
        if found.is_empty() {
            return Err(errors::bad_query(key, &qv.joined()));
        }
        Ok(Some(found))
    }

    /// Strict style: on only for `true` or an empty value.
    pub fn strict_flag(&self, key: &str) -> bool {
        matches!(self.get(key), Some(QVal::One(v)) if v == "true" || v.is_empty())
    }

    /// Lenient style: on for anything except `false` (arrays included).
    pub fn lenient_flag(&self, key: &str) -> bool {
        match self.get(key) {
            None => false,
            Some(QVal::One(v)) => v != "false",
            Some(QVal::Many(_)) => true,
        }
    }
}

/// Parses an `application/x-www-form-urlencoded` body in qs "extended" mode
/// (`auth[type]=password&object[activities][]=dev`). All leaves are strings.
pub fn parse_form(body: &str) -> Value {
    let mut root = Value::Object(Map::new());
    for part in body.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let key = percent_decode(k, true);
        let value = percent_decode(v, true);
        let mut path: Vec<String> = Vec::new();
        match key.find('[') {
            Some(i) if i > 0 && key.ends_with(']') => {
                path.push(key[..i].to_string());
                for seg in key[i + 1..key.len() - 1].split("][") {
                    path.push(seg.to_string());
                }
            }
            _ => path.push(key),
        }
        insert_path(&mut root, &path, value, 0);
    }
    root
}

fn insert_path(node: &mut Value, path: &[String], value: String, depth: usize) {
    if depth > 20 {
        return;
    }
    let Some((head, rest)) = path.split_first() else {
        return;
    };
    if head.is_empty() {
        if !node.is_array() {
            *node = Value::Array(Vec::new());
        }
        if let Value::Array(a) = node {
            if rest.is_empty() {
                a.push(Value::String(value));
            } else {
                let mut child = Value::Object(Map::new());
                insert_path(&mut child, rest, value, depth + 1);
                a.push(child);
            }
        }
        return;
    }
    if !node.is_object() {
        *node = Value::Object(Map::new());
    }
    let Value::Object(map) = node else { return };
    if rest.is_empty() {
        match map.get_mut(head.as_str()) {
            Some(Value::Array(a)) => a.push(Value::String(value)),
            Some(existing @ Value::String(_)) => {
                let old = existing.take();
                *existing = Value::Array(vec![old, Value::String(value)]);
            }
            _ => {
                map.insert(head.clone(), Value::String(value));
            }
        }
    } else {
        let child = map.entry(head.clone()).or_insert(Value::Null);
        insert_path(child, rest, value, depth + 1);
    }
}
