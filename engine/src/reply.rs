//! HTTP replies: the success shapes and every error of the reference server's catalog (§10).

use serde_json::{json, Value};

/// `application/json; charset=utf-8`: GETs, errors, some updates.
pub const JSON: &str = "application/json; charset=utf-8";
/// `text/html; charset=utf-8`: login, creates, user update, project update with `slugs`.
pub const HTML: &str = "text/html; charset=utf-8";

/// A reply before it is turned into a `tiny_http` response.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    pub content_type: Option<String>,
    pub body: String,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    /// 200 with a JSON body and the JSON content type.
    pub fn json(value: &Value) -> Reply {
        Reply::with_type(200, JSON, value.to_string())
    }

    /// 200 with a JSON body but the `text/html` content type (creates, login, ...).
    pub fn html_json(value: &Value) -> Reply {
        Reply::with_type(200, HTML, value.to_string())
    }

    /// 200 with an empty body and no content type (DELETE success, unknown slug with revisions).
    pub fn empty() -> Reply {
        Reply { status: 200, content_type: None, body: String::new(), headers: Vec::new() }
    }

    pub fn with_type(status: u16, content_type: &str, body: String) -> Reply {
        Reply { status, content_type: Some(content_type.to_string()), body, headers: Vec::new() }
    }

    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }
}

/// The error envelope `{"status","error","text","values"?}`.
pub fn error(status: u16, title: &str, text: impl Into<Value>) -> Reply {
    let body = json!({"status": status, "error": title, "text": text.into()});
    Reply::with_type(status, JSON, body.to_string())
}

fn error_values(status: u16, title: &str, text: String, values: Vec<String>) -> Reply {
    let body = json!({"status": status, "error": title, "text": text, "values": values});
    Reply::with_type(status, JSON, body.to_string())
}

pub fn bad_object(text: impl Into<String>) -> Reply {
    error(400, "Bad object", text.into())
}

pub fn bad_json() -> Reply {
    bad_object("The request body could not be parsed as valid JSON")
}

/// `The <ty> is missing a <field>`.
pub fn missing_field(ty: &str, field: &str) -> Reply {
    bad_object(format!("The {ty} is missing a {field}"))
}

/// `<ty> does not have a <field> field`.
pub fn unknown_field(ty: &str, field: &str) -> Reply {
    bad_object(format!("{ty} does not have a {field} field"))
}

/// `Field <field> of <ty> should be <expected> but was sent as <received>`.
pub fn invalid_field(ty: &str, field: &str, expected: &str, received: &str) -> Reply {
    bad_object(format!("Field {field} of {ty} should be {expected} but was sent as {received}"))
}

/// `Field name of <ty> should be unique name but was sent as name which already exists`.
pub fn duplicate_name(ty: &str) -> Reply {
    invalid_field(ty, "name", "unique name", "name which already exists")
}

pub fn invalid_identifier(kind: &str, value: &str) -> Reply {
    error_values(
        400,
        "The provided identifier was invalid",
        format!("Expected {kind} but received {value}"),
        vec![value.to_string()],
    )
}

pub fn not_found(what: &str) -> Reply {
    error(404, "Object not found", format!("Nonexistent {what}"))
}

pub fn auth_failure(text: &str) -> Reply {
    error(401, "Authentication failure", text)
}

pub fn bad_auth_type(ty: &str) -> Reply {
    error(401, "Bad query value", format!("{ty} is not a valid authentication type"))
}

pub fn authz(user: &str, action: &str) -> Reply {
    error(401, "Authorization failure", format!("{user} is not authorized to {action}"))
}

/// 409 for slug clashes, text and `values` sorted.
pub fn slugs_exist(mut slugs: Vec<String>) -> Reply {
    slugs.sort();
    slugs.dedup();
    let text = if slugs.len() == 1 {
        format!("slug {} already exists", slugs[0])
    } else {
        format!("slugs {} already exist", slugs.join(", "))
    };
    error_values(409, "The slug provided already exists", text, slugs)
}

pub fn foreign_key(ty: &str, fk: &str) -> Reply {
    error(409, "Invalid foreign key", format!("The {ty} does not contain a valid {fk} reference."))
}

pub fn bad_query(key: &str, value: &str) -> Reply {
    error(400, "Bad query value", format!("Parameter {key} contained invalid value {value}"))
}

pub fn method_not_allowed(what: &str) -> Reply {
    let text = format!("The method specified is not allowed for the {what} identified");
    error(405, "Method not allowed", text).header("Allow", "GET, POST")
}

pub fn username_exists(name: &str) -> Reply {
    error_values(409, "Username already exists", format!("username {name} already exists"), vec![name.to_string()])
}

pub fn server_error() -> Reply {
    error(500, "Server error", "Unexpected server error.")
}

/// Express's default HTML 404 page (`Cannot GET /path`).
pub fn html_404(method: &str, path: &str) -> Reply {
    let escaped = path
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;");
    let body = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Error</title>\n\
         </head>\n<body>\n<pre>Cannot {method} {escaped}</pre>\n</body>\n</html>\n"
    );
    Reply::with_type(404, HTML, body).header("Content-Security-Policy", "default-src 'none'")
}
