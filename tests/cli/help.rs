//! Help pages: each command's own options first, the global options under
//! their own heading on every page, then the command's examples, which all
//! run.

use clap::CommandFactory;
use timesync_cli::cli::{examples, Cli};

use crate::harness::{needs_earlier_state, run_with_state, Env, Run};

/// Every command path below the root (`["time", "create"]`, …), clap's
/// `help` excluded.
pub fn command_paths() -> Vec<Vec<String>> {
    fn walk(command: &clap::Command, prefix: &[String], paths: &mut Vec<Vec<String>>) {
        for sub in command.get_subcommands().filter(|s| s.get_name() != "help" && !s.is_hide_set()) {
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
            // Where the option is listed: a line that starts with it (after a short flag, if any).
            let listed = |line: &&str| {
                let line = line.trim_start();
                line.starts_with(flag)
                    || line.get(4..).is_some_and(|rest| line.starts_with('-') && rest.starts_with(flag))
            };
            let line = text.lines().find(listed).unwrap_or_else(|| panic!("{path:?}: {flag} missing"));
            let at = text.find(line).unwrap_or_default();
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
    let mut cmd = env.bare();
    cmd.env("TIMESYNC_TEST", "1").env("TIMESYNC_NOW", "2026-01-15T10:00:00+00:00");
    let time = cmd.json(&["time", "create", "-d", "45m", "-p", "gwm", "-a", "dev", "-D", "yesterday", "-n", "short"]);
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

#[test]
fn every_page_ends_with_its_examples() {
    let env = Env::new();
    for path in std::iter::once(Vec::new()).chain(command_paths()) {
        let text = help(&env, &path);
        let examples = examples::examples(&path.join(" ")).unwrap_or_else(|| panic!("{path:?}: no examples"));
        let heading = text.find("\nExamples:\n").unwrap_or_else(|| panic!("{path:?}: no Examples in {text}"));
        assert!(heading > text.find("\nGlobal options:\n").unwrap(), "{path:?}: examples come after the options");
        for example in examples {
            assert!(text.contains(&format!("  $ timesync {}\n", example.args)), "{path:?}: {} missing", example.args);
        }
    }
}

/// Stand-ins for the password manager the examples name.
fn fake_pass(env: &Env) -> String {
    let bin = env.dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let path = bin.join("pass");
    std::fs::write(&path, "#!/bin/sh\necho secret\n").unwrap();
    #[cfg(unix)]
    std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    format!("{}:{}", bin.display(), std::env::var("PATH").unwrap_or_default())
}

/// Runs `args` in test mode in `env`, at a fixed "now".
fn run_in_test_mode(env: &Env, path: &str, args: &[String]) -> std::process::Output {
    // The import examples read the sample files, as a user would in their folder.
    let samples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/import");
    env.bare()
        .current_dir(samples)
        .env("TIMESYNC_TEST", "1")
        .env("TIMESYNC_NOW", "2026-11-29T12:00:00+00:00")
        .env("TIMESYNC_NEW_PASSWORD", "new-secret")
        .env("PATH", path)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn every_example_runs_in_test_mode() {
    // Each command in test mode starts from the samples, so the project the
    // create example made is not there to delete, and the samples' activities
    // are in use: the server refuses these (exit code 1), and nothing else.
    let refused_by_the_samples = ["project delete rimesync", "activity delete sys"];
    for (_, list) in examples::EXAMPLES {
        for example in *list {
            let env = Env::new();
            let path = fake_pass(&env);
            // Test mode acts as the configured user.
            std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
            let profiles = "[profiles.default]\nusername = \"alice\"\n[profiles.staging]\nusername = \"alice\"\n";
            std::fs::write(env.config_path(), profiles).unwrap();
            let words = shell_words::split(example.args).unwrap();
            let args = &words[..words.iter().position(|w| w == ">").unwrap_or(words.len())];
            let output = run_in_test_mode(&env, &path, args);
            if let Some(missing) = needs_earlier_state(args) {
                // Test mode starts every command from the same state: it says what is missing, and
                // the example runs against a test server after the command it needs.
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert_eq!(output.status.code(), Some(2), "timesync {}: {stderr}", example.args);
                assert!(stderr.contains(missing), "timesync {}: {stderr}", example.args);
                let live = run_with_state(args, &path, "2026-11-29T12:00:00+00:00");
                let stderr = String::from_utf8_lossy(&live.stderr);
                assert!(live.status.success(), "timesync {} after what it needs: {stderr}", example.args);
                continue;
            }
            let expected = if refused_by_the_samples.contains(&example.args) { Some(1) } else { Some(0) };
            assert_eq!(
                output.status.code(),
                expected,
                "timesync {}: {}",
                example.args,
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
}

/// Runs `args` in test mode and returns (exit code, stdout, stderr).
fn run(env: &Env, args: &[&str]) -> (Option<i32>, String, String) {
    let output = env
        .bare()
        .env("TIMESYNC_TEST", "1")
        .env("TIMESYNC_NOW", "2026-11-29T12:00:00+00:00")
        .args(args)
        .output()
        .unwrap();
    let text = |bytes: Vec<u8>| String::from_utf8(bytes).unwrap();
    (output.status.code(), text(output.stdout), text(output.stderr))
}

#[test]
fn list_and_ls_are_get_and_whoami_is_status() {
    let env = Env::new();
    for noun in ["time", "project", "activity", "user"] {
        let (code, get, _) = run(&env, &["--json", noun, "get"]);
        assert_eq!(code, Some(0), "{noun} get");
        assert!(get.len() > 10, "{noun} get printed {get}");
        for alias in ["list", "ls"] {
            assert_eq!(run(&env, &["--json", noun, alias]), (Some(0), get.clone(), String::new()), "{noun} {alias}");
        }
    }
    let (_, status, _) = run(&env, &["--json", "status"]);
    assert!(status.contains("\"profile\""), "{status}");
    assert_eq!(run(&env, &["--json", "whoami"]).1, status);
}

#[test]
fn guessed_names_get_the_timesync_name() {
    let env = Env::new();
    for (args, tip) in [
        (&["clock", "start", "gwm"][..], "tip: did you mean 'timesync clock in'?"),
        (&["clock", "stop"], "tip: did you mean 'timesync clock out'?"),
        (&["ls"], "tip: did you mean 'timesync time list'?"),
        (&["project", "add"], "tip: did you mean 'timesync project create'?"),
        (&["time", "get", "--to", "today"], "tip: a similar argument exists: '--end'"),
        (&["report", "--from", "monday"], "tip: a similar argument exists: '--start'"),
        (&["time", "create", "--tag", "dev"], "tip: a similar argument exists: '--activity'"),
    ] {
        let (code, stdout, stderr) = run(&env, args);
        assert_eq!((code, stdout.as_str()), (Some(2), ""), "{args:?}");
        assert!(stderr.contains(tip), "{args:?}: {stderr}");
        assert!(!stderr.contains("'status'") && !stderr.contains("--token"), "{args:?}: a wrong hint in {stderr}");
    }
    // Where the option meant does not exist, no hint at all rather than a wrong one.
    let (_, _, stderr) = run(&env, &["time", "create", "--to", "x"]);
    assert!(stderr.starts_with("error: unexpected argument '--to' found") && !stderr.contains("tip:"), "{stderr}");
}

#[test]
fn usage_lines_name_the_command_not_the_environment() {
    let env = Env::new();
    let output = env.bare().env("TIMESYNC_TOKEN", "secret").args(["clock", "in", "--bogus"]).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("\nUsage: timesync clock in [OPTIONS] [PROJECT]\n"), "{stderr}");
    let output = env.bare().env("TIMESYNC_TOKEN", "secret").args(["time", "get", "--bogus"]).output().unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("\nUsage: timesync time get [OPTIONS] [REF]\n"), "{stderr}");
    assert!(!stderr.contains("--config") && !stderr.contains("--token"), "{stderr}");
}

#[test]
fn invalid_values_list_the_allowed_ones_on_one_line() {
    let env = Env::new();
    let (code, _, stderr) = run(&env, &["report", "--by", "proj"]);
    assert_eq!(code, Some(2));
    assert_eq!(
        stderr,
        "error: invalid value 'proj' for '--by <FIELD>': possible values are project, activity, user, day \
         (did you mean 'project'?)\n"
    );
    let (_, _, stderr) = run(&env, &["project", "users", "add", "gwm", "userone", "--role", "boss"]);
    assert!(stderr.contains("possible values are member, spectator, manager"), "{stderr}");
}
