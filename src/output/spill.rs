//! What a sorted long list keeps until it is printed: each item's printed
//! text in an unnamed temporary file (deleted by the system when the
//! process ends, however it ends), each after its length, and in memory
//! only its sort key, which says where its text lies ([`Located`]). A
//! million entries sorted by date hold 16 to 24 MB, whatever their notes;
//! the file holds about what will be printed.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use crate::error::Error;

/// A temporary file that could not be written or read, as an error.
pub fn spill_error(e: io::Error) -> Error {
    Error::Io(format!("cannot keep the list in a temporary file (TMPDIR): {e}"))
}

/// A sort key that carries where its item's text lies in the file, so
/// that nothing else is held an item. No two keys of one spill are equal
/// (each carries its own offset, or an arrival number for a key kept
/// without a text), which makes an unstable sort (no buffer) exact.
pub trait Located: Ord {
    /// Where the item's text starts in the file, as given to the key by
    /// [`Spill::push`]; `None` for a key kept without a text ([`Spill::push_bare`]).
    fn offset(&self) -> Option<u64>;
}

/// A key `K` with the offset of its text, which orders keys alike by
/// arrival (texts are written one after the other).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Keyed<K>(pub K, pub u64);

impl<K: Ord> Located for Keyed<K> {
    fn offset(&self) -> Option<u64> {
        Some(self.1)
    }
}

/// Bytes of the length written before each text.
const PREFIX: u64 = 4;

/// Items' texts being kept, in arrival order.
pub struct Spill<K> {
    file: BufWriter<File>,
    /// Bytes written so far.
    length: u64,
    /// How many keys have a text.
    texts: usize,
    keys: Vec<K>,
}

impl<K: Located> Spill<K> {
    /// An empty spill, in a new unnamed temporary file (in `TMPDIR`).
    pub fn new() -> io::Result<Self> {
        let file = BufWriter::with_capacity(1 << 16, tempfile::tempfile()?);
        Ok(Spill { file, length: 0, texts: 0, keys: Vec::new() })
    }

    /// Keeps `text` under the key `key` makes of where it starts in the
    /// file (an error for a text of 4 GiB or more, or a key that does not
    /// give that offset back).
    pub fn push(&mut self, text: &str, key: impl FnOnce(u64) -> K) -> io::Result<()> {
        let size = u32::try_from(text.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "an item of the list is over 4 GiB"))?;
        let key = key(self.length);
        if key.offset() != Some(self.length) {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "the list is too long to be kept"));
        }
        self.file.write_all(&size.to_le_bytes())?;
        self.file.write_all(text.as_bytes())?;
        self.length += PREFIX + u64::from(size);
        self.texts += 1;
        self.keys.push(key);
        Ok(())
    }

    /// Keeps a key with no text (an error if it says it has one): it comes
    /// back in its place among the others, to [`Kept::for_each_keyed`] only.
    pub fn push_bare(&mut self, key: K) -> io::Result<()> {
        if key.offset().is_some() {
            return Err(io::Error::new(io::ErrorKind::InvalidData, "a key without a text gives an offset"));
        }
        self.keys.push(key);
        Ok(())
    }

    /// Where the next text will start in the file.
    pub fn next_offset(&self) -> u64 {
        self.length
    }

    /// The texts kept, by key when `sort` (keys being all different, equal
    /// sort keys stay in arrival order: see [`Located`]), else in arrival order.
    pub fn finish(self, sort: bool) -> io::Result<Kept<K>> {
        let file = self.file.into_inner().map_err(io::IntoInnerError::into_error)?;
        let mut keys = self.keys;
        if sort {
            keys.sort_unstable();
        }
        Ok(Kept { file, length: self.length, texts: self.texts, keys })
    }
}

/// The texts of a finished [`Spill`], with their keys, in the order they
/// are to be printed.
pub struct Kept<K> {
    file: File,
    length: u64,
    texts: usize,
    keys: Vec<K>,
}

impl<K: Located> Kept<K> {
    /// How many texts are kept (keys kept without a text not counted).
    pub fn len(&self) -> usize {
        self.texts
    }

    /// Whether no text is kept.
    pub fn is_empty(&self) -> bool {
        self.texts == 0
    }

    /// Hands each text to `each`, in order, reading the file a window at a
    /// time; can be run again.
    pub fn for_each(&self, mut each: impl FnMut(&str) -> io::Result<()>) -> io::Result<()> {
        self.for_each_keyed(|_, text| text.map_or(Ok(()), &mut each))
    }

    /// Hands each key to `each`, in order, with its text (`None` for a
    /// key kept without one).
    pub fn for_each_keyed(&self, mut each: impl FnMut(&K, Option<&str>) -> io::Result<()>) -> io::Result<()> {
        let mut window = Window::default();
        for key in &self.keys {
            match key.offset() {
                Some(at) => {
                    let text = window.text(&self.file, at, self.length)?;
                    each(
                        key,
                        Some(std::str::from_utf8(text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?),
                    )?;
                }
                None => each(key, None)?,
            }
        }
        Ok(())
    }
}

/// Bytes read ahead from the file: a run of texts read forwards (the
/// server's order) or backwards (newest first) costs one read a window.
#[derive(Default)]
struct Window {
    start: u64,
    bytes: Vec<u8>,
    /// Where the last text read starts.
    last: u64,
    /// Reads made, for the tests.
    reads: usize,
}

/// How much is read at once.
const WINDOW: u64 = 1 << 16;

impl Window {
    /// The text that starts at `at` in `file` (whose length is `length`),
    /// after its length.
    fn text(&mut self, file: &File, at: u64, length: u64) -> io::Result<&[u8]> {
        let size = {
            let prefix = self.read(file, at, at + PREFIX, length)?;
            u64::from(u32::from_le_bytes(prefix.try_into().unwrap_or_default()))
        };
        self.last = at;
        self.read(file, at + PREFIX, at + PREFIX + size, length)
    }

    /// The bytes `start..end` of `file` (whose length is `length`).
    fn read(&mut self, file: &File, start: u64, end: u64, length: u64) -> io::Result<&[u8]> {
        let held = self.start..self.start + self.bytes.len() as u64;
        if !(held.contains(&start) && end <= held.end || start == end && start == held.end) {
            // Texts are contiguous: going backwards (this text not far before the
            // last one read), the window ends where the last text starts (which is
            // where this one ends when it is the one before); else it starts here.
            let (from, to) = if start < self.last && self.last - start <= WINDOW {
                (self.last.saturating_sub(WINDOW), self.last.max(end))
            } else {
                (start, (start + WINDOW).max(end).min(length.max(end)))
            };
            self.bytes.resize((to - from) as usize, 0);
            read_exact_at(file, &mut self.bytes, from)?;
            self.start = from;
            self.reads += 1;
        }
        Ok(&self.bytes[(start - self.start) as usize..(end - self.start) as usize])
    }
}

#[cfg(unix)]
fn read_exact_at(file: &File, buffer: &mut [u8], offset: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(file, buffer, offset)
}

#[cfg(windows)]
fn read_exact_at(file: &File, mut buffer: &mut [u8], mut offset: u64) -> io::Result<()> {
    while !buffer.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(file, buffer, offset)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => {
                buffer = &mut buffer[n..];
                offset += n as u64;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<K: Located>(kept: &Kept<K>) -> Vec<String> {
        let mut all = Vec::new();
        kept.for_each(|text| {
            all.push(text.to_owned());
            Ok(())
        })
        .unwrap();
        all
    }

    fn spill<K: Ord + Copy>(items: &[(K, &str)]) -> Spill<Keyed<K>> {
        let mut spill = Spill::new().unwrap();
        for (key, text) in items {
            spill.push(text, |at| Keyed(*key, at)).unwrap();
        }
        spill
    }

    #[test]
    fn texts_come_back_by_key_equal_keys_in_arrival_order_and_again_on_a_second_pass() {
        let long = "x".repeat(200_000);
        let kept = spill(&[(3, "c"), (1, "a1"), (2, ""), (1, "a2 ünïcode"), (0, &long)]).finish(true).unwrap();
        let expected = vec![long.clone(), "a1".into(), "a2 ünïcode".into(), String::new(), "c".into()];
        assert_eq!(texts(&kept), expected);
        assert_eq!(texts(&kept), expected, "a second pass reads the same");
        assert_eq!(kept.len(), 5);
    }

    #[test]
    fn many_texts_come_back_whatever_the_order_they_are_read_in() {
        // Forwards, backwards (newest first) and scattered, across many windows.
        for order in [|i: usize| i, |i: usize| usize::MAX - i, |i: usize| (i * 7919) % 10_007] {
            let mut spill = Spill::new().unwrap();
            let text = |i: usize| format!("{i}:{}", "é".repeat(i % 300));
            for i in 0..10_007 {
                spill.push(&text(i), |at| Keyed(order(i), at)).unwrap();
            }
            let kept = spill.finish(true).unwrap();
            let mut expected: Vec<(usize, String)> = (0..10_007).map(|i| (order(i), text(i))).collect();
            expected.sort();
            assert_eq!(texts(&kept), expected.into_iter().map(|(_, text)| text).collect::<Vec<_>>());
        }
    }

    #[test]
    fn a_run_forwards_or_backwards_costs_one_read_a_window() {
        let text = "y".repeat(1000);
        let mut spill = Spill::new().unwrap();
        for i in 0..1000u32 {
            spill.push(&text, |at| Keyed(i, at)).unwrap();
        }
        let kept = spill.finish(false).unwrap();
        let windows = usize::try_from(kept.length.div_ceil(WINDOW)).unwrap();
        for backwards in [false, true] {
            let mut window = Window::default();
            let mut keys: Vec<u64> = kept.keys.iter().map(|key| key.1).collect();
            if backwards {
                keys.reverse();
            }
            for at in keys {
                assert_eq!(window.text(&kept.file, at, kept.length).unwrap(), text.as_bytes());
            }
            assert!(window.reads <= windows + 1, "backwards {backwards}: {} reads for {windows} windows", window.reads);
        }
    }

    /// A key that may have no text: (sort key, offset).
    #[derive(PartialEq, Eq, PartialOrd, Ord)]
    struct Maybe(u32, Option<u64>);

    impl Located for Maybe {
        fn offset(&self) -> Option<u64> {
            self.1
        }
    }

    #[test]
    fn keys_without_a_text_come_back_in_their_place_and_are_not_counted() {
        let mut spill = Spill::new().unwrap();
        spill.push("b", |at| Maybe(2, Some(at))).unwrap();
        spill.push_bare(Maybe(1, None)).unwrap();
        spill.push("c", |at| Maybe(3, Some(at))).unwrap();
        assert!(spill.push_bare(Maybe(4, Some(0))).is_err(), "a bare key with an offset");
        assert!(spill.push("d", |_| Maybe(5, Some(1))).is_err(), "a key with another offset");
        assert!(spill.push("d", |_| Maybe(5, None)).is_err(), "a key with no offset for a text");
        let kept = spill.finish(true).unwrap();
        let mut seen = Vec::new();
        kept.for_each_keyed(|key, text| {
            seen.push((key.0, text.map(str::to_owned)));
            Ok(())
        })
        .unwrap();
        assert_eq!(seen, [(1, None), (2, Some("b".to_owned())), (3, Some("c".to_owned()))]);
        assert_eq!((kept.len(), texts(&kept)), (2, vec!["b".to_owned(), "c".to_owned()]));
    }

    #[test]
    fn unsorted_they_come_back_as_they_went_in() {
        let kept = spill(&[(2, "b"), (1, "a")]).finish(false).unwrap();
        assert_eq!(texts(&kept), ["b", "a"]);
        assert!(Spill::<Keyed<u8>>::new().unwrap().finish(true).unwrap().is_empty());
    }

    #[test]
    fn a_failing_receiver_stops_the_pass() {
        let kept = spill(&[(1, "a"), (2, "b")]).finish(true).unwrap();
        let mut seen = 0;
        let result = kept.for_each(|_| {
            seen += 1;
            Err(io::Error::other("stop"))
        });
        assert!(result.is_err() && seen == 1);
    }
}
