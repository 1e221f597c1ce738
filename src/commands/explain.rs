//! Server errors put in words that name the object sent and say what to do
//! next. This is the one place they are reworded: each command says what it
//! sent ([`Sent`]), and the server's status, title and text stay in the
//! error's cause, so `--json` errors still carry them.

use crate::error::Error;
use timesync::error::ApiError;

/// What the refused request sent, as far as its refusal can be explained.
#[derive(Clone, Copy, Debug)]
pub enum Sent<'a> {
    /// A time entry (create or update) naming this project (an update may
    /// name none) and these activities (none: the project's default).
    Time {
        /// The project's slug, if the request named one.
        project: Option<&'a str>,
        /// The activities' slugs.
        activities: &'a [&'a str],
    },
    /// A look-up of the project with this slug.
    Project(&'a str),
    /// A look-up of the activity with this slug.
    Activity(&'a str),
    /// Nothing that needs naming (a login, a list).
    Other,
}

/// `error` reworded when it is one of the refusals people meet every day;
/// any other error is returned as it is. Entries kept in the outbox keep
/// their note; an error already explained is not explained again.
pub fn explain(error: Error, sent: Sent<'_>) -> Error {
    match error {
        Error::Kept { cause, note } => Error::Kept { cause: Box::new(explain(*cause, sent)), note },
        error => match message(&error, sent) {
            Some(message) => Error::Explained { message, cause: Box::new(error) },
            None => error,
        },
    }
}

fn message(error: &Error, sent: Sent<'_>) -> Option<String> {
    match error.client()? {
        timesync::Error::Api(api) => api_message(api, sent),
        timesync::Error::NotTimeSync { baseurl, status: 404 } => without_version(baseurl),
        _ => None,
    }
}

fn api_message(api: &ApiError, sent: Sent<'_>) -> Option<String> {
    let missing_project =
        || project(sent).map(|p| format!("project '{p}' does not exist (see `timesync project get`)"));
    match (api.status, api.title.as_str(), sent) {
        (409, "Invalid foreign key", Sent::Time { .. }) if api.text.contains("valid project reference") => {
            missing_project()
        }
        (409, "Invalid foreign key", Sent::Time { activities, .. })
            if api.text.contains("valid activities reference") =>
        {
            Some(missing_activities(activities))
        }
        (400, "Bad object", Sent::Time { project: Some(project), activities: [] })
            if api.text.contains("missing a activities") =>
        {
            Some(no_default_activity(project))
        }
        (404, "Object not found", Sent::Project(_)) => missing_project(),
        (404, "Object not found", Sent::Activity(slug)) => Some(missing_activities(&[slug])),
        (400, "Bad query value", _) => unknown_filter(&api.text),
        _ => None,
    }
}

/// A list filtered by a user, project or activity the server does not
/// know: `Parameter user contained invalid value ghost`.
fn unknown_filter(text: &str) -> Option<String> {
    let (key, value) = text.strip_prefix("Parameter ")?.split_once(" contained invalid value ")?;
    let noun = match key {
        "user" | "project" | "activity" => key,
        _ => return None,
    };
    (!value.contains(',')).then(|| format!("{noun} '{value}' does not exist (see `timesync {noun} get`)"))
}

/// Why an entry in `project` needs activities named.
pub fn no_default_activity(project: &str) -> String {
    format!("project '{project}' has no default activity: give --activity")
}

fn project(sent: Sent<'_>) -> Option<&str> {
    match sent {
        Sent::Time { project, .. } => project,
        Sent::Project(slug) => Some(slug),
        _ => None,
    }
}

fn missing_activities(activities: &[&str]) -> String {
    match activities {
        [one] => format!("activity '{one}' does not exist (see `timesync activity get`)"),
        several => format!(
            "one of the activities {} does not exist (see `timesync activity get`)",
            several.iter().map(|a| format!("'{a}'")).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// For a base URL without a version path (`https://host`), the sentence
/// pointing to the one with it; `None` when the URL has one.
fn without_version(baseurl: &str) -> Option<String> {
    let base = baseurl.trim_end_matches('/');
    let last = base.rsplit('/').next().unwrap_or_default();
    let versioned = last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    (!versioned).then(|| format!("no TimeSync API at {base}/ — did you mean {base}/v0?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(status: u16, title: &str, text: &str) -> Error {
        Error::from(timesync::Error::Api(ApiError { status, title: title.into(), text: text.into(), values: vec![] }))
    }

    const PROJECT_FK: &str = "The time does not contain a valid project reference.";
    const ACTIVITY_FK: &str = "The time does not contain a valid activities reference.";

    #[test]
    fn unknown_projects_and_activities_are_named() {
        let time = Sent::Time { project: Some("nosuch"), activities: &["x"] };
        let error = explain(api(409, "Invalid foreign key", PROJECT_FK), time);
        assert_eq!(error.to_string(), "project 'nosuch' does not exist (see `timesync project get`)");
        assert_eq!(error.to_json()["text"], PROJECT_FK, "the server's text stays in --json");
        assert_eq!(error.exit_code() as i32, 1);
        let error = explain(api(409, "Invalid foreign key", ACTIVITY_FK), time);
        assert_eq!(error.to_string(), "activity 'x' does not exist (see `timesync activity get`)");
        let two = Sent::Time { project: None, activities: &["x", "y"] };
        let error = explain(api(409, "Invalid foreign key", ACTIVITY_FK), two);
        assert_eq!(error.to_string(), "one of the activities 'x', 'y' does not exist (see `timesync activity get`)");
    }

    #[test]
    fn unknown_filters_are_named() {
        let bad = |text: &str| explain(api(400, "Bad query value", text), Sent::Other).to_string();
        assert_eq!(
            bad("Parameter user contained invalid value ghost"),
            "user 'ghost' does not exist (see `timesync user get`)"
        );
        assert_eq!(
            bad("Parameter project contained invalid value nope"),
            "project 'nope' does not exist (see `timesync project get`)"
        );
        assert_eq!(
            bad("Parameter user contained invalid value a,b"),
            "Bad query value: Parameter user contained invalid value a,b (400)",
            "several: left as the server said"
        );
        assert_eq!(
            bad("Parameter start contained invalid value x"),
            "Bad query value: Parameter start contained invalid value x (400)"
        );
    }

    #[test]
    fn a_project_without_a_default_activity_asks_for_one() {
        let missing = || api(400, "Bad object", "The time is missing a activities");
        let error = explain(missing(), Sent::Time { project: Some("gwm"), activities: &[] });
        assert_eq!(error.to_string(), "project 'gwm' has no default activity: give --activity");
        assert!(
            matches!(explain(missing(), Sent::Other), Error::Client(timesync::Error::Api(_))),
            "nothing to name: left as it is"
        );
    }

    #[test]
    fn a_url_without_the_version_path_is_pointed_to_it() {
        let html = |baseurl: &str| Error::from(timesync::Error::NotTimeSync { baseurl: baseurl.into(), status: 404 });
        assert_eq!(
            explain(html("https://host"), Sent::Other).to_string(),
            "no TimeSync API at https://host/ — did you mean https://host/v0?"
        );
        assert_eq!(
            explain(html("http://h:8000/ts"), Sent::Other).to_string(),
            "no TimeSync API at http://h:8000/ts/ — did you mean http://h:8000/ts/v0?"
        );
        assert!(matches!(
            explain(html("https://host/v0"), Sent::Other),
            Error::Client(timesync::Error::NotTimeSync { .. })
        ));
        let kept = Error::Kept { cause: Box::new(html("https://host")), note: "kept".into() };
        assert_eq!(
            explain(kept, Sent::Other).to_string(),
            "no TimeSync API at https://host/ — did you mean https://host/v0?; kept"
        );
    }

    #[test]
    fn other_errors_and_explained_ones_pass_through() {
        let error = explain(api(404, "Object not found", "Nonexistent time"), Sent::Other);
        assert_eq!(error.to_string(), "Object not found: Nonexistent time (404)");
        let once = explain(api(404, "Object not found", "Nonexistent project"), Sent::Project("gwm"));
        let twice = explain(once, Sent::Other);
        assert_eq!(twice.to_string(), "project 'gwm' does not exist (see `timesync project get`)");
    }
}
