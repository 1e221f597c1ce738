//! Tables that fit: the terminal's width, else `COLUMNS`, else 100; notes
//! cut with an ellipsis and nothing else; UUIDs as their first 8
//! characters (whole with `--long`); rows sorted by day worked.

use crate::harness::{Env, MEMBER};
use crate::pty::PtyChild;

/// A 300-character note, ending in a word that must not be shown whole.
fn long_note() -> String {
    format!("{}THE-END", "lorem ipsum ".repeat(25).chars().take(293).collect::<String>())
}

/// A server with alice's entries: a long note on the 12th, then shorter
/// ones, added out of order.
fn env_with_entries() -> (Env, Vec<String>) {
    let env = Env::with_project();
    env.server.add_project("Other", &["other"], None, &[("alice", MEMBER)]);
    let uuids = vec![
        env.server.add_time("alice", "other", &["dev"], 5400, "2026-01-14"),
        env.server.add_time("alice", "other", &["dev"], 3600, "2026-01-12"),
        env.server.add_time("alice", "other", &["docs"], 1800, "2026-01-13"),
    ];
    let output = env.as_user("alice").args(["time", "update", &uuids[1], "--notes", &long_note()]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    (env, uuids)
}

/// `time get --project other` on a terminal of `rows` × `cols`; what it printed, without carriage returns.
fn on_terminal(env: &Env, rows: u16, cols: u16, extra_env: &[(&str, &str)]) -> String {
    let mut cmd = env.std_cmd();
    cmd.env("TIMESYNC_TOKEN", env.server.token_for("alice")).env("PAGER", "cat");
    for (name, value) in extra_env {
        cmd.env(name, value);
    }
    cmd.args(["time", "get", "--project", "other"]);
    let (code, output) = PtyChild::spawn(cmd, rows, cols).finish();
    assert_eq!(code, Some(0), "{output}");
    output.replace('\r', "")
}

fn width(line: &str) -> usize {
    // Bold header on a terminal: count what shows.
    line.replace("\u{1b}[1m", "").replace("\u{1b}[0m", "").chars().count()
}

#[test]
fn at_80_columns_every_line_fits_and_only_the_note_is_cut() {
    let (env, uuids) = env_with_entries();
    let text = on_terminal(&env, 24, 80, &[]);
    let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 4, "a header and one line per entry: {text}");
    assert!(lines.iter().all(|l| width(l) <= 80), "{text}");
    let long = lines.iter().find(|l| l.contains("lorem")).unwrap();
    assert!(long.ends_with('…') && !long.contains("THE-END"), "the note is cut: {long}");
    assert!(long.contains(&format!("  {}  ", &uuids[1][..8])), "the UUID prefix is whole: {long}");
    assert!(!text.contains(&uuids[1][..9]), "and only the prefix: {text}");
    assert!(long.starts_with("2026-01-12  1h"), "dates and durations whole: {long}");
}

#[test]
fn a_terminal_reporting_0x0_gets_100_columns_or_columns() {
    let (env, uuids) = env_with_entries();
    for (columns, expected) in [(None, 100), (Some("76"), 76)] {
        let extra: Vec<(&str, &str)> = columns.map(|c| ("COLUMNS", c)).into_iter().collect();
        let text = on_terminal(&env, 0, 0, &extra);
        let lines: Vec<&str> = text.lines().filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert!(lines.iter().all(|l| width(l) <= expected), "{columns:?}: {text}");
        assert!(lines.iter().any(|l| width(l) > expected - 10), "{columns:?}: the width is used: {text}");
        assert!(text.contains(&uuids[0][..8]) && text.contains("Duration"), "{text}");
    }
}

#[test]
fn piped_tables_are_cut_only_to_columns_and_pad_nothing() {
    let (env, _) = env_with_entries();
    let piped = |columns: Option<&str>| {
        let mut cmd = env.as_user("alice");
        if let Some(columns) = columns {
            cmd.env("COLUMNS", columns);
        }
        String::from_utf8(cmd.args(["time", "get", "--project", "other"]).output().unwrap().stdout).unwrap()
    };
    let narrow = piped(Some("76"));
    assert!(narrow.lines().all(|l| l.chars().count() <= 76), "{narrow}");
    assert!(narrow.contains('…'), "{narrow}");
    let default = piped(None);
    assert!(!default.contains('…'), "without COLUMNS a piped table is never cut: {default}");
    assert!(default.lines().any(|l| l.chars().count() > 100), "the long notes are whole: {default}");
    for line in default.lines() {
        assert_eq!(line, line.trim_end(), "no trailing spaces");
        if !line.contains("lorem") && !line.starts_with("Date") {
            assert!(line.chars().count() < 70, "a short row stays short: {line:?}");
        }
    }
}

#[test]
fn rows_come_by_day_worked_and_long_shows_whole_uuids() {
    let (env, uuids) = env_with_entries();
    let output = env.as_user("alice").args(["--long", "time", "get", "--project", "other"]).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    let days: Vec<&str> = text.lines().skip(1).map(|l| &l[..10]).collect();
    assert_eq!(days, ["2026-01-12", "2026-01-13", "2026-01-14"], "{text}");
    for uuid in &uuids {
        assert!(text.contains(uuid.as_str()), "{uuid} whole in {text}");
    }
    let json = env.json("alice", &["time", "get", "--project", "other"]);
    let server = env.server.get_json("/times?project=other", "alice");
    let uuids_of = |list: &serde_json::Value| -> Vec<String> {
        list.as_array().unwrap().iter().map(|t| t["uuid"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(uuids_of(&json), uuids_of(&server), "JSON keeps the server's order");
    assert_eq!(json[0]["notes"], long_note(), "JSON carries the whole note");
}
