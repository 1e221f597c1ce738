//! Control characters in text for people, shown escaped so that text from
//! the server cannot move the cursor, retitle or clear the reader's
//! terminal, reorder what is shown, or split a table row.
//!
//! The scheme is Rust's: `\n`, `\r` and `\t` for line feed, carriage return
//! and tab, and `\u{1b}` (the code point in hex) for every other C0 control,
//! DEL, C1 control and Unicode bidi control (U+061C, U+200E, U+200F,
//! U+202A–U+202E, U+2066–U+2069). Backslashes are left as they are, so
//! escaping twice changes nothing. CSV cells are escaped the same way when
//! stdout is a terminal; JSON, and CSV into a file or a pipe, carry the
//! data as is.

use std::borrow::Cow;
use std::fmt::Write;

/// True for the characters shown escaped: C0 controls, DEL, C1 controls and
/// the bidi controls.
pub fn is_escaped(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every character of [`is_escaped`] escaped, line feeds
/// included: for table cells and one-line messages.
pub fn escape(text: &str) -> Cow<'_, str> {
    escape_with(text, false)
}

/// `text` escaped like [`escape`] but keeping its line feeds: for plain-text
/// messages the program composes over several lines.
pub fn escape_lines(text: &str) -> Cow<'_, str> {
    escape_with(text, true)
}

fn escape_with(text: &str, keep_line_feeds: bool) -> Cow<'_, str> {
    let kept = |c: char| !is_escaped(c) || (keep_line_feeds && c == '\n');
    if text.chars().all(kept) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            c if kept(c) => out.push(c),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_sequences_and_bidi_controls_are_shown_escaped() {
        let notes = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}c\u{9b}31m\u{7f}\u{202e}evil\u{2066}x\u{200f}\u{0}";
        assert_eq!(
            escape(notes),
            "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J\\u{1b}c\\u{9b}31m\\u{7f}\\u{202e}evil\\u{2066}x\\u{200f}\\u{0}"
        );
        assert_eq!(escape("a\nb\tc\rd"), "a\\nb\\tc\\rd");
        assert_eq!(escape_lines("a\nb\u{1b}[2J\r"), "a\nb\\u{1b}[2J\\r");
    }

    #[test]
    fn plain_text_is_borrowed_and_escaping_twice_changes_nothing() {
        assert!(matches!(escape("Fixed the build — naïve C:\\path ✓"), Cow::Borrowed(_)));
        let once = escape("\u{1b}[1m\n").into_owned();
        assert_eq!(escape(&once), once);
    }
}
