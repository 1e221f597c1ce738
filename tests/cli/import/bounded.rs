//! Truncated and oversized input: a CSV cut inside a quote or short of
//! fields, and a field or entry over 1 MiB, are bad rows with their line;
//! bytes that are not UTF-8 stop the import at their line. Nothing is sent.

use crate::harness::{Env, Printed, Run};

use super::{file, import, posts};

/// The header and a good first row.
const START: &str = "date_worked,duration,project,notes\n2026-11-02,1h,gwm,fine\n";

/// One byte over the limit on a CSV field and a JSON entry.
const OVER_ONE_MIB: usize = (1 << 20) + 1;

#[test]
fn a_csv_cut_inside_an_open_quote_is_a_bad_row_of_its_line() {
    let env = Env::with_project();
    let path = file(&env, "cut.csv", &format!("{START}2026-11-03,1h,gwm,\"a note cut\nshort"));
    import(&env, &["--dry-run"], &path).code(2).stderr_has(&[
        "1 bad row in",
        "nothing was sent",
        "line 3: a quoted field is never closed: the input ends inside it",
    ]);
    assert_eq!(posts(&env), 0);
}

#[test]
fn a_last_row_cut_short_is_a_bad_row_of_its_line() {
    let env = Env::with_project();
    let path = file(&env, "short.csv", &format!("{START}2026-11-03,1h,gwm,second\n2026-11-04,1"));
    import(&env, &["--dry-run"], &path)
        .code(2)
        .stderr_has(&["line 4: expected 4 fields as in the header, got 2: the row is cut short"]);
    import(&env, &[], &path).code(2).stderr_has(&["1 bad row", "line 4:"]);
    assert_eq!(posts(&env), 0);
}

#[test]
fn a_csv_field_over_one_mib_is_a_bad_row_from_a_file_or_standard_input() {
    let env = Env::with_project();
    let text =
        format!("{START}2026-11-03,1h,gwm,\"{}\"\n2026-11-04,1h,gwm,after\n", "x\n".repeat(OVER_ONE_MIB / 2 + 1));
    let path = file(&env, "long.csv", &text);
    let message = "line 3: notes is longer than 1 MiB, the most a CSV field may hold (it was not read)";
    import(&env, &["--dry-run"], &path).code(2).stderr_has(&["1 bad row", message]);
    env.as_user("alice")
        .current_dir(env.dir.path())
        .write_stdin(text)
        .args(["time", "import", "--dry-run", "-"])
        .assert()
        .code(2)
        .stderr_has(&["1 bad row in standard input", message]);
    let exactly = format!("{START}2026-11-03,1h,gwm,{}\n", "y".repeat(1 << 20));
    let plan = env.as_user("alice").current_dir(env.dir.path()).write_stdin(exactly).json(&[
        "time",
        "import",
        "--dry-run",
        "-",
    ]);
    assert_eq!(plan[1]["notes"].as_str().map(str::len), Some(1 << 20), "1 MiB itself is fine");
    assert_eq!(posts(&env), 0);
}

#[test]
fn a_json_entry_over_one_mib_is_a_bad_row_in_every_json_format() {
    let env = Env::with_project();
    let long = "n".repeat(OVER_ONE_MIB);
    let entry = |notes: &str| {
        format!("{{\"duration\": 60, \"project\": \"gwm\", \"date_worked\": \"2026-11-02\", \"notes\": \"{notes}\"}}")
    };
    let frame = |notes: &str| {
        format!("{{\"id\": \"a\", \"project\": \"gwm\", \"start\": \"2026-11-03T09:00:00+00:00\", \"stop\": \"2026-11-03T10:00:00+00:00\", \"note\": \"{notes}\"}}")
    };
    let cases = [
        ("list.json", format!("[\n{},\n{}\n]\n", entry("ok"), entry(&long)), "line 3:"),
        ("lines.jsonl", format!("{}\n{}\n", entry(&long), entry("ok")), "line 1:"),
        ("watson.json", format!("[\n{},\n\n{}\n]\n", frame("ok"), frame(&long)), "line 4:"),
    ];
    for (name, text, line) in cases {
        let path = file(&env, name, &text);
        import(&env, &["--dry-run"], &path).code(2).stderr_has(&[
            "1 bad row",
            &format!("{line} the entry is longer than 1 MiB, the most one JSON entry may hold"),
        ]);
    }
    assert_eq!(posts(&env), 0);
}

#[test]
fn bytes_that_are_not_utf8_name_their_line_from_a_file_or_standard_input() {
    let env = Env::with_project();
    let mut bytes = format!("{START}2026-11-03,1h,gwm,second\n").into_bytes();
    bytes.extend_from_slice(b"2026-11-04,1h,gwm,caf\xe9\n");
    let path = env.dir.path().join("latin1.csv");
    std::fs::write(&path, &bytes).unwrap();
    let message = "line 4: not UTF-8 text; save the file as UTF-8 and import it again";
    import(&env, &["--dry-run"], &path).code(2).stderr_has(&[message]);
    env.as_user("alice")
        .write_stdin(bytes)
        .args(["time", "import", "-"])
        .assert()
        .code(2)
        .stderr_has(&["standard input: line 4: not UTF-8 text"]);
    assert!(env.server.requests().is_empty(), "an unreadable input asks nothing of the server");
}
