//! Help pages: each command's own options first, the global options under
//! their own heading on every page.

use clap::CommandFactory;
use timesync::cli::Cli;

use crate::harness::Env;

/// Every command path below the root (`["time", "create"]`, …), clap's
/// `help` excluded.
pub fn command_paths() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, prefix: &[String], paths: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help") {
            let path: Vec<String> = prefix.iter().cloned().chain([sub.get_name().to_owned()]).collect();
            paths.push(path.clone());
            walk(sub, &path, paths);
        }
    }
    let mut paths = Vec::new();
    walk(&Cli::command(), &[], &mut paths);
    paths
}

/// The `--help` text of `path`.
fn help(env: &Env, path: &[String]) -> String {
    let output = env.bare().args(path).arg("--help").output().unwrap();
    assert!(output.status.success(), "{path:?} --help failed");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn every_page_lists_global_options_after_the_commands_own() {
    let env = Env::new();
    let paths = command_paths();
    assert!(paths.len() >= 35, "only {} commands found", paths.len());
    for path in std::iter::once(Vec::new()).chain(paths) {
        let text = help(&env, &path);
        let global =
            text.find("\nGlobal options:\n").unwrap_or_else(|| panic!("{path:?}: no Global options in {text}"));
        for flag in ["--url <URL>", "--profile <NAME>", "--json", "--verbose"] {
            let at = text.find(flag).unwrap_or_else(|| panic!("{path:?}: {flag} missing"));
            assert!(at > global, "{path:?}: {flag} is listed before the Global options heading");
        }
        let own = text.find("\nOptions:\n").unwrap_or_else(|| panic!("{path:?}: no Options in {text}"));
        assert!(own < global, "{path:?}: the command's own options come first");
    }
}

#[test]
fn the_common_options_have_short_forms() {
    let env = Env::new();
    let text = help(&env, &["time".into(), "create".into()]);
    for line in ["-d, --duration", "-D, --date", "-p, --project", "-a, --activity", "-n, --notes"] {
        assert!(text.contains(line), "{line} missing in {text}");
    }
    let output = env
        .bare()
        .env("TIMESYNC_TEST", "1")
        .env("TIMESYNC_NOW", "2026-01-15T10:00:00+00:00")
        .args(["--json", "time", "create", "-d", "45m", "-p", "gwm", "-a", "dev", "-D", "yesterday", "-n", "short"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let time: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(
        (&time["duration"], &time["activities"][0], &time["date_worked"], &time["notes"]),
        (
            &serde_json::json!(2700),
            &serde_json::json!("dev"),
            &serde_json::json!("2026-01-14"),
            &serde_json::json!("short")
        )
    );
}
