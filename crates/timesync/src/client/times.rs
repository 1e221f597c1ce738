//! Time entries: create, update, get and delete.

use super::{empty_reply, to_object, Client};
use crate::error::{Error, Result};
use crate::model::{flag, NewTime, Time, TimeQuery, TimeUpdate};
use crate::validation::Uuid;

impl Client {
    /// Creates a time entry (`POST /times`) in one round trip and returns the
    /// server's reply: an echo of the request with the new `uuid` (`project`
    /// as one slug, `activities` only when they were sent). [`Client::get_time`]
    /// reads the stored entry back.
    pub async fn create_time(&self, time: &NewTime) -> Result<Time> {
        self.post(&["times"], to_object(time)?).await?.ok_or_else(|| empty_reply("time create"))
    }

    /// Updates the given fields of a time entry (`POST /times/:uuid`) and
    /// returns the stored entry (the update reply has known bugs, so the entry
    /// is read back).
    pub async fn update_time(&self, uuid: &Uuid, update: &TimeUpdate) -> Result<Time> {
        if update.is_empty() {
            return Err(Error::invalid("nothing to update: give at least one field"));
        }
        let reply: Option<Time> = self.post(&["times", uuid.as_str()], to_object(update)?).await?;
        match (self.read_back(uuid.as_str()).await, reply) {
            (Ok(time), _) => Ok(time),
            (Err(_), Some(reply)) => Ok(reply),
            (Err(error), None) => Err(error),
        }
    }

    /// Lists time entries matching `query` (`GET /times`).
    pub async fn get_times(&self, query: &TimeQuery) -> Result<Vec<Time>> {
        self.get_list(&["times"], query.to_pairs()).await
    }

    /// Hands each time entry matching `query` to `each` as it is decoded
    /// from the reply, without holding the list; returns how many there were.
    /// An error from `each` (of any type a library error converts into)
    /// stops the list and is returned.
    pub async fn each_time<E: From<Error>>(
        &self,
        query: &TimeQuery,
        each: impl FnMut(Time) -> std::result::Result<(), E> + Send,
    ) -> std::result::Result<usize, E> {
        self.each_listed(&["times"], query.to_pairs(), each).await
    }

    /// Gets one time entry (`GET /times/:uuid`), as a list like pymesync.
    ///
    /// The reference server crashes on `include_revisions` for an entry that
    /// was never updated, so revisions are asked for only when there are some.
    pub async fn get_time(&self, uuid: &Uuid, include_revisions: bool, include_deleted: bool) -> Result<Vec<Time>> {
        let path = ["times", uuid.as_str()];
        let mut times: Vec<Time> = self.get_list(&path, flag_pairs(include_deleted, false)).await?;
        if include_revisions {
            if times.iter().any(|t| t.revision > 1) {
                times = self.get_list(&path, flag_pairs(include_deleted, true)).await?;
            } else {
                times.iter_mut().for_each(|t| t.parents = Some(Vec::new()));
            }
        }
        Ok(times)
    }

    /// Deletes a time entry (`DELETE /times/:uuid`).
    pub async fn delete_time(&self, uuid: &Uuid) -> Result<()> {
        self.delete(&["times", uuid.as_str()]).await
    }

    async fn read_back(&self, uuid: &str) -> Result<Time> {
        let uuid: Uuid = uuid.parse().map_err(Error::UnexpectedReply)?;
        self.get_list::<Time>(&["times", uuid.as_str()], Vec::new())
            .await?
            .into_iter()
            .next()
            .ok_or_else(|| empty_reply("time read-back"))
    }
}

fn flag_pairs(include_deleted: bool, include_revisions: bool) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> =
        flag(include_deleted).into_iter().map(|v| ("include_deleted".into(), v)).collect();
    pairs.extend(flag(include_revisions).into_iter().map(|v| ("include_revisions".into(), v)));
    pairs
}
