//! The client for code that is not `async`: the same methods as
//! [`crate::client::Client`], each run to its end before it returns.
//!
//! It is safe to call from any thread, including from inside a tokio
//! runtime (a `#[tokio::main]` program, a `spawn_blocking` task): there it
//! waits on a thread of its own instead of nesting runtimes, which tokio
//! refuses with a panic. Elsewhere it drives its requests on the calling
//! thread, so no request or chunk of a body is handed between threads.
//! Threads may share one client: each call waits for its own answer.

use std::future::Future;

use tokio::runtime::{Handle, Runtime};

use crate::client::{self, ClientOptions, Clock, Observer, Renewal, Transport};
use crate::error::{Error, Result};
use crate::model::{
    Activity, ActivityQuery, ActivityUpdate, AuthType, NewActivity, NewProject, NewTime, NewUser, Project,
    ProjectQuery, ProjectRole, ProjectUpdate, ProjectUsers, Time, TimeQuery, TimeUpdate, User, UserUpdate,
};
use crate::token::{Secret, TokenClaims};
use crate::validation::{Slug, Username, Uuid};

/// A TimeSync API client that blocks until each call is answered.
pub struct Client {
    inner: client::Client,
    /// `Some` until the client is dropped (then shut down without waiting).
    runtime: Option<Runtime>,
}

impl Client {
    /// A client speaking HTTP to `baseurl` (which includes the version path,
    /// e.g. `http://host:8000/v0`; one trailing slash is stripped).
    pub fn new(baseurl: &str, options: ClientOptions) -> Result<Self> {
        Client::wrap(client::Client::new(baseurl, options)?)
    }

    /// A client over any transport (an in-process engine, a test double).
    pub fn with_transport(baseurl: &str, transport: Box<dyn Transport>) -> Result<Self> {
        Client::wrap(client::Client::with_transport(baseurl, transport))
    }

    /// Blocks on the calls of the `async` client `inner`.
    pub fn wrap(inner: client::Client) -> Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Setup(format!("cannot start the client's runtime: {e}")))?;
        Ok(Client { inner, runtime: Some(runtime) })
    }

    /// The `async` client underneath.
    pub fn inner(&self) -> &client::Client {
        &self.inner
    }

    /// Runs `future` to its end (see [`block_on`]).
    fn run<T: Send, E: From<Error> + Send>(
        &self,
        future: impl Future<Output = std::result::Result<T, E>> + Send,
    ) -> std::result::Result<T, E> {
        block_on(self.runtime.as_ref(), future)
    }

    /// Refuses reply bodies larger than `bytes` (default 1 GiB).
    pub fn set_max_reply_bytes(&mut self, bytes: u64) {
        self.inner.set_max_reply_bytes(bytes);
    }

    /// Reads "now" from `clock` when checking the token's expiry.
    pub fn set_clock(&mut self, clock: Clock) {
        self.inner.set_clock(clock);
    }

    /// Tells `observer` about each request and re-login.
    pub fn set_observer(&mut self, observer: Option<Observer>) {
        self.inner.set_observer(observer);
    }

    /// Uses `token` for the requests that follow.
    pub fn set_token(&mut self, token: Option<Secret>) {
        self.inner.set_token(token);
    }

    /// The token in use, if any.
    pub fn token(&self) -> Option<Secret> {
        self.inner.token()
    }

    /// The base URL, without a trailing slash.
    pub fn baseurl(&self) -> &str {
        self.inner.baseurl()
    }

    /// Decodes the current token's user and expiry (pymesync's `token_expiration_time`).
    pub fn token_claims(&self) -> Result<TokenClaims> {
        self.inner.token_claims()
    }

    /// Logs in again whenever the token has expired or the server no longer
    /// knows it (see [`crate::client::Client::set_renewal`]).
    pub fn set_renewal(&mut self, renewal: Renewal) {
        self.inner.set_renewal(renewal);
    }

    /// Whether the client may log in again on its own.
    pub fn can_renew(&self) -> bool {
        self.inner.can_renew()
    }

    /// Whether `token`'s expiry has passed on the client's clock.
    pub fn is_expired(&self, token: &Secret) -> bool {
        self.inner.is_expired(token)
    }

    /// Logs in (`POST /login`) and keeps the token for later calls.
    pub fn authenticate(&mut self, username: &str, password: &str, auth_type: AuthType) -> Result<Secret> {
        let Client { inner, runtime } = self;
        block_on(runtime.as_ref(), inner.authenticate(username, password, auth_type))
    }

    /// Hands each time entry matching `query` to `each` as it is decoded
    /// from the reply, without holding the list; returns how many there were.
    /// An error from `each` stops the list and is returned.
    pub fn each_time<E: From<Error> + Send>(
        &self,
        query: &TimeQuery,
        each: impl FnMut(Time) -> std::result::Result<(), E> + Send,
    ) -> std::result::Result<usize, E> {
        self.run(self.inner.each_time(query, each))
    }
}

/// Runs `future` to its end on `runtime`: on this thread, or, when this
/// thread is already inside a runtime, on a thread of its own.
fn block_on<T: Send, E: From<Error> + Send>(
    runtime: Option<&Runtime>,
    future: impl Future<Output = std::result::Result<T, E>> + Send,
) -> std::result::Result<T, E> {
    let runtime = runtime.ok_or_else(|| Error::Setup("the client's runtime was shut down".into()))?;
    if Handle::try_current().is_err() {
        return runtime.block_on(future);
    }
    std::thread::scope(|scope| scope.spawn(|| runtime.block_on(future)).join())
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Blocking forms of the `async` client's calls, each documented there.
macro_rules! blocking {
    ($($(#[$doc:meta])* fn $name:ident(&self $(, $arg:ident: $ty:ty)*) -> $out:ty;)*) => {
        impl Client {
            $(
                $(#[$doc])*
                #[doc = concat!("\n\nSee [`crate::client::Client::", stringify!($name), "`].")]
                pub fn $name(&self $(, $arg: $ty)*) -> $out {
                    self.run(self.inner.$name($($arg),*))
                }
            )*
        }
    };
}

blocking! {
    /// Creates a time entry (`POST /times`).
    fn create_time(&self, time: &NewTime) -> Result<Time>;
    /// Updates the given fields of a time entry and returns the stored entry.
    fn update_time(&self, uuid: &Uuid, update: &TimeUpdate) -> Result<Time>;
    /// Lists time entries matching `query` (`GET /times`).
    fn get_times(&self, query: &TimeQuery) -> Result<Vec<Time>>;
    /// Gets one time entry (`GET /times/:uuid`), as a list like pymesync.
    fn get_time(&self, uuid: &Uuid, include_revisions: bool, include_deleted: bool) -> Result<Vec<Time>>;
    /// Deletes a time entry (`DELETE /times/:uuid`).
    fn delete_time(&self, uuid: &Uuid) -> Result<()>;
    /// Creates a project and returns it as stored.
    fn create_project(&self, project: &NewProject) -> Result<Project>;
    /// Changes the given fields of a project, keeping everything else.
    fn update_project(&self, slug: &Slug, update: &ProjectUpdate) -> Result<Project>;
    /// Gives `users` the `roles` in the project, on top of those they have.
    fn add_project_users(&self, slug: &Slug, users: &[Username], roles: &[ProjectRole]) -> Result<Project>;
    /// Takes every role in the project away from `users`.
    fn remove_project_users(&self, slug: &Slug, users: &[Username]) -> Result<Project>;
    /// Lists projects, or one project by slug, always as a list.
    fn get_projects(&self, query: &ProjectQuery) -> Result<Vec<Project>>;
    /// Gets one project by any of its slugs.
    fn get_project(&self, slug: &Slug) -> Result<Project>;
    /// Deletes a project (`DELETE /projects/:slug`).
    fn delete_project(&self, slug: &Slug) -> Result<()>;
    /// The project's users with the names of their roles.
    fn project_users(&self, slug: &Slug) -> Result<ProjectUsers>;
    /// Creates an activity (`POST /activities`).
    fn create_activity(&self, activity: &NewActivity) -> Result<Activity>;
    /// Changes the name and/or slug of an activity and returns it as stored.
    fn update_activity(&self, slug: &Slug, update: &ActivityUpdate) -> Result<Activity>;
    /// Lists activities, or one by slug, always as a list.
    fn get_activities(&self, query: &ActivityQuery) -> Result<Vec<Activity>>;
    /// Gets one activity by slug.
    fn get_activity(&self, slug: &Slug) -> Result<Activity>;
    /// Deletes an activity (`DELETE /activities/:slug`).
    fn delete_activity(&self, slug: &Slug) -> Result<()>;
    /// Creates a user with the password hashed, and returns the user as stored.
    fn create_user(&self, user: &NewUser) -> Result<User>;
    /// Changes the given fields of a user; a new password is sent hashed.
    fn update_user(&self, username: &Username, update: &UserUpdate) -> Result<User>;
    /// Lists users, or one by username, always as a list.
    fn get_users(&self, username: Option<&Username>, include_deleted: bool) -> Result<Vec<User>>;
    /// Deletes a user (`DELETE /users/:username`).
    fn delete_user(&self, username: &Username) -> Result<()>;
}

impl Drop for Client {
    /// Shuts the runtime down without waiting: dropping a runtime that
    /// waits is refused inside another runtime.
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}
