//! `GET /activities/:slug` and `GET /projects/:slug` find their object the same way.

use crate::auth::query_caller;
use crate::errors;
use crate::reply::Reply;
use crate::request::Req;
use crate::state::Db;
use crate::validate::slug_loose;

/// The caller's token, the loose slug check, then the row `find` gives. An unknown slug
/// answers 404 `Nonexistent <what>`, or, with `include_revisions`, the reference's empty 200.
/// Returns the row's index and whether revisions were asked for.
pub fn by_slug(
    db: &Db,
    req: &Req,
    slug: &str,
    what: &str,
    find: impl FnOnce(&Db) -> Option<usize>,
) -> Result<(usize, bool), Reply> {
    query_caller(db, req)?;
    if !slug_loose(slug) {
        return Err(errors::invalid_identifier("slug", slug));
    }
    let revisions = req.query.strict_flag("include_revisions");
    match find(db) {
        Some(id) => Ok((id, revisions)),
        None if revisions => Err(Reply::empty()),
        None => Err(errors::not_found(what)),
    }
}
