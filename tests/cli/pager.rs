//! Long output on a terminal goes through the pager (the config file's
//! `pager`, else `PAGER`, else `less -FRX`); never when stdout is not a
//! terminal, nor with `--no-pager` or `pager = ""`.

use std::path::PathBuf;

use crate::harness::Env;
use crate::pty::PtyChild;

/// A pager that records that it ran, then numbers the lines it shows.
fn recording_pager(env: &Env) -> (String, PathBuf) {
    let mark = env.dir.path().join("pager-ran");
    (format!("touch '{}'; cat -n", mark.display()), mark)
}

/// `args` in test mode on a terminal of 6 rows; (what it printed, whether the pager ran).
fn on_terminal(env: &Env, pager: &str, mark: &PathBuf, args: &[&str]) -> (String, bool) {
    let _ = std::fs::remove_file(mark);
    let mut cmd = env.std_cmd();
    cmd.env("TIMESYNC_TEST", "1").env("TIMESYNC_NOW", "2026-11-29T12:00:00+00:00").env("PAGER", pager).args(args);
    let (code, output) = PtyChild::spawn(cmd, 6, 120).finish();
    assert_eq!(code, Some(0), "{args:?}: {output}");
    (output.replace('\r', ""), mark.exists())
}

#[test]
fn long_output_on_a_terminal_goes_through_the_pager() {
    let env = Env::new();
    let (pager, mark) = recording_pager(&env);
    let (text, ran) = on_terminal(&env, &pager, &mark, &["time", "list"]);
    assert!(ran, "{text}");
    assert!(text.contains("     1\t") && text.contains("     2\t2026-11-23"), "numbered by the pager: {text}");
    // What fits the screen is printed as it is.
    let (text, ran) = on_terminal(&env, &pager, &mark, &["clock", "status"]);
    assert!(!ran && text.starts_with("Not clocked in."), "{text}");
}

#[test]
fn no_pager_and_an_empty_configured_pager_turn_it_off_and_the_config_wins_over_pager() {
    let env = Env::new();
    let (pager, mark) = recording_pager(&env);
    let (text, ran) = on_terminal(&env, &pager, &mark, &["--no-pager", "time", "list"]);
    assert!(!ran && !text.contains("     1\t") && text.contains("2026-11-23"), "{text}");
    std::fs::create_dir_all(env.config_path().parent().unwrap()).unwrap();
    std::fs::write(env.config_path(), "pager = \"\"\n").unwrap();
    let (text, ran) = on_terminal(&env, &pager, &mark, &["time", "list"]);
    assert!(!ran && text.contains("2026-11-23"), "{text}");
    std::fs::write(env.config_path(), format!("pager = \"{}\"\n", pager.replace('\'', "\\\""))).unwrap();
    let (text, ran) = on_terminal(&env, "false", &mark, &["time", "list"]);
    assert!(ran && text.contains("     1\t"), "the config file's pager, not PAGER: {text}");
}

#[test]
fn piped_output_never_goes_through_the_pager() {
    let env = Env::new();
    let (pager, mark) = recording_pager(&env);
    let output = env.bare().env("TIMESYNC_TEST", "1").env("PAGER", &pager).args(["time", "list"]).output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(output.status.success() && text.lines().count() > 6, "{text}");
    assert!(!mark.exists() && !text.contains("     1\t"), "{text}");
}

#[test]
fn a_pager_that_cannot_run_falls_back_to_printing() {
    let env = Env::new();
    let mark = env.dir.path().join("never");
    let (text, _) = on_terminal(&env, "/nonexistent/pager", &mark, &["time", "list"]);
    assert!(text.contains("2026-11-23") && text.contains("cannot run the pager"), "{text}");
}
