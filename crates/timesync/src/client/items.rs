//! A JSON array decoded item by item as its bytes arrive: each item is
//! decoded from memory as soon as it is whole, so what is held at once is one
//! read's worth of text and the item under way, never the whole reply.

use std::io;

use bytes::Bytes;
use serde::de::DeserializeOwned;

use super::BoxFuture;

/// A body read chunk by chunk.
pub(super) trait Chunks: Send {
    /// The next chunk, `None` at the end.
    fn next_chunk(&mut self) -> BoxFuture<'_, io::Result<Option<Bytes>>>;
}

/// Why a list could not be read to its end.
#[derive(Debug)]
pub(super) enum Broken<E> {
    /// Reading the body failed.
    Read(io::Error),
    /// The text is not a JSON array of the expected items.
    Invalid,
    /// The receiver of the items stopped the list with this error.
    Stopped(E),
}

/// Where the reader is in the array.
#[derive(Clone, Copy, PartialEq)]
enum Next {
    /// The opening `[`.
    Open,
    /// An item, or the `]` of an empty array.
    FirstItem,
    /// An item (after a comma).
    Item,
    /// A comma or the closing `]`.
    CommaOrClose,
    /// Nothing but white space.
    End,
}

/// Reads the array in `body`, whose first bytes are already in `start`,
/// and hands each item to `each`; returns how many there were.
pub(super) async fn decode_items<T: DeserializeOwned, E>(
    start: Vec<u8>,
    body: &mut dyn Chunks,
    each: &mut (impl FnMut(T) -> Result<(), E> + Send),
) -> Result<usize, Broken<E>> {
    let mut text = Text::new(&start)?;
    let mut next = Next::Open;
    let mut count = 0;
    let mut ended = false;
    loop {
        let blank = text.unread().len() - text.unread().trim_start_matches([' ', '\t', '\n', '\r']).len();
        text.consume(blank);
        let rest = text.unread();
        let Some(first) = rest.bytes().next() else {
            if ended {
                return if next == Next::End { Ok(count) } else { Err(Broken::Invalid) };
            }
            ended = text.fill(body, 1).await?;
            continue;
        };
        next = match (next, first) {
            (Next::Open, b'[') => Next::FirstItem,
            (Next::FirstItem | Next::CommaOrClose, b']') => Next::End,
            (Next::CommaOrClose, b',') => Next::Item,
            (Next::FirstItem | Next::Item, _) => {
                let available = rest.len();
                let mut items = serde_json::Deserializer::from_str(rest).into_iter::<T>();
                let item = items.next();
                let used = items.byte_offset();
                match item {
                    // Whole only if something follows it: a number or word
                    // at the end of what has come may go on in the next read.
                    Some(Ok(item)) if used < available || ended => {
                        text.consume(used);
                        count += 1;
                        each(item).map_err(Broken::Stopped)?;
                        next = Next::CommaOrClose;
                        continue;
                    }
                    Some(Err(e)) if !e.is_eof() || ended => return Err(Broken::Invalid),
                    None => return Err(Broken::Invalid),
                    _ => {
                        // The item goes on past what has come: read at least
                        // as much again, so that a huge item is not decoded
                        // over and over from its start.
                        ended = text.fill(body, available).await?;
                        continue;
                    }
                }
            }
            _ => return Err(Broken::Invalid),
        };
        text.consume(1);
    }
}

/// The text read so far and not yet used, checked as UTF-8 once.
struct Text {
    text: String,
    used: usize,
    /// The first bytes of a character cut off at the end of the last read.
    cut: Vec<u8>,
    /// A read that failed after others had brought text: given once that
    /// text is used.
    failed: Option<io::Error>,
}

impl Text {
    /// The text of the bytes already read.
    fn new<E>(start: &[u8]) -> Result<Self, Broken<E>> {
        let mut text = Text { text: String::new(), used: 0, cut: Vec::new(), failed: None };
        text.push(start)?;
        Ok(text)
    }

    fn unread(&self) -> &str {
        &self.text[self.used..]
    }

    fn consume(&mut self, bytes: usize) {
        self.used += bytes;
    }

    /// Reads at least `wanted` more bytes, unless the body ends first;
    /// returns whether it ended. Text already used is let go first.
    async fn fill<E>(&mut self, body: &mut dyn Chunks, wanted: usize) -> Result<bool, Broken<E>> {
        if let Some(error) = self.failed.take() {
            return Err(Broken::Read(error));
        }
        self.text.drain(..self.used);
        self.used = 0;
        let mut read = 0;
        while read < wanted.max(1) {
            match body.next_chunk().await {
                Ok(None) => return if self.cut.is_empty() { Ok(true) } else { Err(Broken::Invalid) },
                Ok(Some(chunk)) => {
                    read += chunk.len();
                    self.push(&chunk)?;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) if read > 0 => {
                    self.failed = Some(e);
                    return Ok(false);
                }
                Err(e) => return Err(Broken::Read(e)),
            }
        }
        Ok(false)
    }

    /// Appends `bytes`, keeping back a character cut off at their end.
    fn push<E>(&mut self, bytes: &[u8]) -> Result<(), Broken<E>> {
        let joined;
        let bytes = if self.cut.is_empty() {
            bytes
        } else {
            joined = [std::mem::take(&mut self.cut).as_slice(), bytes].concat();
            &joined
        };
        let valid = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) if e.error_len().is_none() => {
                self.cut = bytes[e.valid_up_to()..].to_vec();
                std::str::from_utf8(&bytes[..e.valid_up_to()]).map_err(|_| Broken::Invalid)?
            }
            Err(_) => return Err(Broken::Invalid),
        };
        self.text.push_str(valid);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::run;
    use serde_json::{json, Value};

    /// A body that hands out `step` bytes per chunk, then fails when `failing`.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
        failing: bool,
    }

    impl<'a> Trickle<'a> {
        fn new(bytes: &'a [u8], step: usize) -> Self {
            Trickle { bytes, step, failing: false }
        }
    }

    impl Chunks for Trickle<'_> {
        fn next_chunk(&mut self) -> BoxFuture<'_, io::Result<Option<Bytes>>> {
            let n = self.step.min(self.bytes.len());
            let (chunk, rest) = self.bytes.split_at(n);
            self.bytes = rest;
            let result = match (n, self.failing) {
                (0, true) => Err(io::Error::new(io::ErrorKind::ConnectionReset, "reset")),
                (0, false) => Ok(None),
                _ => Ok(Some(Bytes::copy_from_slice(chunk))),
            };
            Box::pin(async move { result })
        }
    }

    /// Decodes `text` split after `first` bytes, then `step` bytes per chunk.
    fn decode(text: &str, first: usize, step: usize) -> Result<Vec<Value>, Broken<&'static str>> {
        let (start, rest) = text.as_bytes().split_at(first.min(text.len()));
        let mut items = Vec::new();
        let count = run(decode_items(start.to_vec(), &mut Trickle::new(rest, step), &mut |item| {
            items.push(item);
            Ok(())
        }))?;
        assert_eq!(count, items.len());
        Ok(items)
    }

    /// Decodes `start` then `body`, handing items to `each`.
    fn decode_with(
        start: &[u8],
        body: &mut Trickle<'_>,
        each: &mut (impl FnMut(Value) -> Result<(), &'static str> + Send),
    ) -> Result<usize, Broken<&'static str>> {
        run(decode_items(start.to_vec(), body, each))
    }

    #[test]
    fn every_cut_of_the_text_gives_the_same_items() {
        let text = r#" [ {"n": 12345, "s": "é ∑ 𝄞 \"q\" \\ \u00e9"}, 678, -9.5e3, true, null, "x", [1, [2]], {} ] "#;
        let expected: Vec<Value> = serde_json::from_str(text).unwrap();
        for first in 0..text.len() {
            for step in [1, 2, 3, 7] {
                assert_eq!(decode(text, first, step).unwrap(), expected, "cut at {first}, {step} at a time");
            }
        }
    }

    #[test]
    fn empty_lists_and_white_space_are_fine() {
        for text in ["[]", " [ ] \n", "\n[\n]"] {
            assert_eq!(decode(text, 1, 1).unwrap(), Vec::<Value>::new(), "{text:?}");
        }
    }

    #[test]
    fn anything_but_a_whole_array_is_invalid() {
        for text in
            ["", "[", "[1", "[1,", "[1,]", "[,1]", "[1 2]", "[1] x", "[1]]", "{}", "[\"a", "[\"\u{e9}\"", "[1] ["]
        {
            for step in [1, 64] {
                assert!(matches!(decode(text, 0, step), Err(Broken::Invalid)), "{text:?} {step} at a time");
            }
        }
        let cut = [b"[\"".as_slice(), &"é".as_bytes()[..1]].concat();
        let result = decode_with(&cut, &mut Trickle::new(b"", 1), &mut |_| Ok(()));
        assert!(matches!(result, Err(Broken::Invalid)), "a character cut off at the end");
        let result = decode_with(&[b'[', 0xff, b']'], &mut Trickle::new(b"", 1), &mut |_| Ok(()));
        assert!(matches!(result, Err(Broken::Invalid)));
    }

    #[test]
    fn a_huge_item_is_read_whole_and_decoded_once_or_a_few_times() {
        let big = "y".repeat(3 * 64 * 1024 + 17);
        let text = json!([{"big": big}, 1]).to_string();
        let items = decode(&text, 0, 64 * 1024).unwrap();
        assert_eq!(items, vec![json!({"big": big}), json!(1)]);
    }

    #[test]
    fn read_errors_and_a_stopping_receiver_end_the_list() {
        let mut failing = Trickle { bytes: b"", step: 1, failing: true };
        let result = decode_with(b"[1, 2", &mut failing, &mut |_| Ok(()));
        assert!(matches!(result, Err(Broken::Read(e)) if e.kind() == io::ErrorKind::ConnectionReset));
        // What came before the failure in the same fill is handed on first.
        let mut seen = Vec::new();
        let mut body = Trickle { bytes: b"0, 3, 4, 5", step: 4, failing: true };
        let result = decode_with(b"[1, 2", &mut body, &mut |item| {
            seen.push(item);
            Ok(())
        });
        assert!(matches!(result, Err(Broken::Read(_))));
        assert_eq!(seen, [json!(1), json!(20), json!(3), json!(4)]);
        let mut seen = 0;
        let result = decode_with(b"[1, 2, 3]", &mut Trickle::new(b"", 1), &mut |_| {
            seen += 1;
            if seen == 2 {
                Err("closed")
            } else {
                Ok(())
            }
        });
        assert!(matches!(result, Err(Broken::Stopped("closed"))));
        assert_eq!(seen, 2);
    }
}
