//! Every `timesync` command shown in README.md runs successfully (in test
//! mode, so no server is needed), in the order the README shows them.

use crate::harness::Env;

/// The `timesync` argument lists of the README's shell blocks.
fn readme_commands() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let mut in_shell = false;
    let mut commands = Vec::new();
    for line in readme.lines() {
        if line.starts_with("```") {
            in_shell = line == "```sh";
            continue;
        }
        if !in_shell {
            continue;
        }
        let words = split_words(line.split(" # ").next().unwrap_or_default());
        let mut words = words.into_iter().skip_while(|w| w.contains('=') && !w.starts_with('-')).peekable();
        let args: Vec<String> = match words.peek().map(String::as_str) {
            Some("timesync") => words.skip(1).collect(),
            Some("cargo") => {
                let rest: Vec<String> = words.collect();
                match rest.iter().position(|w| w == "--") {
                    Some(dash) if rest[..dash].join(" ") == "cargo run --release" => rest[dash + 1..].to_vec(),
                    _ => continue,
                }
            }
            _ => continue,
        };
        let end = args.iter().position(|w| w == "|" || w == ">").unwrap_or(args.len());
        commands.push(args[..end].to_vec());
    }
    commands
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
fn every_readme_command_runs() {
    let env = Env::new();
    // The password managers the README names, as stand-ins printing a password.
    let bin = env.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for manager in ["pass", "secret-tool", "security", "op"] {
        let path = bin.join(manager);
        std::fs::write(&path, "#!/bin/sh\necho secret\n").unwrap();
        #[cfg(unix)]
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    }
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default());
    // The README's user: test mode acts as the configured user.
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(
        env.config_path(),
        "[profiles.default]\nusername = \"alice\"\n[profiles.staging]\nusername = \"alice\"\n",
    )
    .unwrap();
    let commands = readme_commands();
    assert!(commands.len() >= 30, "found only {} commands in README.md", commands.len());
    for args in commands {
        if args.starts_with(&["outbox".to_owned(), "drop".to_owned()]) {
            // Something to drop: an entry kept while the server was down.
            env.queue_test_mode_entry();
        }
        let output = env
            .bare()
            .env("TIMESYNC_TEST", "1")
            .env("TIMESYNC_NOW", "2026-11-29T12:00:00+00:00")
            .env("TIMESYNC_PASSWORD", "secret")
            .env("TIMESYNC_NEW_PASSWORD", "new-secret")
            .env("PATH", &path)
            .args(&args)
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "README command `timesync {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn shell_words_split_like_a_shell() {
    assert_eq!(split_words(r#"a "b c" 'd' """#), ["a", "b c", "d", ""]);
}

/// The rows of the README table under `heading`: its first column, unquoted.
fn table_keys(readme: &str, heading: &str) -> Vec<String> {
    let section = readme.split(heading).nth(1).unwrap_or_else(|| panic!("no {heading}"));
    let rows = section.lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')).skip(2);
    rows.map(|row| row.split('|').nth(1).unwrap_or_default().trim().trim_matches('`').to_owned()).collect()
}

#[test]
fn the_readme_and_the_man_pages_list_the_same_variables_and_exit_codes() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let variables: Vec<String> =
        timesync_cli::cli::manual::ENVIRONMENT.iter().map(|(name, _)| name.to_string()).collect();
    assert_eq!(table_keys(&readme, "## Environment variables"), variables);
    let codes: Vec<String> = timesync_cli::cli::manual::EXIT_CODES.iter().map(|(code, _)| code.to_string()).collect();
    assert_eq!(table_keys(&readme, "## Exit codes"), codes);
}
