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
//! The library is what a program talking to TimeSync needs: [`client`]
//! (requests over a [`client::Transport`], HTTP by default), [`model`] (API
//! objects), [`validation`] (slugs, UUIDs, usernames), [`timeparse`]
//! (durations and dates as people type them), [`reference`] (`@1` and UUID
//! prefixes), [`token`] (token decoding), [`report`] (totals) and [`error`]. It never prints and knows nothing of
//! terminals; `cargo build --lib --no-default-features` builds just this.
//!
//! The default `cli` feature adds the `timesync` command line: argv
//! ([`cli`]), settings, the config file, the local state store, one module
//! per command group, reading histories to import, output ([`output`]) and
//! test mode. Its modules are
//! public only for the binary, its tests and fuzz targets; they are not a
//! stable API.

pub mod client;
pub mod error;
pub mod model;
pub mod reference;
pub mod timeparse;
pub mod token;
pub mod totals;
pub mod validation;

pub use error::{Error, Result};

#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod app;
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
#[cfg(feature = "cli")]
mod commands;
#[cfg(feature = "cli")]
mod config;
#[cfg(feature = "cli")]
mod history;
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod output;
#[cfg(feature = "cli")]
mod password;
#[cfg(feature = "cli")]
mod settings;
#[cfg(feature = "cli")]
mod state;
#[cfg(feature = "cli")]
mod testmode;
