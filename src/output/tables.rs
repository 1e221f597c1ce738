//! How each kind of object looks in a table: list columns and detail fields.

use super::Tabular;
use crate::model::{ApiDate, Time};

fn date(d: &Option<ApiDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

impl Tabular for Time {
    const COLUMNS: &'static [&'static str] = &["Date", "Duration", "Project", "Activities", "User", "Notes", "Rev", "UUID"];
    const PLURAL: &'static str = "time entries";

    fn rows(&self) -> Vec<Vec<String>> {
        let mut rows = vec![time_row(self)];
        rows.extend(self.parents.iter().flatten().map(time_row));
        rows
    }

    fn details(&self) -> Vec<(&'static str, String)> {
        let mut details = vec![
            ("uuid", self.uuid.clone()),
            ("date worked", self.date_worked.to_string()),
            ("duration", self.duration.to_string()),
            ("project", self.project.join(", ")),
            ("activities", self.activities.join(", ")),
            ("user", self.user.clone()),
            ("notes", self.notes.clone().unwrap_or_default()),
            ("issue", self.issue_uri.clone().unwrap_or_default()),
            ("revision", self.revision.to_string()),
            ("created", date(&self.created_at)),
            ("updated", date(&self.updated_at)),
        ];
        if self.deleted_at.is_some() {
            details.push(("deleted", date(&self.deleted_at)));
        }
        details
    }
}

fn time_row(time: &Time) -> Vec<String> {
    let revision = match time.deleted_at {
        Some(deleted) => format!("{} (deleted {deleted})", time.revision),
        None => time.revision.to_string(),
    };
    vec![
        time.date_worked.to_string(),
        time.duration.to_string(),
        time.project.join(", "),
        time.activities.join(", "),
        time.user.clone(),
        time.notes.clone().unwrap_or_default(),
        revision,
        time.uuid.clone(),
    ]
}
