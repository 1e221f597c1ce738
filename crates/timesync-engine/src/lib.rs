//! An in-memory TimeSync server, answering as the reference server (osuosl/timesync-node)
//! does: for tests of TimeSync clients, and as `timesync-server` to try one by hand.
//!
//! Quick start (feature `http`, on by default): a server on a free loopback port.
//!
//! ```
//! # #[cfg(feature = "http")] {
//! use timesync_engine::{http::TestServer, SiteRoles};
//!
//! let server = TestServer::start(); // stops when dropped
//! server.add_user("alice", "secret", SiteRoles::default());
//! let url = server.base_url(); // http://127.0.0.1:PORT/v0: give it to any client
//! let login = serde_json::json!({"auth": {"type": "password", "username": "alice", "password": "secret"}});
//! let reply = reqwest::blocking::Client::new().post(format!("{url}/login")).json(&login).send().unwrap();
//! assert_eq!(reply.status(), 200); // {"token": "…"}: send it as `?token=` or in the POST envelope
//! # }
//! ```
//!
//! The same from a shell, with the `timesync-server` binary (feature `server`, on by default):
//!
//! ```sh
//! cargo install timesync-engine
//! timesync-server --listen 127.0.0.1:8000 --admin admin:secret &  # prints its base URL
//! curl -H 'Content-Type: application/json' http://127.0.0.1:8000/v0/login \
//!     -d '{"auth": {"type": "password", "username": "admin", "password": "secret"}}'
//! ```
//!
//! [`Engine::handle`] takes a [`Request`] and gives the [`Reply`], with no HTTP inside: routes
//! under `/v0`, the POST envelope, token placement, validation order, the exact error titles
//! and texts, permissions, revisions, soft deletion, the varying content types, and the
//! reference's quirks a client meets on ordinary paths. What it implements, which reference
//! bugs it copies and where it deliberately deviates is in `docs/server-behaviour.md` in this
//! crate.
//!
//! * [`Engine`]: the state behind one lock (`&self` methods, `Send + Sync`), with the seeding
//!   and inspection methods tests use ([`Engine::add_user`], [`Engine::add_project`],
//!   [`Engine::token_for`], [`Engine::get_json`], …), an injectable [`Clock`] and a
//!   [`LoginPolicy`].
//! * [`samples`]: the sample data set `timesync --test` starts from.
//! * [`seed`]: a history of time entries loaded from JSON lines ([`Engine::seed_times`]), for
//!   benchmarks of large histories (`timesync-server --seed FILE`).
//! * `http` (feature `http`): `http::TestServer` serves an engine over HTTP with `tiny_http`,
//!   with fault injection, stalls and request recording. It dereferences to its [`Engine`].
//!   Without the feature the crate has no HTTP code at all.
//! * feature `server` (default): the `timesync-server` binary (see its `--help`).
//!
//! Without HTTP, straight through the engine:
//!
//! ```
//! use timesync_engine::{Engine, Request, SiteRoles};
//!
//! let engine = Engine::new();
//! engine.add_user("alice", "secret", SiteRoles::default());
//! let login = serde_json::json!({"auth": {"type": "password", "username": "alice", "password": "secret"}});
//! let reply = engine.handle(&Request::new("POST", "/v0/login").with_json(&login));
//! assert_eq!(reply.status, 200);
//! let token = reply.body_json().unwrap()["token"].as_str().unwrap().to_string();
//! let reply = engine.handle(&Request::new("GET", "/v0/users/alice").with_token(&token));
//! assert_eq!(reply.body_json().unwrap()["username"], "alice");
//! assert_eq!(engine.handle(&Request::new("GET", "/v0/nowhere")).status, 404);
//! ```

mod activities;
mod auth;
mod dates;
mod engine;
mod errors;
mod fields;
#[cfg(feature = "http")]
pub mod http;
mod js;
mod lookup;
mod projects;
mod query;
mod reply;
mod request;
mod router;
pub mod samples;
pub mod seed;
mod state;
mod times;
mod users;
mod validate;

pub use engine::{Clock, Engine, LoginPolicy, ProjectRoles, SiteRoles};
pub use seed::{SeedError, Seeded};

/// The README's examples, run as doctests.
#[cfg(all(doctest, feature = "http"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
pub use reply::Reply;
pub use request::Request;
