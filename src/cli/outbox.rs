//! `timesync outbox` and `timesync sync`: entries kept while the server was unreachable.

use clap::{Args, Subcommand};

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
    /// Remove an entry without sending it
    Drop {
        /// Its number, as `timesync outbox` lists it
        #[arg(value_name = "N")]
        number: usize,
    },
}
