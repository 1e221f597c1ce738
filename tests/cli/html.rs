//! `report --html` and `log --html`: one HTML page that parses, whose charts
//! give the numbers of `--json`, with no script and every name escaped, and
//! that headless Chromium renders to something other than a blank page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use html5gum::{DefaultEmitter, Token, Tokenizer};
use serde_json::Value;

use crate::harness::{at, Env, MEMBER};

/// 2026-01-15 is a Thursday.
const NOW: &str = "2026-01-15T18:00:00+00:00";

/// alice's entries of the week in two projects, with two activities.
fn env_with_times() -> Env {
    let env = Env::with_project();
    env.server.add_project("TimeSync", &["ts"], Some("dev"), &[("alice", MEMBER)]);
    let add = |uuid: &str, project: &str, activity: &str, seconds: i64, day: &str| {
        env.server.add_time_with_uuid(uuid, "alice", project, &[activity], seconds, day)
    };
    add("aaaaaaa1-0000-4000-8000-000000000000", "gwm", "dev", 3600, "2026-01-12");
    add("aaaaaaa2-0000-4000-8000-000000000000", "ts", "docs", 1800, "2026-01-12");
    add("aaaaaaa3-0000-4000-8000-000000000000", "ts", "dev", 5400, "2026-01-13");
    add("aaaaaaa4-0000-4000-8000-000000000000", "gwm", "docs", 60, "2026-01-15");
    add("aaaaaaa5-0000-4000-8000-000000000000", "gwm", "dev", 9000, "2026-01-15");
    env
}

/// Runs `args` as alice at [`NOW`] and returns its stdout, asserting success.
fn run(env: &Env, args: &[&str]) -> String {
    let output = at(env, NOW).args(args).output().unwrap();
    assert!(output.status.success(), "{args:?}: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

fn json(env: &Env, args: &[&str]) -> Value {
    serde_json::from_str(&run(env, &[&["--json"], args].concat())).unwrap()
}

/// An element of a page, with its attributes and the id of the chart it is in.
#[derive(Debug)]
struct Element {
    name: String,
    attributes: BTreeMap<String, String>,
    chart: Option<String>,
}

impl Element {
    fn get(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }

    fn seconds(&self) -> u64 {
        self.get("data-seconds").unwrap_or_else(|| panic!("no data-seconds: {self:?}")).parse().unwrap()
    }
}

/// A page as parsed: its elements in order and its text (entities decoded).
struct Parsed {
    elements: Vec<Element>,
    text: String,
}

/// Parses a page with an HTML5 tokenizer, asserting that it has no parse
/// error, a doctype, and every element but the void ones closed in order
/// (self-closing only inside SVG).
fn parse(html: &str) -> Parsed {
    const VOID: &[&str] = &["meta", "link", "br", "hr", "img", "input"];
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let (mut elements, mut text, mut open, mut doctype) = (Vec::new(), String::new(), Vec::<String>::new(), false);
    let mut charts: Vec<String> = Vec::new();
    for token in Tokenizer::new_with_emitter(html, emitter) {
        match token.unwrap() {
            Token::Error(error) => panic!("parse error {error:?} in\n{html}"),
            Token::Doctype(_) => doctype = true,
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                let attributes = tag
                    .attributes
                    .iter()
                    .map(|(k, v)| (String::from_utf8_lossy(k).into_owned(), String::from_utf8_lossy(v).into_owned()))
                    .collect::<BTreeMap<_, _>>();
                if name == "svg" {
                    charts.push(attributes.get("id").cloned().unwrap_or_default());
                }
                let in_svg = open.iter().any(|n| n == "svg");
                assert!(!tag.self_closing || in_svg, "<{name}/> outside SVG");
                if !(VOID.contains(&name.as_str()) || tag.self_closing) {
                    open.push(name.clone());
                }
                elements.push(Element { name, attributes, chart: charts.last().cloned().filter(|_| in_svg) });
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).into_owned();
                assert_eq!(open.pop().as_deref(), Some(name.as_str()), "</{name}> closes another element");
            }
            Token::String(s) => text.push_str(&String::from_utf8_lossy(&s)),
            Token::Comment(_) => {}
        }
    }
    assert!(doctype, "no doctype");
    assert!(open.is_empty(), "left open: {open:?}");
    Parsed { elements, text }
}

impl Parsed {
    fn all<'a>(&'a self, name: &'a str, class: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| e.name == name && e.get("class") == Some(class))
    }

    fn by_id(&self, id: &str) -> &Element {
        let mut found = self.elements.iter().filter(|e| e.get("id") == Some(id));
        let element = found.next().unwrap_or_else(|| panic!("no element #{id}"));
        assert!(found.next().is_none(), "two elements #{id}");
        element
    }

    /// Every chart is an image labelled by its title and description, both there.
    fn charts_are_labelled(&self) {
        let charts: Vec<&Element> = self.elements.iter().filter(|e| e.name == "svg").collect();
        assert_eq!(charts.len(), 2);
        for chart in charts {
            assert_eq!(chart.get("role"), Some("img"));
            let labels: Vec<&str> = chart.get("aria-labelledby").unwrap().split(' ').collect();
            assert_eq!(labels.len(), 2);
            assert_eq!(self.by_id(labels[0]).name, "title");
            assert_eq!(self.by_id(labels[1]).name, "desc");
        }
        assert!(self.elements.iter().all(|e| e.name != "script" && e.get("src").is_none() && e.get("href").is_none()));
    }

    /// The seconds of each key of the share chart.
    fn shares(&self) -> BTreeMap<String, u64> {
        self.all("g", "segment")
            .filter(|e| e.chart.as_deref() == Some("shares"))
            .map(|e| (e.get("data-key").unwrap().to_owned(), e.seconds()))
            .collect()
    }

    /// The seconds of each day of the day chart, each the sum of its stacked parts.
    fn days(&self) -> BTreeMap<String, u64> {
        let mut days = BTreeMap::new();
        let mut parts: BTreeMap<String, u64> = BTreeMap::new();
        let mut day = None;
        for element in self.elements.iter().filter(|e| e.chart.as_deref() == Some("days")) {
            if element.get("class") == Some("day") {
                day = Some(element.get("data-day").unwrap().to_owned());
                days.insert(day.clone().unwrap(), element.seconds());
                parts.entry(day.clone().unwrap()).or_default();
            } else if element.get("class") == Some("segment") {
                *parts.entry(day.clone().expect("a segment outside a day")).or_default() += element.seconds();
            }
        }
        assert_eq!(days, parts, "each day's bar is the sum of its parts");
        days
    }
}

/// The groups of a `--json` report: key to total seconds.
fn groups(report: &Value, field: &str) -> BTreeMap<String, u64> {
    report["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| (g[field].as_str().unwrap().to_owned(), g["total_seconds"].as_u64().unwrap()))
        .collect()
}

fn page_path(env: &Env, name: &str) -> PathBuf {
    env.dir.path().join(name)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_report_page_parses_and_its_charts_give_the_json_totals() {
    let env = env_with_times();
    for by in ["project", "activity"] {
        let path = page_path(&env, &format!("{by}.html"));
        let text = run(&env, &["report", "--week", "--by", by, "--html", path.to_str().unwrap()]);
        assert!(text.contains("Period: 2026-01-12 to 2026-01-15"), "the text report is printed too: {text}");
        let page = parse(&read(&path));
        page.charts_are_labelled();
        let report = json(&env, &["report", "--week", "--by", by]);
        let total = report["total_seconds"].as_u64().unwrap();
        assert_eq!(total, 19860);
        assert_eq!(page.shares(), groups(&report, by), "by {by}");
        assert_eq!(page.by_id("shares").seconds(), total);
        assert_eq!(page.by_id("days").seconds(), total);
        let by_day = json(&env, &["report", "--week", "--by", "day"]);
        let mut days = page.days();
        assert_eq!(days.remove("2026-01-14"), Some(0), "a day of the week without entries, drawn empty");
        assert_eq!(days, groups(&by_day, "day"));
        assert!(page.text.contains(&format!("Share per {by}")));
        assert!(page.text.contains("Total: 5h31m in 5 entries"), "{}", page.text);
        assert!(page.text.contains("2026-01-15: 2h31m"), "the day chart in words: {}", page.text);
    }
}

#[test]
fn the_report_page_takes_the_reports_options() {
    let env = env_with_times();
    let path = page_path(&env, "decimal.html");
    run(&env, &["report", "--week", "--decimal", "--round", "1h", "--html", path.to_str().unwrap()]);
    let page = parse(&read(&path));
    let report = json(&env, &["report", "--week", "--round", "1h"]);
    assert_eq!(page.shares(), groups(&report, "project"), "rounded as the report is");
    assert_eq!(page.by_id("shares").seconds(), 8 * 3600);
    assert!(page.text.contains("Total: 8.00 in 5 entries"), "{}", page.text);
    // --total: no groups in the table, the charts by project still.
    let path = page_path(&env, "total.html");
    run(&env, &["report", "--week", "--total", "--html", path.to_str().unwrap()]);
    let page = parse(&read(&path));
    assert_eq!(page.shares().keys().collect::<Vec<_>>(), ["gwm", "ts"]);
    assert_eq!(page.elements.iter().filter(|e| e.name == "td").count(), 2, "one row: entries and total");
    assert!(page.elements.iter().all(|e| e.name != "tfoot") && !page.text.contains("No time entries"));
}

#[test]
fn the_log_page_escapes_notes_and_totals_its_entries() {
    let env = env_with_times();
    let note = "<script>alert('x')</script> & \u{1b}[2J";
    run(&env, &["time", "create", "-d", "15m", "-p", "gwm", "--date", "2026-01-14", "--notes", note]);
    let path = page_path(&env, "log.html");
    run(&env, &["log", "--week", "--html", path.to_str().unwrap()]);
    let html = read(&path);
    let page = parse(&html);
    page.charts_are_labelled();
    assert!(page.text.contains(r"<script>alert('x')</script> & \u{1b}[2J"), "the note as text: {}", page.text);
    let entries = json(&env, &["log", "--week"]);
    let total: u64 = entries.as_array().unwrap().iter().map(|e| e["duration"].as_u64().unwrap()).sum();
    assert_eq!(page.by_id("days").seconds(), total);
    assert_eq!(page.days()["2026-01-14"], 900);
    assert_eq!(page.shares()["gwm"], 3600 + 60 + 9000 + 900);
}

#[test]
fn the_page_replaces_the_file_whole_and_a_bad_path_fails_before_printing() {
    let env = env_with_times();
    let path = page_path(&env, "page.html");
    std::fs::write(&path, "old").unwrap();
    run(&env, &["report", "--week", "--html", path.to_str().unwrap()]);
    assert!(read(&path).starts_with("<!DOCTYPE html>"));
    let left: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(left.iter().all(|name| !name.to_string_lossy().ends_with(".tmp")), "{left:?}");
    let under_a_file = path.join("x.html");
    let output = at(&env, NOW).args(["report", "--week", "--html", under_a_file.to_str().unwrap()]).output().unwrap();
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "nothing printed when the page cannot be written");
    assert!(String::from_utf8_lossy(&output.stderr).contains("page.html/x.html"));
    at(&env, NOW).args(["log", "--html", ""]).assert().code(2).stderr(predicates::str::contains("'--html <FILE>'"));
    for (command, bad) in [("report", "."), ("log", env.dir.path().to_str().unwrap()), ("report", "..")] {
        at(&env, NOW).args([command, "--html", bad]).assert().code(2).stderr(predicates::str::contains(format!(
            "invalid value '{bad}' for --html: give the name of a file to write, such as week.html"
        )));
    }
}

#[test]
fn html_dash_prints_the_page_alone_to_stdout() {
    let env = env_with_times();
    for command in ["report", "log"] {
        let output =
            at(&env, NOW).current_dir(env.dir.path()).args([command, "--week", "--html", "-"]).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        let page = String::from_utf8(output.stdout).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>") && page.trim_end().ends_with("</html>"), "{command}: {page}");
        assert_eq!(page.matches("<!DOCTYPE html>").count(), 1, "the page alone");
        parse(&page);
        assert!(output.stderr.is_empty(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(!env.dir.path().join("-").exists(), "no file named -");
    }
}

/// The page as headless Chromium shows it is not blank: the PNG of its
/// screenshot has many colours. Skipped (saying so) only when Chromium is
/// not installed and `TIMESYNC_REQUIRE_CHROMIUM` is unset; CI sets it.
#[test]
fn chromium_renders_the_page() {
    let required = std::env::var_os("TIMESYNC_REQUIRE_CHROMIUM").is_some();
    let Some(chromium) = ["chromium", "chromium-browser", "google-chrome"].into_iter().find(|name| on_path(name))
    else {
        assert!(!required, "TIMESYNC_REQUIRE_CHROMIUM is set but chromium is not on PATH");
        println!("skipped: chromium is not installed (apt-get install chromium)");
        return;
    };
    let env = env_with_times();
    let path = page_path(&env, "page.html");
    run(&env, &["report", "--week", "--html", path.to_str().unwrap()]);
    let png = page_path(&env, "page.png");
    let output = env
        .program(chromium)
        .args(["--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars", "--window-size=1200,1600"])
        .arg(format!("--user-data-dir={}", page_path(&env, "chromium").display()))
        .arg(format!("--screenshot={}", png.display()))
        .arg(format!("file://{}", path.display()))
        .output()
        .unwrap();
    assert!(png.exists(), "no screenshot: {}", String::from_utf8_lossy(&output.stderr));
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&png).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).unwrap();
    assert_eq!((frame.width, frame.height), (1200, 1600));
    let bytes = frame.color_type.samples();
    let colours: std::collections::BTreeSet<&[u8]> = pixels[..frame.buffer_size()].chunks(bytes).collect();
    assert!(colours.len() > 50, "a blank page: {} colours", colours.len());
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// The sample page in docs/ (made from test mode's data, shown in the README)
/// is what `report --html` writes today. `TIMESYNC_BLESS=1 cargo test --test
/// cli generated` writes it anew; docs/reports.md says how to remake its PNG.
#[test]
fn the_generated_sample_in_docs_is_current() {
    let env = Env::new();
    let path = page_path(&env, "sample.html");
    let output = env
        .bare()
        .env("TIMESYNC_TEST", "1")
        .env("TIMESYNC_NOW", "2026-11-29T12:00:00+00:00")
        .args(["report", "--week", "--html", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report-sample.html");
    let page = read(&path);
    if std::env::var_os("TIMESYNC_BLESS").is_some() {
        std::fs::write(&sample, &page).unwrap();
    }
    assert!(
        read(&sample) == page,
        "docs/report-sample.html is stale: run TIMESYNC_BLESS=1 cargo test --test cli generated"
    );
    parse(&page).charts_are_labelled();
}
