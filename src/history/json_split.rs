//! JSON inputs cut into entries as the text arrives: the elements of a
//! top-level list (TimeSync's export, Watson, Timewarrior) and the lines of
//! JSON lines. A small scanner finds where each element ends (nesting,
//! strings and their escapes) and serde_json decodes it; an entry longer
//! than the limit is read past without being kept, so memory does not grow
//! with an entry's size. A list that is not well-formed JSON (cut short, a
//! missing comma) cannot be read at all, as before the scanner, and names
//! the line where it breaks.

use std::mem;

use serde_json::value::RawValue;
use serde_json::Value;

use super::source::Source;
use super::{RowError, Unreadable, MAX_ENTRY_BYTES};

/// An entry as cut from the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Piece {
    /// The line it starts on (from 1).
    pub line: usize,
    /// The column (in bytes, from 1) of its first byte.
    pub column: usize,
    /// Its text; `None` when it is longer than the limit.
    pub text: Option<String>,
}

/// What comes next between the elements of the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Next {
    /// The opening `[`.
    Open,
    /// An element, or the `]` of an empty list.
    FirstOrClose,
    /// An element (after a comma).
    Element,
    /// A comma or the closing `]`.
    CommaOrClose,
    /// Nothing but white space.
    End,
}

/// How an element is written, which says where it ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    /// An object or a list: at the bracket that closes the first.
    Nested,
    /// A string: at its closing quote.
    Text,
    /// A number or a word (`true`, `null`): before white space, `,` or `]`.
    Word,
}

/// An element under way.
struct Partial {
    line: usize,
    column: usize,
    text: Vec<u8>,
    too_long: bool,
    shape: Shape,
    depth: usize,
    in_string: bool,
    escaped: bool,
}

/// Cuts a JSON list into its elements.
pub(super) struct ListSplitter {
    /// What the list holds, for the error of a text that is not a list.
    what: &'static str,
    limit: usize,
    next: Next,
    line: usize,
    /// Bytes of the current line before the next byte.
    column: usize,
    element: Option<Partial>,
    done: Vec<Piece>,
    error: Option<RowError>,
}

impl ListSplitter {
    /// A splitter of a list of `what`, keeping elements of up to `limit` bytes.
    pub(super) fn new(what: &'static str, limit: usize) -> Self {
        ListSplitter { what, limit, next: Next::Open, line: 1, column: 0, element: None, done: Vec::new(), error: None }
    }

    /// Reads `bytes`, the next piece of text; an empty piece is the end.
    pub(super) fn feed(&mut self, bytes: &[u8]) {
        if bytes.is_empty() {
            self.finish();
        }
        for &byte in bytes {
            if self.error.is_some() {
                return;
            }
            self.byte(byte);
            if byte == b'\n' {
                self.line += 1;
                self.column = 0;
            } else {
                self.column += 1;
            }
        }
    }

    /// The elements cut whole since the last call, then why the text is not
    /// a JSON list, once it is known (nothing after that is cut).
    pub(super) fn take(&mut self) -> (Vec<Piece>, Option<RowError>) {
        (mem::take(&mut self.done), self.error.clone())
    }

    fn byte(&mut self, byte: u8) {
        if let Some(element) = &mut self.element {
            if element.shape != Shape::Word || !matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b',' | b']') {
                if element.add(byte, self.limit) {
                    self.end_element();
                }
                return;
            }
            self.end_element();
        }
        self.next = match (self.next, byte) {
            (next, b' ' | b'\t' | b'\n' | b'\r') => next,
            (Next::Open, b'[') => Next::FirstOrClose,
            (Next::Open, _) => return self.not_a_list(),
            (Next::FirstOrClose | Next::CommaOrClose, b']') => Next::End,
            (Next::CommaOrClose, b',') => Next::Element,
            (Next::CommaOrClose, _) => return self.fail_at("expected `,` or `]`", self.column + 1),
            (Next::Element, b']') => return self.fail_at("trailing comma", self.column + 1),
            (Next::FirstOrClose | Next::Element, b',') => return self.fail_at("expected value", self.column + 1),
            (Next::FirstOrClose | Next::Element, _) => {
                self.start_element(byte);
                Next::CommaOrClose
            }
            (Next::End, _) => return self.fail_at("trailing characters", self.column + 1),
        };
    }

    fn start_element(&mut self, byte: u8) {
        let shape = match byte {
            b'{' | b'[' => Shape::Nested,
            b'"' => Shape::Text,
            _ => Shape::Word,
        };
        let mut element = Partial {
            line: self.line,
            column: self.column + 1,
            text: Vec::new(),
            too_long: false,
            shape,
            depth: 0,
            in_string: false,
            escaped: false,
        };
        if element.add(byte, self.limit) {
            self.done.push(element.piece());
        } else {
            self.element = Some(element);
        }
    }

    fn end_element(&mut self) {
        if let Some(element) = self.element.take() {
            self.done.push(element.piece());
        }
    }

    /// The end of the input: the list must have been closed.
    fn finish(&mut self) {
        if self.error.is_some() {
            return;
        }
        if self.element.as_ref().is_some_and(|e| e.shape == Shape::Word) {
            self.end_element();
        }
        match self.next {
            Next::End => {}
            Next::Open => self.not_a_list(),
            _ => self.fail_at("EOF while parsing a list", self.column),
        }
    }

    /// Stops: the text does not begin with `[`.
    fn not_a_list(&mut self) {
        let what = self.what;
        self.fail(format!("expected a JSON list of {what} ([…]); for one object per line use --format jsonl"));
    }

    /// Stops at the current line with `message`.
    fn fail(&mut self, message: String) {
        self.element = None;
        self.error = Some(RowError::new(self.line, message));
    }

    /// Stops with serde_json's wording: `invalid JSON: {what} at line … column …`.
    fn fail_at(&mut self, what: &str, column: usize) {
        self.fail(format!("invalid JSON: {what} at line {} column {column}", self.line));
    }
}

impl Partial {
    /// Adds `byte`; true when it ends the element.
    fn add(&mut self, byte: u8, limit: usize) -> bool {
        if !self.too_long {
            if self.text.len() < limit {
                self.text.push(byte);
            } else {
                self.too_long = true;
                self.text = Vec::new();
            }
        }
        if self.in_string {
            match (self.escaped, byte) {
                (true, _) => self.escaped = false,
                (false, b'\\') => self.escaped = true,
                (false, b'"') => self.in_string = false,
                _ => {}
            }
            return self.shape == Shape::Text && !self.in_string;
        }
        match (self.shape, byte) {
            (Shape::Text, _) => self.in_string = true,
            (Shape::Nested, b'"') => self.in_string = true,
            (Shape::Nested, b'{' | b'[') => self.depth += 1,
            (Shape::Nested, b'}' | b']') => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        self.shape == Shape::Nested && self.depth == 0
    }

    fn piece(self) -> Piece {
        let text = (!self.too_long).then(|| String::from_utf8_lossy(&self.text).into_owned());
        Piece { line: self.line, column: self.column, text }
    }
}

/// Cuts JSON lines into lines (without their `\r\n` or `\n`).
pub(super) struct LineSplitter {
    limit: usize,
    line: usize,
    text: Vec<u8>,
    too_long: bool,
    done: Vec<Piece>,
}

impl LineSplitter {
    /// A splitter keeping lines of up to `limit` bytes.
    pub(super) fn new(limit: usize) -> Self {
        LineSplitter { limit, line: 1, text: Vec::new(), too_long: false, done: Vec::new() }
    }

    /// Reads `bytes`, the next piece of text; an empty piece is the end.
    pub(super) fn feed(&mut self, bytes: &[u8]) {
        if bytes.is_empty() && (!self.text.is_empty() || self.too_long) {
            self.end_line();
        }
        for &byte in bytes {
            match byte {
                b'\n' => {
                    self.end_line();
                    self.line += 1;
                }
                _ if self.too_long => {}
                _ if self.text.len() <= self.limit => self.text.push(byte),
                _ => {
                    self.too_long = true;
                    self.text = Vec::new();
                }
            }
        }
    }

    /// The lines cut whole since the last call.
    pub(super) fn take(&mut self) -> Vec<Piece> {
        mem::take(&mut self.done)
    }

    fn end_line(&mut self) {
        let mut text = mem::take(&mut self.text);
        if text.last() == Some(&b'\r') {
            text.pop();
        }
        let too_long = mem::take(&mut self.too_long) || text.len() > self.limit;
        let text = (!too_long).then(|| String::from_utf8_lossy(&text).into_owned());
        self.done.push(Piece { line: self.line, column: 1, text });
    }
}

/// Why an entry is a bad row when it is longer than [`MAX_ENTRY_BYTES`].
pub(super) fn too_long() -> String {
    format!(
        "the entry is longer than {} MiB, the most one JSON entry may hold (it was not read): shorten its notes",
        MAX_ENTRY_BYTES >> 20
    )
}

/// Reads the JSON list of `what` in `source` and hands `each` every element
/// with its line: its value, or why it is a bad row (too long, or a value
/// serde_json cannot hold). Text that is not a JSON list is an error.
pub(super) fn each_element(
    source: &mut Source,
    what: &'static str,
    mut each: impl FnMut(usize, Result<Value, String>),
) -> Result<(), Unreadable> {
    let mut splitter = ListSplitter::new(what, MAX_ENTRY_BYTES);
    source.each_piece(|bytes| {
        splitter.feed(bytes);
        let (pieces, error) = splitter.take();
        for piece in pieces {
            each(piece.line, decode(&piece).map_err(Unreadable::Malformed)?);
        }
        error.map_or(Ok(()), |error| Err(Unreadable::Malformed(error)))
    })
}

/// Reads the JSON lines in `source` and hands `each` every line that is not
/// blank with its number: its value, or why it is a bad row.
pub(super) fn each_line(
    source: &mut Source,
    mut each: impl FnMut(usize, Result<Value, String>),
) -> Result<(), Unreadable> {
    let mut splitter = LineSplitter::new(MAX_ENTRY_BYTES);
    source.each_piece(|bytes| {
        splitter.feed(bytes);
        for piece in splitter.take() {
            match &piece.text {
                Some(text) if text.trim().is_empty() => {}
                Some(text) => each(piece.line, serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}"))),
                None => each(piece.line, Err(too_long())),
            }
        }
        Ok(())
    })
}

/// An element's value, or why it is a bad row. Text that is not JSON at all
/// is an error for the whole list, at its place in the input.
fn decode(piece: &Piece) -> Result<Result<Value, String>, RowError> {
    let Some(text) = &piece.text else {
        return Ok(Err(too_long()));
    };
    if let Err(e) = serde_json::from_str::<&RawValue>(text) {
        let (line, column) = match e.line() {
            0 => (piece.line, 0),
            1 => (piece.line, piece.column - 1 + e.column()),
            line => (piece.line + line - 1, e.column()),
        };
        let message = e.to_string();
        let message = message.strip_suffix(&format!(" at line {} column {}", e.line(), e.column())).unwrap_or(&message);
        return Err(RowError::new(line, format!("invalid JSON: {message} at line {line} column {column}")));
    }
    Ok(serde_json::from_str(text).map_err(|e| format!("invalid JSON: {e}")))
}

/// How the first element of a JSON list begins.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum FirstElement {
    /// A list (a Watson frame).
    List,
    /// An object, with the keys found in the text given.
    Object(Vec<String>),
    /// Anything else, or nothing.
    Other,
}

/// The first element of the list whose text after `[` begins `text`
/// (which may stop anywhere, even inside the element).
pub(super) fn first_element(text: &[u8]) -> FirstElement {
    let text = text.trim_ascii_start();
    match text.first() {
        Some(b'[') => FirstElement::List,
        Some(b'{') => FirstElement::Object(keys(&text[1..])),
        _ => FirstElement::Other,
    }
}

/// The keys of the object whose text after `{` begins `text`, up to the
/// object's end or the text's.
fn keys(text: &[u8]) -> Vec<String> {
    let mut keys = Vec::new();
    let (mut depth, mut string_start, mut escaped) = (0usize, None, false);
    // The last string at the object's own level, until what follows it shows it is a key.
    let mut last_string = None;
    for (at, &byte) in text.iter().enumerate() {
        if let Some(start) = string_start {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => {
                    string_start = None;
                    last_string = (depth == 0).then_some(start..at + 1);
                }
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => string_start = Some(at),
            b':' if depth == 0 => {
                let key = last_string.take().and_then(|range| serde_json::from_slice::<String>(&text[range]).ok());
                keys.extend(key);
            }
            b'{' | b'[' => depth += 1,
            b'}' | b']' if depth == 0 => break,
            b'}' | b']' => depth -= 1,
            b' ' | b'\t' | b'\n' | b'\r' => {}
            _ => last_string = None,
        }
    }
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of `text` and the error (if any), cut by `split` fed
    /// `step` bytes at a time after the first `first`.
    fn cut<T>(
        text: &str,
        first: usize,
        step: usize,
        mut split: T,
        feed: impl Fn(&mut T, &[u8]),
        take: impl Fn(&mut T) -> (Vec<Piece>, Option<RowError>),
    ) -> (Vec<Piece>, Option<RowError>) {
        let (head, rest) = text.as_bytes().split_at(first.min(text.len()));
        let mut pieces = Vec::new();
        for bytes in std::iter::once(head).chain(rest.chunks(step)).filter(|b| !b.is_empty()).chain([&[][..]]) {
            feed(&mut split, bytes);
            let (more, error) = take(&mut split);
            pieces.extend(more);
            if error.is_some() {
                return (pieces, error);
            }
        }
        (pieces, None)
    }

    fn list(text: &str, limit: usize, first: usize, step: usize) -> (Vec<Piece>, Option<RowError>) {
        cut(text, first, step, ListSplitter::new("things", limit), ListSplitter::feed, ListSplitter::take)
    }

    fn lines(text: &str, limit: usize, first: usize, step: usize) -> Vec<Piece> {
        cut(text, first, step, LineSplitter::new(limit), LineSplitter::feed, |s| (s.take(), None)).0
    }

    fn piece(line: usize, column: usize, text: Option<&str>) -> Piece {
        Piece { line, column, text: text.map(str::to_owned) }
    }

    const LIST: &str = " [ {\"n\": 12345, \"s\": \"é ∑ 𝄞 \\\"]}\\\\ \\u00e9\"},\n678, -9.5e3,true, null, \"x,]\",\n  [1, [2, {}]], {} ] \n";

    #[test]
    fn every_cut_of_a_list_gives_the_same_elements() {
        let (pieces, error) = list(LIST, 100, LIST.len(), 1);
        assert_eq!(error, None);
        let texts: Vec<&str> = pieces.iter().map(|p| p.text.as_deref().unwrap()).collect();
        assert_eq!(
            texts,
            [
                "{\"n\": 12345, \"s\": \"é ∑ 𝄞 \\\"]}\\\\ \\u00e9\"}",
                "678",
                "-9.5e3",
                "true",
                "null",
                "\"x,]\"",
                "[1, [2, {}]]",
                "{}"
            ]
        );
        let places: Vec<(usize, usize)> = pieces.iter().map(|p| (p.line, p.column)).collect();
        assert_eq!(places, [(1, 4), (2, 1), (2, 6), (2, 13), (2, 19), (2, 25), (3, 3), (3, 17)]);
        let expected: Vec<serde_json::Value> = serde_json::from_str(LIST).unwrap();
        let decoded: Vec<serde_json::Value> = texts.iter().map(|t| serde_json::from_str(t).unwrap()).collect();
        assert_eq!(decoded, expected);
        for first in 0..LIST.len() {
            for step in [1, 2, 3, 7] {
                assert_eq!(list(LIST, 100, first, step), (pieces.clone(), None), "cut at {first}, {step} at a time");
            }
        }
    }

    #[test]
    fn an_element_over_the_limit_is_marked_and_the_next_one_read() {
        let text = "[\n{\"notes\": \"aaaaaaaaaaaaaaaa\\\"}]\"},\n\"0123456789\", 1234567890123,\n{\"n\": 1}\n]";
        for first in 0..text.len() {
            for step in [1, 2, 3, 7] {
                let (pieces, error) = list(text, 10, first, step);
                assert_eq!(error, None);
                let expected =
                    [piece(2, 1, None), piece(3, 1, None), piece(3, 15, None), piece(4, 1, Some("{\"n\": 1}"))];
                assert_eq!(pieces, expected, "cut at {first}, {step} at a time");
            }
        }
        assert_eq!(list("[\"12345678\"]", 10, 0, 1).0, [piece(1, 2, Some("\"12345678\""))], "the limit itself is fine");
    }

    #[test]
    fn anything_but_a_whole_list_is_an_error_naming_its_line() {
        let cases = [
            ("", 1, "expected a JSON list of things ([…]); for one object per line use --format jsonl"),
            ("\n {\"a\": 1}", 2, "expected a JSON list of things"),
            ("[", 1, "invalid JSON: EOF while parsing a list at line 1 column 1"),
            ("[1,\n2", 2, "invalid JSON: EOF while parsing a list at line 2 column 1"),
            ("[\n{\"a\": \"b}", 2, "invalid JSON: EOF while parsing a list at line 2 column 9"),
            ("[1,]", 1, "invalid JSON: trailing comma at line 1 column 4"),
            ("[,1]", 1, "invalid JSON: expected value at line 1 column 2"),
            ("[1 2]", 1, "invalid JSON: expected `,` or `]` at line 1 column 4"),
            ("[1]\n x", 2, "invalid JSON: trailing characters at line 2 column 2"),
            ("[1]]", 1, "invalid JSON: trailing characters at line 1 column 4"),
        ];
        for (text, line, message) in cases {
            for step in [1, 2, 3, 7] {
                let error = list(text, 100, 0, step).1.unwrap_or_else(|| panic!("{text:?} is no list"));
                assert_eq!(error.line, line, "{text:?}: {error}");
                assert!(error.message.starts_with(message), "{text:?}: {error}");
            }
        }
        let (pieces, error) = list("[1, 2 3, 4]", 100, 0, 1);
        assert_eq!((pieces.len(), error.map(|e| e.line)), (2, Some(1)), "what came before the break is cut");
    }

    #[test]
    fn broken_json_in_an_element_names_its_place_in_the_input() {
        let error = decode(&piece(3, 5, Some("{\"a\": 1,\n}"))).unwrap_err();
        assert_eq!((error.line, error.message.as_str()), (4, "invalid JSON: key must be a string at line 4 column 1"));
        let error = decode(&piece(3, 5, Some("{oops}"))).unwrap_err();
        assert_eq!((error.line, error.message.as_str()), (3, "invalid JSON: key must be a string at line 3 column 6"));
        let bad_row = decode(&piece(3, 5, Some("1e999"))).unwrap().unwrap_err();
        assert!(bad_row.starts_with("invalid JSON: number out of range"), "{bad_row}");
        assert!(decode(&piece(1, 1, None)).unwrap().unwrap_err().contains("longer than 1 MiB"));
    }

    #[test]
    fn every_cut_of_json_lines_gives_the_same_lines() {
        let text = "{\"a\": 1}\r\n\n  \n0123456789\n01234567890\r\n{\"b\":\n\"é\"}";
        let expected = [
            piece(1, 1, Some("{\"a\": 1}")),
            piece(2, 1, Some("")),
            piece(3, 1, Some("  ")),
            piece(4, 1, Some("0123456789")),
            piece(5, 1, None),
            piece(6, 1, Some("{\"b\":")),
            piece(7, 1, Some("\"é\"}")),
        ];
        for first in 0..text.len() {
            for step in [1, 2, 3, 7] {
                assert_eq!(lines(text, 10, first, step), expected, "cut at {first}, {step} at a time");
            }
        }
        assert_eq!(lines("a\n", 10, 0, 1), [piece(1, 1, Some("a"))], "no line after the last line feed");
    }

    #[test]
    fn the_first_element_is_told_by_its_keys_even_when_cut_short() {
        let keys = |text: &str| match first_element(text.as_bytes()) {
            FirstElement::Object(keys) => keys,
            other => panic!("{text:?}: {other:?}"),
        };
        assert_eq!(
            keys(r#" {"id": "x", "tags": ["a", {"start": 1}], "st\u0061rt": "y"} , {"end": 2}"#),
            ["id", "tags", "start"]
        );
        assert_eq!(keys(r#"{"project": "p:q", "notes": "a very long no"#), ["project", "notes"]);
        assert_eq!(keys(r#"{"a": {"b": 1}, "c"#), ["a"]);
        assert_eq!(first_element(b"\n [1, 2]"), FirstElement::List);
        for other in ["", "]", "1", "\"x\""] {
            assert_eq!(first_element(other.as_bytes()), FirstElement::Other, "{other:?}");
        }
    }
}
