//! `timesync outbox` and `timesync sync`: entries kept while the server was unreachable.

use clap::{Args, Subcommand};

use super::TimeFields;

/// Arguments of `timesync outbox`.
#[derive(Debug, Args)]
pub struct OutboxArgs {
    /// What to do with the outbox [default: list it]
    #[command(subcommand)]
    pub command: Option<OutboxCommand>,
}

/// The `outbox` subcommands.
#[derive(Debug, Subcommand)]
pub enum OutboxCommand {
    /// Show one entry, field by field
    Show {
        /// Its number, as `timesync outbox` lists it
        #[arg(value_name = "N")]
        number: usize,
    },
    /// Change fields of a queued entry before it is sent; only the fields given change
    Edit(OutboxEditArgs),
    /// Remove an entry without sending it
    Drop {
        /// Its number, as `timesync outbox` lists it
        #[arg(value_name = "N")]
        number: usize,
    },
}

/// Arguments of `timesync outbox edit`.
#[derive(Debug, Args)]
pub struct OutboxEditArgs {
    /// Its number, as `timesync outbox` lists it
    #[arg(value_name = "N")]
    pub number: usize,

    /// The fields to change (at least one), as `time update` takes them.
    #[command(flatten)]
    pub fields: TimeFields,
}
