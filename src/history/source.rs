//! The input as text, read a piece at a time: each piece checked as UTF-8
//! (a character cut off at the end of one read is joined to the next
//! read), a byte order mark at the start left out. What is held at once is
//! one piece, never the whole input; the parsers keep what they need of it.

use std::io::{self, Read};

use super::Unreadable;

/// How many bytes are read at a time.
const PIECE: usize = 64 * 1024;

/// The UTF-8 byte order mark, which some editors write first.
pub(super) const BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// UTF-8 text read a piece at a time.
pub(super) struct Source<'a> {
    input: &'a mut dyn Read,
    buffer: Box<[u8]>,
    /// Where the piece last handed out ends: the bytes after it, up to
    /// `filled`, begin a character the read cut off.
    handed: usize,
    filled: usize,
    /// Line feeds in the text handed out so far.
    line_feeds: usize,
    /// Whether the start of the input was seen (where a byte order mark may be).
    started: bool,
}

impl<'a> Source<'a> {
    /// The text of `input`.
    pub(super) fn new(input: &'a mut dyn Read) -> Self {
        Source { input, buffer: vec![0; PIECE].into_boxed_slice(), handed: 0, filled: 0, line_feeds: 0, started: false }
    }

    /// Hands each piece of the text to `feed` in order, then an empty piece
    /// for the end; stops at the first error, `feed`'s or the input's.
    pub(super) fn each_piece(
        &mut self,
        mut feed: impl FnMut(&[u8]) -> Result<(), Unreadable>,
    ) -> Result<(), Unreadable> {
        loop {
            let piece = self.next_piece()?;
            let end = piece.is_empty();
            feed(piece)?;
            if end {
                return Ok(());
            }
        }
    }

    /// The next piece of text (empty only at the end of the input).
    fn next_piece(&mut self) -> Result<&[u8], Unreadable> {
        loop {
            // The start of a cut-off character goes first in the next read.
            self.buffer.copy_within(self.handed..self.filled, 0);
            self.filled -= self.handed;
            self.handed = 0;
            let read = match self.input.read(&mut self.buffer[self.filled..]) {
                Ok(read) => read,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Unreadable::Read(e)),
            };
            if read == 0 {
                return match self.filled {
                    0 => Ok(&[]),
                    _ => Err(Unreadable::NotUtf8 { line: self.line_feeds + 1 }),
                };
            }
            self.filled += read;
            let valid = match std::str::from_utf8(&self.buffer[..self.filled]) {
                Ok(_) => self.filled,
                Err(e) if e.error_len().is_none() => e.valid_up_to(),
                Err(e) => {
                    let line = self.line_feeds + line_feeds(&self.buffer[..e.valid_up_to()]) + 1;
                    return Err(Unreadable::NotUtf8 { line });
                }
            };
            let at_start = !self.started && valid > 0;
            let start = if at_start && self.buffer.starts_with(BYTE_ORDER_MARK) { BYTE_ORDER_MARK.len() } else { 0 };
            self.started |= valid > 0;
            self.handed = valid;
            if start < valid {
                self.line_feeds += line_feeds(&self.buffer[start..valid]);
                return Ok(&self.buffer[start..valid]);
            }
        }
    }
}

/// How many line feeds `bytes` hold.
pub(super) fn line_feeds(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| **b == b'\n').count()
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// An input that hands out at most `step` bytes per read.
    pub(in crate::history) struct Trickle<'a> {
        pub bytes: &'a [u8],
        pub step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.bytes.len());
            buf[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    /// All the text of `bytes` read `step` bytes at a time, and the number of pieces.
    fn read_all(bytes: &[u8], step: usize) -> Result<(Vec<u8>, usize), Unreadable> {
        let mut input = Trickle { bytes, step };
        let mut text = Vec::new();
        let mut pieces = 0;
        Source::new(&mut input).each_piece(|piece| {
            assert!(std::str::from_utf8(piece).is_ok(), "every piece is whole characters: {piece:?}");
            text.extend_from_slice(piece);
            pieces += 1;
            Ok(())
        })?;
        Ok((text, pieces))
    }

    #[test]
    fn characters_cut_between_reads_are_joined_and_the_byte_order_mark_left_out() {
        let text = "\u{feff}a,é\n∑ 𝄞\n\u{feff}x";
        for step in [1, 2, 3, 7, PIECE] {
            let (read, _) = read_all(text.as_bytes(), step).unwrap();
            assert_eq!(read, "a,é\n∑ 𝄞\n\u{feff}x".as_bytes(), "{step} at a time: only the first mark goes");
        }
        assert_eq!(read_all(b"", 1).unwrap(), (Vec::new(), 1), "an empty input is the end alone");
        assert_eq!(read_all(BYTE_ORDER_MARK, 1).unwrap().0, b"");
    }

    #[test]
    fn a_large_input_comes_in_pieces_of_a_bounded_size() {
        let text = "é".repeat(3 * PIECE);
        let mut largest = 0;
        let mut input = text.as_bytes();
        Source::new(&mut input)
            .each_piece(|piece| {
                largest = largest.max(piece.len());
                Ok(())
            })
            .unwrap();
        assert!(largest > 0 && largest <= PIECE, "{largest}");
    }

    #[test]
    fn bytes_that_are_not_utf8_name_their_line() {
        let cases: [(&[u8], usize); 5] = [
            (b"\xff", 1),
            (b"ok\nok\n\xc3(", 3),
            (b"a\nb\xe2\x82", 2),       // cut off at the end
            (b"\n\n\n\xed\xa0\x80", 4), // a surrogate
            (b"x\n\xf8\x88\x80\x80\x80", 2),
        ];
        for (bytes, line) in cases {
            for step in [1, 2, 3, 7, PIECE] {
                match read_all(bytes, step) {
                    Err(Unreadable::NotUtf8 { line: found }) => assert_eq!(found, line, "{bytes:?}, {step} at a time"),
                    other => panic!("{bytes:?}: {:?}", other.map(|(text, _)| text)),
                }
            }
        }
    }

    #[test]
    fn a_read_error_ends_the_text() {
        struct Failing;
        impl Read for Failing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::PermissionDenied, "denied"))
            }
        }
        let result = Source::new(&mut Failing).each_piece(|_| Ok(()));
        assert!(matches!(result, Err(Unreadable::Read(e)) if e.kind() == io::ErrorKind::PermissionDenied));
    }
}
