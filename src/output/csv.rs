//! CSV rendering of any serialisable objects: the JSON keys are the header,
//! lists are joined with `;`, role maps become `user:role+role`, earlier
//! revisions follow their object as rows of their own. Cells are exact, or
//! escaped for a terminal (see [`Cells`]).

use serde::Serialize;
use serde_json::{Map, Value};

use super::escape::escape;
use crate::error::{Error, Result};

/// How cells are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cells {
    /// As the data has them, for files and pipes.
    Exact,
    /// With control characters escaped as in tables (see [`escape`]), for a
    /// terminal: data from the server cannot drive it.
    Escaped,
}

/// Renders `items` as CSV text: a header row of `fields` (then any other
/// keys the items have), then one row per item. No items, the header alone.
pub fn render<T: Serialize>(items: &[T], fields: &[&str], cells: Cells) -> Result<String> {
    let mut rows: Vec<Map<String, Value>> = Vec::new();
    for item in items {
        match serde_json::to_value(item).map_err(|e| Error::Io(format!("cannot encode CSV: {e}")))? {
            Value::Object(object) => flatten_revisions(object, &mut rows),
            other => rows.push(Map::from_iter([("value".to_owned(), other)])),
        }
    }
    let mut header: Vec<String> = fields.iter().map(|f| (*f).to_owned()).collect();
    for row in &rows {
        for key in row.keys() {
            if !header.contains(key) {
                header.push(key.clone());
            }
        }
    }
    let mut out = String::new();
    push_record(&mut out, header.iter().map(String::as_str), cells);
    for row in &rows {
        let row: Vec<String> = header.iter().map(|key| cell(row.get(key).unwrap_or(&Value::Null))).collect();
        push_record(&mut out, row.iter().map(String::as_str), cells);
    }
    Ok(out)
}

/// The CSV header of `fields`.
pub fn header(fields: &[&str], cells: Cells) -> String {
    let mut out = String::new();
    push_record(&mut out, fields.iter().copied(), cells);
    out
}

/// The CSV records of one item under the header `fields` (its earlier
/// revisions as records of their own): what a long list keeps of each item.
/// Keys outside `fields` are left out.
pub fn records<T: Serialize>(item: &T, fields: &[&str], cells: Cells) -> Result<String> {
    let mut rows: Vec<Map<String, Value>> = Vec::new();
    match serde_json::to_value(item).map_err(|e| Error::Io(format!("cannot encode CSV: {e}")))? {
        Value::Object(object) => flatten_revisions(object, &mut rows),
        other => rows.push(Map::from_iter([("value".to_owned(), other)])),
    }
    let mut out = String::new();
    for row in &rows {
        let row: Vec<String> = fields.iter().map(|key| cell(row.get(*key).unwrap_or(&Value::Null))).collect();
        push_record(&mut out, row.iter().map(String::as_str), cells);
    }
    Ok(out)
}

/// One object as CSV: a header row of `columns`, dotted paths into `value`
/// (`token.expires_at`), and one row of what they hold (empty where nothing).
pub fn record(value: &Value, columns: &[String], cells: Cells) -> String {
    let row: Vec<String> = columns
        .iter()
        .map(|path| cell(path.split('.').try_fold(value, |v, key| v.get(key)).unwrap_or(&Value::Null)))
        .collect();
    let mut out = String::new();
    push_record(&mut out, columns.iter().map(String::as_str), cells);
    push_record(&mut out, row.iter().map(String::as_str), cells);
    out
}

/// The dotted paths of everything in `value` that is not an object with keys.
pub fn paths(value: &Value) -> Vec<String> {
    match value {
        Value::Object(map) if !map.is_empty() => map
            .iter()
            .flat_map(|(key, inner)| match paths(inner).as_slice() {
                [] => vec![key.clone()],
                inner => inner.iter().map(|path| format!("{key}.{path}")).collect(),
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn flatten_revisions(mut object: Map<String, Value>, rows: &mut Vec<Map<String, Value>>) {
    let parents = object.remove("parents");
    rows.push(object);
    if let Some(Value::Array(parents)) = parents {
        for parent in parents {
            if let Value::Object(parent) = parent {
                flatten_revisions(parent, rows);
            }
        }
    }
}

fn cell(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join(";"),
        Value::Object(map) => map
            .iter()
            .map(|(key, value)| match value {
                Value::Object(flags) => {
                    let on: Vec<&str> =
                        flags.iter().filter(|(_, v)| v.as_bool() == Some(true)).map(|(k, _)| k.as_str()).collect();
                    format!("{key}:{}", on.join("+"))
                }
                other => format!("{key}:{}", cell(other)),
            })
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    }
}

fn push_record<'a>(out: &mut String, row: impl Iterator<Item = &'a str>, cells: Cells) {
    let quoted: Vec<String> = row
        .map(|c| match cells {
            Cells::Exact => std::borrow::Cow::Borrowed(c),
            Cells::Escaped => escape(c),
        })
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) || c.starts_with(' ') || c.ends_with(' ') {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.into_owned()
            }
        })
        .collect();
    out.push_str(&quoted.join(","));
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn lists_join_with_semicolons_and_fields_are_quoted() {
        let items = [json!({"project": ["gwm", "ganeti"], "notes": "a, \"b\"", "deleted_at": null, "duration": 60})];
        assert_eq!(
            render(&items, &[], Cells::Exact).unwrap(),
            "project,notes,deleted_at,duration\ngwm;ganeti,\"a, \"\"b\"\"\",,60\n"
        );
    }

    #[test]
    fn role_maps_and_revisions() {
        let items = [json!({"name": "P", "users": {"alice": {"member": true, "spectator": false, "manager": true}},
            "parents": [{"name": "Old"}]})];
        assert_eq!(render(&items, &["name"], Cells::Exact).unwrap(), "name,users\nP,alice:member+manager\nOld,\n");
    }

    #[test]
    fn control_characters_are_escaped_for_a_terminal_and_kept_otherwise() {
        let notes = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m\u{202e}x, \"q\"\nnext\ttab";
        let items = [json!({"notes": notes, "user": "bob\u{1b}[2J"})];
        assert_eq!(
            render(&items, &[], Cells::Escaped).unwrap(),
            "notes,user\n\"\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{9b}31m\\u{202e}x, \"\"q\"\"\\nnext\\ttab\",bob\\u{1b}[2J\n"
        );
        let exact = render(&items, &[], Cells::Exact).unwrap();
        assert_eq!(exact, format!("notes,user\n\"{}\",bob\u{1b}[2J\n", notes.replace('"', "\"\"")));
        let value = json!({"token": {"note": "\u{7}"}});
        let columns = vec!["token.note".to_owned()];
        assert_eq!(record(&value, &columns, Cells::Escaped), "token.note\n\\u{7}\n");
        assert_eq!(record(&value, &columns, Cells::Exact), "token.note\n\u{7}\n");
    }

    #[test]
    fn no_items_is_the_header_alone() {
        assert_eq!(render::<Value>(&[], &["duration", "user"], Cells::Exact).unwrap(), "duration,user\n");
    }

    #[test]
    fn records_follow_dotted_paths_and_leave_missing_ones_empty() {
        let value = json!({"profile": "default", "token": {"expired": false}, "clock": null, "waiting": [1, 2]});
        assert_eq!(paths(&value), ["profile", "token.expired", "clock", "waiting"]);
        let columns: Vec<String> = ["profile", "token.expired", "clock.project", "waiting"].map(String::from).into();
        assert_eq!(
            record(&value, &columns, Cells::Exact),
            "profile,token.expired,clock.project,waiting\ndefault,false,,1;2\n"
        );
    }
}
