//! Reject files: the rows the server refused, in the input's own format
//! with the server's reason added (a `reason` column or field), so they can
//! be fixed and imported again.

use serde_json::{json, Map, Value};

use super::{Format, Record};

/// The text of a reject file: each of `rejected` (a row as read, and why it
/// was refused) in `format`, CSV rows under `header`. Watson frames are
/// written as `watson log --json` objects, which import the same way.
pub fn render(format: Format, header: &[String], rejected: &[(&Record, String)]) -> Result<String, String> {
    match format {
        Format::Csv => csv(header, rejected),
        Format::Jsonl => {
            let lines: Vec<String> =
                rejected.iter().map(|(record, reason)| object(record, reason).to_string()).collect();
            Ok(lines.iter().map(|line| format!("{line}\n")).collect())
        }
        Format::Json | Format::Watson | Format::Timew => {
            let objects: Vec<Value> = rejected.iter().map(|(record, reason)| object(record, reason)).collect();
            serde_json::to_string_pretty(&objects).map(|text| text + "\n").map_err(|e| e.to_string())
        }
    }
}

fn csv(header: &[String], rejected: &[(&Record, String)]) -> Result<String, String> {
    let mut writer = ::csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
    let error = |e: ::csv::Error| e.to_string();
    writer.write_record(header.iter().map(String::as_str).chain(["reason"])).map_err(error)?;
    for (record, reason) in rejected {
        let mut cells = match record {
            Record::Csv(cells) => cells.clone(),
            Record::Json(value) => vec![value.to_string()],
        };
        if cells.len() < header.len() {
            cells.resize(header.len(), String::new());
        }
        cells.push(reason.clone());
        writer.write_record(&cells).map_err(error)?;
    }
    let bytes = writer.into_inner().map_err(|e| e.to_string())?;
    String::from_utf8(bytes).map_err(|e| e.to_string())
}

/// The row as a JSON object with `reason` added.
fn object(record: &Record, reason: &str) -> Value {
    let mut object = match record {
        Record::Json(Value::Object(object)) => object.clone(),
        Record::Json(Value::Array(frame)) => frame_object(frame),
        Record::Json(other) => Map::from_iter([("row".to_owned(), other.clone())]),
        Record::Csv(cells) => Map::from_iter([("row".to_owned(), json!(cells))]),
    };
    object.insert("reason".into(), json!(reason));
    Value::Object(object)
}

/// A Watson frame `[start, stop, project, id, tags, updated_at, note]` by name.
fn frame_object(frame: &[Value]) -> Map<String, Value> {
    ["start", "stop", "project", "id", "tags", "updated_at", "note"]
        .iter()
        .zip(frame)
        .map(|(name, value)| ((*name).to_owned(), value.clone()))
        .collect()
}
