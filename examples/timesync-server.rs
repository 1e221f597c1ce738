//! Runs the in-memory TimeSync test server until killed.
//!
//! `cargo run --example timesync-server -- --listen 127.0.0.1:8000 --admin NAME:PASSWORD`
//! prints the base URL (`http://127.0.0.1:8000/v0`) as the first line of stdout.

use std::io::Write;
use std::time::Duration;

use clap::Parser;

use timesync_engine::http::TestServer;

/// In-memory TimeSync test server (mimics osuosl/timesync-node).
#[derive(Parser, Debug)]
#[command(name = "timesync-server")]
struct Args {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8000")]
    listen: String,
    /// Add a site admin (also site manager and spectator); may be repeated.
    #[arg(long, value_name = "NAME:PASSWORD")]
    admin: Vec<String>,
    /// Lifetime of issued tokens, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 1800)]
    token_lifetime: u64,
}

fn main() {
    let args = Args::parse();
    let server = match TestServer::start_on(&args.listen) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("timesync-server: cannot listen on {}: {e}", args.listen);
            std::process::exit(1);
        }
    };
    server.set_token_lifetime(Duration::from_secs(args.token_lifetime));
    for admin in &args.admin {
        let Some((name, password)) = admin.split_once(':') else {
            eprintln!("timesync-server: --admin expects NAME:PASSWORD, got {admin}");
            std::process::exit(2);
        };
        server.add_admin(name, password);
    }
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{}", server.base_url());
    let _ = out.flush();
    loop {
        std::thread::park();
    }
}
