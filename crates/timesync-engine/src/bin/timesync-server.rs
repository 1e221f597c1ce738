//! `timesync-server`: the in-memory TimeSync server on a socket, until killed.
//!
//! `timesync-server --listen 127.0.0.1:8000 --admin NAME:PASSWORD` prints the base URL
//! (`http://127.0.0.1:8000/v0`) as the first line of stdout.

use std::fs::File;
use std::io::{BufReader, Write};
use std::time::{Duration, Instant};

use clap::Parser;

use timesync_engine::http::TestServer;

/// An in-memory TimeSync server that answers as osuosl/timesync-node does, for trying and
/// testing clients.
#[derive(Parser, Debug)]
#[command(name = "timesync-server", version)]
#[command(after_help = "The server starts empty (no users but the --admin ones and what --seed loads)
and keeps everything in memory. It prints its base URL (http://ADDRESS/v0) as
the first line of stdout once it is ready, then serves until killed. Log in
with POST /v0/login.")]
struct Args {
    /// Address to listen on (port 0: a free port, shown in the printed URL)
    #[arg(long, value_name = "ADDRESS", default_value = "127.0.0.1:8000")]
    listen: String,
    /// Add a site admin (also site manager and spectator); repeatable
    #[arg(long, value_name = "NAME:PASSWORD")]
    admin: Vec<String>,
    /// Lifetime of issued tokens, in seconds
    #[arg(long, value_name = "SECONDS", default_value_t = 1800)]
    token_lifetime: u64,
    /// For benchmarks: add activity `dev`, project `bench` and N entries of the first admin
    #[arg(long, value_name = "N")]
    bench: Option<usize>,
    /// Load time entries from FILE (JSON lines, one entry a line: user, project, activities,
    /// duration, date_worked, and optionally notes, issue_uri, uuid, created_at), creating the
    /// users (password `password`), projects and activities they name; repeatable
    #[arg(long, value_name = "FILE")]
    seed: Vec<std::path::PathBuf>,
    /// Write a line per request to FILE before its reply is sent: METHOD PATH STATUS BYTES MS (the
    /// milliseconds the reply took to make; tokens hidden)
    #[arg(long, value_name = "FILE")]
    access_log: Option<std::path::PathBuf>,
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
    if let Some(entries) = args.bench {
        let Some((owner, _)) = args.admin.first().and_then(|a| a.split_once(':')) else {
            eprintln!("timesync-server: --bench needs an --admin to own the entries");
            std::process::exit(2);
        };
        server.add_activity("Development", "dev");
        server.add_project("Benchmarks", &["bench"], Some("dev"), &[]);
        for n in 0..entries {
            let date = format!("2026-{:02}-{:02}", 1 + n % 12, 1 + n % 28);
            server.add_time(owner, "bench", &["dev"], 600 + (n % 7200) as i64, &date);
        }
    }
    for path in &args.seed {
        let started = Instant::now();
        let seeded = File::open(path)
            .map(BufReader::new)
            .map_err(|e| e.to_string())
            .and_then(|file| server.seed_times(file).map_err(|e| e.to_string()));
        match seeded {
            Ok(s) => eprintln!(
                "timesync-server: seeded {} time entries ({} new users, {} projects, {} activities) from {} in {:.2} s",
                s.times,
                s.users,
                s.projects,
                s.activities,
                path.display(),
                started.elapsed().as_secs_f64()
            ),
            Err(e) => {
                eprintln!("timesync-server: cannot seed from {}: {e}", path.display());
                std::process::exit(2);
            }
        }
    }
    if let Some(path) = &args.access_log {
        match File::create(path) {
            Ok(file) => server.set_access_log(Some(Box::new(file))),
            Err(e) => {
                eprintln!("timesync-server: cannot write {}: {e}", path.display());
                std::process::exit(2);
            }
        }
    }
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{}", server.base_url());
    let _ = out.flush();
    loop {
        std::thread::park();
    }
}
