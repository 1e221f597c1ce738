//! The committed completions/ and man/ are what the clap definition
//! generates. Regenerate them with `TIMESYNC_BLESS=1 cargo test --test cli generated`.

use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use timesync::cli::Cli;

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
            let out = timesync::cli::completion::script(shell);
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

fn man_pages(command: clap::Command, name: String, pages: &mut Vec<(String, Vec<u8>)>) {
    let static_name: &'static str = Box::leak(name.clone().into_boxed_str());
    let command = command.name(static_name).bin_name(name.replace('-', " "));
    let mut out = Vec::new();
    clap_mangen::Man::new(command.clone()).render(&mut out).unwrap();
    pages.push((format!("{name}.1"), out));
    for sub in command.get_subcommands().filter(|s| s.get_name() != "help" && !s.is_hide_set()) {
        man_pages(sub.clone(), format!("{name}-{}", sub.get_name()), pages);
    }
}

#[test]
fn completions_are_up_to_date() {
    check(&root().join("completions"), completion_files());
}

#[test]
fn man_pages_are_up_to_date() {
    let mut command = Cli::command();
    command.build();
    let mut pages = Vec::new();
    man_pages(command, "timesync".to_owned(), &mut pages);
    assert!(pages.iter().any(|(n, _)| n == "timesync-time-create.1"));
    check(&root().join("man"), pages);
}

#[test]
fn the_completions_command_prints_the_committed_script() {
    let env = crate::harness::Env::new();
    let output = env.bare().args(["completions", "bash"]).output().unwrap();
    assert!(output.status.success());
    assert_eq!(output.stdout, std::fs::read(root().join("completions/timesync.bash")).unwrap());
}
