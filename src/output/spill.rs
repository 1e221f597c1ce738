//! What a sorted long list keeps until it is printed: each item's printed
//! text in an unnamed temporary file (deleted by the system when the
//! process ends, however it ends), and in memory only its sort key and
//! where its text lies. A million entries sorted by date hold about 24 MB,
//! whatever their notes; the file holds about what will be printed.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, Write};

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
    pub fn finish(self, sort: bool) -> io::Result<Kept> {
        let file = self.file.into_inner().map_err(io::IntoInnerError::into_error)?;
        let mut keys = self.keys;
        if sort {
            keys.sort_by(|(a, _), (b, _)| a.cmp(b));
        }
        Ok(Kept { file, starts: self.starts, order: keys.into_iter().map(|(_, number)| number).collect() })
    }
}

/// The texts of a finished [`Spill`], in the order they are to be printed.
pub struct Kept {
    file: File,
    starts: Vec<u64>,
    order: Vec<u32>,
}

impl Kept {
    /// How many texts are kept.
    pub fn len(&self) -> usize {
        self.order.len()
    }

    /// Whether nothing is kept.
    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }

    /// Hands each text to `each`, in order. Reads that follow each other in
    /// the file are buffered, others seek; can be run again.
    pub fn for_each(&self, mut each: impl FnMut(&str) -> io::Result<()>) -> io::Result<()> {
        let mut reader = BufReader::with_capacity(1 << 16, &self.file);
        reader.rewind()?;
        let mut position = 0u64;
        let mut text = Vec::new();
        for &number in &self.order {
            let (start, end) = (self.starts[number as usize], self.starts[number as usize + 1]);
            if start != position {
                reader.seek_relative(start as i64 - position as i64)?;
            }
            text.resize((end - start) as usize, 0);
            reader.read_exact(&mut text)?;
            position = end;
            each(std::str::from_utf8(&text).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(kept: &Kept) -> Vec<String> {
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
