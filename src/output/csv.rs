//! CSV rendering of any serialisable objects: the JSON keys are the header,
//! lists are joined with `;`, role maps become `user:role+role`, earlier
//! revisions follow their object as rows of their own.

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// Renders `items` as CSV text with a header row.
pub fn render<T: Serialize>(items: &[T]) -> Result<String> {
    let mut rows: Vec<Map<String, Value>> = Vec::new();
    for item in items {
        match serde_json::to_value(item).map_err(|e| Error::Io(format!("cannot encode CSV: {e}")))? {
            Value::Object(object) => flatten_revisions(object, &mut rows),
            other => rows.push(Map::from_iter([("value".to_owned(), other)])),
        }
    }
    let mut header: Vec<String> = Vec::new();
    for row in &rows {
        for key in row.keys() {
            if !header.contains(key) {
                header.push(key.clone());
            }
        }
    }
    let mut out = String::new();
    push_record(&mut out, header.iter().map(String::as_str));
    for row in &rows {
        let cells: Vec<String> = header.iter().map(|key| cell(row.get(key).unwrap_or(&Value::Null))).collect();
        push_record(&mut out, cells.iter().map(String::as_str));
    }
    Ok(out)
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

fn push_record<'a>(out: &mut String, cells: impl Iterator<Item = &'a str>) {
    let quoted: Vec<String> = cells
        .map(|c| {
            if c.contains([',', '"', '\n', '\r']) || c.starts_with(' ') || c.ends_with(' ') {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.to_owned()
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
        assert_eq!(render(&items).unwrap(), "project,notes,deleted_at,duration\ngwm;ganeti,\"a, \"\"b\"\"\",,60\n");
    }

    #[test]
    fn role_maps_and_revisions() {
        let items = [json!({"name": "P", "users": {"alice": {"member": true, "spectator": false, "manager": true}},
            "parents": [{"name": "Old"}]})];
        assert_eq!(render(&items).unwrap(), "name,users\nP,alice:member+manager\nOld,\n");
    }
}
