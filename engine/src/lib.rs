//! An in-memory TimeSync server engine: a [`Request`] in, a [`Reply`] out, no HTTP inside.
//!
//! Mimics the reference Node server (osuosl/timesync-node) as described in
//! the TimeSync API reference: routes under `/v0`, the POST envelope, token
//! placement, validation order, exact error titles/texts, permissions, revisions, soft
//! deletion, the varying Content-Types and the quirks a client meets on normal paths.
//! The optional feature `http` serves an [`Engine`] over HTTP ([`http::TestServer`]).
//!
//! # Deviations from the reference server
//!
//! Where the reference server crashes, answers 500, or depends on things a test server
//! cannot reproduce, this server does the following instead:
//!
//! 1. **Tokens** have the reference layout (standard base64 with padding, header
//!    `{"typ":"JWT","alg":"HMAC-SHA512"}`, payload `iss`/`sub`/`exp`/`iat` in ms) with
//!    `iss` = `timesync-test`, but the signature is hash-derived bytes, **not a real
//!    HMAC-SHA512**. A token is accepted when it is in the in-memory table, `exp >= now` and
//!    user `sub` exists (deleted users included, as in the reference). The lifetime is
//!    configurable (default 30 minutes) and applies to tokens issued afterwards.
//! 2. **Login types**: only `password` is enabled; any other type (`ldap`, `foo`, `token`)
//!    always gets 401 `Bad query value` / `<type> is not a valid authentication type`. The
//!    reference's fallback to the previous request's strategy is not copied.
//! 3. **Login with a non-string username or password** answers 401 `Incorrect username or
//!    password` (the reference would throw inside bcrypt / the query).
//! 4. **`GET /times/:uuid?include_revisions=true` on a never-updated time** answers 200 with
//!    the time and `"parents": []` (the reference crashes and closes the connection).
//! 5. **Activity update** builds the new revision on the **newest** row (revision + 1), so
//!    successive updates count up and keep earlier changes (the reference builds on the
//!    oldest row). `GET /activities` parents therefore never share the current revision.
//! 6. **Project create with `slugs: []`** answers 400 `Field slugs of project should be array
//!    of slugs but was sent as empty array` (the update text); the reference answers 500.
//! 7. **Duplicate slugs inside one project create/update request** are stored once (the
//!    create response still echoes the request); the reference answers 500 on create.
//! 8. **`users: {}`** on project create is accepted (no roles), and on project update it
//!    removes every role; the reference answers 500 for both.
//! 9. **Time create with `activities: []`** is treated like omitted `activities` (project
//!    default activity, else 400 `The time is missing a activities`); the reference answers 500.
//! 10. **User create/update with an unknown key** (e.g. `org-roles`) answers 400 `Bad object`,
//!     `user does not have a <key> field`, at the point where the reference fails with 500
//!     (after every other check).
//! 11. **Time create membership** needs a role row with `member` true (or site_admin), the
//!     PostgreSQL behaviour; the SQLite reference also lets a `member: false` row pass.
//! 12. **A POST whose `object` is present but not a JSON object** (null, string, number,
//!     array) gets the same 401 `{"error":"Authentication failure","text":{}}` as a missing
//!     `object` (the reference's behaviour varies by endpoint).
//! 13. **Dates** (`date_worked`, `start`, `end`) use a subset of JavaScript `Date.parse`:
//!     `YYYY-MM-DD` (days up to 31 overflow into the next month, as V8 does), optionally
//!     followed by `THH:MM[:SS[.fff]]` (or a space instead of `T`) and `Z`/`±HH:MM`. A time
//!     without an offset is read as UTC (V8 would use the server's local zone). Other forms
//!     V8's legacy parser accepts are rejected.
//! 14. **E-mail validation** approximates the reference's narrow pattern: a local part of at
//!     least 2 characters from `[A-Za-z0-9._+]`, `@`, one label of `[A-Za-z0-9-]`, then one
//!     or two suffixes of 2–3 lower-case letters.
//! 15. **URI validation** approximates `valid-url.isWebUri`: `http://` or `https://`, a
//!     non-empty host, only URI characters.
//! 16. **Query strings**: repeated keys and `key[]` become arrays; other bracket syntax
//!     (`a[b]=c`) is not expanded. A repeated `token` is answered `Bad API token`.
//!     Form-encoded bodies are parsed in qs "extended" style (all leaves are strings).
//! 17. **The raw row** returned by the time-update `activities: []` bug is approximated
//!     (`user` is the user's position in the user table + 1; timestamps in ms).
//! 18. **`duration` on time update** goes through an approximation of JavaScript `Number()`;
//!     a JSON number is stored exactly as sent.
//! 19. **Headers**: `Access-Control-Allow-Origin: *`, `X-Content-Type-Options` and
//!     `X-Frame-Options` on every response and the login cache headers; not helmet's full
//!     set (CSP and no-cache headers are only on the HTML 404 and login respectively).
//! 20. **No body size limit** (body-parser's 100 kB limit / 413 is not copied); malformed
//!     percent-escapes in a path parameter are decoded leniently instead of Express's 400.
//! 21. **Project `default_activity`** shows the activity's current slug; project parents are
//!     never duplicated (the reference can list a parent twice when the default activity
//!     has several revisions).
//! 22. **A panic** in a handler (never expected) answers 500 `Server error` /
//!     `Unexpected server error.` instead of killing the server thread.
//!
//! Copied on purpose (not deviations): create responses echo the request (text/html), the
//! time/project update-response bugs, `created_at` in ms and `active: true` on user create,
//! the empty 200 for an unknown slug with `include_revisions`, the strict/lenient
//! `include_*` parsing, the activity-delete 405 cross-join bug, times keeping the old slug
//! of a renamed activity, the union of projects/activities in `GET /times` parents, the
//! Express HTML 404 for unknown routes and methods, deleted/inactive users logging in, and
//! activity references resolved against every activity row carrying the slug (as the
//! reference's `checkActivities` does, so a renamed activity's former slug still resolves).

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
