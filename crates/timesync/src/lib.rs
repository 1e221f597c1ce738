//! Client library for the [TimeSync](https://github.com/osuosl/timesync)
//! time-tracking API, as pymesync is from Python: typed requests, replies
//! and errors, with nothing of terminals and no printing.
//!
//! ```no_run
//! use timesync::blocking::Client;
//! use timesync::model::{AuthType, TimeQuery};
//!
//! let mut client = Client::new("https://timesync.example.com/v0", Default::default())?;
//! client.authenticate("alice", "secret", AuthType::Password)?;
//! let seconds: u64 = client.get_times(&TimeQuery::default())?.iter().map(|t| t.duration.as_secs()).sum();
//! println!("{:.1} hours", seconds as f64 / 3600.0);
//! # Ok::<(), timesync::Error>(())
//! ```
//!
//! [`client::Client`] is the same client for `async` code (on tokio, which
//! reqwest needs): `client.authenticate(…).await?`. [`blocking::Client`]
//! runs each of its calls to the end, and may be called from any thread,
//! inside a tokio runtime too.
//!
//! What is here: [`client`] (requests over a [`client::Transport`], HTTP by
//! default; with feature `engine`, [`client::EngineTransport`] to the
//! in-process engine, for tests without sockets), [`model`] (API objects),
//! [`validation`] (slugs, UUIDs, usernames), [`timeparse`] (durations and
//! dates as people type them), [`reference`](mod@reference) (`@1` and UUID prefixes),
//! [`token`] (token decoding), [`totals`] (hours grouped and rounded) and
//! [`error`].

pub mod blocking;
pub mod client;
pub mod error;
pub mod model;
pub mod reference;
pub mod timeparse;
pub mod token;
pub mod totals;
pub mod validation;

pub use error::{Error, Result};

/// The in-process TimeSync engine (feature `engine`), for tests without
/// sockets: see [`client::EngineTransport`].
#[cfg(feature = "engine")]
pub use timesync_engine as engine;

/// The README's Rust examples, compiled as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
