//! Per-profile state kept between runs, in the user's state directory: the
//! running clock and the outbox of time entries waiting to be sent. Both are
//! JSON files written atomically with mode 0600.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::config::write_atomic;
use crate::error::{Error, Result};
use crate::model::NewTime;

/// The directory for state files: `<state dir>/timesync` (falls back to the
/// local data directory where the platform has no state directory).
pub fn default_dir() -> Option<PathBuf> {
    dirs::state_dir().or_else(dirs::data_local_dir).map(|dir| dir.join("timesync"))
}

/// A running clock: what is being worked on, and since when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunningClock {
    /// The project's slug.
    pub project: String,
    /// Activity slugs (empty: the project's default activity).
    #[serde(default)]
    pub activities: Vec<String>,
    /// Notes for the entry.
    #[serde(default)]
    pub notes: Option<String>,
    /// Issue link for the entry.
    #[serde(default)]
    pub issue_uri: Option<String>,
    /// The owner of the entry.
    pub user: String,
    /// When the clock was started, with its UTC offset and seconds.
    pub started_at: DateTime<FixedOffset>,
}

/// A time entry waiting in the outbox.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueuedTime {
    /// The validated entry, exactly as it will be sent.
    pub time: NewTime,
    /// When it was queued.
    pub queued_at: DateTime<FixedOffset>,
    /// Why the server refused it on the last `timesync sync`, if it did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refused: Option<String>,
}

/// The state files of one profile.
#[derive(Clone, Debug)]
pub struct ProfileState {
    dir: PathBuf,
    profile: String,
}

impl ProfileState {
    /// The state of `profile`, kept in `dir`.
    pub fn new(dir: PathBuf, profile: &str) -> Self {
        let profile =
            profile.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
        ProfileState { dir, profile }
    }

    /// The running-clock file.
    pub fn clock_path(&self) -> PathBuf {
        self.dir.join(format!("clock-{}.json", self.profile))
    }

    /// The outbox file.
    pub fn outbox_path(&self) -> PathBuf {
        self.dir.join(format!("outbox-{}.json", self.profile))
    }

    /// The running clock, if any.
    pub fn clock(&self) -> Result<Option<RunningClock>> {
        read_json(&self.clock_path())
    }

    /// Starts (or replaces) the running clock.
    pub fn save_clock(&self, clock: &RunningClock) -> Result<()> {
        write_json(&self.clock_path(), clock)
    }

    /// Removes the running clock.
    pub fn clear_clock(&self) -> Result<()> {
        remove(&self.clock_path())
    }

    /// The entries waiting to be sent, oldest first.
    pub fn outbox(&self) -> Result<Vec<QueuedTime>> {
        Ok(read_json(&self.outbox_path())?.unwrap_or_default())
    }

    /// Replaces the outbox (removing the file when it is empty).
    pub fn save_outbox(&self, entries: &[QueuedTime]) -> Result<()> {
        if entries.is_empty() {
            remove(&self.outbox_path())
        } else {
            write_json(&self.outbox_path(), &entries)
        }
    }
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    match fs::read(path) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| Error::Io(format!("{} is damaged ({e}); fix or remove it", path.display()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Io(format!("cannot read {}: {e}", path.display()))),
    }
}

fn write_json<T: Serialize + ?Sized>(path: &Path, value: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value).map_err(|e| Error::Io(e.to_string()))?;
    text.push('\n');
    write_atomic(path, text.as_bytes())
}

fn remove(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Error::Io(format!("cannot remove {}: {e}", path.display())))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock() -> RunningClock {
        RunningClock {
            project: "gwm".into(),
            activities: vec!["dev".into()],
            notes: Some("line one\nline two".into()),
            issue_uri: None,
            user: "alice".into(),
            started_at: DateTime::parse_from_rfc3339("2026-11-29T09:30:15+01:00").unwrap(),
        }
    }

    #[test]
    fn the_clock_round_trips_with_offset_seconds_and_newlines() {
        let dir = tempfile::tempdir().unwrap();
        let state = ProfileState::new(dir.path().join("timesync"), "default");
        assert_eq!(state.clock().unwrap(), None);
        state.save_clock(&clock()).unwrap();
        let text = fs::read_to_string(state.clock_path()).unwrap();
        assert!(text.contains("\"started_at\": \"2026-11-29T09:30:15+01:00\""), "{text}");
        assert_eq!(state.clock().unwrap(), Some(clock()));
        state.clear_clock().unwrap();
        state.clear_clock().unwrap();
        assert_eq!(state.clock().unwrap(), None);
    }

    #[test]
    fn profiles_have_their_own_files_with_safe_names() {
        let state = ProfileState::new(PathBuf::from("/s"), "../evil name");
        assert_eq!(state.clock_path(), PathBuf::from("/s/clock-___evil_name.json"));
        assert_eq!(state.outbox_path(), PathBuf::from("/s/outbox-___evil_name.json"));
    }

    #[test]
    fn a_damaged_file_is_an_error_not_a_loss() {
        let dir = tempfile::tempdir().unwrap();
        let state = ProfileState::new(dir.path().to_owned(), "default");
        fs::write(state.outbox_path(), "[{").unwrap();
        assert!(state.outbox().unwrap_err().to_string().contains("damaged"));
        assert_eq!(fs::read_to_string(state.outbox_path()).unwrap(), "[{");
    }
}
