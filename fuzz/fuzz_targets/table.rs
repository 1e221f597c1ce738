//! Table rendering with any text in every cell, in any style and width: no
//! control character reaches the output raw.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timesync_cli::output::{Format, Printer};

fuzz_target!(|input: (bool, Option<u16>, Vec<&str>, Vec<Vec<String>>)| {
    let (terminal, width, headers, rows) = input;
    let printer = Printer { format: Format::Table, terminal, styled: false, width, ..Printer::PLAIN };
    let text = printer.render_table(&headers, rows);
    let raw = |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    assert!(!text.chars().any(|c| c != '\n' && raw(c)), "{text:?}");
});
