//! Users: create, update, get and delete. Passwords are sent as bcrypt
//! hashes, and only fields the server knows are sent (it answers 500 to
//! anything else).

use serde_json::Value;

use super::{empty_reply, to_object, Client};
use crate::error::{Error, Result};
use crate::model::{flag, NewUser, User, UserUpdate};
use crate::token::Secret;
use crate::validation::{is_email, Username};

impl Client {
    /// Creates a user (`POST /users`) with the password hashed, and returns
    /// the user as stored: the create reply shows wrong values (`active`,
    /// dates), so the user is read back; the reply is used if that fails.
    pub async fn create_user(&self, user: &NewUser) -> Result<User> {
        check_email(user.email.as_deref())?;
        let mut object = to_object(user)?;
        insert_password(&mut object, &user.password)?;
        let echo: User = self.post(&["users"], object).await?.ok_or_else(|| empty_reply("user create"))?;
        match self.get_users(Some(&user.username), false).await {
            Ok(mut users) if !users.is_empty() => Ok(users.remove(0)),
            _ => Ok(echo),
        }
    }

    /// Changes the given fields of a user (`POST /users/:username`); a new
    /// password is sent hashed. Returns the user as the server now has it.
    pub async fn update_user(&self, username: &Username, update: &UserUpdate) -> Result<User> {
        if update.is_empty() {
            return Err(Error::invalid("nothing to update: give at least one field of the user"));
        }
        check_email(update.email.as_deref())?;
        let mut object = to_object(update)?;
        if let Some(password) = &update.password {
            insert_password(&mut object, password)?;
        }
        match self.post::<User>(&["users", username.as_str()], object).await? {
            Some(user) => Ok(user),
            None => self
                .get_users(Some(username), false)
                .await?
                .into_iter()
                .next()
                .ok_or_else(|| empty_reply("user update")),
        }
    }

    /// Lists users, or one by username (`GET /users[/:username]`), always as a list.
    pub async fn get_users(&self, username: Option<&Username>, include_deleted: bool) -> Result<Vec<User>> {
        let query = flag(include_deleted).into_iter().map(|v| ("include_deleted".to_owned(), v)).collect();
        match username {
            Some(name) => self.get_list(&["users", name.as_str()], query).await,
            None => self.get_list(&["users"], query).await,
        }
    }

    /// Deletes a user (`DELETE /users/:username`).
    pub async fn delete_user(&self, username: &Username) -> Result<()> {
        self.delete(&["users", username.as_str()]).await
    }
}

fn check_email(email: Option<&str>) -> Result<()> {
    match email {
        Some(email) if !email.is_empty() && !is_email(email) => {
            Err(Error::invalid(format!("invalid email '{email}': the server accepts addresses like user@example.com")))
        }
        _ => Ok(()),
    }
}

fn insert_password(object: &mut Value, password: &Secret) -> Result<()> {
    if password.expose().is_empty() {
        return Err(Error::invalid("the password is empty: give the new password"));
    }
    let hash = bcrypt_hash(password)?;
    object
        .as_object_mut()
        .ok_or_else(|| Error::invalid("the user to send is not a JSON object"))?
        .insert("password".into(), Value::String(hash));
    Ok(())
}

/// The bcrypt cost TimeSync expects.
pub(crate) const BCRYPT_COST: u32 = 10;

/// Hashes a password the way TimeSync stores it: bcrypt, cost 10, with the
/// `$2a$` prefix the reference server's bcrypt understands. The server keeps
/// what it receives and checks logins against it, so user create and update
/// send this hash, never the password.
pub(crate) fn bcrypt_hash(password: &Secret) -> Result<String> {
    bcrypt::hash_with_result(password.expose(), BCRYPT_COST)
        .map(|parts| parts.format_for_version(bcrypt::Version::TwoA))
        .map_err(|e| Error::invalid(format!("cannot hash the password: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_bcrypt_2a_cost_10_and_verify() {
        let hash = bcrypt_hash(&Secret::new("pässword")).unwrap();
        assert!(hash.starts_with("$2a$10$"), "{hash}");
        assert_eq!(hash.len(), 60);
        assert!(bcrypt::verify("pässword", &hash).unwrap());
        assert!(!bcrypt::verify("password", &hash).unwrap());
    }
}
