//! A report as one self-contained HTML page (`report --html`, `log
//! --html`): the period, the totals, two inline SVG charts (see
//! `svg.rs`) and the same table as the text report, with a print
//! stylesheet for A4. No script, no request: everything is in the page.
//! Every piece of text is escaped twice over: control characters as in
//! tables (see [`escape()`](super::escape())), then HTML's special characters.

use std::fmt::Write as _;
use std::io::{self, Write};

use chrono::NaiveDate;
use timesync::totals::{format_total, Report};

use super::bars::bars;
use super::escape::escape;
use super::svg::{self, Series};

/// What a page shows, all of it computed by the command (the page adds no numbers).
pub struct Page<'a> {
    /// What the page is: `Report` or `Log`.
    pub kind: &'a str,
    /// The period, as the text report names it.
    pub period: &'a str,
    /// The lower-case name of what the charts are grouped by (`project`).
    pub by: &'a str,
    /// The report's entries grouped by day, then by [`Page::by`].
    pub days: &'a Report,
    /// The period's first and last days, where it has them: the days
    /// between without entries are drawn too, empty (a bar a day, a week
    /// or a month, as long as the period is).
    pub span: (Option<NaiveDate>, Option<NaiveDate>),
    /// The report's entries grouped by [`Page::by`] only.
    pub shares: &'a Report,
    /// Totals as decimal hours rather than `3h30m`.
    pub decimal: bool,
    /// The table's header.
    pub columns: &'a [String],
    /// The table's rows, as the text report has them, handed over one at
    /// a time (a log of a whole history is never held whole).
    pub rows: Rows<'a>,
    /// A last row kept apart (the report's total), if any.
    pub foot: Option<&'a [String]>,
}

/// Hands each row of a page's table to the function it is given, in order.
pub type Rows<'a> = &'a dyn Fn(&mut dyn FnMut(&[String]) -> io::Result<()>) -> io::Result<()>;

/// `value` fit for HTML text and attribute values: control and bidi
/// characters escaped as in tables, then `&`, `<`, `>`, `"` and `'` as entities.
pub fn text(value: &str) -> String {
    let shown = escape(value);
    let mut out = String::with_capacity(shown.len());
    for c in shown.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page's stylesheet: screen and print (A4, charts kept whole).
const STYLE: &str = "\
body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#111;background:#fff;max-width:860px;margin:2em auto;padding:0 1em}
h1{font-size:1.6em;margin:0 0 .2em}h2{font-size:1.15em;margin:1.6em 0 .4em}
.period{color:#444;margin:0}.totals{font-size:1.1em;margin:.4em 0 0}
figure{margin:0}svg{max-width:100%;height:auto;font-size:13px}svg text{fill:#111}
svg .axis{fill:#444;font-size:12px}svg .value{font-size:12px}svg .label{font-size:12px;font-weight:600}
table{border-collapse:collapse;width:100%;margin-top:.4em}caption{text-align:left;font-weight:600;padding-bottom:.3em}
th,td{border-bottom:1px solid #ccc;padding:.3em .6em;text-align:left;vertical-align:top}
td.number,th.number{text-align:right;font-variant-numeric:tabular-nums}tfoot td{font-weight:700;border-top:2px solid #111}
@page{size:A4;margin:15mm}
@media print{body{margin:0;max-width:none;font-size:10.5pt}figure,tr{break-inside:avoid}h2{break-after:avoid}}
";

/// Writes the whole page to `out`, the table's rows as they come.
pub fn write(out: &mut dyn Write, page: &Page) -> io::Result<()> {
    out.write_all(head(page).as_bytes())?;
    table(out, page)?;
    out.write_all(b"</main>\n</body>\n</html>\n")
}

/// The page up to its table: the period, the totals and the charts.
fn head(page: &Page) -> String {
    let series = Series::of(page.shares);
    let (bar, bars) = bars(page.days, page.span);
    let mut html = String::with_capacity(8192);
    let title = format!("TimeSync {}: {}", page.kind.to_lowercase(), page.period);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>TimeSync {}</h1>\n<p class=\"period\">Period: {}</p>\n<p class=\"totals\" data-seconds=\"{}\">Total: <strong>{}</strong> in {}</p>\n",
        text(&title),
        text(&page.kind.to_lowercase()),
        text(page.period),
        page.shares.seconds,
        text(&format_total(page.shares.seconds, page.decimal)),
        text(&super::plural(page.shares.entries, "entry", "entries")),
    );
    let _ = write!(
        html,
        "<section>\n<h2>Hours per {}</h2>\n<figure>\n{}\n</figure>\n</section>\n<section>\n<h2>Share per {}</h2>\n<figure>\n{}\n</figure>\n</section>\n",
        bar.name(),
        svg::days("days", page.by, (bar, &bars), &series, page.decimal),
        text(page.by),
        svg::shares("shares", page.by, page.shares, &series, page.decimal),
    );
    html
}

/// The table, as the text report's: numbers right-aligned.
fn table(out: &mut dyn Write, page: &Page) -> io::Result<()> {
    let numeric: Vec<bool> = page.columns.iter().map(|c| is_number_column(c)).collect();
    let row = |cells: &[String]| {
        let mut html = String::from("<tr>");
        for (i, cell) in cells.iter().enumerate() {
            let class = if numeric.get(i).copied().unwrap_or(false) { " class=\"number\"" } else { "" };
            let _ = write!(html, "<td{class}>{}</td>", text(cell));
        }
        html + "</tr>"
    };
    let mut html = format!(
        "<section>\n<h2>Table</h2>\n<table>\n<caption>{} for {}</caption>\n<thead><tr>",
        text(page.kind),
        text(page.period)
    );
    for (column, number) in page.columns.iter().zip(&numeric) {
        let class = if *number { " class=\"number\"" } else { "" };
        let _ = write!(html, "<th scope=\"col\"{class}>{}</th>", text(column));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    out.write_all(html.as_bytes())?;
    let mut rows = 0;
    (page.rows)(&mut |cells| {
        rows += 1;
        writeln!(out, "{}", row(cells))
    })?;
    if rows == 0 {
        writeln!(out, "<tr><td colspan=\"{}\">No time entries.</td></tr>", page.columns.len().max(1))?;
    }
    out.write_all(b"</tbody>\n")?;
    if let Some(foot) = page.foot {
        writeln!(out, "<tfoot>{}</tfoot>", row(foot))?;
    }
    out.write_all(b"</table>\n</section>\n")
}

fn is_number_column(title: &str) -> bool {
    matches!(title, "Entries" | "Total" | "Duration" | "#")
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use timesync::model::Time;
    use timesync::totals::{build, GroupBy};

    fn times() -> Vec<Time> {
        [("gwm", 3600), ("<script>", 1800)]
            .into_iter()
            .map(|(project, seconds)| {
                serde_json::from_value(json!({"duration": seconds, "user": "alice", "project": [project],
                    "activities": ["dev"], "date_worked": "2026-11-02", "uuid": "u"}))
                .unwrap()
            })
            .collect()
    }

    /// The page of `page`, as text.
    fn page(page: &Page) -> String {
        let mut out = Vec::new();
        write(&mut out, page).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn render(rows: &[Vec<String>], foot: Option<&[String]>) -> String {
        let days = build(&times(), &[GroupBy::Day, GroupBy::Project], None);
        let shares = build(&times(), &[GroupBy::Project], None);
        let columns = ["Project", "Entries", "Total"].map(String::from);
        page(&Page {
            kind: "Report",
            period: "2026-11-02",
            by: "project",
            days: &days,
            span: (None, None),
            shares: &shares,
            decimal: false,
            columns: &columns,
            rows: &|each| rows.iter().try_for_each(|row| each(row)),
            foot,
        })
    }

    #[test]
    fn text_is_escaped_for_html_and_for_terminals() {
        assert_eq!(text(r##"<a href="x">'&'</a>"##), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
        assert_eq!(text("a\u{1b}[2Jb\u{202e}"), "a\\u{1b}[2Jb\\u{202e}");
    }

    #[test]
    fn the_page_holds_its_period_totals_charts_and_table_with_no_script() {
        let rows =
            vec![["gwm", "1", "1h"].map(String::from).to_vec(), ["<script>", "1", "30m"].map(String::from).to_vec()];
        let foot = ["Total", "2", "1h30m"].map(String::from);
        let html = render(&rows, Some(&foot));
        assert!(html.starts_with("<!DOCTYPE html>"));
        assert!(html.contains("Period: 2026-11-02"));
        assert!(html.contains("Total: <strong>1h30m</strong> in 2 entries"));
        assert!(html.contains("@page{size:A4"));
        assert_eq!(html.matches("<svg ").count(), 2);
        assert!(html.contains("<td>&lt;script&gt;</td><td class=\"number\">1</td><td class=\"number\">30m</td>"));
        assert!(html.contains("<tfoot><tr><td>Total</td>"));
        assert!(!html.contains("<script"), "no script, and names escaped");
        assert!(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"), "nothing fetched");
    }

    #[test]
    fn an_empty_table_says_so() {
        let html = render(&[], None);
        assert!(html.contains("<td colspan=\"3\">No time entries.</td>"));
        assert!(!html.contains("<tfoot>"));
    }
}
