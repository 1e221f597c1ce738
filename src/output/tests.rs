//! Table rendering and escaping, without stdout.

use serde_json::json;

use super::*;
use timesync::error::ApiError;
use timesync::model::{Project, Time};

/// Wide enough that nothing is cut.
const PLAIN: Printer = Printer { width: Some(200), ..Printer::PLAIN };
const STYLED: Printer = Printer { terminal: true, styled: true, width: Some(200), ..Printer::PLAIN };

fn time(notes: &str) -> Time {
    serde_json::from_value(json!({"duration": 5400, "user": "alice", "project": ["gwm"], "activities": ["dev"],
        "notes": notes, "date_worked": "2026-11-02", "uuid": "838853e3-3635-4076-a26f-7efa4e60981f"}))
    .unwrap()
}

/// True when `text` has no control character (C0, DEL, C1, bidi) other than
/// the line feeds between rows and the program's own bold on and off.
fn only_row_breaks(text: &str) -> bool {
    let raw = |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    !text.replace("\u{1b}[1m", "").replace("\u{1b}[0m", "").chars().any(|c| c != '\n' && raw(c))
}

#[test]
fn notes_cannot_retitle_or_clear_the_terminal() {
    let notes = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}gnp.exe";
    for printer in [PLAIN, STYLED] {
        for text in [printer.render_list(&[time(notes)]), printer.render_one(&time(notes))] {
            assert!(only_row_breaks(&text), "{text:?}");
            assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{text}");
            assert!(text.contains("\\u{202e}gnp.exe"), "{text}");
        }
    }
}

#[test]
fn line_breaks_and_tabs_in_notes_keep_one_entry_on_one_row() {
    let text = PLAIN.render_list(&[time("line one\nline two\r\tend")]);
    assert_eq!(text.lines().count(), 2, "header and one row: {text}");
    assert!(text.lines().nth(1).unwrap().contains("line one\\nline two\\r\\tend"), "{text}");
}

#[test]
fn a_project_lists_one_user_per_row_in_its_detail_view() {
    let project: Project = serde_json::from_value(json!({"name": "GWM", "slugs": ["gwm"], "uuid": "u",
        "users": {"alice": {"member": true}, "bob\u{1b}[2J": {"manager": true}}}))
    .unwrap();
    let text = PLAIN.render_one(&project);
    let lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    let at = lines.iter().position(|l| l.contains("alice")).unwrap();
    assert!(lines[at].trim_start().starts_with("users") && lines[at].ends_with("alice (member)"), "{text}");
    assert!(lines[at + 1].trim().starts_with("bob\\u{1b}[2J (manager)"), "{text}");
}

#[test]
fn report_rows_and_messages_are_escaped_too() {
    let text = STYLED.render_table(&["User", "Total"], vec![vec!["\u{1b}[31mred".into(), "1h".into()]]);
    assert!(only_row_breaks(&text) && text.contains("\\u{1b}[31mred"), "{text}");
    assert_eq!(escape_lines("Sent 2 entries.\nAll done \u{1b}c"), "Sent 2 entries.\nAll done \\u{1b}c");
}

#[test]
fn server_error_texts_are_escaped_on_the_human_error_line_only() {
    let text = "Bad \u{1b}]0;x\u{7}value\nsecond line";
    let error = Error::from(timesync::Error::Api(ApiError {
        status: 400,
        title: "Bad Query".into(),
        text: text.into(),
        values: vec![],
    }));
    // Line feeds stay line feeds (lists of bad rows); everything that could drive the terminal is escaped.
    assert_eq!(error_line(&error, false), "error: Bad Query: Bad \\u{1b}]0;x\\u{7}value\nsecond line (400)");
    let json: Value = serde_json::from_str(&error_line(&error, true)).unwrap();
    assert_eq!(json["text"], text, "JSON carries the data as is");
}

#[test]
fn empty_lists_say_so() {
    assert_eq!(PLAIN.render_list::<Time>(&[]), "No time entries found.");
}

#[test]
fn detail_views_leave_out_fields_without_a_value() {
    let text = PLAIN.render_one(&time(""));
    let fields: Vec<&str> = text.lines().map(|l| l.split("  ").next().unwrap()).collect();
    assert_eq!(fields, ["uuid", "date worked", "duration", "project", "activities", "user", "revision"], "{text}");
    assert!(text.starts_with("uuid         838853e3-3635-4076-a26f-7efa4e60981f\n"), "whole UUIDs here: {text}");
}
