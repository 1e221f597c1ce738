//! Client library for the [TimeSync](https://github.com/osuosl/timesync)
//! time-tracking API, as pymesync is from Python: typed requests, replies
//! and errors, with no printing and nothing of terminals.
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
//! What is here: [`client`] (requests over a [`client::Transport`], HTTP by
//! default), [`model`] (API objects), [`validation`] (slugs, UUIDs,
//! usernames), [`timeparse`] (durations and dates as people type them),
//! [`reference`] (`@1` and UUID prefixes), [`token`] (token decoding),
//! [`totals`] (hours grouped and rounded) and [`error`].

pub mod client;
pub mod error;
pub mod model;
pub mod reference;
pub mod timeparse;
pub mod token;
pub mod totals;
pub mod validation;

pub use error::{Error, Result};
