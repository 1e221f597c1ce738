//! Shared test support: the in-memory TimeSync test server.

pub mod server;
