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
        Value::Number(n) => number_string(n.as_f64().unwrap_or(f64::NAN)),
        Value::String(s) => s.clone(),
        Value::Array(a) => {
            a.iter().map(|x| if x.is_null() { String::new() } else { js_string(x) }).collect::<Vec<_>>().join(",")
        }
        Value::Object(_) => "[object Object]".into(),
    }
}

/// JavaScript's `String(n)` for a number: integers without a fraction, the shortest
/// round-tripping digits, exponent form (`1e+21`, `1e-7`) outside [1e-6, 1e21).
pub fn number_string(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    if n == 0.0 {
        return "0".into();
    }
    if (1e-6..1e21).contains(&n.abs()) {
        return format!("{n}");
    }
    let exp = format!("{n:e}");
    match exp.split_once('e') {
        Some((mantissa, e)) if !e.starts_with('-') => format!("{mantissa}e+{e}"),
        _ => exp,
    }
}

/// What a value sent for a text column reads back as through the reference's SQLite
/// driver: `true`/`false` are bound as 1/0, numbers turn into their JavaScript string,
/// other values into `String()` of them.
pub fn sqlite_text(v: &Value) -> String {
    match v {
        Value::Bool(b) => u8::from(*b).to_string(),
        // node-sqlite3 binds a number that is an int32 as an integer, any other as a REAL,
        // which SQLite turns into text with `%!.15g`; objects and arrays as "[object Object]".
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or(f64::NAN);
            if x.fract() == 0.0 && (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&x) {
                format!("{}", x as i32)
            } else {
                sqlite_real_text(x)
            }
        }
        Value::Array(_) | Value::Object(_) => "[object Object]".into(),
        other => js_string(other),
    }
}

/// SQLite's text of a REAL: `printf("%!.15g")` (15 significant digits, `.0` added to a
/// whole number, a two-digit exponent at least: `3000000000.0`, `1.0e+21`, `1.0e-07`).
pub fn sqlite_real_text(x: f64) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            String::new()
        } else if x > 0.0 {
            "Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let sci = format!("{x:.14e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let trim = |s: &str| {
        let t = if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.') } else { s };
        if t.contains('.') {
            t.to_string()
        } else {
            format!("{t}.0")
        }
    };
    if !(-4..15).contains(&exp) {
        let sign = if exp < 0 { '-' } else { '+' };
        return format!("{}e{sign}{:02}", trim(mantissa), exp.abs());
    }
    let decimals = usize::try_from(14 - exp).unwrap_or(0);
    trim(&format!("{x:.decimals$}"))
}

/// JavaScript `Number(v)` (`NaN` when not numeric); an array is converted through its string.
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
        Value::Array(_) => js_number(&Value::String(js_string(v))),
        Value::Object(_) => f64::NAN,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_text_of_numbers_is_sqlites() {
        // Recorded from node-sqlite3 over SQLite 3 (the reference's driver).
        let cases: [(f64, &str); 15] = [
            (1.5, "1.5"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.333333333333333"),
            (3e9, "3000000000.0"),
            (-2.5, "-2.5"),
            (1e-7, "1.0e-07"),
            (123456789012.5, "123456789012.5"),
            (2147483648.0, "2147483648.0"),
            (-2147483649.0, "-2147483649.0"),
            (1e21, "1.0e+21"),
            (1e15, "1.0e+15"),
            (0.30000000000000004, "0.3"),
            (5e-324, "4.94065645841247e-324"),
            (1.7976931348623157e308, "1.79769313486232e+308"),
            (12345678901234567890.0, "1.23456789012346e+19"),
        ];
        for (x, text) in cases {
            assert_eq!(sqlite_text(&serde_json::json!(x)), text, "{x}");
        }
        assert_eq!(sqlite_text(&serde_json::json!(100)), "100");
        assert_eq!(sqlite_text(&serde_json::json!(-0.0)), "0");
        assert_eq!(sqlite_text(&serde_json::json!(["x", "y"])), "[object Object]");
        assert_eq!(sqlite_text(&serde_json::json!(true)), "1");
    }
}
