//! The engine's API behaviour, request in and reply out, without sockets.

#[path = "../common/mod.rs"]
mod common;

mod activities;
mod auth;
mod clock;
mod projects;
mod recorded;
mod reference;
mod samples;
mod seed;
mod times;
mod users;
