//! The token in use, and logging in again when it has expired or the server
//! no longer knows it.
//!
//! With a [`Renewal`] set, every request follows one policy: a token whose
//! expiry (its `exp`, on the client's clock) has passed is renewed before the
//! request is sent, and a request the server refuses as a bad token (expired,
//! unknown or revoked) is sent once more after logging in again, at most
//! once per request. Requests refused at the same moment share one login.
//! The renewal supplies the password and keeps the new token; the client
//! never sees where either comes from.

use std::sync::PoisonError;

use super::{Client, Event, Request, Response};
use crate::error::{ApiError, Error, Result};
use crate::model::AuthType;
use crate::token::{self, Secret};

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
    /// Logs in again as described by `renewal` whenever the token has
    /// expired or the server no longer knows it (see the module's policy).
    pub fn set_renewal(&mut self, renewal: Renewal) {
        self.renewal = Some(renewal);
    }

    /// Whether the client may log in again on its own.
    pub fn can_renew(&self) -> bool {
        self.renewal.is_some()
    }

    /// Whether `token`'s expiry has passed on the client's clock (a token
    /// that cannot be decoded is left to the server to judge).
    pub fn is_expired(&self, token: &Secret) -> bool {
        token::decode(token.expose()).is_ok_and(|claims| claims.is_expired((self.clock)()))
    }

    /// Sends the request `build` makes with the current token, renewing the
    /// token first when it has expired, and once more when the server
    /// refuses it as a bad token (see the module's policy). Returns the
    /// request sent last and its answer, the body not yet read; a refusal
    /// read while deciding is returned as the error it is.
    pub(super) async fn send_with_token(&self, build: impl Fn(&Secret) -> Request) -> Result<(Request, Response)> {
        let mut token = self.token().ok_or(Error::NotAuthenticated)?;
        let mut renewed = false;
        if self.can_renew() && self.is_expired(&token) {
            token = self.renew_from(&token).await?;
            renewed = true;
        }
        loop {
            let request = build(&token);
            let response = self.transport.send(&request).await?;
            if response.status != 401 || renewed || !self.can_renew() {
                return Ok((request, response));
            }
            match self.read_reply(&request, response).await {
                Err(Error::Api(api)) if is_bad_token(&api) => {
                    token = self.renew_from(&token).await?;
                    renewed = true;
                }
                Err(error) => return Err(error),
                Ok(_) => return Err(Error::NotTimeSync { baseurl: self.baseurl.clone(), status: 401 }),
            }
        }
    }

    /// Logs in again to replace `stale`, keeps the new token and uses it
    /// from now on; returns it. When another request renewed `stale`
    /// meanwhile, its token is used instead of logging in twice. A failure
    /// changes nothing that was stored.
    async fn renew_from(&self, stale: &Secret) -> Result<Secret> {
        let renewal = self.renewal.as_ref().ok_or(Error::NotAuthenticated)?;
        let _one_at_a_time = self.renewing.lock().await;
        if let Some(current) = self.token().filter(|current| current != stale) {
            return Ok(current);
        }
        let password = (renewal.password)().map_err(Error::Caller)?;
        let token =
            self.login(&renewal.username, password.expose(), renewal.auth_type).await.map_err(|error| match error {
                Error::Api(api) if api.is_authentication() => {
                    Error::Relogin { username: renewal.username.clone(), source: Box::new(Error::Api(api)) }
                }
                other => other,
            })?;
        (renewal.keep_token)(&token).map_err(Error::Caller)?;
        *self.token.write().unwrap_or_else(PoisonError::into_inner) = Some(token.clone());
        self.notify(&Event::Relogin { username: renewal.username.clone() });
        Ok(token)
    }

    /// Tells the observer, if any.
    pub(super) fn notify(&self, event: &Event) {
        if let Some(observer) = &self.observer {
            observer(event);
        }
    }
}

/// The server's answer to an expired, unknown or revoked token.
fn is_bad_token(api: &ApiError) -> bool {
    api.status == 401 && api.title == "Authentication failure" && api.text == "Bad API token"
}
