//! The allow-list: the steps where the engine may answer otherwise than the reference did,
//! each with its reason, read from the "Recorded differences" table of
//! `docs/server-behaviour.md` (so the page and the test cannot disagree).

use std::path::Path;

use crate::Difference;

/// One row of the table: the step it covers and why.
pub struct Allowed {
    /// A step name (every step of that name, in any section) or `section#step`.
    pub key: String,
    pub reason: String,
}

impl Allowed {
    /// Whether this row covers the difference.
    pub fn matches(&self, d: &Difference) -> bool {
        self.key == d.name || self.key == format!("{}#{}", d.section, d.step)
    }
}

/// The page's heading over the table.
const HEADING: &str = "## Recorded differences";

/// The rows of the table: lines `| `key` | reason |` after the heading, up to the next heading.
pub fn load() -> Vec<Allowed> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/server-behaviour.md");
    let page = std::fs::read_to_string(&path).expect("docs/server-behaviour.md");
    let section = page.split_once(HEADING).unwrap_or_else(|| panic!("no {HEADING:?} in {}", path.display())).1;
    let section = section.split("\n## ").next().unwrap_or_default();
    let rows: Vec<Allowed> = section.lines().filter_map(row).collect();
    for a in &rows {
        assert!(a.reason.len() > 10, "`{}` in {HEADING} has no reason", a.key);
    }
    rows
}

fn row(line: &str) -> Option<Allowed> {
    let cells: Vec<&str> = line.trim().strip_prefix('|')?.strip_suffix('|')?.split(" | ").map(str::trim).collect();
    let key = cells.first()?.strip_prefix('`')?.strip_suffix('`')?;
    Some(Allowed { key: key.to_string(), reason: cells.get(1..)?.join(" | ") })
}
