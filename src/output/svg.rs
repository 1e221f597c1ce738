//! The charts of a report page (see [`super::html`]): inline SVG made from a
//! report's totals, never from a second computation. Every chart is
//! `role="img"` with a `<title>` and a `<desc>` giving its numbers in words,
//! every bar carries its seconds in `data-seconds`, and each series has a
//! colour of the Okabe–Ito palette (told apart without colour vision) and a
//! pattern of its own, and is named in a legend and, where it fits, on the
//! bar itself.

use std::fmt::Write;

use timesync::totals::{format_total, Group, Report};

use super::bars::Bar;
use super::html::text;

/// The Okabe–Ito palette: eight colours told apart with any colour vision.
const PALETTE: [&str; 8] = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"];

/// The patterns drawn over the colours, one per series in turn (five, so
/// that with eight colours forty series look different).
const PATTERNS: [&str; 5] = [
    "",
    r##"<path d="M0 8L8 0" stroke="#fff" stroke-width="1.5"/>"##,
    r##"<circle cx="4" cy="4" r="1.5" fill="#fff"/>"##,
    r##"<path d="M0 4H8" stroke="#fff" stroke-width="1.5"/>"##,
    r##"<path d="M0 0L8 8M0 8L8 0" stroke="#fff" stroke-width="1"/>"##,
];

/// Width of every chart, in SVG units.
const WIDTH: u32 = 800;

/// The series of a chart: the groups named in it, in the order they are
/// coloured (that of the report: sorted by key).
pub struct Series {
    names: Vec<String>,
}

impl Series {
    /// The series of `shares` (a report grouped by the series' field).
    pub fn of(shares: &Report) -> Series {
        Series { names: shares.groups.iter().map(|g| g.key.clone()).collect() }
    }

    fn index(&self, key: &str) -> usize {
        self.names.iter().position(|n| n == key).unwrap_or(0)
    }

    /// The `<defs>` of a chart: one pattern per series, under ids starting with `prefix`.
    fn defs(&self, prefix: &str) -> String {
        let mut defs = String::from("<defs>");
        for i in 0..self.names.len() {
            let _ = write!(
                defs,
                r##"<pattern id="{prefix}{i}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="{}"/>{}</pattern>"##,
                PALETTE[i % PALETTE.len()],
                PATTERNS[i % PATTERNS.len()]
            );
        }
        defs.push_str("</defs>");
        defs
    }
}

/// Percent of `part` in `whole`, one decimal (`0.0` of an empty whole).
pub fn percent(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        return 0.0;
    }
    (part as f64 * 1000.0 / whole as f64).round() / 10.0
}

/// A share per group as one horizontal 100% bar: `shares` grouped by the
/// series' field, whose total is the report's. `id` names the chart (its
/// title and description are `{id}-title` and `{id}-desc`).
pub fn shares(id: &str, what: &str, shares: &Report, series: &Series, decimal: bool) -> String {
    let total = shares.seconds;
    let words: Vec<String> = shares
        .groups
        .iter()
        .map(|g| format!("{} {} ({}%)", g.key, format_total(g.seconds, decimal), percent(g.seconds, total)))
        .collect();
    let title = format!("Share of the total {} by {what}", format_total(total, decimal));
    let desc = if words.is_empty() { "No time entries.".to_owned() } else { format!("{}.", words.join("; ")) };
    let rows = shares.groups.len().div_ceil(2);
    let height = 70 + 22 * u32::try_from(rows).unwrap_or(u32::MAX / 64).min(1000);
    let mut svg = open(id, height, &title, &desc, total);
    svg.push_str(&series.defs(&format!("{id}-p")));
    let bar_width = f64::from(WIDTH - 20);
    let mut x = 10.0;
    for group in &shares.groups {
        let width = if total == 0 { 0.0 } else { bar_width * group.seconds as f64 / total as f64 };
        let i = series.index(&group.key);
        let _ = write!(
            svg,
            r##"<g class="segment" data-key="{key}" data-seconds="{s}"><title>{key}: {t} ({p}%)</title><rect x="{x:.2}" y="10" width="{width:.2}" height="36" fill="url(#{id}-p{i})" stroke="#fff" stroke-width="1"/>"##,
            key = text(&group.key),
            s = group.seconds,
            t = format_total(group.seconds, decimal),
            p = percent(group.seconds, total),
        );
        let share = format!("{}%", percent(group.seconds, total).round());
        let named = format!("{} {share}", group.key);
        if let Some(label) = [named, share].into_iter().find(|l| width >= 8.5 * l.chars().count() as f64 + 12.0) {
            label_box(&mut svg, x + width / 2.0, 33.0, &label);
        }
        svg.push_str("</g>");
        x += width;
    }
    if total == 0 {
        svg.push_str(r##"<rect x="10" y="10" width="780" height="36" fill="none" stroke="#767676"/>"##);
    }
    legend(
        &mut svg,
        &shares.groups.iter().map(|g| (&g.key, g.seconds)).collect::<Vec<_>>(),
        series,
        id,
        decimal,
        total,
    );
    svg.push_str("</svg>");
    svg
}

/// A direct label on a bar: black text on a white box, legible over any colour and pattern.
fn label_box(svg: &mut String, middle: f64, baseline: f64, label: &str) {
    let width = 8.5 * label.chars().count() as f64 + 8.0;
    let _ = write!(
        svg,
        r##"<rect x="{:.2}" y="{:.2}" width="{width:.2}" height="16" rx="3" fill="#fff" fill-opacity="0.9"/><text x="{middle:.2}" y="{baseline:.2}" text-anchor="middle" class="label">{}</text>"##,
        middle - width / 2.0,
        baseline - 12.0,
        text(label)
    );
}

/// The legend under the share bar: a swatch, the name, total and share of each series, two a row.
fn legend(svg: &mut String, items: &[(&String, u64)], series: &Series, id: &str, decimal: bool, total: u64) {
    for (n, (key, seconds)) in items.iter().enumerate() {
        let x = 10 + (n % 2) as u32 * (WIDTH / 2);
        let y = 62 + 22 * (n / 2) as u32;
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{}" width="16" height="16" fill="url(#{id}-p{})" stroke="#333"/><text x="{}" y="{}">{} — {} ({}%)</text>"##,
            y,
            series.index(key),
            x + 22,
            y + 13,
            text(key),
            format_total(*seconds, decimal),
            percent(*seconds, total)
        );
    }
}

/// The start of a chart: `<svg role="img">` labelled by its title and
/// described by its description, with the total it shows.
fn open(id: &str, height: u32, title: &str, desc: &str, total: u64) -> String {
    format!(
        r##"<svg id="{id}" role="img" aria-labelledby="{id}-title {id}-desc" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" xmlns="http://www.w3.org/2000/svg" data-seconds="{total}"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"##,
        text(title),
        text(desc)
    )
}

/// Hours per day (or week, or month: `bar`) as stacked bars: `days`
/// grouped by bar, then by the series' field. `id` names the chart as in
/// [`shares`].
pub fn days(id: &str, what: &str, (bar, days): (Bar, &Report), series: &Series, decimal: bool) -> String {
    let words: Vec<String> = days
        .groups
        .iter()
        .map(|day| {
            let parts: Vec<String> =
                day.groups.iter().map(|g| format!("{} {}", g.key, format_total(g.seconds, decimal))).collect();
            match parts.is_empty() {
                true => format!("{}: {}", day.key, format_total(day.seconds, decimal)),
                false => format!("{}: {} ({})", day.key, format_total(day.seconds, decimal), parts.join(", ")),
            }
        })
        .collect();
    let title = format!("Hours per {} by {what}", bar.name());
    let desc = if words.is_empty() { "No time entries.".to_owned() } else { format!("{}.", words.join("; ")) };
    let (top, plot, left) = (20.0, 240.0, 50.0);
    let rows = u32::try_from(series.names.len().div_ceil(4)).unwrap_or(1000).min(1000);
    let height = 300 + 22 * rows;
    let mut svg = open(id, height, &title, &desc, days.seconds);
    svg.push_str(&series.defs(&format!("{id}-p")));
    for (n, name) in series.names.iter().enumerate() {
        let x = left as u32 + (n % 4) as u32 * 185;
        let y = 292 + 22 * (n / 4) as u32;
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="16" height="16" fill="url(#{id}-p{n})" stroke="#333"/><text x="{}" y="{}">{}</text>"##,
            x + 22,
            y + 13,
            text(name)
        );
    }
    let max = days.groups.iter().map(|d| d.seconds).max().unwrap_or(0);
    let step = tick_hours(max);
    let ticks = max.div_ceil(3600).div_ceil(step).max(1);
    let scale_seconds = ticks as f64 * step as f64 * 3600.0;
    for tick in 0..=ticks {
        let y = top + plot - plot * tick as f64 / ticks as f64;
        let _ = write!(
            svg,
            r##"<line x1="{left}" x2="{}" y1="{y:.2}" y2="{y:.2}" stroke="#ccc"/><text x="{}" y="{:.2}" text-anchor="end" class="axis">{}h</text>"##,
            WIDTH - 10,
            left - 6.0,
            y + 4.0,
            tick.saturating_mul(step)
        );
    }
    let slot = (f64::from(WIDTH) - left - 10.0) / days.groups.len().max(1) as f64;
    let bar = (slot * 0.7).min(60.0);
    for (n, day) in days.groups.iter().enumerate() {
        let x = left + slot * n as f64 + (slot - bar) / 2.0;
        let _ = write!(svg, r##"<g class="day" data-day="{}" data-seconds="{}">"##, text(&day.key), day.seconds);
        let mut y = top + plot;
        for group in &day.groups {
            let h = plot * group.seconds as f64 / scale_seconds;
            y -= h;
            let _ = write!(
                svg,
                r##"<rect class="segment" data-key="{key}" data-seconds="{s}" x="{x:.2}" y="{y:.2}" width="{bar:.2}" height="{h:.2}" fill="url(#{id}-p{i})" stroke="#fff" stroke-width="0.5"><title>{day}, {key}: {t}</title></rect>"##,
                key = text(&group.key),
                s = group.seconds,
                i = series.index(&group.key),
                day = text(&day.key),
                t = format_total(group.seconds, decimal),
            );
        }
        day_labels(&mut svg, (n, slot), (x + bar / 2.0, y, top + plot + 16.0), day, decimal);
        svg.push_str("</g>");
    }
    svg.push_str("</svg>");
    svg
}

/// The labels of the `n`th day's bar (`slot` wide, its middle at `x`, its
/// top at `y`, the axis labels' baseline at `axis`): its total above it where
/// it fits, and its date under it: `11-23` where it fits, else the day of
/// the month (a month's: `2026-11`, else `26-11`), on every few bars when
/// they are thin.
fn day_labels(svg: &mut String, (n, slot): (usize, f64), (x, y, axis): (f64, f64, f64), day: &Group, decimal: bool) {
    let total = format_total(day.seconds, decimal);
    if slot >= 7.0 * total.chars().count() as f64 + 4.0 {
        let _ = write!(
            svg,
            r##"<text x="{x:.2}" y="{:.2}" text-anchor="middle" class="value">{}</text>"##,
            y - 4.0,
            text(&total)
        );
    }
    let month = day.key.len() == "2026-11".len();
    let date = match (month, slot >= 40.0) {
        (true, true) => Some(day.key.as_str()),
        (true, false) => day.key.get(2..),
        (false, true) => day.key.get(5..),
        (false, false) => day.key.get(8..),
    }
    .unwrap_or(&day.key);
    let every = ((7 * date.chars().count() + 10) as f64 / slot).ceil().max(1.0) as usize;
    if n % every == 0 {
        let _ =
            write!(svg, r##"<text x="{x:.2}" y="{axis:.2}" text-anchor="middle" class="axis">{}</text>"##, text(date));
    }
}

/// Hours between the lines of the day chart: about four lines up to the
/// longest bar, a round number of hours (a week's or a month's: 50, 100,
/// 200, 500, …).
fn tick_hours(max_seconds: u64) -> u64 {
    let hours = max_seconds.div_ceil(3600);
    let round = (0..18).flat_map(|power| [10, 20, 50].map(|step| step * 10u64.pow(power)));
    [1, 2, 4, 6, 8, 12, 24]
        .into_iter()
        .chain(round)
        .find(|step| hours <= step.saturating_mul(4))
        .unwrap_or(hours.div_ceil(4))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use timesync::model::Time;
    use timesync::totals::{build, GroupBy};

    fn times() -> Vec<Time> {
        [("a<b", "2026-11-02", 3600), ("gwm", "2026-11-02", 1800), ("gwm", "2026-11-03", 5400)]
            .into_iter()
            .map(|(project, day, seconds)| {
                serde_json::from_value(json!({"duration": seconds, "user": "alice", "project": [project],
                    "activities": ["dev"], "date_worked": day, "uuid": "u"}))
                .unwrap()
            })
            .collect()
    }

    #[test]
    fn the_share_bar_names_every_group_with_its_seconds_and_share() {
        let report = build(&times(), &[GroupBy::Project], None);
        let svg = shares("s", "project", &report, &Series::of(&report), false);
        assert!(svg.starts_with(r##"<svg id="s" role="img" aria-labelledby="s-title s-desc""##), "{svg}");
        assert!(svg.contains(r##"data-key="a&lt;b" data-seconds="3600""##), "{svg}");
        assert!(svg.contains(r##"data-key="gwm" data-seconds="7200""##), "{svg}");
        assert!(svg.contains("<desc id=\"s-desc\">a&lt;b 1h (33.3%); gwm 2h (66.7%).</desc>"), "{svg}");
        assert!(!svg.contains("a<b"), "names are escaped");
    }

    #[test]
    fn the_day_bars_stack_each_days_groups() {
        let report = build(&times(), &[GroupBy::Day, GroupBy::Project], None);
        let series = Series::of(&build(&times(), &[GroupBy::Project], None));
        let svg = days("d", "project", (Bar::Day, &report), &series, true);
        assert!(svg.contains(r##"data-day="2026-11-02" data-seconds="5400""##), "{svg}");
        assert!(svg.contains(r##"data-day="2026-11-03" data-seconds="5400""##), "{svg}");
        assert!(svg.contains("2026-11-02: 1.50 (a&lt;b 1.00, gwm 0.50)"), "{svg}");
        assert!(svg.contains("fill=\"url(#d-p1)\""), "gwm has the second pattern: {svg}");
    }

    #[test]
    fn an_empty_report_draws_empty_charts_that_say_so() {
        let empty = build(&[], &[GroupBy::Project], None);
        let svg = shares("s", "project", &empty, &Series::of(&empty), false);
        assert!(svg.contains("No time entries."));
        let days_svg = days(
            "d",
            "project",
            (Bar::Day, &build(&[], &[GroupBy::Day, GroupBy::Project], None)),
            &Series::of(&empty),
            false,
        );
        assert!(days_svg.contains("No time entries.") && days_svg.ends_with("</svg>"));
    }

    #[test]
    fn saturated_totals_and_long_periods_still_draw() {
        let many: Vec<Time> = (1..=28)
            .map(|day| {
                serde_json::from_value(json!({"duration": u64::MAX, "user": "alice", "project": ["gwm"],
                    "activities": ["dev"], "date_worked": format!("2026-02-{day:02}"), "uuid": "u"}))
                .unwrap()
            })
            .collect();
        let report = build(&many, &[GroupBy::Day, GroupBy::Project], None);
        let svg =
            days("d", "project", (Bar::Day, &report), &Series::of(&build(&many, &[GroupBy::Project], None)), false);
        assert_eq!(svg.matches("class=\"segment\"").count(), 28);
        assert!(svg.contains(">01</text>") && !svg.contains(">02-01</text>"), "days of the month on thin bars");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "{svg}");
    }

    #[test]
    fn percents_and_ticks_stay_finite_at_the_limits() {
        assert_eq!(percent(1, 3), 33.3);
        assert_eq!(percent(5, 0), 0.0);
        assert_eq!(percent(u64::MAX, u64::MAX), 100.0);
        assert_eq!(tick_hours(0), 1);
        assert_eq!(tick_hours(9 * 3600), 4);
        assert_eq!((tick_hours(612 * 3600), tick_hours(2448 * 3600)), (200, 1000), "round hundreds");
        assert!(tick_hours(u64::MAX) > 24);
    }
}
