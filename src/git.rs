//! The git repository a command runs in: its remotes and branch, read with
//! the `git` binary (as gh does, so worktrees and submodules work because
//! git itself finds the repository), and the pure rules built on them:
//! remote URLs normalised for comparison with a project's `uri`, the issue
//! number a branch name carries, and a project's issue URL.
//!
//! Nothing here prints or talks to a TimeSync server.

use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The message when git context is needed and git cannot be run.
pub const NO_GIT: &str = "git context needs git (not found on PATH)";

/// What git says about the repository a directory is in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Repo {
    /// The top of the work tree (`git rev-parse --show-toplevel`).
    pub toplevel: PathBuf,
    /// The remotes, `origin` first, then the others by name.
    pub remotes: Vec<Remote>,
    /// The current branch; `None` on a detached HEAD.
    pub branch: Option<String>,
}

/// One remote of a repository.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remote {
    /// Its name (`origin`).
    pub name: String,
    /// Its fetch URL as configured.
    pub url: String,
}

/// Why the repository could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GitError {
    /// `git` is not on PATH.
    NotInstalled,
    /// git ran and failed in a way other than "not a repository".
    Failed(String),
}

impl std::fmt::Display for GitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GitError::NotInstalled => f.write_str(NO_GIT),
            GitError::Failed(why) => write!(f, "git failed: {why}"),
        }
    }
}

/// Reads the repository `dir` is in; `Ok(None)` outside any work tree.
/// Git runs twice at most (the work tree and branch, then the remotes),
/// and not at all when neither `dir` nor a directory above it has a
/// `.git` and `GIT_DIR` is unset: git would find no repository either.
pub fn discover(dir: &Path) -> Result<Option<Repo>, GitError> {
    if std::env::var_os("GIT_DIR").is_none() && !dir.ancestors().any(|up| up.join(".git").exists()) {
        return Ok(None);
    }
    let (toplevel, branch) = match git(dir, &["rev-parse", "--show-toplevel", "--abbrev-ref", "HEAD"])? {
        Some(both) => {
            let mut lines = both.lines();
            let toplevel = lines.next().unwrap_or_default().to_owned();
            // `HEAD` is a detached HEAD.
            (toplevel, lines.next().map(str::trim).filter(|b| !b.is_empty() && *b != "HEAD").map(String::from))
        }
        // A branch with no commit yet has no HEAD to abbreviate.
        None => {
            let Some(toplevel) = git(dir, &["rev-parse", "--show-toplevel"])? else { return Ok(None) };
            let branch = git(dir, &["symbolic-ref", "--quiet", "--short", "HEAD"])?;
            (toplevel, branch.map(|b| b.trim().to_owned()).filter(|b| !b.is_empty()))
        }
    };
    let toplevel = PathBuf::from(toplevel.trim_end_matches(['\n', '\r']));
    Ok(Some(Repo { toplevel, remotes: remotes(&git(dir, &["remote", "-v"])?.unwrap_or_default()), branch }))
}

/// The branch checked out where `dir` is, read from the work tree's HEAD
/// file without running git: `Some(None)` outside any work tree or on a
/// detached HEAD; `None` when only git can tell (`GIT_DIR` is set, or the
/// `.git` found does not read as a repository's).
pub fn head_branch(dir: &Path) -> Option<Option<String>> {
    head_branch_in(dir, std::env::var_os("GIT_DIR").is_some())
}

fn head_branch_in(dir: &Path, git_dir_set: bool) -> Option<Option<String>> {
    if git_dir_set {
        return None;
    }
    let Some(dot_git) = dir.ancestors().map(|up| up.join(".git")).find(|path| path.exists()) else {
        return Some(None);
    };
    // A worktree's or submodule's `.git` is a file naming its git directory.
    let git_dir = if dot_git.is_file() {
        let text = std::fs::read_to_string(&dot_git).ok()?;
        let target = PathBuf::from(text.strip_prefix("gitdir:")?.trim());
        dot_git.parent()?.join(target)
    } else {
        dot_git
    };
    let head = std::fs::read_to_string(git_dir.join("HEAD")).ok()?;
    Some(head.trim_end().strip_prefix("ref: refs/heads/").map(String::from))
}

/// The fetch URLs of `git remote -v` (`origin\tURL (fetch)`), `origin`
/// first, then the others by name.
fn remotes(listed: &str) -> Vec<Remote> {
    let mut remotes: Vec<Remote> = listed
        .lines()
        .filter_map(|line| line.strip_suffix(" (fetch)")?.split_once('\t'))
        .map(|(name, url)| Remote { name: name.trim().to_owned(), url: url.trim().to_owned() })
        .collect();
    remotes.sort_by(|a, b| (a.name != "origin", &a.name).cmp(&(b.name != "origin", &b.name)));
    remotes.dedup();
    remotes
}

/// Runs git in `dir`: its stdout on success, `None` when it exits non-zero.
/// Git's prompts, pager and optional locks are turned off and its messages
/// are in English; the rest of the environment is the caller's (so
/// `GIT_DIR` set on purpose is honoured).
fn git(dir: &Path, args: &[&str]) -> Result<Option<String>, GitError> {
    let output = Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_TERMINAL_PROMPT", "0")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_PAGER", "cat")
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .output();
    match output {
        Err(e) if e.kind() == ErrorKind::NotFound => Err(GitError::NotInstalled),
        Err(e) => Err(GitError::Failed(e.to_string())),
        Ok(out) if out.status.success() => Ok(Some(String::from_utf8_lossy(&out.stdout).into_owned())),
        Ok(_) => Ok(None),
    }
}

/// The web form of a repository URL: `https://host/path`, the host in
/// lower case, without userinfo, port, `.git` suffix or trailing slashes.
/// SSH (`git@host:a/b.git`, `ssh://git@host:22/a/b`), `git://`, `http(s)://`
/// forms are understood; `None` for anything else (a local path).
pub fn web_url(url: &str) -> Option<String> {
    let url = url.trim();
    let (host_part, path) = match url.split_once("://") {
        Some((scheme, rest)) => {
            let scheme = scheme.to_ascii_lowercase();
            if !["http", "https", "ssh", "git", "git+ssh", "ssh+git"].contains(&scheme.as_str()) {
                return None;
            }
            rest.split_once('/').unwrap_or((rest, ""))
        }
        None => {
            // scp-like: [user@]host:path, with no slash before the colon.
            let (host, path) = url.split_once(':')?;
            if host.contains('/') || host.is_empty() {
                return None;
            }
            (host, path)
        }
    };
    let host = host_part.rsplit_once('@').map_or(host_part, |(_, host)| host);
    let host = match host.rsplit_once(':') {
        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
        _ => host,
    };
    if host.is_empty() || host.contains(['/', '?', '#', ' ']) {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or_default().trim_matches('/');
    let path = path.strip_suffix(".git").unwrap_or(path).trim_end_matches('/');
    if path.is_empty() {
        return None;
    }
    Some(format!("https://{}/{path}", host.to_ascii_lowercase()))
}

/// A repository URL in the form remotes and project URIs are compared in:
/// [`web_url`] in lower case, without the scheme. `None` for a local path.
pub fn normalize_url(url: &str) -> Option<String> {
    web_url(url).map(|web| web.trim_start_matches("https://").to_ascii_lowercase())
}

/// The issue number a branch name carries: `123-fix-login`, `123`,
/// `issue-123`, `issue_123`, `gh-123`, `fix/123-login`, `fix/issue-123`
/// (the last part after `/`, a number first or after `issue-`/`gh-`, then
/// the end or a `-`/`_`).
pub fn branch_issue(branch: &str) -> Option<u64> {
    let last = branch.rsplit('/').next()?;
    let lower = last.to_ascii_lowercase();
    let rest = ["issue-", "issue_", "issues-", "gh-", "gh_"]
        .iter()
        .find_map(|prefix| lower.strip_prefix(prefix))
        .unwrap_or(&lower);
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = rest[digits.len()..].chars().next();
    if digits.is_empty() || digits.len() > 9 || !matches!(after, None | Some('-' | '_')) {
        return None;
    }
    digits.parse().ok().filter(|n| *n > 0)
}

/// The URL of issue `n` of a project: its `pattern` with `{n}` replaced
/// when one is configured, else from its `uri`: GitLab (a host with
/// `gitlab` in it) `/-/issues/N`, any other `/issues/N` (GitHub, Gitea).
pub fn issue_url(uri: Option<&str>, n: u64, pattern: Option<&str>) -> Option<String> {
    if let Some(pattern) = pattern {
        return Some(pattern.replace("{n}", &n.to_string()));
    }
    let web = web_url(uri?)?;
    let host = web.trim_start_matches("https://").split('/').next().unwrap_or_default();
    let infix = if host.contains("gitlab") { "/-/issues/" } else { "/issues/" };
    Some(format!("{web}{infix}{n}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_url_form_normalises_to_host_and_path() {
        let want = Some("github.com/osuosl/timesync".to_owned());
        for url in [
            "git@github.com:osuosl/timesync.git",
            "git@github.com:osuosl/timesync",
            "https://github.com/osuosl/timesync",
            "https://github.com/osuosl/timesync.git",
            "https://github.com/osuosl/timesync/",
            "https://github.com/osuosl/timesync.git/",
            "HTTPS://GitHub.com/OSUOSL/TimeSync",
            "http://github.com/osuosl/timesync",
            "https://user:secret@github.com/osuosl/timesync.git",
            "https://github.com:443/osuosl/timesync",
            "ssh://git@github.com:22/osuosl/timesync.git",
            "ssh://github.com/osuosl/timesync",
            "git://github.com/osuosl/timesync.git",
            "git+ssh://git@github.com/osuosl/timesync.git",
            "  https://github.com/osuosl/timesync  ",
        ] {
            assert_eq!(normalize_url(url), want, "{url}");
        }
    }

    #[test]
    fn local_paths_and_other_schemes_do_not_normalise() {
        for url in
            ["/srv/git/timesync.git", "./timesync", "file:///srv/git/timesync", "", "https://github.com", "a/b:c"]
        {
            assert_eq!(normalize_url(url), None, "{url}");
        }
    }

    #[test]
    fn web_url_keeps_the_path_case() {
        assert_eq!(web_url("git@GitHub.com:OSUOSL/TimeSync.git").unwrap(), "https://github.com/OSUOSL/TimeSync");
        assert_eq!(web_url("ssh://git@host:22/a/b.git").unwrap(), "https://host/a/b");
    }

    #[test]
    fn remotes_are_their_fetch_urls_origin_first() {
        let listed = "fork\tgit@github.com:me/t.git (fetch)\nfork\tgit@github.com:me/t.git (push)\n\
                      origin\thttps://github.com/osuosl/t (fetch)\norigin\tssh://push/t (push)\n";
        let remotes = super::remotes(listed);
        let names: Vec<(&str, &str)> = remotes.iter().map(|r| (r.name.as_str(), r.url.as_str())).collect();
        assert_eq!(names, [("origin", "https://github.com/osuosl/t"), ("fork", "git@github.com:me/t.git")]);
        assert!(super::remotes("").is_empty());
    }

    #[test]
    fn the_branch_is_read_from_head_where_git_would_find_it() {
        let dir = tempfile::tempdir().unwrap();
        let (repo, below) = (dir.path().join("repo"), dir.path().join("repo/a/b"));
        std::fs::create_dir_all(repo.join(".git")).unwrap();
        std::fs::create_dir_all(&below).unwrap();
        std::fs::write(repo.join(".git/HEAD"), "ref: refs/heads/42-fix-login\n").unwrap();
        assert_eq!(head_branch_in(&below, false), Some(Some("42-fix-login".into())));
        assert_eq!(head_branch_in(&below, true), None, "GIT_DIR: only git can tell");
        std::fs::write(repo.join(".git/HEAD"), "0123456789abcdef0123456789abcdef01234567\n").unwrap();
        assert_eq!(head_branch_in(&repo, false), Some(None), "a detached HEAD");
        // A worktree: its .git file names its git directory, relative or not.
        let worktree = dir.path().join("wt");
        std::fs::create_dir_all(repo.join(".git/worktrees/wt")).unwrap();
        std::fs::write(repo.join(".git/worktrees/wt/HEAD"), "ref: refs/heads/7-docs\n").unwrap();
        std::fs::create_dir_all(&worktree).unwrap();
        std::fs::write(worktree.join(".git"), "gitdir: ../repo/.git/worktrees/wt\n").unwrap();
        assert_eq!(head_branch_in(&worktree, false), Some(Some("7-docs".into())));
        std::fs::write(worktree.join(".git"), "not a gitdir line").unwrap();
        assert_eq!(head_branch_in(&worktree, false), None);
    }

    #[test]
    fn branches_name_their_issue() {
        for (branch, want) in [
            ("123-fix-login", Some(123)),
            ("123", Some(123)),
            ("issue-123", Some(123)),
            ("Issue_7", Some(7)),
            ("gh-45", Some(45)),
            ("fix/123-login", Some(123)),
            ("feature/issue-9-x", Some(9)),
            ("main", None),
            ("h11", None),
            ("v2-release", None),
            ("fix/login", None),
            ("123abc", None),
            ("0-zero", None),
            ("issue-", None),
            ("12345678901-long", None),
            ("", None),
        ] {
            assert_eq!(branch_issue(branch), want, "{branch}");
        }
    }

    #[test]
    fn issue_urls_follow_the_host_or_the_pattern() {
        let github = issue_url(Some("git@github.com:osuosl/timesync.git"), 12, None);
        assert_eq!(github.as_deref(), Some("https://github.com/osuosl/timesync/issues/12"));
        let gitlab = issue_url(Some("https://gitlab.com/group/proj/"), 3, None);
        assert_eq!(gitlab.as_deref(), Some("https://gitlab.com/group/proj/-/issues/3"));
        let own = issue_url(Some("https://git.example.com/a/b"), 3, Some("https://tracker/browse/GWM-{n}"));
        assert_eq!(own.as_deref(), Some("https://tracker/browse/GWM-3"));
        assert_eq!(issue_url(None, 3, None), None);
        assert_eq!(issue_url(Some("/local/path"), 3, None), None);
    }
}
