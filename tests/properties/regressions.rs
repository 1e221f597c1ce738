//! The exact inputs of issue 8, through the binary: refused with exit code 2
//! and a one-line error naming the value and the accepted forms or limit.

use assert_cmd::Command;

use super::is_raw_control;

/// Runs `timesync --test ARGS` in an empty home, and returns its stderr.
fn refused(args: &[&str]) -> String {
    let home = tempfile::tempdir().expect("temp dir");
    let output = Command::cargo_bin("timesync")
        .expect("binary")
        .env_clear()
        .env("HOME", home.path())
        .env("TIMESYNC_CONFIG", home.path().join("config.toml"))
        .env("XDG_STATE_HOME", home.path().join("state"))
        .env("TIMESYNC_NOW", "2026-11-29T10:00:00+01:00")
        .arg("--test")
        .args(args)
        .output()
        .expect("runs");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8");
    assert_eq!(output.status.code(), Some(2), "{args:?}: {stderr}");
    assert_eq!(stderr.lines().count(), 1, "{args:?}: one line: {stderr}");
    stderr
}

#[test]
fn a_date_offset_with_a_multi_byte_character_is_refused() {
    let create = ["time", "create", "--duration", "1h", "--project", "gwm", "--date", "-é"];
    let stderr = refused(&create);
    assert!(stderr.contains("--date") && stderr.contains("invalid date '-é'") && stderr.contains("-3d"), "{stderr}");
    for flag in ["--start", "--end"] {
        let stderr = refused(&["time", "get", flag, "-é"]);
        assert!(stderr.contains(flag) && stderr.contains("invalid date '-é'"), "{stderr}");
    }
}

#[test]
fn an_at_offset_beyond_100_years_is_refused() {
    let stderr = refused(&["clock", "in", "gwm", "--at", "-9999999999h"]);
    assert!(stderr.contains("--at") && stderr.contains("invalid time '-9999999999h'"), "{stderr}");
    assert!(stderr.contains("at most 100 years (-876000h)"), "{stderr}");
}

#[test]
fn durations_the_server_cannot_store_exactly_are_refused() {
    for duration in ["18446744073709551615", "9007199254740993"] {
        let stderr = refused(&["time", "create", "--duration", duration, "--project", "gwm"]);
        assert!(
            stderr.contains("--duration") && stderr.contains(&format!("invalid duration '{duration}'")),
            "{stderr}"
        );
        assert!(stderr.contains("at most 9007199254740991 seconds"), "{stderr}");
    }
}

#[test]
fn control_characters_in_a_refused_value_are_shown_escaped() {
    // clap strips ANSI sequences from its part of the line; the rest is escaped.
    let stderr = refused(&["time", "create", "--duration", "1h", "--project", "a\u{202e}b\u{9b}2J\tc"]);
    assert!(stderr.contains("invalid slug 'a\\u{202e}b\\u{9b}2J\\tc'"), "{stderr:?}");
    assert!(!stderr.trim_end().chars().any(is_raw_control), "{stderr:?}");
}
