//! What a sorted long list keeps until it is printed: each item's printed
//! text in an unnamed temporary file (deleted by the system when the
//! process ends, however it ends), and in memory only its sort key and
//! where its text lies. A million entries sorted by date hold about 24 MB,
//! whatever their notes; the file holds about what will be printed.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use crate::error::Error;

/// A temporary file that could not be written or read, as an error.
pub fn spill_error(e: io::Error) -> Error {
    Error::Io(format!("cannot keep the list in a temporary file (TMPDIR): {e}"))
}

/// Items' texts being kept, in arrival order.
pub struct Spill<K> {
    file: BufWriter<File>,
    /// Where each text starts in the file, then where the last one ends.
    starts: Vec<u64>,
    /// Each text's key and arrival number.
    keys: Vec<(K, u32)>,
}

impl<K: Ord> Spill<K> {
    /// An empty spill, in a new unnamed temporary file (in `TMPDIR`).
    pub fn new() -> io::Result<Self> {
        let file = BufWriter::with_capacity(1 << 16, tempfile::tempfile()?);
        Ok(Spill { file, starts: vec![0], keys: Vec::new() })
    }

    /// Keeps `text` under `key`.
    pub fn push(&mut self, key: K, text: &str) -> io::Result<()> {
        let number = u32::try_from(self.keys.len())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "the list has over 4 billion items"))?;
        self.file.write_all(text.as_bytes())?;
        let end = self.starts.last().copied().unwrap_or(0) + text.len() as u64;
        self.starts.push(end);
        self.keys.push((key, number));
        Ok(())
    }

    /// The texts kept, by key when `sort` (a stable sort: equal keys stay
    /// in arrival order), else in arrival order.
    pub fn finish(self, sort: bool) -> io::Result<Kept<K>> {
        let file = self.file.into_inner().map_err(io::IntoInnerError::into_error)?;
        let mut keys = self.keys;
        if sort {
            keys.sort_by(|(a, _), (b, _)| a.cmp(b));
        }
        Ok(Kept { file, starts: self.starts, keys })
    }
}

/// The texts of a finished [`Spill`], with their keys, in the order they
/// are to be printed.
pub struct Kept<K> {
    file: File,
    starts: Vec<u64>,
    keys: Vec<(K, u32)>,
}

impl<K> Kept<K> {
    /// How many texts are kept.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Hands each text to `each`, in order, reading the file a window at a
    /// time; can be run again.
    pub fn for_each(&self, mut each: impl FnMut(&str) -> io::Result<()>) -> io::Result<()> {
        self.for_each_keyed(|_, text| each(text))
    }

    /// [`Kept::for_each`], with each text's key.
    pub fn for_each_keyed(&self, mut each: impl FnMut(&K, &str) -> io::Result<()>) -> io::Result<()> {
        let mut window = Window::default();
        for (key, number) in &self.keys {
            let (start, end) = (self.starts[*number as usize], self.starts[*number as usize + 1]);
            let text = window.read(&self.file, start, end, self.starts.last().copied().unwrap_or(0))?;
            each(key, std::str::from_utf8(text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?)?;
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
}

/// How much is read at once.
const WINDOW: u64 = 1 << 16;

impl Window {
    /// The bytes `start..end` of `file` (whose length is `length`).
    fn read(&mut self, file: &File, start: u64, end: u64, length: u64) -> io::Result<&[u8]> {
        let held = self.start..self.start + self.bytes.len() as u64;
        if !(held.contains(&start) && end <= held.end) {
            // Forwards from `start`, or backwards when this text comes before what is held.
            let from = if start < self.start { end.saturating_sub(WINDOW).min(start) } else { start };
            let to = (from + WINDOW).max(end).min(length.max(end));
            self.bytes.resize((to - from) as usize, 0);
            read_exact_at(file, &mut self.bytes, from)?;
            self.start = from;
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

    fn texts<K>(kept: &Kept<K>) -> Vec<String> {
        let mut all = Vec::new();
        kept.for_each(|text| {
            all.push(text.to_owned());
            Ok(())
        })
        .unwrap();
        all
    }

    #[test]
    fn texts_come_back_by_key_equal_keys_in_arrival_order_and_again_on_a_second_pass() {
        let mut spill = Spill::new().unwrap();
        for (key, text) in [(3, "c"), (1, "a1"), (2, ""), (1, "a2 ünïcode"), (0, &"x".repeat(200_000))] {
            spill.push(key, text).unwrap();
        }
        let kept = spill.finish(true).unwrap();
        let expected = vec!["x".repeat(200_000), "a1".into(), "a2 ünïcode".into(), String::new(), "c".into()];
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
                spill.push(order(i), &text(i)).unwrap();
            }
            let kept = spill.finish(true).unwrap();
            let mut expected: Vec<(usize, String)> = (0..10_007).map(|i| (order(i), text(i))).collect();
            expected.sort();
            assert_eq!(texts(&kept), expected.into_iter().map(|(_, text)| text).collect::<Vec<_>>());
        }
    }

    #[test]
    fn unsorted_they_come_back_as_they_went_in() {
        let mut spill = Spill::new().unwrap();
        for (key, text) in [(2, "b"), (1, "a")] {
            spill.push(key, text).unwrap();
        }
        let kept = spill.finish(false).unwrap();
        assert_eq!(texts(&kept), ["b", "a"]);
        assert!(Spill::<u8>::new().unwrap().finish(true).unwrap().is_empty());
    }

    #[test]
    fn a_failing_receiver_stops_the_pass() {
        let mut spill = Spill::new().unwrap();
        spill.push(1, "a").unwrap();
        spill.push(2, "b").unwrap();
        let kept = spill.finish(true).unwrap();
        let mut seen = 0;
        let result = kept.for_each(|_| {
            seen += 1;
            Err(io::Error::other("stop"))
        });
        assert!(result.is_err() && seen == 1);
    }
}
