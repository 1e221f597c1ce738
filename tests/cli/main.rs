//! Integration tests: the real `timesync` binary against the in-memory
//! TimeSync test server, each test with its own server and config directory.

#[path = "../support/mod.rs"]
#[allow(dead_code)]
mod support;

mod harness;

mod auth;
mod clock;
mod errors;
mod generated;
mod outbox;
mod report;
mod time;
mod project;
mod activity;
mod user;
mod permissions;
