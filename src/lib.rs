//! The `timesync` command line, on the [`timesync`] library: argv
//! ([`cli`]), settings, the config file, the local state store and its
//! delivery ledger, one module per command group, reading histories to
//! import, output ([`output`]) and test mode.
//!
//! Its modules are public only for the binary, its tests, benchmarks and
//! fuzz targets; they are not a stable API. Programs that talk to TimeSync
//! use the `timesync` library.

#[doc(hidden)]
pub mod app;
#[doc(hidden)]
pub mod cli;
mod commands;
mod config;
pub mod error;
mod git;
mod history;
#[doc(hidden)]
pub mod output;
mod password;
mod settings;
mod state;
mod testmode;

pub use error::{Error, Result};

/// The README's Rust examples, compiled as doc tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// The Rust examples of the manual's page on the library, compiled as doc
/// tests so that they stay true.
#[cfg(doctest)]
#[doc = include_str!("../docs/library.md")]
pub struct LibraryDoctests;
