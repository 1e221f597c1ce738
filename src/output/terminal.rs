//! The size of the terminal on stdout, and the width tables fit: the
//! terminal's, else `COLUMNS`, else 100 on a terminal; into a pipe or a
//! file, `COLUMNS` or no limit (nothing is cut). A terminal that reports
//! 0×0 (some serial consoles and containers) counts as unknown.

/// Width of tables when neither the terminal nor `COLUMNS` says.
pub const DEFAULT_WIDTH: u16 = 100;

/// Columns and rows of the terminal on stdout; `None` when stdout is not a
/// terminal or the terminal reports a zero size.
pub fn size() -> Option<(u16, u16)> {
    // TIOCGWINSZ on Unix, the console screen buffer on Windows.
    terminal_size::terminal_size_of(std::io::stdout()).map(|(width, height)| (width.0, height.0))
}

/// A positive number of columns or lines from the environment variable `name`.
pub fn from_env(name: &str) -> Option<u16> {
    std::env::var(name).ok()?.trim().parse::<u16>().ok().filter(|n| *n > 0)
}

/// The width to fit tables to: on a terminal its own, else `COLUMNS`, else
/// [`DEFAULT_WIDTH`]; otherwise `COLUMNS`, else `None` (no limit).
pub fn width(terminal: bool) -> Option<u16> {
    let known = terminal.then(size).flatten().map(|(columns, _)| columns).or_else(|| from_env("COLUMNS"));
    known.or(terminal.then_some(DEFAULT_WIDTH))
}
