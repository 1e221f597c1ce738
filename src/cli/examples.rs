//! Examples for every command, in one table: `--help` shows them after the
//! options and the man pages have them as their EXAMPLES section.
//!
//! The commands use the samples of test mode (`timesync --test`), and the
//! tests run every one of them there.

/// One example: what it does, and the command line after `timesync`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Example {
    /// What the command does, as a short phrase.
    pub what: &'static str,
    /// The arguments after `timesync`, quoted as in a shell.
    pub args: &'static str,
}

const fn ex(what: &'static str, args: &'static str) -> Example {
    Example { what, args }
}

/// A sample time entry's UUID (in test mode's samples).
macro_rules! sample_uuid {
    () => {
        "838853e3-3635-4076-a26f-7efa4e60981f"
    };
}

/// The examples of each command, by its path below `timesync` ("" for
/// `timesync` itself, "time create" for `timesync time create`).
pub const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "",
        &[
            ex(
                "Log in once; later commands use the stored token",
                "login --url https://timesync.example.com/v0 -u alice",
            ),
            ex("Record an hour and a half on gwm today", "time create -d 1h30m -p gwm"),
            ex("Clock in and out instead", "clock in gwm -a dev"),
            ex("This week's totals by project", "report --week --by project"),
        ],
    ),
    (
        "login",
        &[
            ex("Log in, asked for the password", "login --url https://timesync.example.com/v0 --username alice"),
            ex(
                "Stay logged in: a password manager gives the password",
                "login -u alice --password-command \"pass show timesync\"",
            ),
            ex(
                "A second account, for a staging server",
                "--profile staging login --url http://localhost:8000/v0 -u alice",
            ),
        ],
    ),
    (
        "logout",
        &[
            ex("Forget the stored token", "logout"),
            ex("Forget the staging profile's token", "--profile staging logout"),
        ],
    ),
    (
        "token",
        &[
            ex("When the token expires", "token"),
            ex("The same for scripts", "--json token"),
            ex("Print the token itself", "token --show"),
        ],
    ),
    (
        "status",
        &[
            ex("Server, user, token, clock and outbox", "status"),
            ex("The same", "whoami"),
            ex("Also check that the password command works", "status --check"),
            ex("Only the exit code: 0 when no login is needed", "--quiet status"),
        ],
    ),
    (
        "time",
        &[
            ex("Record time worked", "time create -d 1h30m -p gwm -a dev -D yesterday -n \"Fixed the build\""),
            ex("List this week's entries on gwm", "time list -s monday -p gwm"),
        ],
    ),
    (
        "time create",
        &[
            ex(
                "Three and a half hours on gwm today, as its default activity",
                "time create --duration 3h30m --project gwm",
            ),
            ex(
                "45 minutes of two activities yesterday, with notes",
                "time create -d 45m -p gwm -a dev,docs -D yesterday -n \"Fixed the build\"",
            ),
            ex(
                "With a link to the issue",
                "time create -d 1:30 -p ts --issue-uri https://github.com/osuosl/timesync/issues/1",
            ),
            ex("Print only the new entry's UUID", "--quiet time create -d 2h -p ps"),
        ],
    ),
    (
        "time update",
        &[
            ex("Change the duration", concat!("time update ", sample_uuid!(), " -d 2h")),
            ex(
                "Change the notes and activities",
                concat!("time update ", sample_uuid!(), " -n \"Reviewed the patches\" -a docs"),
            ),
        ],
    ),
    (
        "time get",
        &[
            ex("All entries you may see", "time list"),
            ex("This week's entries on gwm", "time get -s monday -p gwm"),
            ex("One user's entries in a month", "time get -s 2026-11-01 -e 2026-11-30 -u userone"),
            ex("One entry with its earlier revisions", concat!("time get ", sample_uuid!(), " --include-revisions")),
            ex("The last week as CSV, with whole UUIDs", "--csv time get -s -1w"),
        ],
    ),
    (
        "time delete",
        &[
            ex("Delete an entry", concat!("time delete ", sample_uuid!())),
            ex("Delete your latest entry", "time delete @1"),
        ],
    ),
    (
        "time show",
        &[
            ex("Your most recent entry", "time show @1"),
            ex("An entry by the first characters of its UUID", "time show 838853e3-3635"),
        ],
    ),
    (
        "time import",
        &[
            ex("Import a CSV export of `timesync --csv time get`", "time import november.csv"),
            ex("Watson's frames, with project names mapped to slugs", "time import frames --map map.toml"),
            ex("Timewarrior, checked but not sent", "time import timew.json --map timew.toml --dry-run"),
        ],
    ),
    (
        "log",
        &[
            ex("Your entries of the last 7 days, by day", "log"),
            ex("This week on one project", "log --week -p gwm"),
            ex("Everyone's entries this month, for a script", "--json log --month --all-users"),
            ex("From the local copy of your entries, without the server", "--offline log"),
        ],
    ),
    (
        "start",
        &[
            ex("Start working on gwm", "start gwm -a dev"),
            ex("Switch to another project, recording the running clock", "start ts --switch"),
        ],
    ),
    (
        "stop",
        &[
            ex("Stop and record the time worked", "stop"),
            ex("Stop at 17:30 with notes", "stop --at 17:30 -n \"Reviewed patches\""),
        ],
    ),
    (
        "restart",
        &[ex("Start again on what you did last", "restart"), ex("Start again on entry @2's project", "restart @2")],
    ),
    ("cancel", &[ex("Stop the clock without recording anything", "cancel")]),
    ("project", &[ex("List projects", "project list"), ex("A project's users and their roles", "project users gwm")]),
    (
        "project create",
        &[
            ex("A project with two slugs", "project create --name Rimesync --slug rimesync --slug rs"),
            ex(
                "With a default activity and a member",
                "project create --name Web --slug web --default-activity dev --member userone",
            ),
        ],
    ),
    (
        "project update",
        &[
            ex("Set the web page", "project update gwm --uri https://code.osuosl.org/projects/ganeti-webmgr"),
            ex("Change the default activity, keeping everything else", "project update gwm --default-activity dev"),
        ],
    ),
    (
        "project get",
        &[
            ex("All projects", "project list"),
            ex("One project with its earlier revisions", "project get gwm --include-revisions"),
            ex("Projects where a user has a role", "project get -u userthree"),
        ],
    ),
    ("project delete", &[ex("Delete a project without time entries", "project delete rimesync")]),
    (
        "project users",
        &[
            ex("A project's users and their roles", "project users gwm"),
            ex("Add a member and spectator", "project users add gwm userthree --role member,spectator"),
            ex("Remove a user", "project users remove gwm usertwo"),
        ],
    ),
    (
        "project users add",
        &[
            ex("Add two members", "project users add ts userfour admin"),
            ex("Make a user a manager too", "project users add gwm userone --role manager"),
        ],
    ),
    ("project users remove", &[ex("Take all of a user's roles away", "project users remove gwm usertwo")]),
    (
        "activity",
        &[
            ex("List activities", "activity list"),
            ex("Create an activity", "activity create --name Review --slug review"),
        ],
    ),
    ("activity create", &[ex("Create an activity", "activity create --name Review --slug review")]),
    (
        "activity update",
        &[
            ex("Rename an activity", "activity update plan --name \"Planning and design\""),
            ex("Change its slug", "activity update plan --slug planning"),
        ],
    ),
    (
        "activity get",
        &[
            ex("All activities", "activity list"),
            ex("One activity with its earlier revisions", "activity get dev --include-revisions"),
        ],
    ),
    ("activity delete", &[ex("Delete an activity", "activity delete sys")]),
    (
        "user",
        &[
            ex("List users", "user list"),
            ex(
                "Create a user (the password is asked for)",
                "user create carol --display-name Carol --email carol@example.com",
            ),
        ],
    ),
    (
        "user create",
        &[
            ex(
                "Create a user (the password is asked for)",
                "user create carol --display-name Carol --email carol@example.com",
            ),
            ex("Create a site manager", "user create dave --site-manager"),
        ],
    ),
    (
        "user update",
        &[
            ex("Make a user a site spectator", "user update userthree --site-spectator"),
            ex(
                "Take site admin away and change the email",
                "user update userthree --no-site-admin --email user3@example.com",
            ),
        ],
    ),
    (
        "user get",
        &[
            ex("All users", "user list"),
            ex("One user", "user get userone"),
            ex("Deleted users too", "user get --include-deleted"),
        ],
    ),
    ("user delete", &[ex("Delete a user", "user delete userfour")]),
    (
        "clock",
        &[
            ex("Start the clock on gwm", "clock in gwm -a dev"),
            ex("Stop it and record the time", "clock out -n \"Reviewed the patches\""),
        ],
    ),
    (
        "clock in",
        &[
            ex("Start the clock on gwm, as its default activity", "clock in gwm"),
            ex("Started a quarter of an hour ago, with notes", "clock in gwm -a dev -n \"Sprint planning\" --at -15m"),
            ex("Started at 09:15 today", "clock in ts --at 09:15"),
        ],
    ),
    (
        "clock out",
        &[
            ex("Record the time since clocking in", "clock out"),
            ex("With notes, having stopped at 11:30", "clock out -n \"Reviewed the patches\" --at 11:30"),
            ex("Record a different duration (one entry)", "clock out -d 2h"),
        ],
    ),
    (
        "clock status",
        &[
            ex("The running clock", "clock status"),
            ex("One terse line for a shell prompt", "clock status --short"),
            ex("For scripts", "--json clock status"),
        ],
    ),
    ("clock cancel", &[ex("Stop the clock without recording anything", "clock cancel")]),
    (
        "report",
        &[
            ex("This week by project, then activity", "report --week --by project --by activity"),
            ex(
                "This month by day in decimal hours, each entry rounded up to 15m",
                "report --month --by day --decimal --round 15m",
            ),
            ex("One user's month as CSV", "--csv report -s 2026-11-01 -e 2026-11-30 -u userone --by project"),
        ],
    ),
    (
        "outbox",
        &[
            ex("What waits to be sent", "outbox"),
            ex("The same for scripts", "--json outbox"),
            ex("Give up on entry 1", "outbox drop 1"),
        ],
    ),
    ("outbox show", &[ex("Entry 1 (as `timesync outbox` numbers them), field by field", "outbox show 1")]),
    ("outbox edit", &[ex("Correct entry 1 before it is sent", "outbox edit 1 -d 1h45m -n \"Fixed the build\"")]),
    ("outbox drop", &[ex("Give up on entry 1 (as `timesync outbox` numbers them)", "outbox drop 1")]),
    ("sync", &[ex("Send what waits in the outbox", "sync"), ex("Showing each request", "--verbose sync")]),
    (
        "completions",
        &[
            ex(
                "Bash completions for one user",
                "completions bash > ~/.local/share/bash-completion/completions/timesync",
            ),
            ex("Zsh completions (with ~/.zfunc in fpath)", "completions zsh > ~/.zfunc/_timesync"),
            ex("Fish completions", "completions fish > ~/.config/fish/completions/timesync.fish"),
        ],
    ),
];

/// The examples of the command at `path` ("time create"), if it has any.
pub fn examples(path: &str) -> Option<&'static [Example]> {
    EXAMPLES.iter().find(|(p, _)| *p == path).map(|(_, examples)| *examples)
}

/// The examples of `path` as `--help` shows them: a comment line and a
/// command line each.
pub fn help_text(path: &str) -> Option<String> {
    let examples = examples(path)?;
    let lines: Vec<String> = examples.iter().map(|e| format!("  # {}\n  $ timesync {}", e.what, e.args)).collect();
    Some(lines.join("\n\n"))
}
