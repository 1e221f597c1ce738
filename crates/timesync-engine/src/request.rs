//! Requests: the raw [`Request`] an engine takes, and how it is decoded (JSON and
//! form-encoded bodies, the query string) before routing.

use serde_json::{Map, Value};

use crate::query::{encode_component, parse_form, Query};

/// A request as it reached the server: method, raw path (with `/v0`, still
/// percent-encoded), raw query string (without `?`), content type and body bytes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub query: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
}

impl Request {
    /// A request without a body; `url` is the path, optionally followed by `?query`.
    pub fn new(method: &str, url: &str) -> Request {
        let (path, query) = url.split_once('?').unwrap_or((url, ""));
        Request { method: method.to_string(), path: path.to_string(), query: query.to_string(), ..Request::default() }
    }

    /// Adds `token=<token>` (percent-encoded) to the query string, as a GET or DELETE sends it.
    pub fn with_token(mut self, token: &str) -> Request {
        let sep = if self.query.is_empty() { "" } else { "&" };
        self.query = format!("{}{sep}token={}", self.query, encode_component(token));
        self
    }

    /// Sets the body and its content type.
    pub fn with_body(mut self, content_type: &str, body: impl Into<Vec<u8>>) -> Request {
        self.content_type = Some(content_type.to_string());
        self.body = body.into();
        self
    }

    /// Sets a JSON body (`application/json`).
    pub fn with_json(self, body: &Value) -> Request {
        self.with_body("application/json", body.to_string())
    }
}

/// How the request body was understood.
#[derive(Clone, Debug)]
pub(crate) enum Body {
    /// Parsed JSON or form-encoded body.
    Parsed(Value),
    /// No body, or a content type the server does not parse.
    Absent,
    /// JSON content type but not valid (strict) JSON.
    Bad,
}

/// A decoded request.
#[derive(Clone, Debug)]
pub(crate) struct Req {
    pub method: String,
    /// Raw path without the query string.
    pub path: String,
    pub query: Query,
    pub body: Body,
}

impl Req {
    /// Decodes the body by its media type and parses the query string.
    pub fn decode(request: &Request) -> Req {
        let media = request
            .content_type
            .as_deref()
            .map(|c| c.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
            .unwrap_or_default();
        let body = if media == "application/json" || media.ends_with("+json") {
            parse_json(&request.body)
        } else if media == "application/x-www-form-urlencoded" {
            Body::Parsed(parse_form(&String::from_utf8_lossy(&request.body)))
        } else {
            Body::Absent
        };
        Req {
            method: request.method.to_ascii_uppercase(),
            path: request.path.clone(),
            query: Query::parse(&request.query),
            body,
        }
    }

    /// The body as a JSON value (`{}` when absent).
    pub fn body_value(&self) -> Value {
        match &self.body {
            Body::Parsed(v) => v.clone(),
            _ => Value::Object(Map::new()),
        }
    }
}

/// body-parser's strict JSON: empty is `{}`, otherwise an object or array.
fn parse_json(body: &[u8]) -> Body {
    if body.is_empty() {
        return Body::Parsed(Value::Object(Map::new()));
    }
    let first = body.iter().find(|c| !c.is_ascii_whitespace());
    if !matches!(first, Some(b'{') | Some(b'[')) {
        return Body::Bad;
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v) => Body::Parsed(v),
        Err(_) => Body::Bad,
    }
}
