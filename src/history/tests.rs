use chrono::{FixedOffset, NaiveDate};
use serde_json::json;

use super::*;
use timesync::model::{Activity, Project};
use timesync::validation::Username;

fn options() -> Options {
    Options {
        columns: Vec::new(),
        duration_unit: DurationUnit::Seconds,
        zone: Zone::Fixed(FixedOffset::east_opt(3600).unwrap()),
        today: day("2026-11-29"),
    }
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Reads `text`; an input that cannot be read at all gives the error naming its line.
fn parse(text: &str, format: Format, options: &Options) -> Result<Parsed, RowError> {
    match super::parse(text.as_bytes(), format, options) {
        Ok(parsed) => Ok(parsed),
        Err(Unreadable::Malformed(error)) => Err(error),
        Err(other) => panic!("{text:?} is text, read whole: {other:?}"),
    }
}

fn read(text: &str, format: Format) -> Parsed {
    parse(text, format, &options()).unwrap()
}

/// (date, seconds, project, activities) of each draft.
fn summary(parsed: &Parsed) -> Vec<(String, u64, String, Vec<String>)> {
    parsed
        .drafts
        .iter()
        .map(|d| {
            let project = match &d.project {
                ProjectRef::Named(name) => name.clone(),
                ProjectRef::AnyOf(slugs) => slugs.join(";"),
                ProjectRef::FromTags => "<tags>".into(),
            };
            (d.date_worked.to_string(), d.duration.as_secs(), project, d.activities.clone())
        })
        .collect()
}

fn lines(errors: &[RowError]) -> Vec<usize> {
    errors.iter().map(|e| e.line).collect()
}

/// Reads `text`, checking how many entries it gives and the lines of its bad rows.
fn read_checked(text: &str, format: Format, drafts: usize, bad_lines: &[usize]) -> Parsed {
    let parsed = read(text, format);
    assert_eq!(parsed.drafts.len(), drafts);
    assert_eq!(lines(&parsed.errors), bad_lines);
    parsed
}

const EXPORT: &str = "duration,user,project,activities,notes,issue_uri,date_worked,uuid,revision,created_at,updated_at,deleted_at
5400,alice,gwm;ganeti-webmgr,dev;docs,\"Fixed it, \"\"finally\"\"\nsecond line\",https://x.example.com/1,2026-11-27,838853e3-3635-4076-a26f-7efa4e60981f,2,2026-11-27,2026-11-28,
600,alice,gwm,,,,2026-11-28,838853e3-3635-4076-a26f-7efa4e60981f,1,2026-11-27,,
60,alice,gwm,docs,,,2026-11-28,938853e3-3635-4076-a26f-7efa4e60981f,1,2026-11-27,,2026-11-28
";

#[test]
fn a_csv_export_reads_back_with_its_first_slug_and_without_revisions_or_deleted_entries() {
    let parsed = read(EXPORT, Format::Csv);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(
        summary(&parsed),
        [("2026-11-27".into(), 5400, "gwm;ganeti-webmgr".into(), vec!["dev".into(), "docs".into()])]
    );
    let draft = &parsed.drafts[0];
    assert_eq!(draft.notes.as_deref(), Some("Fixed it, \"finally\"\nsecond line"));
    assert_eq!(draft.issue_uri.as_deref(), Some("https://x.example.com/1"));
    assert_eq!((draft.user.as_deref(), draft.line), (Some("alice"), 2));
    let omitted: Vec<(usize, &str)> = parsed.omitted.iter().map(|o| (o.line, o.why)).collect();
    assert_eq!(omitted, [(4, "an earlier revision"), (5, "a deleted entry")], "line numbers count the quoted newline");
    assert_eq!(parsed.records.len(), 1);
}

#[test]
fn csv_columns_can_be_renamed_and_bare_numbers_read_in_a_unit() {
    let text = "Day,Hours,Client,Description,Task\n2026-11-02,1.5,gwm,Call,dev\n2026-11-03,2h15m,gwm,,docs\n";
    let mut options = options();
    options.columns = ["date_worked=Day", "duration=Hours", "project=Client", "notes=Description", "activity=task"]
        .iter()
        .map(|s| s.parse().unwrap())
        .collect();
    options.duration_unit = DurationUnit::Hours;
    let parsed = parse(text, Format::Csv, &options).unwrap();
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    assert_eq!(
        summary(&parsed),
        [
            ("2026-11-02".into(), 5400, "gwm".into(), vec!["dev".into()]),
            ("2026-11-03".into(), 8100, "gwm".into(), vec!["docs".into()])
        ]
    );
    assert_eq!(parsed.drafts[1].notes, None);
}

#[test]
fn missing_csv_columns_are_named_with_the_header_and_the_flag() {
    let error = parse("Day,Hours\n2026-11-02,1\n", Format::Csv, &options()).unwrap_err();
    assert_eq!(error.line, 1);
    assert!(error.message.contains("no column date_worked, no column duration, no column project"), "{error}");
    assert!(error.message.contains("(Day, Hours)") && error.message.contains("--columns"), "{error}");
    let mut renamed = options();
    renamed.columns = vec!["duration=Time".parse().unwrap()];
    let error = parse("date_worked,duration,project\n", Format::Csv, &renamed).unwrap_err();
    assert!(error.message.contains("no column 'Time' (for duration)"), "{error}");
    assert!("nope=X".parse::<ColumnSpec>().unwrap_err().contains("unknown field 'nope'"));
    assert!("duration".parse::<ColumnSpec>().unwrap_err().contains("FIELD=HEADER"));
}

#[test]
fn bad_csv_rows_are_each_listed_with_their_line_and_every_problem() {
    let text = "date_worked,duration,project,issue_uri\n2026-11-02,1h,gwm,\n2026-13-01,junk,,ftp://x\n\n2026-11-03,9007199254740992,gwm,\n";
    let parsed = read_checked(text, Format::Csv, 1, &[3, 5]);
    let message = &parsed.errors[0].message;
    for part in ["invalid duration 'junk'", "invalid date_worked '2026-13-01'", "project is empty", "issue_uri"] {
        assert!(message.contains(part), "{part} not in {message}");
    }
    assert!(parsed.errors[1].message.contains("2^53 - 1"), "{}", parsed.errors[1]);
}

#[test]
fn a_csv_cut_inside_a_quote_or_short_of_fields_gives_a_bad_row() {
    let header = "date_worked,duration,project,notes\n2026-11-02,1h,gwm,ok\n";
    let parsed = read_checked(&format!("{header}2026-11-03,1h,gwm,\"cut\nshort"), Format::Csv, 1, &[3]);
    assert!(parsed.errors[0].message.starts_with("a quoted field is never closed"), "{}", parsed.errors[0]);
    let parsed =
        read_checked(&format!("{header}2026-11-03,1h,gwm,\"\"\"\n2026-11-04,1h,gwm,x\n"), Format::Csv, 1, &[3]);
    assert!(parsed.errors[0].message.contains("the input ends inside it"), "the quote swallowed the rest");
    let parsed = read_checked(&format!("{header}2026-11-03,1h\n2026-11-04,1h,gwm,a,b\n"), Format::Csv, 1, &[3, 4]);
    assert_eq!(
        parsed.errors[0].message,
        "expected 4 fields as in the header, got 2: the row is cut short, or a field is missing"
    );
    assert!(parsed.errors[1].message.contains("got 5: quote fields that hold a comma"), "{}", parsed.errors[1]);
    read_checked(&format!("{header}\n  \n,,,\n2026-11-05,1h,gwm,"), Format::Csv, 2, &[]);
    let error = parse("date_worked,\"duration", Format::Csv, &options()).unwrap_err();
    assert_eq!(error.line, 1);
    assert!(error.message.starts_with("cannot read the CSV header: a quoted field is never closed"), "{error}");
}

#[test]
fn a_field_or_an_entry_over_one_mib_is_a_bad_row() {
    let long = "x".repeat(MAX_FIELD_BYTES + 1);
    let most = "y".repeat(MAX_FIELD_BYTES);
    let text = format!("date_worked,duration,project,notes\n2026-11-02,1h,gwm,\"{long}\"\n2026-11-03,1h,gwm,{most}\n");
    let parsed = read_checked(&text, Format::Csv, 1, &[2]);
    assert_eq!(parsed.errors[0].message, "notes is longer than 1 MiB, the most a CSV field may hold (it was not read)");
    assert_eq!(parsed.drafts[0].notes.as_ref().map(String::len), Some(MAX_FIELD_BYTES), "1 MiB itself is fine");
    let error = parse(&format!("date_worked,{long}\n"), Format::Csv, &options()).unwrap_err();
    assert!(error.message.starts_with("cannot read the CSV header: column 2 is longer than 1 MiB"), "{error}");
    let entry = |notes: &str| json!({"duration": 60, "project": "gwm", "date_worked": "2026-11-02", "notes": notes});
    let (long, short) = (entry(&long), entry("short"));
    let parsed = read_checked(&format!("[\n{long},\n{short}\n]"), Format::Json, 1, &[2]);
    assert!(parsed.errors[0].message.starts_with("the entry is longer than 1 MiB"), "{}", parsed.errors[0]);
    read_checked(&format!("{long}\n{short}\n"), Format::Jsonl, 1, &[1]);
    let frame = |notes: &str| {
        format!("[\"2026-11-28T09:00:00+02:00\", \"2026-11-28T10:00:00+02:00\", \"gwm\", \"f\", [], 1, \"{notes}\"]")
    };
    let text = format!("[\n{},\n{}\n]", frame(&"n".repeat(MAX_ENTRY_BYTES)), frame("ok"));
    read_checked(&text, Format::Watson, 1, &[2]);
    let interval = |notes: &str| {
        format!("{{\"start\": \"20261128T080000Z\", \"end\": \"20261128T090000Z\", \"tags\": [\"gwm\"], \"annotation\": \"{notes}\"}}")
    };
    let text = format!("[{},\n{}]", interval("ok"), interval(&"n".repeat(MAX_ENTRY_BYTES)));
    read_checked(&text, Format::Timew, 1, &[2]);
}

#[test]
fn bytes_that_are_not_utf8_stop_the_reading_at_their_line() {
    let inputs: [(&[u8], Format); 3] = [
        (b"date_worked,duration,project\n2026-11-02,1h,gwm\n2026-11-0\xff,1h,gwm\n", Format::Csv),
        (b"[\n{\"duration\": 60},\n{\"notes\": \"\xc3(\"}\n]", Format::Json),
        (b"{\"duration\": 60}\n\n\"\xe2\x82", Format::Jsonl),
    ];
    for (bytes, format) in inputs {
        match super::parse(bytes, format, &options()) {
            Err(Unreadable::NotUtf8 { line }) => assert_eq!(line, 3, "{format}"),
            other => panic!("{format}: {other:?}"),
        }
    }
}

#[test]
fn a_json_list_reads_with_the_line_of_each_entry() {
    let text = r#"[
  {"duration": 3600, "user": "alice", "project": ["gwm", "ganeti-webmgr"], "activities": ["docs"],
   "notes": null, "issue_uri": null, "date_worked": "2026-11-27", "uuid": "x", "revision": 1},
  {"duration": "1h30m", "project": "gwm", "date_worked": "2026-11-28", "notes": "n"},
  {"duration": -5, "project": 3, "date_worked": "tomorrow"},
  {"duration": 60, "project": "gwm", "date_worked": "2026-11-28", "deleted_at": "2026-11-29"},
  7
]"#;
    let parsed = read(text, Format::Json);
    assert_eq!(
        summary(&parsed),
        [
            ("2026-11-27".into(), 3600, "gwm;ganeti-webmgr".into(), vec!["docs".into()]),
            ("2026-11-28".into(), 5400, "gwm".into(), vec![])
        ]
    );
    assert_eq!(parsed.drafts.iter().map(|d| d.line).collect::<Vec<_>>(), [2, 4]);
    assert_eq!(lines(&parsed.errors), [5, 7]);
    assert!(parsed.errors[0].message.contains("cannot be negative"), "{}", parsed.errors[0]);
    assert!(parsed.errors[0].message.contains("project: expected a slug"), "{}", parsed.errors[0]);
    assert!(parsed.errors[1].message.contains("expected a time entry object, got a number"));
    assert_eq!(parsed.omitted, [Omitted { line: 6, why: "a deleted entry" }]);
}

#[test]
fn malformed_json_is_one_error_naming_its_line() {
    let error = parse("[\n{\"duration\": 1,\n}", Format::Json, &options()).unwrap_err();
    assert_eq!(error.line, 3);
    assert!(error.message.starts_with("invalid JSON"), "{error}");
    let error = parse("{\"duration\": 1}", Format::Json, &options()).unwrap_err();
    assert!(error.message.contains("--format jsonl"), "{error}");
}

#[test]
fn json_lines_list_each_bad_line_and_skip_blank_ones() {
    let text = "{\"duration\": 60, \"project\": \"gwm\", \"date_worked\": \"2026-11-28\"}\n\n{oops\n[1]\n";
    read_checked(text, Format::Jsonl, 1, &[3, 4]);
}

#[test]
fn watson_log_frames_split_at_midnight_in_their_own_offset() {
    let text = r#"[
    {"id": "a1", "project": "Client/Web", "start": "2026-11-27T22:00:00+02:00", "stop": "2026-11-28T01:30:00+02:00",
     "tags": ["dev", "review"]},
    {"id": "a2", "project": "gwm", "start": "2026-11-28T09:00:00+02:00", "stop": "2026-11-28T09:45:00+02:00", "tags": []}
]"#;
    let parsed = read(text, Format::Watson);
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let tags = vec!["dev".to_owned(), "review".to_owned()];
    assert_eq!(
        summary(&parsed),
        [
            ("2026-11-27".into(), 7200, "Client/Web".into(), tags.clone()),
            ("2026-11-28".into(), 5400, "Client/Web".into(), tags),
            ("2026-11-28".into(), 2700, "gwm".into(), vec![]),
        ]
    );
    assert_eq!(parsed.drafts.iter().map(|d| (d.line, d.record)).collect::<Vec<_>>(), [(2, 0), (2, 0), (4, 1)]);
}

#[test]
fn a_watson_frames_file_reads_unix_times_in_the_zone() {
    // 2026-11-28T22:30:00Z is 23:30 at +01:00; the frame ends at 00:30 the next day.
    let text = "[\n [1795905000, 1795912200, \"gwm\", \"id1\", [\"dev\"], 1795912200],\n [1795905000, null, \"gwm\", \"id2\", [], 1]\n]";
    let parsed = read(text, Format::Watson);
    assert_eq!(
        summary(&parsed),
        [
            ("2026-11-28".into(), 1800, "gwm".into(), vec!["dev".into()]),
            ("2026-11-29".into(), 5400, "gwm".into(), vec!["dev".into()])
        ]
    );
    assert_eq!(lines(&parsed.errors), [3]);
    assert!(parsed.errors[0].message.contains("a running frame"), "{}", parsed.errors[0]);
}

#[test]
fn bad_watson_frames_are_bad_rows_not_panics() {
    let text = r#"[
{"id": "current", "project": "gwm", "start": "2026-11-28T09:00:00+02:00", "stop": "2026-11-28T10:00:00+02:00"},
{"project": "gwm", "start": "2026-11-28T10:00:00+02:00", "stop": "2026-11-28T09:00:00+02:00"},
{"project": "gwm", "start": "noon", "stop": "2026-11-28T09:00:00+02:00"},
{"start": "2026-11-28T09:00:00+02:00", "stop": "2026-11-28T10:00:00+02:00"},
{"project": "gwm", "start": "2026-01-01T09:00:00+02:00", "stop": "2026-11-28T10:00:00+02:00"},
[1e300, 2e300, "gwm", "x"],
"frame"
]"#;
    let parsed = read_checked(text, Format::Watson, 0, &[2, 3, 4, 5, 6, 7, 8]);
    let messages: Vec<&str> = parsed.errors.iter().map(|e| e.message.as_str()).collect();
    assert!(messages[0].contains("running frame"));
    assert!(messages[1].contains("before it starts"));
    assert!(messages[2].contains("start: invalid time 'noon'"));
    assert!(messages[3].contains("project is missing"));
    assert!(messages[4].contains("more than 31 days"));
    assert!(messages[5].contains("invalid time"));
    assert!(messages[6].contains("expected a Watson frame"));
}

#[test]
fn timewarrior_intervals_take_their_tags_and_annotation() {
    let text = r#"[
{"id":2,"start":"20261128T083000Z","end":"20261128T100000Z","tags":["gwm","dev"],"annotation":"Sprint"},
{"id":1,"start":"20261128T230000Z","end":"20261129T000000Z","tags":["gwm"]},
{"id":3,"start":"20261129T080000Z","tags":["gwm"]},
{"id":4,"start":"yesterday","end":"20261129T000000Z"}
]"#;
    let parsed = read(text, Format::Timew);
    assert_eq!(
        summary(&parsed),
        [
            ("2026-11-28".into(), 5400, "<tags>".into(), vec!["gwm".into(), "dev".into()]),
            ("2026-11-29".into(), 3600, "<tags>".into(), vec!["gwm".into()]),
        ]
    );
    assert_eq!(parsed.drafts[0].notes.as_deref(), Some("Sprint"));
    assert_eq!(lines(&parsed.errors), [4, 5]);
    assert!(parsed.errors[0].message.contains("open interval"));
    assert!(parsed.errors[1].message.contains("20160405T162205Z"));
}

#[test]
fn the_format_is_told_by_extension_or_content() {
    let cases = [
        (Some("x.csv"), "[1]", Format::Csv),
        (Some("x.ndjson"), "", Format::Jsonl),
        (Some("frames"), "[[1, 2, \"p\", \"id\", [], 3]]", Format::Watson),
        (Some("x.json"), "[{\"duration\": 1}]", Format::Json),
        (None, "\u{feff}[{\"project\": \"p\", \"start\": \"x\"}]", Format::Watson),
        (None, " [{\"start\": \"20160405T162205Z\"}]", Format::Timew),
        (None, "{\"duration\": 1}\n", Format::Jsonl),
        (None, "[]", Format::Json),
        (None, "[oops", Format::Json),
        (None, "date_worked,duration\n", Format::Csv),
    ];
    for (name, text, format) in cases {
        assert_eq!(detect(name, text.as_bytes()), format, "{name:?} {text:?}");
    }
}

#[test]
fn no_input_panics_whatever_the_format() {
    let inputs = [
        "",
        "\u{feff}",
        "[",
        "]",
        "[[]]",
        "[{}]",
        "[null]",
        "{",
        "\"",
        "a,b\n\"c",
        "[[\"x\"]]",
        "[1e999]",
        "é,ü\n1,2",
        "[\"",
        "[{\"a\": [}]",
        "[}",
        "[1 2",
        "a\r\n\"\"\"",
        ",\n,,,,\n",
    ];
    for text in inputs {
        for format in [Format::Csv, Format::Json, Format::Jsonl, Format::Watson, Format::Timew] {
            let _ = parse(text, format, &options());
        }
    }
}

/// Text that stresses the readers: quotes, separators, brackets, escapes,
/// line breaks and multi-byte characters among the words of real inputs.
fn input_text() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let tokens = prop::sample::select(vec![
        "\"",
        ",",
        "\n",
        "\r\n",
        "\r",
        "[",
        "]",
        "{",
        "}",
        ":",
        "\\",
        " ",
        "é",
        "𝄞",
        "\u{feff}",
        "date_worked,duration,project\n",
        "2026-11-02",
        "1h",
        "gwm",
        "\"duration\": 60",
        "\"project\": \"gwm\"",
        "\"date_worked\": \"2026-11-02\"",
        "null",
        "\"start\": \"20261128T083000Z\"",
        "\"end\": \"20261128T100000Z\"",
        "1795905000",
        "\"\"",
    ]);
    prop::collection::vec(tokens, 0..40).prop_map(|tokens| tokens.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::test_runner::Config { cases: 256, ..Default::default() })]

    /// Whatever the input, reading it a few bytes at a time gives what
    /// reading it whole gives, in every format, and nothing panics.
    #[test]
    fn reading_in_small_pieces_gives_what_reading_whole_gives(text in input_text(), step in 1usize..8) {
        for format in [Format::Csv, Format::Json, Format::Jsonl, Format::Watson, Format::Timew] {
            let whole = super::parse(text.as_bytes(), format, &options());
            let mut trickle = source::tests::Trickle { bytes: text.as_bytes(), step };
            let pieces = super::parse(&mut trickle, format, &options());
            proptest::prop_assert_eq!(format!("{whole:?}"), format!("{pieces:?}"), "{} {:?}", format, text);
        }
    }
}

fn catalog() -> Catalog {
    let project = |name: &str, slugs: &[&str], default: Option<&str>| -> Project {
        serde_json::from_value(json!({"name": name, "slugs": slugs, "default_activity": default, "uuid": name}))
            .unwrap()
    };
    let activity =
        |slug: &str| -> Activity { serde_json::from_value(json!({"name": slug, "slug": slug, "uuid": slug})).unwrap() };
    Catalog::new(
        &[project("GWM", &["gwm", "ganeti-webmgr"], Some("docs")), project("Web", &["web"], None)],
        &[activity("docs"), activity("dev"), activity("meetings")],
    )
}

fn draft(project: ProjectRef, activities: &[&str]) -> Draft {
    Draft {
        line: 7,
        record: 0,
        project,
        activities: activities.iter().map(|a| a.to_string()).collect(),
        user: None,
        date_worked: day("2026-11-28"),
        duration: timesync::timeparse::Duration::from_secs(3600),
        notes: None,
        issue_uri: None,
    }
}

fn alice() -> Username {
    "alice".parse().unwrap()
}

#[test]
fn names_are_mapped_and_checked_against_the_server() {
    let mut mapping = Mapping::default();
    mapping.map_project("Client/Web", "web").unwrap();
    mapping.map_activity("Meeting", "meetings").unwrap();
    mapping.map_activity("lunch", "").unwrap();
    let drafts = [
        draft(ProjectRef::Named("Client/Web".into()), &["Meeting", "lunch", "dev", "dev"]),
        draft(ProjectRef::Named("gwm".into()), &[]),
        draft(ProjectRef::Named("Other Client".into()), &["Big Thing", "nope"]),
        draft(ProjectRef::Named("web".into()), &["lunch"]),
        draft(ProjectRef::AnyOf(vec!["old-slug".into(), "ganeti-webmgr".into()]), &[]),
        draft(ProjectRef::AnyOf(vec!["old-slug".into(), "older".into()]), &[]),
    ];
    let (planned, errors) = resolve(&drafts, &mapping, &catalog(), &alice());
    assert_eq!(planned.len(), 3);
    assert_eq!(planned[2].time.project.as_str(), "ganeti-webmgr", "the first slug the server knows");
    assert_eq!(planned[0].time.project.as_str(), "web");
    let activities: Vec<&str> = planned[0].time.activities.iter().map(|a| a.as_str()).collect();
    assert_eq!(activities, ["dev", "meetings"], "sorted, without duplicates, lunch dropped");
    assert!(planned[1].time.activities.is_empty(), "gwm has a default activity");
    assert_eq!(errors.len(), 3);
    assert!(errors[2].message.contains("unknown project old-slug;older"), "{}", errors[2]);
    let message = &errors[0].message;
    assert!(message.contains("project 'Other Client' is not a slug: map it with --project-map 'Other Client=SLUG'"));
    assert!(message.contains("activity 'Big Thing' is not a slug"));
    assert!(message.contains("unknown activity nope (the server has dev, docs, meetings)"), "{message}");
    assert!(errors[1].message.contains("project web has no default activity"), "{}", errors[1]);
}

#[test]
fn a_timewarrior_project_is_the_one_tag_naming_a_project() {
    let mut mapping = Mapping::default();
    mapping.map_project("ClientA", "web").unwrap();
    let drafts = [
        draft(ProjectRef::FromTags, &["dev", "gwm"]),
        draft(ProjectRef::FromTags, &["ClientA", "docs", "dev"]),
        draft(ProjectRef::FromTags, &["dev"]),
        draft(ProjectRef::FromTags, &["gwm", "web"]),
        draft(ProjectRef::FromTags, &["ClientA", "gwm"]),
    ];
    let (planned, errors) = resolve(&drafts, &mapping, &catalog(), &alice());
    let projects: Vec<(&str, usize)> =
        planned.iter().map(|p| (p.time.project.as_str(), p.time.activities.len())).collect();
    assert_eq!(projects, [("gwm", 1), ("web", 2)], "the other tags are activities");
    assert!(errors[0].message.contains("no tag names a project (tags: dev; projects: ganeti-webmgr, gwm, web)"));
    assert!(errors[1].message.contains("tags gwm, web all name projects"));
    assert!(errors[2].message.contains("unknown activity gwm"), "a mapped tag wins over a known slug: {}", errors[2]);
}

#[test]
fn rows_of_another_owner_are_refused_and_identical_rows_are_counted_apart() {
    let mut other = draft(ProjectRef::Named("gwm".into()), &[]);
    other.user = Some("bob".into());
    let same = draft(ProjectRef::Named("gwm".into()), &["dev"]);
    let (planned, errors) = resolve(&[same.clone(), other, same], &Mapping::default(), &catalog(), &alice());
    assert!(errors[0].message.contains("user bob is not the logged-in user alice"));
    assert_eq!(planned[0].key.digest, planned[1].key.digest);
    assert_eq!((planned[0].key.occurrence, planned[1].key.occurrence), (1, 2));
    assert_eq!(planned[0].key.digest.len(), 64);
}

#[test]
fn a_mapping_file_has_two_tables_and_checks_its_slugs() {
    let mapping = Mapping::from_toml("[projects]\n\"Client A\" = \"web\"\n[activities]\nlunch = \"\"\n").unwrap();
    let mut expected = Mapping::default();
    expected.map_project("Client A", "web").unwrap();
    expected.map_activity("lunch", "").unwrap();
    assert_eq!(mapping, expected);
    assert!(Mapping::from_toml("[project]\na = \"b\"\n").unwrap_err().contains("unknown field `project`"));
    assert!(Mapping::from_toml("[projects]\na = \"Not A Slug\"\n").unwrap_err().contains("invalid slug"));
    assert!(Mapping::from_toml("[projects\n").unwrap_err().starts_with("line 1"));
}

#[test]
fn rejected_rows_keep_their_format_with_a_reason() {
    let parsed = read(EXPORT, Format::Csv);
    let text = rejects::render(Format::Csv, &parsed.header, &[(&parsed.records[0], "no, really".into())]).unwrap();
    let reread = read(&text, Format::Csv);
    assert_eq!(summary(&reread), summary(&parsed), "a reject file imports again");
    assert!(text.lines().next().unwrap().ends_with(",reason"));
    assert!(text.contains("\"no, really\""));
    let frame = Record::Json(json!([1795905000, 1795912200, "gwm", "id1", ["dev"], 1795912200]));
    let text = rejects::render(Format::Watson, &[], &[(&frame, "refused".into())]).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value[0]["project"], "gwm");
    assert_eq!(value[0]["reason"], "refused");
    assert_eq!(detect(None, text.as_bytes()), Format::Watson);
    assert_eq!(summary(&read(&text, Format::Watson)).len(), 2, "the frame reads back the same");
}
