//! Shared test support. Empty: the in-memory TimeSync server lives in the
//! `timesync-engine` workspace crate (`engine/`), reached through
//! `timesync_engine::http` (see `tests/cli/harness.rs`).
