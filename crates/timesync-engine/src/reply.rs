//! Replies: status, content type, extra headers and body, as the reference server sends them.

use serde_json::{json, Map, Value};

use crate::dates::date_value;

/// What a handler answers. `Err` holds a reply that ends the handler early with `?`: an
/// error, or one of the reference's odd successes (the empty 200 of an unknown slug).
pub(crate) type Answer = Result<Reply, Reply>;

/// `application/json; charset=utf-8`: GETs, errors, some updates.
pub(crate) const JSON: &str = "application/json; charset=utf-8";
/// `text/html; charset=utf-8`: login, creates, user update, project update with `slugs`.
pub(crate) const HTML: &str = "text/html; charset=utf-8";

/// A reply: status, content type (`None` for an empty 200), extra headers, body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub content_type: Option<String>,
    /// Headers other than `Content-Type`, in order.
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Reply {
    /// The body parsed as JSON (`None` when empty or not JSON).
    pub fn body_json(&self) -> Option<Value> {
        serde_json::from_str(&self.body).ok()
    }

    /// The first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// 200 with a JSON body and the JSON content type.
    pub(crate) fn ok_json(value: &Value) -> Reply {
        Reply::with_type(200, JSON, value.to_string())
    }

    /// 200 with a JSON array of `items` and the JSON content type: the same body as
    /// [`Reply::ok_json`] of the whole array, written an item at a time (a list of a million
    /// times never exists as one `Value`).
    pub(crate) fn ok_json_array(items: impl Iterator<Item = Value>) -> Reply {
        use std::fmt::Write;
        let mut body = String::from("[");
        for (i, item) in items.enumerate() {
            if i > 0 {
                body.push(',');
            }
            let _ = write!(body, "{item}");
        }
        body.push(']');
        Reply::with_type(200, JSON, body)
    }

    /// 200 with a JSON body but the `text/html` content type (creates, login, ...).
    pub(crate) fn ok_html_json(value: &Value) -> Reply {
        Reply::with_type(200, HTML, value.to_string())
    }

    /// 200 with an empty body and no content type (DELETE success, unknown slug with revisions).
    pub(crate) fn empty() -> Reply {
        Reply { status: 200, content_type: None, body: String::new(), headers: Vec::new() }
    }

    pub(crate) fn with_type(status: u16, content_type: &str, body: String) -> Reply {
        Reply { status, content_type: Some(content_type.to_string()), body, headers: Vec::new() }
    }

    pub(crate) fn with_header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    /// Puts the headers every response carries first: CORS `*` and two of helmet's.
    pub(crate) fn with_standard_headers(mut self) -> Reply {
        let mut headers: Vec<(String, String)> = STANDARD_HEADERS
            .iter()
            .filter(|(n, _)| self.header(n).is_none())
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        headers.append(&mut self.headers);
        self.headers = headers;
        self
    }
}

const STANDARD_HEADERS: [(&str, &str); 3] =
    [("Access-Control-Allow-Origin", "*"), ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "SAMEORIGIN")];

/// The response of an activity or time create: the request object as sent, then `uuid`,
/// `revision: 1`, `created_at` (today) and null `updated_at`/`deleted_at`.
pub(crate) fn create_echo(mut out: Map<String, Value>, uuid: &str, now: i64) -> Value {
    out.insert("uuid".into(), json!(uuid));
    out.insert("revision".into(), json!(1));
    out.insert("created_at".into(), date_value(Some(now)));
    out.insert("updated_at".into(), Value::Null);
    out.insert("deleted_at".into(), Value::Null);
    Value::Object(out)
}
