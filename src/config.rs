//! The per-user config file: named profiles holding the server URL, the
//! username, the auth type and the token.
//!
//! Reading is strict (unknown keys and bad values are errors naming the file
//! and line). Writing edits the document in place, keeping the user's
//! comments and layout, under an exclusive lock on `config.toml.lock` beside
//! it (so two `login`s at once both land), and replaces the file atomically
//! with mode 0600 in a 0700 directory; a symlinked config is written through
//! to its target. A file that does not parse is never overwritten.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml_edit::{DocumentMut, Item, Table};

use crate::error::{Error, Result};
use crate::output::Format;
use timesync::model::AuthType;

/// The profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

/// The whole config file.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// The profile used when neither `--profile` nor `TIMESYNC_PROFILE` names one.
    pub default_profile: Option<String>,
    /// The pager for long output on a terminal (over `PAGER`); empty for none.
    pub pager: Option<String>,
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One server account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Base URL including the version path, e.g. `https://timesync.example.com/v0`.
    pub url: Option<String>,
    /// The username to log in with and to own new time entries.
    pub username: Option<String>,
    /// `password` or `ldap`.
    pub auth_type: Option<AuthType>,
    /// The token stored by `timesync login`.
    pub token: Option<String>,
    /// A command printing the password, for logging in again when the token
    /// expires (see `timesync login --password-command`).
    pub password_command: Option<String>,
    /// Seconds the password command may take before it is stopped (1 to
    /// 3600; default 60).
    pub password_command_timeout: Option<u64>,
    /// Request timeout in seconds (1 to 3600).
    pub timeout: Option<u64>,
    /// Connect timeout in seconds (1 to 3600).
    pub connect_timeout: Option<u64>,
    /// The largest reply read from the server, in bytes (at least 1024;
    /// default 1 GiB): a larger one is refused instead of filling memory.
    pub max_reply_bytes: Option<u64>,
    /// Default output: `table` or `json`.
    pub output: Option<Format>,
    /// `true`: starting a clock while one runs stops that one first (as
    /// `--switch`); `--no-switch` refuses instead.
    pub switch: Option<bool>,
    /// Issue URL patterns by project slug (`{n}` is the issue number), for
    /// `--issue N` and issues named by git branches.
    #[serde(default)]
    pub issues: BTreeMap<String, String>,
}

/// Where the config file lives by default: `<config dir>/timesync/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    dirs::config_dir().map(|dir| dir.join("timesync").join("config.toml"))
}

/// The range of the timeouts, in seconds, in the config file and in flags.
pub const TIMEOUT_RANGE: std::ops::RangeInclusive<u64> = 1..=3600;

/// Reads the config file; a missing file is an empty config. Values are
/// checked like their flags.
pub fn load(path: &Path) -> Result<ConfigFile> {
    let config: ConfigFile = match read_text(path)? {
        None => return Ok(ConfigFile::default()),
        Some(text) => toml::from_str(&text).map_err(|e| config_error(path, &text, e.span(), e.message()))?,
    };
    for (name, profile) in &config.profiles {
        if profile.max_reply_bytes.is_some_and(|bytes| bytes < 1024) {
            return Err(Error::Config {
                path: path.to_owned(),
                message: format!(
                    "profiles.{name}.max_reply_bytes is below 1024: give a size in bytes, e.g. 1073741824"
                ),
            });
        }
        let timeouts = [
            ("timeout", profile.timeout),
            ("connect_timeout", profile.connect_timeout),
            ("password_command_timeout", profile.password_command_timeout),
        ];
        for (key, value) in timeouts {
            if value.is_some_and(|v| !TIMEOUT_RANGE.contains(&v)) {
                return Err(Error::Config {
                    path: path.to_owned(),
                    message: format!(
                        "profiles.{name}.{key} = {} is out of range: give {} to {} seconds",
                        value.unwrap_or_default(),
                        TIMEOUT_RANGE.start(),
                        TIMEOUT_RANGE.end()
                    ),
                });
            }
        }
    }
    Ok(config)
}

/// Changes one profile's keys (`None` removes a key) and writes the file
/// atomically, reading and writing under the config lock. Everything else in
/// the file is kept as it was.
pub fn update_profile(path: &Path, profile: &str, changes: &[(&str, Option<&str>)]) -> Result<()> {
    let path = &resolve_link(path)?;
    let _lock = lock(path)?;
    let text = read_text(path)?;
    let mut document = match &text {
        None => DocumentMut::new(),
        Some(text) => {
            // Refuse to touch a file we could not read back.
            toml::from_str::<ConfigFile>(text).map_err(|e| config_error(path, text, e.span(), e.message()))?;
            text.parse::<DocumentMut>().map_err(|e| config_error(path, text, e.span(), e.message()))?
        }
    };
    let profiles = document
        .entry("profiles")
        .or_insert_with(|| {
            let mut table = Table::new();
            table.set_implicit(true);
            Item::Table(table)
        })
        .as_table_mut()
        .ok_or_else(|| Error::Config { path: path.to_owned(), message: "`profiles` must be a table".into() })?;
    let table =
        profiles.entry(profile).or_insert_with(|| Item::Table(Table::new())).as_table_mut().ok_or_else(|| {
            Error::Config { path: path.to_owned(), message: format!("`profiles.{profile}` must be a table") }
        })?;
    for (key, value) in changes {
        match value {
            Some(value) => {
                table[*key] = toml_edit::value(*value);
            }
            None => {
                table.remove(key);
            }
        }
    }
    let mut output = document.to_string();
    if text.is_none() {
        output = format!("# timesync configuration (see config.example.toml)\n\n{output}");
    }
    write_atomic(path, output.as_bytes())
}

/// A config readable by group or others is made private (0600). Returns
/// whether it had to be: the caller warns about it.
#[cfg(unix)]
pub fn tighten_permissions(path: &Path) -> Result<bool> {
    use std::os::unix::fs::PermissionsExt;
    let metadata = match fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(Error::Config { path: path.to_owned(), message: format!("cannot be read: {e}") }),
    };
    if metadata.permissions().mode() & 0o077 == 0 {
        return Ok(false);
    }
    fs::set_permissions(path, fs::Permissions::from_mode(0o600))
        .map_err(|e| Error::Config { path: path.to_owned(), message: format!("cannot make it private (0600): {e}") })?;
    Ok(true)
}

/// Other platforms keep their own access rules.
#[cfg(not(unix))]
pub fn tighten_permissions(_path: &Path) -> Result<bool> {
    Ok(false)
}

/// The file a (possibly symlinked) config path really is, so that writes
/// replace the target and leave the link in place.
fn resolve_link(path: &Path) -> Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(metadata) if metadata.file_type().is_symlink() => fs::canonicalize(path).map_err(|e| Error::Config {
            path: path.to_owned(),
            message: format!("is a symlink whose target cannot be resolved: {e}"),
        }),
        _ => Ok(path.to_owned()),
    }
}

/// Takes the exclusive lock on `<config>.lock`, waiting for other commands
/// that hold it; released when the returned file is dropped.
fn lock(path: &Path) -> Result<fs::File> {
    let lock_path = path.with_file_name(format!(
        "{}.lock",
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "config".into())
    ));
    let io_error = |e: std::io::Error| Error::Io(format!("cannot lock {}: {e}", lock_path.display()));
    if let Some(dir) = lock_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_private_dir(dir).map_err(io_error)?;
    }
    let file = open_private(&lock_path).map_err(io_error)?;
    file.lock().map_err(io_error)?;
    Ok(file)
}

/// The largest config file read: a larger one is refused, not read whole.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// The config file's text; `None` when there is none. Only a regular file
/// (a symlink to one is fine) of at most [`MAX_CONFIG_BYTES`] is read: a
/// directory, FIFO, socket or device is refused from its metadata, before
/// it is opened (opening a FIFO would wait for a writer), and again from
/// the opened file, which is opened without waiting and read no further
/// than the limit, so a file swapped in between cannot hang or fill memory.
fn read_text(path: &Path) -> Result<Option<String>> {
    let error = |message: String| Error::Config { path: path.to_owned(), message };
    match fs::metadata(path) {
        Ok(metadata) => check_regular_file(&metadata).map_err(error)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(error(format!("cannot be read: {e}"))),
    }
    let file = match open_without_waiting(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(error(format!("cannot be read: {e}"))),
    };
    let metadata = file.metadata().map_err(|e| error(format!("cannot be read: {e}")))?;
    check_regular_file(&metadata).map_err(error)?;
    let mut bytes = Vec::new();
    file.take(MAX_CONFIG_BYTES + 1).read_to_end(&mut bytes).map_err(|e| error(format!("cannot be read: {e}")))?;
    if bytes.len() as u64 > MAX_CONFIG_BYTES {
        return Err(error(too_large()));
    }
    String::from_utf8(bytes).map(Some).map_err(|_| error("is not UTF-8 text".into()))
}

/// Why a config path that is not a regular file of at most
/// [`MAX_CONFIG_BYTES`] cannot be the config file.
fn check_regular_file(metadata: &fs::Metadata) -> std::result::Result<(), String> {
    let file_type = metadata.file_type();
    if file_type.is_dir() {
        return Err("is a directory, not a config file: give the path of a file (--config PATH)".into());
    }
    if !file_type.is_file() {
        return Err(format!(
            "is {}, not a regular file: the config file must be a regular file (--config PATH)",
            special_file_kind(&file_type)
        ));
    }
    if metadata.len() > MAX_CONFIG_BYTES {
        return Err(too_large());
    }
    Ok(())
}

fn too_large() -> String {
    format!("is larger than {} MiB, the most a config file may be: is it the right file?", MAX_CONFIG_BYTES >> 20)
}

/// What kind of file that is not a regular file or a directory this is, in words.
#[cfg(unix)]
fn special_file_kind(file_type: &fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a FIFO (named pipe)"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else if file_type.is_socket() {
        "a socket"
    } else {
        "a special file"
    }
}

/// What kind of file that is not a regular file or a directory this is, in words.
#[cfg(not(unix))]
fn special_file_kind(_file_type: &fs::FileType) -> &'static str {
    "a special file"
}

/// Opens `path` for reading without waiting: a FIFO put there opens at
/// once (no writer needed) and is then refused from its metadata.
#[cfg(unix)]
fn open_without_waiting(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

/// Opens `path` for reading.
#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> std::io::Result<fs::File> {
    fs::File::open(path)
}

fn config_error(path: &Path, text: &str, span: Option<std::ops::Range<usize>>, message: &str) -> Error {
    let message = message.trim().replace('\n', " ");
    let message = match span {
        Some(span) => {
            let line = text.get(..span.start).map_or(1, |before| before.matches('\n').count() + 1);
            format!("line {line}: {message}")
        }
        None => message,
    };
    Error::Config { path: path.to_owned(), message }
}

/// Writes `contents` to `path` atomically: a 0600 temporary file in the same
/// directory (created 0700 if missing), synced, then renamed over `path`.
pub fn write_atomic(path: &Path, contents: &[u8]) -> Result<()> {
    write_atomic_with(path, |out| out.write_all(contents))
}

/// [`write_atomic`], with what `write` writes a piece at a time (buffered):
/// the file appears whole, or not at all.
pub fn write_atomic_with(path: &Path, write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let io_error = |what: &str, e: std::io::Error| Error::Io(format!("cannot {what} {}: {e}", path.display()));
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir).map_err(|e| io_error("create the directory of", e))?;
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("config");
    let temp = dir.join(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::io::BufWriter::with_capacity(1 << 16, private_file(&temp)?);
        write(&mut file)?;
        file.into_inner().map_err(std::io::IntoInnerError::into_error)?.sync_all()?;
        fs::rename(&temp, path)
    })();
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        return Err(io_error("write", e));
    }
    Ok(())
}

/// Creates `dir` (and its parents) with mode 0700 if it does not exist.
#[cfg(unix)]
pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.is_dir() {
        return Ok(());
    }
    fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// Creates `dir` (and its parents) if it does not exist.
#[cfg(not(unix))]
pub(crate) fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)
}

/// Creates a new file with mode 0600 (failing if it exists).
pub(crate) fn private_file(path: &Path) -> std::io::Result<fs::File> {
    private_options().create_new(true).open(path)
}

/// Opens (creating with mode 0600 if needed) a file to lock; without
/// waiting, so that a FIFO put in its place is an error, not a hang.
fn open_private(path: &Path) -> std::io::Result<fs::File> {
    let mut options = private_options();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.create(true).truncate(false).open(path)
}

#[cfg(unix)]
fn private_options() -> fs::OpenOptions {
    use std::os::unix::fs::OpenOptionsExt;
    let mut options = fs::OpenOptions::new();
    options.write(true).mode(0o600);
    options
}

#[cfg(not(unix))]
fn private_options() -> fs::OpenOptions {
    let mut options = fs::OpenOptions::new();
    options.write(true);
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_an_empty_config() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(&dir.path().join("none.toml")).unwrap(), ConfigFile::default());
    }

    #[test]
    fn updates_keep_comments_and_other_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "# mine\n[profiles.staging]\nurl = \"http://s/v0\" # staging\n").unwrap();
        update_profile(&path, "default", &[("url", Some("http://p/v0")), ("token", Some("t"))]).unwrap();
        update_profile(&path, "default", &[("token", None)]).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains("# mine") && text.contains("# staging"), "{text}");
        let config = load(&path).unwrap();
        assert_eq!(config.profiles["staging"].url.as_deref(), Some("http://s/v0"));
        assert_eq!(config.profiles["default"].url.as_deref(), Some("http://p/v0"));
        assert_eq!(config.profiles["default"].token, None);
    }

    #[cfg(unix)]
    #[test]
    fn new_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("config.toml");
        update_profile(&path, "default", &[("token", Some("secret"))]).unwrap();
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        assert_eq!(fs::metadata(path.parent().unwrap()).unwrap().permissions().mode() & 0o777, 0o700);
    }

    #[test]
    fn a_corrupt_file_is_reported_with_its_line_and_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let corrupt = "[profiles.default]\nurl = \"http://x/v0\"\ntoken = \n";
        fs::write(&path, corrupt).unwrap();
        let error = load(&path).unwrap_err().to_string();
        assert!(error.contains(&path.display().to_string()) && error.contains("line 3"), "{error}");
        assert!(update_profile(&path, "default", &[("token", Some("t"))]).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), corrupt);
    }

    #[test]
    fn the_example_config_parses_with_every_setting() {
        let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/config.example.toml"));
        let config = load(path).unwrap();
        assert_eq!(config.default_profile.as_deref(), Some(DEFAULT_PROFILE));
        assert_eq!(config.pager.as_deref(), Some("less -FRX"));
        let profile = &config.profiles[DEFAULT_PROFILE];
        assert_eq!(profile.url.as_deref(), Some("https://timesync.example.com/v0"));
        assert_eq!(profile.username.as_deref(), Some("alice"));
        assert_eq!(profile.auth_type, Some(AuthType::Password));
        assert_eq!(profile.timeout, Some(30));
        assert_eq!(profile.connect_timeout, Some(10));
        assert_eq!(profile.password_command_timeout, Some(60));
        assert_eq!(profile.password_command.as_deref(), Some("pass show timesync"));
        assert_eq!(profile.output, Some(Format::Table));
        assert_eq!(profile.issues["gwm"], "https://tracker.example.com/browse/GWM-{n}");
        assert_eq!(profile.switch, Some(false));
        assert!(config.profiles.contains_key("staging"));
    }

    #[test]
    fn only_regular_files_up_to_a_mebibyte_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let mut text = "[profiles.default]\nurl = \"http://x/v0\"\n".to_owned();
        text.push_str(&"#".repeat(MAX_CONFIG_BYTES as usize - text.len()));
        fs::write(&path, &text).unwrap();
        assert_eq!(load(&path).unwrap().profiles["default"].url.as_deref(), Some("http://x/v0"));
        text.push('#');
        fs::write(&path, &text).unwrap();
        let error = load(&path).unwrap_err();
        assert!(error.to_string().contains("larger than 1 MiB"), "{error}");
        assert!(update_profile(&path, "default", &[("token", Some("t"))]).is_err());
        let error = load(dir.path()).unwrap_err().to_string();
        assert!(error.contains("is a directory"), "{error}");
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_refused_without_waiting_or_reading() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("fifo.toml");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let zero = dir.path().join("zero.toml");
        std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
        for (path, kind) in [(&fifo, "a FIFO"), (&zero, "a device")] {
            let error = load(path).unwrap_err();
            assert_eq!(error.exit_code(), crate::error::ExitCode::Invalid);
            let error = error.to_string();
            assert!(error.contains(&path.display().to_string()) && error.contains(kind), "{error}");
            assert!(update_profile(path, "default", &[("token", Some("t"))]).is_err());
        }
        // Opened without waiting, it is refused from the open file too.
        let file = open_without_waiting(&fifo).unwrap();
        assert!(check_regular_file(&file.metadata().unwrap()).unwrap_err().contains("FIFO"));
    }

    #[test]
    fn unknown_keys_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        fs::write(&path, "[profiles.default]\nurll = \"x\"\n").unwrap();
        let error = load(&path).unwrap_err().to_string();
        assert!(error.contains("line 2") && error.contains("url"), "{error}");
    }
}
