//! An in-memory TimeSync server engine: a [`Request`] in, a [`Reply`] out, no HTTP inside.
//!
//! [`Engine::handle`] answers a request the way the reference server (osuosl/timesync-node)
//! does: routes under `/v0`, the POST envelope, token placement, validation order, the exact
//! error titles and texts, permissions, revisions, soft deletion, the varying content types,
//! and the reference's quirks a client meets on ordinary paths. What it implements, which
//! reference bugs it copies and where it deliberately deviates is written down in
//! `docs/server-behaviour.md` at the top of the repository (`../../docs/server-behaviour.md`
//! from this file).
//!
//! * [`Engine`]: the state behind one lock (`&self` methods, `Send + Sync`), with the seeding
//!   and inspection methods tests use ([`Engine::add_user`], [`Engine::add_project`],
//!   [`Engine::token_for`], [`Engine::get_json`], …), an injectable [`Clock`] and a
//!   [`LoginPolicy`].
//! * [`samples`]: the sample data set `timesync --test` starts from.
//! * `http` (feature `http`): `http::TestServer` serves an engine over HTTP with `tiny_http`,
//!   with fault injection, stalls and request recording, for the CLI integration tests and
//!   the `timesync-server` example. Without the feature the crate has no HTTP code at all.
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
mod state;
mod times;
mod users;
mod validate;

pub use engine::{Clock, Engine, LoginPolicy, ProjectRoles, SiteRoles};
pub use reply::Reply;
pub use request::Request;
