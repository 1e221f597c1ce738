//! Table rendering and escaping with any text in every cell, and report
//! totals over any durations.

use proptest::prelude::*;
use serde_json::json;
use timesync::model::Time;
use timesync::timeparse::Duration;
use timesync::totals::{self, format_total, GroupBy, RoundMode, Rounding, SATURATED};
use timesync_cli::output::{escape, escape_lines, Format, Printer};

use super::{is_raw_control, nasty_text};

fn any_printer() -> impl Strategy<Value = Printer> {
    (any::<bool>(), any::<bool>(), prop::option::of(0..200u16)).prop_map(|(terminal, styled, width)| Printer {
        format: Format::Table,
        terminal,
        styled,
        width,
        ..Printer::PLAIN
    })
}

/// `text` without the program's own bold on and off.
fn unstyled(text: &str) -> String {
    text.replace("\u{1b}[1m", "").replace("\u{1b}[0m", "")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn any_cells_render_without_raw_controls(
        printer in any_printer(),
        headers in prop::collection::vec(nasty_text(), 0..5),
        rows in prop::collection::vec(prop::collection::vec(nasty_text(), 0..6), 0..5),
    ) {
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        let text = printer.render_table(&headers, rows.clone());
        prop_assert!(!unstyled(&text).chars().any(|c| c != '\n' && is_raw_control(c)), "{:?}", text);
        if !headers.is_empty() {
            // No borders, no wrapping, on a terminal or not: the header line, then one line per row.
            prop_assert_eq!(text.split('\n').count(), rows.len() + 1, "{:?}", text);
        }
    }

    #[test]
    fn any_time_entry_renders(
        printer in any_printer(),
        notes in nasty_text(),
        user in nasty_text(),
        project in prop::collection::vec(nasty_text(), 0..3),
        seconds in any::<u64>(),
    ) {
        let time: Time = serde_json::from_value(json!({"duration": seconds, "user": user, "project": project,
            "notes": notes, "date_worked": "2026-11-02", "uuid": "u"})).unwrap();
        for text in [printer.render_list(std::slice::from_ref(&time)), printer.render_one(&time)] {
            prop_assert!(!unstyled(&text).chars().any(|c| c != '\n' && is_raw_control(c)), "{:?}", text);
        }
    }

    #[test]
    fn time_entries_fit_any_width_from_80_columns_whatever_the_notes(
        notes in prop::collection::vec(nasty_text(), 1..4),
        width in 80..300u16,
        long_notes in 0..400usize,
    ) {
        let times: Vec<Time> = notes.iter().enumerate().map(|(i, n)| {
            serde_json::from_value(json!({"duration": 5400 + i, "user": "alice", "project": ["gwm"],
                "activities": ["dev"], "notes": format!("{n}{}", "é".repeat(long_notes)),
                "date_worked": "2026-11-02", "uuid": format!("838853e{i}-3635-4076-a26f-7efa4e60981f")})).unwrap()
        }).collect();
        let printer = Printer { terminal: true, width: Some(width), ..Printer::PLAIN };
        let text = printer.render_list(&times);
        for line in text.lines() {
            prop_assert!(unicode_width::UnicodeWidthStr::width(line) <= usize::from(width), "{:?}", line);
        }
        for (i, _) in times.iter().enumerate() {
            let prefix = format!("  838853e{i}");
            prop_assert!(text.contains(&prefix) && !text.contains(&format!("{prefix}-")), "the UUID prefix: {}", text);
        }
    }

    #[test]
    fn escaped_text_has_no_controls_and_escaping_again_changes_nothing(text in nasty_text()) {
        let once = escape(&text);
        prop_assert!(!once.chars().any(is_raw_control));
        prop_assert_eq!(escape(&once), once.clone());
        prop_assert!(!escape_lines(&text).chars().any(|c| c != '\n' && is_raw_control(c)));
        prop_assert_eq!(escape_lines(&text).split('\n').count(), text.split('\n').count(), "line feeds are kept");
        if !text.chars().any(is_raw_control) {
            prop_assert_eq!(once.as_ref(), text.as_str());
        }
    }

    #[test]
    fn report_totals_are_exact_or_saturated(
        durations in prop::collection::vec(prop_oneof![0..100_000u64, any::<u64>()], 0..8),
        step in prop_oneof![Just(None), (1..100_000u64).prop_map(Some), any::<u64>().prop_map(Some)],
        nearest in any::<bool>(),
    ) {
        let times: Vec<Time> = durations.iter().enumerate().map(|(i, seconds)| {
            serde_json::from_value(json!({"duration": seconds, "user": format!("u{}", i % 3), "project": ["gwm"],
                "date_worked": "2026-11-02", "uuid": "u"})).unwrap()
        }).collect();
        let mode = if nearest { RoundMode::Nearest } else { RoundMode::Up };
        let rounding = step.filter(|s| *s > 0).map(|s| Rounding { step: Duration::from_secs(s), mode });
        // Beyond 2^53 the JSON number is a double: what decoded is what counts.
        let durations: Vec<u64> = times.iter().map(|t| t.duration.as_secs()).collect();
        let rounded: Vec<u128> = durations.iter().map(|&d| u128::from(rounding.map_or(d, |r| r.apply(d)))).collect();
        if let Some(r) = rounding {
            for &d in &durations {
                let (exact, step) = (u128::from(d), u128::from(r.step.as_secs()));
                let ideal = match mode {
                    RoundMode::Up => exact.div_ceil(step) * step,
                    RoundMode::Nearest => (exact + step / 2) / step * step,
                };
                prop_assert_eq!(u128::from(r.apply(d)), ideal.min(u128::from(SATURATED)));
            }
        }
        let report = totals::build(&times, &[GroupBy::User], rounding);
        let expected = rounded.iter().sum::<u128>().min(u128::from(SATURATED));
        prop_assert_eq!(u128::from(report.seconds), expected);
        for group in &report.groups {
            prop_assert!(group.seconds <= report.seconds);
        }
        let shown = format_total(report.seconds, false);
        prop_assert_eq!(shown.starts_with('≥'), report.seconds == SATURATED);
        let _ = format_total(report.seconds, true);
    }

    #[test]
    fn a_report_built_as_entries_arrive_is_the_report_of_the_whole_list(
        entries in prop::collection::vec((0..4usize, 0..3usize, 0..3usize, 0..5u32, 0..20_000u64), 0..60),
        by in prop::collection::vec(prop::sample::select(vec![GroupBy::Project, GroupBy::User, GroupBy::Activity, GroupBy::Day]), 0..4),
        step in prop_oneof![Just(None), (1..4000u64).prop_map(Some)],
    ) {
        let times: Vec<Time> = entries.iter().map(|&(user, project, activity, day, seconds)| {
            let activities: &[&str] = [&["dev"][..], &["docs"], &["dev", "docs"]][activity];
            let project = ["gwm", "ts", "ps"][project];
            serde_json::from_value(json!({"duration": seconds, "user": format!("u{user}"),
                "project": [project], "activities": activities,
                "date_worked": format!("2026-11-0{}", day + 1), "uuid": "u"})).unwrap()
        }).collect();
        let rounding = step.map(|s| Rounding { step: Duration::from_secs(s), mode: RoundMode::Up });
        let mut tally = totals::Tally::new(&by, rounding);
        for time in &times {
            tally.add(time);
        }
        let report = tally.finish();
        // The whole list, grouped the plain way: every distinct key path, its count and total.
        let keys = |time: &Time| -> Vec<String> {
            by.iter().map(|b| totals::build(std::slice::from_ref(time), &[*b], None).groups[0].key.clone()).collect()
        };
        let mut expected: std::collections::BTreeMap<Vec<String>, (usize, u64)> = Default::default();
        for time in &times {
            let path = keys(time);
            let seconds = rounding.map_or(time.duration.as_secs(), |r| r.apply(time.duration.as_secs()));
            for depth in 0..=path.len() {
                let entry = expected.entry(path[..depth].to_vec()).or_default();
                entry.0 += 1;
                entry.1 += seconds;
            }
        }
        fn walk(groups: &[totals::Group], path: &mut Vec<String>, seen: &mut Vec<(Vec<String>, usize, u64)>) {
            for group in groups {
                path.push(group.key.clone());
                seen.push((path.clone(), group.entries, group.seconds));
                walk(&group.groups, path, seen);
                path.pop();
            }
        }
        let mut seen = vec![(Vec::new(), report.entries, report.seconds)];
        walk(&report.groups, &mut Vec::new(), &mut seen);
        seen.sort();
        let expected: Vec<(Vec<String>, usize, u64)> = if times.is_empty() {
            vec![(Vec::new(), 0, 0)]
        } else {
            expected.into_iter().map(|(path, (n, s))| (path, n, s)).collect()
        };
        prop_assert_eq!(seen, expected);
    }
}
