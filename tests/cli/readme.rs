//! The documentation stays true. Every `timesync` command shown in README.md,
//! CONTRIBUTING.md, ARCHITECTURE.md and docs/*.md runs successfully (in test
//! mode, so no server is needed), in the order each page shows them, and
//! every other line of their shell blocks is one this test knows not to run;
//! every relative link of those pages and of CHANGELOG.md points to a file
//! that exists; the README's install lines work on a fresh `HOME`; and the
//! pages' tables of variables and exit codes are the man pages'.

use std::path::{Path, PathBuf};

use crate::harness::{needs_earlier_state, run_with_state, Env};

/// The commands a shell block may show without this test running them:
/// installers, builds and other programs (`cargo run --release -- …` is
/// run, as `timesync …`).
const NOT_RUN: &[&str] = &["bash", "cargo", "cp", "mkdir", "sudo", "timew", "watson"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The pages whose shell blocks are run: README.md, CONTRIBUTING.md,
/// ARCHITECTURE.md, then every docs/*.md by name.
fn pages_with_commands() -> Vec<PathBuf> {
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    assert!(docs.len() >= 9, "docs/ has only {} pages", docs.len());
    let mut pages: Vec<PathBuf> =
        ["README.md", "CONTRIBUTING.md", "ARCHITECTURE.md"].iter().map(|name| root().join(name)).collect();
    pages.extend(docs);
    pages
}

/// Every page whose links are checked: those above and CHANGELOG.md.
fn pages_with_links() -> Vec<PathBuf> {
    let mut pages = pages_with_commands();
    pages.push(root().join("CHANGELOG.md"));
    pages
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The name of `path` below the workspace, for messages.
fn name(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

/// The lines of a page's ` ```sh ` blocks (fences may be indented, as in
/// a list), without blank lines and comment lines.
fn shell_lines(page: &str) -> Vec<String> {
    let mut in_shell = false;
    let mut lines = Vec::new();
    for line in page.lines().map(str::trim) {
        if line.starts_with("```") {
            in_shell = !in_shell && line == "```sh";
            continue;
        }
        if in_shell && !line.is_empty() && !line.starts_with('#') {
            lines.push(line.to_owned());
        }
    }
    lines
}

/// A shell line this test runs: the variables set before the command, and
/// the arguments after `timesync` up to a pipe or a redirection.
#[derive(Debug, PartialEq)]
struct Run {
    variables: Vec<(String, String)>,
    args: Vec<String>,
}

/// What a shell line is: `Ok(Some(run))` for a `timesync` command (or
/// `cargo run --release -- …`), `Ok(None)` for a program in [`NOT_RUN`],
/// and `Err` for anything else.
fn classify(line: &str) -> Result<Option<Run>, String> {
    let words = split_words(line.split(" # ").next().unwrap_or_default());
    let assignments = words.iter().take_while(|w| w.contains('=') && !w.starts_with('-')).count();
    let variables = words[..assignments]
        .iter()
        .map(|w| w.split_once('=').map(|(n, v)| (n.to_owned(), v.to_owned())).unwrap())
        .collect();
    let words = &words[assignments..];
    let args: Vec<String> = match words.first().map(String::as_str) {
        Some("timesync") => words[1..].to_vec(),
        Some("cargo") => match words.iter().position(|w| w == "--") {
            Some(dash) if words[..dash].join(" ") == "cargo run --release" => words[dash + 1..].to_vec(),
            _ => return Ok(None),
        },
        Some(program) if NOT_RUN.contains(&program) => return Ok(None),
        _ => return Err(format!("`{line}` is neither a timesync command nor one of {NOT_RUN:?}")),
    };
    let end = args.iter().position(|w| w == "|" || w == ">").unwrap_or(args.len());
    Ok(Some(Run { variables, args: args[..end].to_vec() }))
}

/// The commands of a page's shell blocks that this test runs.
fn commands(page: &str) -> Vec<Run> {
    shell_lines(page).iter().filter_map(|line| classify(line).ok().flatten()).collect()
}

/// Splits a shell line into words, honouring double and single quotes.
fn split_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote: Option<char> = None;
    let mut started = false;
    for c in line.chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.push(c),
            (None, '"' | '\'') => {
                quote = Some(c);
                started = true;
            }
            (None, c) if c.is_whitespace() => {
                if started || !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            (None, c) => word.push(c),
        }
    }
    if started || !word.is_empty() {
        words.push(word);
    }
    words
}

#[test]
fn shell_words_split_like_a_shell() {
    assert_eq!(split_words(r#"a "b c" 'd' """#), ["a", "b c", "d", ""]);
}

#[test]
fn shell_lines_are_told_apart() {
    let run = |variables: &[(&str, &str)], args: &[&str]| Run {
        variables: variables.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect(),
        args: args.iter().map(|a| a.to_string()).collect(),
    };
    assert_eq!(classify("timesync log --week   # a comment"), Ok(Some(run(&[], &["log", "--week"]))));
    assert_eq!(
        classify("COLUMNS=200 timesync time list > week.txt"),
        Ok(Some(run(&[("COLUMNS", "200")], &["time", "list"])))
    );
    assert_eq!(classify("cargo run --release -- --test log | less"), Ok(Some(run(&[], &["--test", "log"]))));
    assert_eq!(classify("cargo run -p timesync-engine --bin timesync-server -- --listen x"), Ok(None));
    assert_eq!(classify("TIMESYNC_BLESS=1 cargo test --test cli generated"), Ok(None));
    assert_eq!(classify("mkdir -p ~/.zfunc"), Ok(None));
    assert!(classify("timesnyc log").is_err());
    assert!(classify("$ timesync log").is_err());
    let page =
        "text\n```sh\ntimesync log\n\n# a comment\n```\n  ```sh\n  timesync status\n  ```\n```toml\nx = 1\n```\n";
    assert_eq!(shell_lines(page), ["timesync log", "timesync status"]);
}

#[test]
fn every_shell_line_of_the_docs_is_run_or_known() {
    for path in pages_with_commands() {
        for line in shell_lines(&read(&path)) {
            if let Err(why) = classify(&line) {
                panic!("{}: {why}", name(&path));
            }
        }
    }
}

#[test]
fn every_command_of_the_docs_runs() {
    let env = Env::new();
    // The password managers the docs name, as stand-ins printing a password.
    let bin = env.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for manager in ["pass", "secret-tool", "security", "op"] {
        let path = bin.join(manager);
        std::fs::write(&path, "#!/bin/sh\necho secret\n").unwrap();
        #[cfg(unix)]
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    }
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    // The docs' user: test mode acts as the configured user.
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(
        env.config_path(),
        "[profiles.default]\nusername = \"alice\"\n[profiles.staging]\nusername = \"alice\"\n",
    )
    .unwrap();
    // Commands run in a directory of their own, where the files they write (a report's page) land,
    // with the checkout's examples/ (the import examples read it).
    let work = env.dir.path().join("work");
    std::fs::create_dir_all(&work).unwrap();
    std::os::unix::fs::symlink(root().join("examples"), work.join("examples")).unwrap();
    let mut total = 0;
    for page in pages_with_commands() {
        let commands = commands(&read(&page));
        if page.ends_with("README.md") && page.parent() == Some(root().as_path()) {
            assert!(commands.len() >= 20, "found only {} commands in README.md", commands.len());
        }
        total += commands.len();
        for Run { variables, args } in commands {
            if needs_earlier_state(&args).is_some() && variables.is_empty() {
                // Test mode starts every command from the same state: a command that needs what an
                // earlier one left (a clock, a kept entry) runs against a test server after it.
                let output = run_with_state(&args, &path, "2026-11-29T12:00:00+00:00");
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert!(output.status.success(), "{}: `timesync {}` failed: {stderr}", name(&page), args.join(" "));
                continue;
            }
            let output = env
                .bare()
                .current_dir(&work)
                .env("TIMESYNC_TEST", "1")
                .env("TIMESYNC_NOW", "2026-11-29T12:00:00+00:00")
                .env("TIMESYNC_PASSWORD", "secret")
                .env("TIMESYNC_NEW_PASSWORD", "new-secret")
                .env("PATH", &path)
                .envs(variables)
                .args(&args)
                .output()
                .unwrap();
            assert!(
                output.status.success(),
                "{}: `timesync {}` failed: {}",
                name(&page),
                args.join(" "),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    // As many as the README alone showed before the manual moved to docs/.
    assert!(total >= 65, "found only {total} commands in the docs");
}

/// GitHub's anchor for a heading: lower case, punctuation dropped, spaces
/// as hyphens.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a page's headings (outside code blocks).
fn anchors(page: &str) -> Vec<String> {
    prose_lines(page)
        .iter()
        .filter_map(|line| line.strip_prefix('#'))
        .map(|heading| anchor(heading.trim_start_matches('#')))
        .collect()
}

/// A page's lines outside fenced code blocks.
fn prose_lines(page: &str) -> Vec<&str> {
    let mut in_code = false;
    let mut lines = Vec::new();
    for line in page.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
        } else if !in_code {
            lines.push(line);
        }
    }
    lines
}

/// `text` without its code spans: a run of backticks opens one, and the
/// next run of as many closes it (an unclosed run is text).
fn without_code_spans(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        out.push_str(&rest[..open]);
        let ticks = rest[open..].chars().take_while(|c| *c == '`').count();
        let after = &rest[open + ticks..];
        let mut search = 0;
        let close = loop {
            match after[search..].find('`') {
                None => break None,
                Some(at) => {
                    let start = search + at;
                    let run = after[start..].chars().take_while(|c| *c == '`').count();
                    if run == ticks {
                        break Some(start);
                    }
                    search = start + run;
                }
            }
        };
        match close {
            Some(close) => rest = &after[close + ticks..],
            None => {
                out.push_str(&rest[open..open + ticks]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The targets of a page's links, `[text](target)` and `[label]: target`,
/// outside code blocks and code spans.
fn link_targets(page: &str) -> Vec<String> {
    let text = without_code_spans(&prose_lines(page).join("\n"));
    let mut targets = Vec::new();
    for line in text.lines() {
        if let Some(rest) = line.trim_start().strip_prefix('[') {
            if let Some((_, target)) = rest.split_once("]: ") {
                targets.push(target.trim().to_owned());
            }
        }
    }
    for (at, _) in text.match_indices("](") {
        let target = text[at + 2..].split(')').next().unwrap_or_default();
        targets.push(target.split_whitespace().next().unwrap_or_default().to_owned());
    }
    targets
}

#[test]
fn links_are_found_in_prose_only() {
    let page = "[a](b.md) and [`c`](d/ \"title\")\n```sh\n[x](nowhere)\n```\n`[y](no\nwhere)` ` ```sh ` [h](i.md)\n[e]: f.md#g\n";
    assert_eq!(link_targets(page), ["f.md#g", "b.md", "d/", "i.md"]);
    assert_eq!(without_code_spans("a `b` c ``d ` e`` f `g"), "a  c  f `g");
    assert_eq!(anchor("CI jobs: `--test`"), "ci-jobs---test");
    assert_eq!(anchors("# Title\n```sh\n# not a heading\n```\n## Nothing is lost\n"), ["title", "nothing-is-lost"]);
}

#[test]
fn every_relative_link_of_the_docs_points_to_a_file() {
    let mut checked = 0;
    for path in pages_with_links() {
        let page = read(&path);
        for target in link_targets(&page) {
            if target.contains("://") || target.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = target.split_once('#').unwrap_or((&target, ""));
            let linked = if file.is_empty() { path.clone() } else { path.parent().unwrap().join(file) };
            assert!(linked.exists(), "{}: the link to {target} points to no file", name(&path));
            if !fragment.is_empty() {
                assert!(
                    anchors(&read(&linked)).iter().any(|a| a == fragment),
                    "{}: {} has no heading #{fragment}",
                    name(&path),
                    name(&linked)
                );
            }
            checked += 1;
        }
    }
    assert!(checked >= 50, "only {checked} relative links found");
}

#[test]
fn the_readme_install_lines_work_on_a_fresh_home() {
    let env = Env::new();
    let path = format!(
        "{}:{}",
        Path::new(env!("CARGO_BIN_EXE_timesync")).parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    if std::process::Command::new("bash").args(["-c", "true"]).env_clear().env("PATH", &path).status().is_err() {
        eprintln!("skipped: no bash");
        return;
    }
    let readme = read(&root().join("README.md"));
    let block: Vec<String> = readme
        .split("```sh\n")
        .skip(1)
        .map(|block| block.split("```").next().unwrap_or_default())
        .find(|block| block.lines().any(|line| line.starts_with("mkdir -p")))
        .expect("a README shell block that makes directories")
        .lines()
        .map(str::to_owned)
        .collect();
    // HOME is a new, empty directory: none of the directories exists yet.
    let home = env.dir.path().join("home");
    std::fs::create_dir(&home).unwrap();
    let output = env
        .program("bash")
        .args(["-euc", &block.join("\n")])
        .env("HOME", &home)
        .env("PATH", &path)
        .env_remove("TIMESYNC_CONFIG")
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "the install lines failed on a fresh HOME: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let installed = |file: &str| home.join(file.trim_start_matches("~/"));
    let mut scripts = 0;
    for line in &block {
        let line = line.split(" # ").next().unwrap_or_default();
        if let (true, Some((command, target))) = (line.starts_with("timesync completions"), line.split_once(" > ")) {
            let shell = command.split_whitespace().nth(2).unwrap();
            let expected = timesync_cli::cli::completion::script(shell.parse().unwrap());
            assert_eq!(std::fs::read(installed(target.trim())).unwrap(), expected, "{line}");
            scripts += 1;
        }
    }
    assert!(scripts >= 3, "only {scripts} completion scripts installed");
    let man1 = block.iter().find_map(|line| line.strip_prefix("cp man/*.1 ")).expect("man pages installed");
    for page in std::fs::read_dir(root().join("man")).unwrap() {
        let page = page.unwrap().file_name();
        assert!(installed(man1.trim()).join(&page).is_file(), "{page:?} not installed");
    }
}

/// The first column, unquoted, of the first table after the line `heading`.
fn table_keys(page: &str, heading: &str) -> Vec<String> {
    let section = page.lines().skip_while(|l| *l != heading).skip(1);
    let rows = section.skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')).skip(2);
    let keys: Vec<String> =
        rows.map(|row| row.split('|').nth(1).unwrap_or_default().trim().trim_matches('`').to_owned()).collect();
    assert!(!keys.is_empty(), "no table under {heading}");
    keys
}

#[test]
fn the_docs_and_the_man_pages_list_the_same_variables_and_exit_codes() {
    let variables: Vec<String> =
        timesync_cli::cli::manual::ENVIRONMENT.iter().map(|(name, _)| name.to_string()).collect();
    let configuration = read(&root().join("docs/configuration.md"));
    assert_eq!(table_keys(&configuration, "## Environment variables"), variables);
    let codes: Vec<String> = timesync_cli::cli::manual::EXIT_CODES.iter().map(|(code, _)| code.to_string()).collect();
    assert_eq!(table_keys(&read(&root().join("docs/exit-codes.md")), "## Exit codes"), codes);
    assert_eq!(table_keys(&read(&root().join("README.md")), "### Exit codes"), codes);
}
