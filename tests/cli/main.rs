//! Integration tests: the real `timesync` binary against the in-memory
//! TimeSync test server, each test with its own server and config directory.
//!
//! Unix only: the tests drive the binary through POSIX shells, ptys, file
//! modes and symlinks. On Windows, CI builds everything and runs the unit,
//! library, engine and property tests.
#![cfg(unix)]

mod harness;

mod activity;
mod auth;
mod clock;
mod completion;
mod csv_terminal;
mod delivery;
mod errors;
mod everyday;
mod generated;
mod git_context;
mod help;
mod html;
mod import;
mod local_input;
mod log;
mod nothing_lost;
mod offline;
mod outbox;
mod pager;
mod permissions;
mod project;
mod proxy;
mod pty;
mod readme;
mod references;
mod relogin;
mod report;
mod safety;
mod scripting;
mod tables;
mod test_mode;
mod time;
mod user;
mod verbs;
