//! The TimeSync auth token: kept as a [`Secret`] that never prints, and
//! decoded locally to learn its user and expiry (pymesync's
//! `token_expiration_time`).

use std::fmt;

use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig, STANDARD_NO_PAD, URL_SAFE_NO_PAD};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use chrono::{DateTime, TimeZone, Utc};
use serde::Deserialize;

/// A secret string (token, password) whose `Debug` and `Display` are redacted.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself, for the few places that must send or store it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

/// What the token's payload says: who it is for and when it expires.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenClaims {
    /// The username the token was issued to (`sub`).
    pub user: Option<String>,
    /// When the token expires (`exp`, sent by the server in milliseconds).
    pub expires_at: DateTime<Utc>,
    /// When it was issued (`iat`), if present.
    pub issued_at: Option<DateTime<Utc>>,
}

impl TokenClaims {
    /// Whether the token has expired at `now`.
    pub fn is_expired(&self, now: DateTime<Utc>) -> bool {
        self.expires_at < now
    }
}

#[derive(Deserialize)]
struct Payload {
    sub: Option<String>,
    exp: Option<f64>,
    iat: Option<f64>,
}

/// The error text pymesync gives for a token it cannot decode.
pub const IMPROPER_TOKEN: &str = "improperly encoded token";

/// Decodes a token's payload. The server writes standard base64 with
/// padding; base64url and unpadded forms are accepted too.
pub fn decode(token: &str) -> Result<TokenClaims, String> {
    let payload = token.split('.').nth(1).filter(|p| !p.is_empty()).ok_or(IMPROPER_TOKEN)?;
    let lenient = GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
    let standard = GeneralPurpose::new(&base64::alphabet::STANDARD, lenient);
    let url_safe = GeneralPurpose::new(&base64::alphabet::URL_SAFE, lenient);
    let bytes = standard
        .decode(payload)
        .or_else(|_| url_safe.decode(payload))
        .or_else(|_| STANDARD_NO_PAD.decode(payload.trim_end_matches('=')))
        .or_else(|_| URL_SAFE_NO_PAD.decode(payload.trim_end_matches('=')))
        .map_err(|_| IMPROPER_TOKEN)?;
    let payload: Payload = serde_json::from_slice(&bytes).map_err(|_| IMPROPER_TOKEN)?;
    let exp = payload.exp.ok_or("the token carries no expiry (exp)")?;
    let to_time = |ms: f64| Utc.timestamp_millis_opt(ms as i64).single();
    Ok(TokenClaims {
        user: payload.sub,
        expires_at: to_time(exp).ok_or("the token's expiry (exp) is out of range")?,
        issued_at: payload.iat.and_then(to_time),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;

    fn token_with(payload: &str, engine: &impl Engine) -> String {
        format!("{}.{}.c2ln", engine.encode(r#"{"typ":"JWT","alg":"HMAC-SHA512"}"#), engine.encode(payload))
    }

    #[test]
    fn decodes_the_server_token_exp_in_milliseconds() {
        let payload = r#"{"iss":"osuosl-timesync-staging","sub":"test","exp":1452714334087,"iat":1452712534087}"#;
        let claims = decode(&token_with(payload, &STANDARD)).unwrap();
        assert_eq!(claims.user.as_deref(), Some("test"));
        assert_eq!(claims.expires_at.timestamp_millis(), 1452714334087);
        assert_eq!(claims.issued_at.unwrap().timestamp_millis(), 1452712534087);
    }

    #[test]
    fn the_probed_reference_token_decodes() {
        let token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJITUFDLVNIQTUxMiJ9.eyJpc3MiOiJ0aW1lc3luYy1wcm9iZSIsInN1YiI6ImFkbWluMSIsImV4cCI6MTc5NTkxNTU2NDExNiwiaWF0IjoxNzk1OTEzNzY0MTE2fQ==.fSP7dBEw==";
        let claims = decode(token).unwrap();
        assert_eq!(claims.user.as_deref(), Some("admin1"));
        assert_eq!(claims.expires_at.timestamp_millis(), 1795915564116);
    }

    #[test]
    fn accepts_base64url_without_padding_and_json_literals() {
        let payload = r#"{"sub":"a~b?","exp":1452714334087,"admin":true,"x":null}"#;
        let claims = decode(&token_with(payload, &URL_SAFE_NO_PAD)).unwrap();
        assert_eq!(claims.user.as_deref(), Some("a~b?"));
    }

    #[test]
    fn bad_tokens_are_reported_not_panicked_on() {
        assert_eq!(decode("TESTTOKEN").unwrap_err(), IMPROPER_TOKEN);
        assert_eq!(decode("a..b").unwrap_err(), IMPROPER_TOKEN);
        assert_eq!(decode("a.!!!!.b").unwrap_err(), IMPROPER_TOKEN);
        assert!(decode(&token_with(r#"{"sub":"x"}"#, &STANDARD)).unwrap_err().contains("exp"));
        assert!(decode(&token_with(r#"{"exp":1e300}"#, &STANDARD)).is_err());
    }

    #[test]
    fn secrets_never_print() {
        let secret = Secret::new("hunter2");
        assert!(!format!("{secret} {secret:?}").contains("hunter2"));
    }
}
