//! Decoding a long JSON array on several threads, its items still handed on
//! one at a time and in the array's order.
//!
//! The array is cut where an item seems to end (a `}`, then a `,`), and each
//! piece is decoded on a thread of its own. A cut is trusted only once the
//! piece before it has decoded to its very end: a piece ending inside an
//! item or a string does not decode, so a wrong guess (a `},` inside some
//! notes) is always caught, and the array is then decoded in one go, the
//! items already handed on skipped.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, SeqAccess, Visitor};
use serde::Deserializer as _;

use crate::error::Error;

/// Arrays shorter than this are decoded in one go: a thread would cost more
/// than it saves.
const CUT_FROM: usize = 256 * 1024;

/// Why decoding stopped.
#[derive(Debug)]
pub(super) enum Stopped {
    /// The text is not an array of such items.
    Malformed,
    /// The receiver of the items refused one.
    Refused(Error),
}

/// Decodes the JSON array `text`, on up to `threads` threads, and hands each
/// item to `each` in order; returns how many there were.
pub(super) fn decode_array<T: DeserializeOwned + Send>(
    text: &str,
    threads: usize,
    each: &mut impl FnMut(T) -> Result<(), Error>,
) -> Result<usize, Stopped> {
    let cuts = guess_cuts(text, threads);
    let (Some(&first_cut), Some(inside)) = (cuts.first(), inside_brackets(text)) else {
        return decode_run(text, 0, each);
    };
    let mut handed = 0;
    let in_pieces = std::thread::scope(|scope| {
        let later: Vec<_> = (0..cuts.len())
            .map(|k| {
                let piece = &text[cuts[k] + 1..cuts.get(k + 1).copied().unwrap_or(inside.end)];
                scope.spawn(move || {
                    let mut items = Vec::new();
                    each_item(piece, &mut |item| {
                        items.push(item);
                        Ok(())
                    })
                    .map(|()| items)
                })
            })
            .collect();
        each_item(&text[inside.start..first_cut], &mut |item| {
            each(item).map_err(Stopped::Refused)?;
            handed += 1;
            Ok(())
        })?;
        for piece in later {
            for item in piece.join().unwrap_or(Err(Stopped::Malformed))? {
                each(item).map_err(Stopped::Refused)?;
                handed += 1;
            }
        }
        Ok(handed)
    });
    match in_pieces {
        Err(Stopped::Malformed) => decode_run(text, handed, each),
        other => other,
    }
}

/// Where the items of the array `text` lie: between its brackets.
fn inside_brackets(text: &str) -> Option<std::ops::Range<usize>> {
    let start = text.len() - text.trim_start().strip_prefix('[')?.len();
    let end = text.trim_end().strip_suffix(']')?.len();
    (start <= end).then_some(start..end)
}

/// Decodes a run of array items (`item, item, …`, without brackets) in
/// place, handing each to `each`.
fn each_item<T: DeserializeOwned>(run: &str, each: &mut impl FnMut(T) -> Result<(), Stopped>) -> Result<(), Stopped> {
    let mut rest = run;
    loop {
        let mut items = serde_json::Deserializer::from_str(rest).into_iter::<T>();
        let item = items.next().and_then(|item| item.ok()).ok_or(Stopped::Malformed)?;
        rest = rest[items.byte_offset()..].trim_start();
        each(item)?;
        match rest.strip_prefix(',') {
            Some(next) => rest = next,
            None if rest.is_empty() => return Ok(()),
            None => return Err(Stopped::Malformed),
        }
    }
}

/// Decodes a whole JSON array in one go, skipping its first `skip` items
/// (already handed on).
fn decode_run<T: DeserializeOwned>(
    text: &str,
    skip: usize,
    each: &mut impl FnMut(T) -> Result<(), Error>,
) -> Result<usize, Stopped> {
    let mut refused = None;
    let mut count = 0;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let visitor = Items { each, skip, refused: &mut refused, count: &mut count, item: PhantomData };
    let result = deserializer.deserialize_seq(visitor).and_then(|()| deserializer.end());
    match (refused, result) {
        (Some(error), _) => Err(Stopped::Refused(error)),
        (None, Ok(())) => Ok(count),
        (None, Err(_)) => Err(Stopped::Malformed),
    }
}

/// Where to cut `text` into about `pieces` runs of whole items: for each of
/// `pieces - 1` evenly spaced points, the first `,` after it that follows a
/// `}` (only whitespace between). None for a short text.
fn guess_cuts(text: &str, pieces: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    if pieces < 2 || bytes.len() < CUT_FROM {
        return Vec::new();
    }
    let mut cuts: Vec<usize> = Vec::new();
    for k in 1..pieces {
        let mut from = (bytes.len() / pieces * k).max(cuts.last().map_or(0, |c| c + 1));
        while let Some(close) = bytes.get(from..).and_then(|rest| rest.iter().position(|&b| b == b'}')) {
            let after = from + close + 1;
            let after = after + bytes[after..].iter().take_while(|b| b.is_ascii_whitespace()).count();
            if bytes.get(after) == Some(&b',') {
                cuts.push(after);
                break;
            }
            from = after;
        }
    }
    cuts
}

/// Hands each element of a JSON array to `each`, typed, as it is read
/// (after the first `skip`, which are decoded and dropped).
struct Items<'a, T, F> {
    each: &'a mut F,
    skip: usize,
    refused: &'a mut Option<Error>,
    count: &'a mut usize,
    item: PhantomData<T>,
}

impl<'de, T: DeserializeOwned, F: FnMut(T) -> Result<(), Error>> Visitor<'de> for Items<'_, T, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(item) = seq.next_element::<T>()? {
            *self.count += 1;
            if *self.count <= self.skip {
                continue;
            }
            if let Err(error) = (self.each)(item) {
                *self.refused = Some(error);
                return Err(serde::de::Error::custom("stopped by the receiver"));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    struct Item {
        n: usize,
    }

    /// A long array whose notes hold what looks like the end of an item.
    fn array(n: usize, notes: &str) -> String {
        let items: Vec<String> = (0..n).map(|i| format!(r#"{{"n": {i}, "notes": "{notes}"}}"#)).collect();
        format!("[{}]", items.join(" ,\n "))
    }

    fn numbers(text: &str, threads: usize) -> Result<Vec<usize>, Stopped> {
        let mut seen = Vec::new();
        decode_array::<Item>(text, threads, &mut |item| {
            seen.push(item.n);
            Ok(())
        })
        .map(|count| {
            assert_eq!(count, seen.len());
            seen
        })
    }

    #[test]
    fn pieces_decoded_apart_arrive_in_order() {
        let text = array(20_000, "plain");
        assert!(guess_cuts(&text, 4).len() == 3);
        assert_eq!(numbers(&text, 4).unwrap(), (0..20_000).collect::<Vec<_>>());
    }

    #[test]
    fn a_cut_inside_a_string_is_caught_and_nothing_is_handed_twice() {
        // Notes read `x},{"n": 0}x},{"n": 0}…`: cuts land inside them.
        let text = array(5_000, &r#"x},{\"n\": 0}"#.repeat(8));
        let inside_notes = |cut: usize| text.as_bytes()[cut - 2] == b'x';
        assert!(guess_cuts(&text, 3).into_iter().any(inside_notes));
        assert_eq!(numbers(&text, 3).unwrap(), (0..5_000).collect::<Vec<_>>());
    }

    #[test]
    fn a_bad_item_anywhere_is_malformed_after_the_good_ones() {
        let mut text = array(20_000, "plain");
        text.replace_range(text.len() - 40..text.len() - 30, "\"oops\": [");
        assert!(matches!(numbers(&text, 2), Err(Stopped::Malformed)));
        assert!(matches!(numbers("[1, 2]", 2), Err(Stopped::Malformed)));
    }

    #[test]
    fn a_refusal_stops_the_items() {
        let text = array(20_000, "plain");
        let mut seen = 0;
        let stopped = decode_array::<Item>(&text, 2, &mut |item| {
            seen += 1;
            if item.n == 15_000 {
                return Err(Error::Io("closed".into()));
            }
            Ok(())
        });
        assert!(matches!(stopped, Err(Stopped::Refused(Error::Io(_)))));
        assert_eq!(seen, 15_001);
    }
}
