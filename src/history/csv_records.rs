//! CSV records read as the text arrives, each with the line it starts on.
//!
//! The rules are RFC 4180's, with the leniencies of the csv crate that
//! wrote and read these files before: a record ends at `\n`, `\r` or
//! `\r\n`; blank lines between records are skipped; a quote inside an
//! unquoted field is kept as it is, and so is text after a closing quote.
//! Unlike the csv crate, it tells what a truncated file looks like: a
//! record whose quoted field the input ends inside is marked, and a field
//! longer than the limit is marked and not kept (the rest of it is read
//! past, never held), so memory does not grow with a field's size.

use std::mem;

/// A field as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Cell {
    /// Its text.
    Text(String),
    /// Longer than the limit: its text was dropped.
    TooLong,
}

/// A record as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct RawRecord {
    /// The line it starts on (from 1).
    pub line: usize,
    /// Its fields, as many as are kept (see [`Records::keep_fields`]).
    pub cells: Vec<Cell>,
    /// How many fields it has, kept or not.
    pub fields: usize,
    /// The input ended inside a quoted field of it.
    pub unclosed_quote: bool,
}

/// Where the reader is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum State {
    /// Between records (blank lines are skipped here).
    RecordStart,
    /// At the start of a field.
    FieldStart,
    /// In a field that does not start with a quote.
    Unquoted,
    /// In a quoted field.
    Quoted,
    /// After a quote in a quoted field: the closing one, or the first of two.
    QuoteInQuoted,
}

/// Reads CSV records from pieces of text.
pub(super) struct Records {
    state: State,
    /// The line the next byte is on.
    line: usize,
    record: RawRecord,
    field: Vec<u8>,
    field_too_long: bool,
    /// The most bytes of a field kept.
    limit: usize,
    /// The most fields of a record kept.
    keep: usize,
    done: Vec<RawRecord>,
}

impl Records {
    /// A reader keeping fields of up to `limit` bytes.
    pub(super) fn new(limit: usize) -> Self {
        Records {
            state: State::RecordStart,
            line: 1,
            record: RawRecord { line: 1, cells: Vec::new(), fields: 0, unclosed_quote: false },
            field: Vec::new(),
            field_too_long: false,
            limit,
            keep: usize::MAX,
            done: Vec::new(),
        }
    }

    /// Keeps at most `fields` fields of each record from now on (the others
    /// are only counted).
    pub(super) fn keep_fields(&mut self, fields: usize) {
        self.keep = fields;
    }

    /// Reads `bytes`, the next piece of text; an empty piece is the end.
    pub(super) fn feed(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            self.finish();
        }
        for &byte in bytes {
            self.byte(byte);
        }
    }

    /// The records read whole since the last call.
    pub(super) fn take(&mut self) -> Vec<RawRecord> {
        mem::take(&mut self.done)
    }

    fn byte(&mut self, byte: u8) {
        self.state = match (self.state, byte) {
            (State::RecordStart, b'\r' | b'\n') => State::RecordStart,
            (State::RecordStart, _) => {
                self.record.line = self.line;
                return self.byte_in(State::FieldStart, byte);
            }
            (state, _) => return self.byte_in(state, byte),
        };
        if byte == b'\n' {
            self.line += 1;
        }
    }

    /// A byte of a record.
    fn byte_in(&mut self, state: State, byte: u8) {
        self.state = match (state, byte) {
            (State::FieldStart, b'"') => State::Quoted,
            (State::Quoted, b'"') => State::QuoteInQuoted,
            (State::Quoted, _) => self.push(byte, State::Quoted),
            (State::QuoteInQuoted, b'"') => self.push(byte, State::Quoted),
            (_, b',') => {
                self.end_field();
                State::FieldStart
            }
            (_, b'\r' | b'\n') => {
                self.end_record(false);
                State::RecordStart
            }
            _ => self.push(byte, State::Unquoted),
        };
        if byte == b'\n' {
            self.line += 1;
        }
    }

    /// Adds `byte` to the field, unless it is too long or not kept.
    fn push(&mut self, byte: u8, next: State) -> State {
        if self.field_too_long || self.record.cells.len() >= self.keep {
            return next;
        }
        if self.field.len() < self.limit {
            self.field.push(byte);
        } else {
            self.field_too_long = true;
            self.field = Vec::new();
        }
        next
    }

    fn end_field(&mut self) {
        let field = mem::take(&mut self.field);
        if self.record.cells.len() < self.keep {
            let cell = match mem::take(&mut self.field_too_long) {
                true => Cell::TooLong,
                // The source hands out UTF-8 only, split here at ASCII bytes.
                false => Cell::Text(
                    String::from_utf8(field).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
                ),
            };
            self.record.cells.push(cell);
        }
        self.field_too_long = false;
        self.record.fields += 1;
    }

    fn end_record(&mut self, unclosed_quote: bool) {
        self.end_field();
        self.record.unclosed_quote = unclosed_quote;
        let next = RawRecord { line: self.line, cells: Vec::new(), fields: 0, unclosed_quote: false };
        self.done.push(mem::replace(&mut self.record, next));
    }

    /// The end of the input: the last record, even without a line break.
    fn finish(&mut self) {
        match self.state {
            State::RecordStart => {}
            State::Quoted => self.end_record(true),
            _ => self.end_record(false),
        }
        self.state = State::RecordStart;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> Cell {
        Cell::Text(text.to_owned())
    }

    /// The records of `input` fed `step` bytes at a time after the first `first`.
    fn read(input: &str, limit: usize, first: usize, step: usize) -> Vec<RawRecord> {
        let mut records = Records::new(limit);
        let (head, rest) = input.as_bytes().split_at(first.min(input.len()));
        let mut all = Vec::new();
        for piece in std::iter::once(head).chain(rest.chunks(step)).filter(|p| !p.is_empty()) {
            records.feed(piece);
            all.extend(records.take());
        }
        records.feed(&[]);
        all.extend(records.take());
        all
    }

    /// Each record as (line, cells, field count, unclosed quote), read in one piece.
    fn summary(input: &str, limit: usize) -> Vec<(usize, Vec<Cell>, usize, bool)> {
        read(input, limit, input.len(), 1).into_iter().map(|r| (r.line, r.cells, r.fields, r.unclosed_quote)).collect()
    }

    const SAMPLE: &str = "a,b,c\r\n\"x, \"\"y\"\"\nz\",,\"\"\n\n\r\n1,a\"b,\"q\"r\r2,3\n";

    #[test]
    fn every_cut_of_the_text_gives_the_same_records() {
        let expected = summary(SAMPLE, 64);
        assert_eq!(
            expected,
            [
                (1, vec![text("a"), text("b"), text("c")], 3, false),
                (2, vec![text("x, \"y\"\nz"), text(""), text("")], 3, false),
                (6, vec![text("1"), text("a\"b"), text("qr")], 3, false),
                (6, vec![text("2"), text("3")], 2, false),
            ]
        );
        for first in 0..SAMPLE.len() {
            for step in [1, 2, 3, 7] {
                assert_eq!(read(SAMPLE, 64, first, step), read(SAMPLE, 64, SAMPLE.len(), 1), "{first} {step}");
            }
        }
    }

    #[test]
    fn a_quote_open_at_the_end_marks_its_record() {
        let records = summary("a,b\n1,\"cut\nshort", 64);
        assert_eq!(records[1], (2, vec![text("1"), text("cut\nshort")], 2, true));
        assert!(!summary("a,\"b\"", 64)[0].3, "a closed quote at the very end is fine");
        assert!(summary("\"", 64)[0].3);
        assert_eq!(summary("a,b\n1,2", 64)[1], (2, vec![text("1"), text("2")], 2, false), "no final line break");
        assert_eq!(summary("a\n1,", 64)[1], (2, vec![text("1"), text("")], 2, false));
    }

    #[test]
    fn a_field_over_the_limit_is_marked_and_not_kept() {
        let input = format!("a,b,c\n1,\"{}\",{}\n2,x,y\n", "n\n".repeat(20), "z".repeat(11));
        for first in 0..input.len() {
            for step in [1, 2, 3, 7] {
                let records = read(&input, 10, first, step);
                let cells: Vec<Vec<Cell>> = records.iter().map(|r| r.cells.clone()).collect();
                assert_eq!(cells[1], [text("1"), Cell::TooLong, Cell::TooLong], "{first} {step}");
                assert_eq!((records[2].line, &cells[2]), (23, &vec![text("2"), text("x"), text("y")]));
            }
        }
        assert_eq!(summary("0123456789\n", 10)[0].1, [text("0123456789")], "the limit itself is fine");
    }

    #[test]
    fn fields_past_those_kept_are_counted_only() {
        let mut records = Records::new(64);
        records.keep_fields(2);
        records.feed(b"1,2,3,4\n5\n");
        records.feed(b"");
        let got: Vec<(Vec<Cell>, usize)> = records.take().into_iter().map(|r| (r.cells, r.fields)).collect();
        assert_eq!(got, [(vec![text("1"), text("2")], 4), (vec![text("5")], 1)]);
    }

    #[test]
    fn nothing_but_blank_lines_is_no_record() {
        for input in ["", "\n", "\r\n\r\n", "\r"] {
            assert_eq!(summary(input, 64), [], "{input:?}");
        }
        assert_eq!(summary(" ", 64), [(1, vec![text(" ")], 1, false)]);
    }
}
