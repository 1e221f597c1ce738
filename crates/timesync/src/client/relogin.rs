//! The token in use, and logging in again when the server refuses it.
//!
//! With a [`Renewal`] set, a request whose token the server refuses as a bad
//! (expired, unknown or revoked) token logs in again once and is retried
//! once with the new token. The renewal supplies the password and keeps the
//! new token; the client never sees where either comes from.

use std::sync::atomic::Ordering;
use std::sync::PoisonError;

use super::{Client, Event, Request, NOT_AUTHENTICATED};
use crate::error::{Error, Result};
use crate::model::AuthType;
use crate::token::Secret;

/// The error of a function the caller gave the client, returned as it came
/// (in [`Error::Caller`]).
pub type CallerError = Box<dyn std::error::Error + Send + Sync>;

/// Supplies a password when one is needed; an error stops the re-login.
pub type PasswordSupplier = Box<dyn Fn() -> Result<Secret, CallerError> + Send + Sync>;

/// Keeps a new token (for later runs); an error stops the re-login.
pub type TokenKeeper = Box<dyn Fn(&Secret) -> Result<(), CallerError> + Send + Sync>;

/// How to log in again: as whom, and where the password comes from and the
/// new token goes.
pub struct Renewal {
    /// The username to log in with.
    pub username: String,
    /// `password` or `ldap`.
    pub auth_type: AuthType,
    /// Supplies the password (a password manager, a prompt).
    pub password: PasswordSupplier,
    /// Keeps the new token.
    pub keep_token: TokenKeeper,
}

impl Client {
    /// Logs in again as described by `renewal` whenever the server refuses
    /// the token (at most once for this client).
    pub fn set_renewal(&mut self, renewal: Renewal) {
        self.renewal = Some(renewal);
    }

    /// Whether the client may log in again on its own.
    pub fn can_renew(&self) -> bool {
        self.renewal.is_some() && !self.renewed.load(Ordering::SeqCst)
    }

    /// Logs in again now (the token expired, or was refused), keeps the new
    /// token and uses it from now on. Happens at most once per client, so a
    /// failure never loops; a failure changes nothing that was stored.
    pub fn renew(&self) -> Result<()> {
        let renewal = self.renewal.as_ref().ok_or_else(|| Error::AuthRequired(NOT_AUTHENTICATED.into()))?;
        if self.renewed.swap(true, Ordering::SeqCst) {
            return Err(Error::AuthRequired(format!(
                "the server refused the token again right after logging in as {}",
                renewal.username
            )));
        }
        let password = (renewal.password)().map_err(Error::Caller)?;
        let token =
            self.login(&renewal.username, password.expose(), renewal.auth_type).map_err(|error| match error {
                Error::Api(api) if api.is_authentication() => Error::AuthRequired(format!(
                    "logging in again as {} failed: {}: {}",
                    renewal.username, api.title, api.text
                )),
                other => other,
            })?;
        (renewal.keep_token)(&token).map_err(Error::Caller)?;
        *self.token.write().unwrap_or_else(PoisonError::into_inner) = Some(token);
        self.notify(&Event::Relogin { username: renewal.username.clone() });
        Ok(())
    }

    /// Sends (with `send`) the request `build` makes with the current
    /// token; when the server refuses the token and a renewal is set, logs
    /// in again and sends it once more. Returns the request last sent (for
    /// messages) and what `send` made of the reply.
    pub(super) fn with_token<R>(
        &self,
        build: impl Fn(&Secret) -> Request,
        mut send: impl FnMut(&Request) -> Result<R>,
    ) -> Result<(Request, R)> {
        let token = self.token().ok_or_else(|| Error::AuthRequired(NOT_AUTHENTICATED.into()))?;
        let request = build(&token);
        match send(&request) {
            Err(Error::Api(api)) if is_bad_token(&api) && self.can_renew() => {
                self.renew()?;
                let token = self.token().ok_or_else(|| Error::AuthRequired(NOT_AUTHENTICATED.into()))?;
                let request = build(&token);
                let reply = send(&request)?;
                Ok((request, reply))
            }
            reply => Ok((request, reply?)),
        }
    }

    /// Tells the observer, if any.
    pub(super) fn notify(&self, event: &Event) {
        if let Some(observer) = &self.observer {
            observer(event);
        }
    }
}

/// The server's answer to an expired, unknown or revoked token.
fn is_bad_token(api: &crate::error::ApiError) -> bool {
    api.status == 401 && api.title == "Authentication failure" && api.text == "Bad API token"
}
