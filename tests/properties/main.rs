//! Property tests: no panic on any input (typed by a person or sent by a
//! server), parse/format round trips, honest totals, and escaped tables.
//! Run with the rest of the suite (`cargo test`); the fuzz targets in
//! `fuzz/` explore the same entry points for longer.

mod parsers;
mod regressions;
mod replies;
mod tables;

use proptest::prelude::*;

/// Any text, weighted towards what breaks parsers and terminals: control and
/// bidi characters, multi-byte characters, digits, units and separators.
pub fn nasty_text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => "[-+:. 0-9dwhmsT]{1,4}",
        2 => prop::sample::select(vec![
            "\u{1b}", "\u{1b}]0;", "\u{7}", "\u{9b}", "\u{7f}", "\n", "\r", "\t", "\u{0}", "\u{202e}", "\u{2066}",
            "\u{200f}", "é", "字", "👍🏽", "\u{301}", "-", "--", "1:30", "9999999999", "18446744073709551616",
        ])
        .prop_map(str::to_owned),
    ];
    prop::collection::vec(pieces, 0..8).prop_map(|pieces| pieces.concat())
}

/// The characters that must never reach a terminal raw: C0, DEL, C1 and the
/// bidi controls. Written out here rather than taken from the library, so a
/// gap in the library's list fails these tests.
pub fn is_raw_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{61c}' | '\u{200e}' | '\u{200f}')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}
