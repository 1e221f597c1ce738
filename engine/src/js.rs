//! JavaScript semantics the reference server has by being written in JavaScript: `typeof`,
//! truthiness, `String()` and `Number()`.

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
