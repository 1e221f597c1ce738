//! The committed completions/ and man/ are what the clap definition
//! generates. Regenerate them with `TIMESYNC_BLESS=1 cargo test --test cli generated`.

use std::path::{Path, PathBuf};

use clap_complete::Shell;
use roff::{bold, roman, Roff};
use timesync_cli::cli::{command, examples, manual};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `files` with what is committed; writes them when blessing.
fn check(dir: &Path, files: Vec<(String, Vec<u8>)>) {
    let bless = std::env::var_os("TIMESYNC_BLESS").is_some();
    let mut stale = Vec::new();
    for (name, content) in &files {
        let path = dir.join(name);
        if bless {
            std::fs::create_dir_all(dir).unwrap();
            std::fs::write(&path, content).unwrap();
        } else if std::fs::read(&path).ok().as_deref() != Some(content.as_slice()) {
            stale.push(name.clone());
        }
    }
    if !bless {
        let expected: Vec<&String> = files.iter().map(|(n, _)| n).collect();
        for entry in std::fs::read_dir(dir).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            if !expected.contains(&&name) {
                stale.push(format!("{name} (no longer generated)"));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale in {}: {stale:?}; run TIMESYNC_BLESS=1 cargo test --test cli generated",
        dir.display()
    );
}

fn completion_files() -> Vec<(String, Vec<u8>)> {
    [Shell::Bash, Shell::Zsh, Shell::Fish, Shell::Elvish, Shell::PowerShell]
        .into_iter()
        .map(|shell| {
            let out = timesync_cli::cli::completion::script(shell);
            let name = match shell {
                Shell::Bash => "timesync.bash".to_owned(),
                Shell::Zsh => "_timesync".to_owned(),
                Shell::Fish => "timesync.fish".to_owned(),
                Shell::Elvish => "timesync.elv".to_owned(),
                _ => "_timesync.ps1".to_owned(),
            };
            (name, out)
        })
        .collect()
}

/// `command` without clap's `help` subcommand, at every level: it has no
/// page of its own, so a page must not name it (`timesync-help(1)`).
fn without_help_subcommands(command: clap::Command) -> clap::Command {
    let names: Vec<String> = command.get_subcommands().map(|s| s.get_name().to_owned()).collect();
    names.iter().fold(command.disable_help_subcommand(true), |command, name| {
        command.mut_subcommand(name, without_help_subcommands)
    })
}

/// The man pages of `command` (at `path` below the root) and of its subcommands.
fn man_pages(command: clap::Command, path: &str, pages: &mut Vec<(String, Vec<u8>)>) {
    let name = if path.is_empty() { "timesync".to_owned() } else { format!("timesync-{}", path.replace(' ', "-")) };
    let static_name: &'static str = Box::leak(name.clone().into_boxed_str());
    // Only the root takes -V, but every page's title names the version.
    let command = command
        .name(static_name)
        .bin_name(name.replace('-', " "))
        .version(env!("CARGO_PKG_VERSION"))
        .disable_version_flag(!path.is_empty());
    pages.push((format!("{name}.1"), man_page(&command, path)));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help" && !s.is_hide_set()) {
        let sub_path = if path.is_empty() { sub.get_name().to_owned() } else { format!("{path} {}", sub.get_name()) };
        man_pages(sub.clone(), &sub_path, pages);
    }
}

/// One man page: clap_mangen's sections (its EXTRA section, the `--help`
/// examples, left out), then EXAMPLES, ENVIRONMENT, FILES, EXIT STATUS and
/// SEE ALSO.
fn man_page(command: &clap::Command, path: &str) -> Vec<u8> {
    let man = clap_mangen::Man::new(command.clone());
    let mut out = Vec::new();
    man.render_title(&mut out).unwrap();
    man.render_name_section(&mut out).unwrap();
    man.render_synopsis_section(&mut out).unwrap();
    man.render_description_section(&mut out).unwrap();
    man.render_options_section(&mut out).unwrap();
    if command.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut out).unwrap();
    }
    out.extend(extra_sections(path).render().into_bytes());
    man.render_version_section(&mut out).unwrap();
    out
}

/// The sections after the options and subcommands, from `timesync_cli::cli::{examples, manual}`.
fn extra_sections(path: &str) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXAMPLES"]);
    for example in examples::examples(path).unwrap_or_else(|| panic!("no examples for '{path}'")) {
        roff.control("PP", []).text([roman(format!("{}:", example.what))]);
        roff.control("RS", ["4"]).control("nf", []);
        roff.text([bold(format!("timesync {}", example.args))]).control("fi", []).control("RE", []);
    }
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in manual::ENVIRONMENT {
        roff.control("TP", []).text([bold(*name)]).text([roman(*meaning)]);
    }
    roff.control("SH", ["FILES"]);
    for (file, meaning) in manual::FILES {
        roff.control("TP", []).text([bold(*file)]).text([roman(*meaning)]);
    }
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in manual::EXIT_CODES {
        roff.control("TP", []).text([bold(code.to_string())]).text([roman(*meaning)]);
    }
    let see_also = manual::see_also(path);
    if !see_also.is_empty() {
        roff.control("SH", ["SEE ALSO"]);
        let mut refs = Vec::new();
        for (i, page) in see_also.into_iter().enumerate() {
            if i > 0 {
                refs.push(roman(", "));
            }
            refs.extend([bold(page), roman("(1)")]);
        }
        roff.text(refs);
    }
    roff
}

#[test]
fn completions_are_up_to_date() {
    check(&root().join("completions"), completion_files());
}

#[test]
fn man_pages_are_up_to_date() {
    let mut command = without_help_subcommands(command());
    command.build();
    let mut pages = Vec::new();
    man_pages(command, "", &mut pages);
    assert!(pages.iter().any(|(n, _)| n == "timesync-time-create.1"));
    for (name, page) in &pages {
        let page = String::from_utf8_lossy(page);
        for section in ["EXAMPLES", "ENVIRONMENT", "FILES", "EXIT STATUS", "GLOBAL OPTIONS"] {
            assert!(
                page.contains(&format!(".SH {section}")) || page.contains(&format!(".SH \"{section}\"")),
                "{name}: no {section}"
            );
        }
        assert!(!page.contains(".SH EXTRA"), "{name}: the --help examples are not repeated");
        if name != "timesync.1" {
            assert!(page.contains(".SH \"SEE ALSO\""), "{name}: no SEE ALSO");
        }
    }
    check(&root().join("man"), pages);
}

/// The `NAME(SECTION)` references of a man page (roff's `\-` read as `-`,
/// font changes dropped), in SUBCOMMANDS, SEE ALSO or anywhere else.
fn page_references(page: &str) -> Vec<String> {
    let text = page.replace("\\-", "-").replace("\\fB", "").replace("\\fR", "").replace("\\fI", "");
    let mut references = Vec::new();
    for (open, _) in text.match_indices('(') {
        let name: String = text[..open]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect();
        let section: String = text[open + 1..].chars().take_while(char::is_ascii_digit).collect();
        if !name.is_empty() && !section.is_empty() && text[open + 1 + section.len()..].starts_with(')') {
            references.push(format!("{name}({section})"));
        }
    }
    references
}

#[test]
fn every_page_a_man_page_names_exists() {
    let dir = root().join("man");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let page = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        for reference in page_references(&page) {
            // Only timesync's own pages are expected here; any other one is
            // named on purpose and checked by whoever adds it.
            if !reference.starts_with("timesync") {
                continue;
            }
            let (page_name, section) = reference.trim_end_matches(')').split_once('(').unwrap();
            assert!(
                dir.join(format!("{page_name}.{section}")).is_file(),
                "{name} names {reference}, which is not in man/"
            );
            checked += 1;
        }
    }
    assert!(checked >= 80, "only {checked} references to timesync pages found in man/");
}

#[test]
fn page_references_are_read_through_roff_escapes() {
    let page = ".TP\ntimesync\\-time\\-create(1)\nCreate\n.SH \"SEE ALSO\"\n\\fBtimesync\\fR(1), \\fBtimesync\\-time\\fR(1)\n(see 2) f(x)";
    assert_eq!(page_references(page), ["timesync-time-create(1)", "timesync(1)", "timesync-time(1)"]);
}

#[test]
fn the_completions_command_prints_the_committed_script() {
    let env = crate::harness::Env::new();
    let output = env.bare().args(["completions", "bash"]).output().unwrap();
    assert!(output.status.success());
    assert_eq!(output.stdout, std::fs::read(root().join("completions/timesync.bash")).unwrap());
}
