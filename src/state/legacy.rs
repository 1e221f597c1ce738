//! Importing the JSON state files of earlier versions (`clock-<profile>.json`,
//! `outbox-<profile>.json`) into the database. A file is removed only after
//! its import has committed, and each import is recorded (file name and a
//! digest of its contents) in the same transaction, so an upgrade interrupted
//! at any point, or two commands upgrading at once, import everything once.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use rusqlite::{params, OptionalExtension};
use serde::Deserialize;

use super::ledger::{insert, NewEntry, Source};
use super::{db_error, remove_file, to_json, RunningClock, Store};
use crate::error::{Error, Result};
use crate::model::NewTime;

/// An outbox entry as earlier versions wrote it.
#[derive(Deserialize)]
struct LegacyQueued {
    time: NewTime,
    queued_at: DateTime<FixedOffset>,
    #[serde(default)]
    refused: Option<String>,
}

/// The file-name form earlier versions gave a profile.
fn file_stem(profile: &str) -> String {
    profile.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect()
}

fn files(dir: &Path, profile: &str) -> [PathBuf; 2] {
    let stem = file_stem(profile);
    [dir.join(format!("clock-{stem}.json")), dir.join(format!("outbox-{stem}.json"))]
}

/// Whether `profile` has state files of an earlier version in `dir`.
pub(super) fn has_files(dir: &Path, profile: &str) -> bool {
    files(dir, profile).iter().any(|path| path.exists())
}

/// Imports the profile's legacy files, if any, then removes them.
pub(super) fn import(store: &mut Store, dir: &Path) -> Result<()> {
    let [clock_path, outbox_path] = files(dir, &store.profile);
    if let Some(text) = read(&clock_path)? {
        let clock: RunningClock = parse(&clock_path, &text)?;
        if import_once(store, &clock_path, &text, |tx, path, profile| {
            let inserted = tx
                .execute(
                    "INSERT OR IGNORE INTO clocks (profile, clock) VALUES (?1, ?2)",
                    params![profile, to_json(&clock)?],
                )
                .map_err(|e| db_error(path, &e))?;
            Ok(inserted == 1)
        })? {
            remove_file(&clock_path)?;
        }
    }
    if let Some(text) = read(&outbox_path)? {
        let queued: Vec<LegacyQueued> = parse(&outbox_path, &text)?;
        import_once(store, &outbox_path, &text, |tx, path, profile| {
            for entry in &queued {
                // Earlier versions did not record the server: the profile's adopts it at `sync`.
                let new = NewEntry {
                    server: String::new(),
                    source: Source::Outbox,
                    profile: Some(profile.to_owned()),
                    queued_at: Some(entry.queued_at.to_rfc3339()),
                    reason: entry.refused.clone(),
                };
                insert(tx, path, &new, std::slice::from_ref(&entry.time), None)?;
            }
            Ok(true)
        })?;
        remove_file(&outbox_path)?;
    }
    Ok(())
}

/// Runs `insert` in a transaction unless this very file content was imported
/// before; records the import when `insert` says it took the data. Returns
/// whether the file may now be removed.
fn import_once(
    store: &mut Store,
    file: &Path,
    text: &str,
    insert: impl FnOnce(&rusqlite::Transaction, &Path, &str) -> Result<bool>,
) -> Result<bool> {
    let (path, profile) = (store.path.clone(), store.profile.clone());
    let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let digest = digest(text);
    store.write(|tx| {
        let done: Option<i64> = tx
            .query_row("SELECT 1 FROM imports WHERE file = ?1 AND digest = ?2", params![name, digest], |row| row.get(0))
            .optional()
            .map_err(|e| db_error(&path, &e))?;
        if done.is_some() {
            return Ok(true);
        }
        if !insert(tx, &path, &profile)? {
            return Ok(false);
        }
        tx.execute("INSERT INTO imports (file, digest) VALUES (?1, ?2)", params![name, digest])
            .map_err(|e| db_error(&path, &e))?;
        Ok(true)
    })
}

fn read(path: &Path) -> Result<Option<String>> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::Io(format!("cannot read {}: {e}", path.display()))),
    }
}

fn parse<T: for<'de> Deserialize<'de>>(path: &Path, text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|_| {
        Error::Io(format!(
            "{} is damaged (not the state file this program wrote); fix or move it aside",
            path.display()
        ))
    })
}

/// FNV-1a over the bytes, with the length: enough to tell one file's
/// contents from another's.
fn digest(text: &str) -> String {
    let hash = text
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3));
    format!("{:016x}-{}", hash, text.len())
}
