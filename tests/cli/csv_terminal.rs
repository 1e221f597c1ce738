//! `--csv` on a terminal shows control characters from the server escaped,
//! as tables do, so that a note cannot retitle or clear the terminal; into
//! a pipe or a file the bytes are kept exact.

#![cfg(unix)]

use crate::harness::Env;
use crate::pty::PtyChild;

/// A note that retitles the terminal, rings its bell, clears it, reverses
/// the text after it, and holds a line break and a tab.
const NOTES: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{202e}evil\nline two\ttab";

/// A server holding one entry of alice's with [`NOTES`].
fn entry_with_control_characters() -> Env {
    let env = Env::with_project();
    env.as_user("alice")
        .args(["time", "create", "--project", "gwm", "--duration", "1h", "--date", "2026-11-02", "--notes", NOTES])
        .assert()
        .success();
    env
}

#[test]
fn csv_on_a_terminal_shows_control_characters_escaped() {
    let env = entry_with_control_characters();
    let mut cmd = env.std_cmd();
    cmd.env("TERM", "xterm").env("TIMESYNC_TOKEN", env.server.token_for("alice"));
    cmd.args(["--csv", "time", "get"]);
    let (code, output) = PtyChild::spawn(cmd, 24, 200).finish();
    assert_eq!(code, Some(0), "{output:?}");
    assert!(output.contains("\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{202e}evil\\nline two\\ttab"), "{output:?}");
    let raw = ['\u{1b}', '\u{7}', '\u{202e}', '\t'];
    assert!(!output.contains(raw), "no control character reaches the terminal: {output:?}");
    assert!(output.starts_with("duration,user,project,"), "the header comes first: {output:?}");
}

#[test]
fn csv_into_a_pipe_keeps_the_exact_bytes() {
    let env = entry_with_control_characters();
    let output = env.as_user("alice").args(["--csv", "time", "get"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains(&format!("\"{NOTES}\"")), "the note as the server has it, quoted: {stdout:?}");
    assert!(!stdout.contains("\\u{"), "nothing escaped: {stdout:?}");
}
