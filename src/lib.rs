//! TimeSync client library and the building blocks of the `timesync` CLI.
//!
//! The library half is usable on its own, as pymesync is from Python:
//!
//! ```no_run
//! use timesync::client::Client;
//! use timesync::model::{AuthType, TimeQuery};
//!
//! let mut client = Client::new("http://localhost:8000/v0", Default::default())?;
//! client.authenticate("alice", "secret", AuthType::Password)?;
//! let times = client.get_times(&TimeQuery::default())?;
//! println!("{} entries", times.len());
//! # Ok::<(), timesync::Error>(())
//! ```
//!
//! Modules, one concern each: [`model`] (API objects), [`validation`] (slugs,
//! UUIDs, usernames), [`timeparse`] (durations and dates), [`import`] (reading histories
//! from files), [`token`] (token
//! decoding), [`client`] (HTTP), [`config`] (the config file), [`settings`]
//! (defaults + file + environment + flags), [`cli`] (argv), [`commands`] (one
//! file per command group), [`output`] (tables and JSON) and [`error`].

pub mod cli;
pub mod client;
pub mod commands;
pub mod config;
pub mod error;
pub mod import;
pub mod mock;
pub mod model;
pub mod output;
pub mod password;
pub mod report;
pub mod settings;
pub mod state;
pub mod timeparse;
pub mod token;
pub mod validation;

pub use error::{Error, Result};
