//! JSON lists written item by item as the items arrive, byte for byte what
//! [`super::Printer::json`] prints for the whole list, without holding it.

use std::io::{self, BufWriter, Write};

use serde::Serialize;

use crate::error::{Error, Result};

/// Writes a pretty-printed JSON array one item at a time to stdout.
pub struct JsonList {
    out: BufWriter<io::StdoutLock<'static>>,
    items: usize,
    closed: bool,
}

impl JsonList {
    /// Starts a list on stdout.
    pub fn start() -> Self {
        JsonList { out: BufWriter::with_capacity(64 * 1024, io::stdout().lock()), items: 0, closed: false }
    }

    /// Writes the next item. A reader that went away (`| head`) ends the
    /// list quietly: what is left is not written.
    pub fn push<T: Serialize>(&mut self, item: &T) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        let text = serde_json::to_string_pretty(item).map_err(|e| Error::Io(format!("cannot encode JSON: {e}")))?;
        let lead = if self.items == 0 { "[\n" } else { ",\n" };
        self.items += 1;
        let mut written = self.out.write_all(lead.as_bytes());
        for (index, line) in text.lines().enumerate() {
            if index > 0 {
                written = written.and_then(|()| self.out.write_all(b"\n"));
            }
            written =
                written.and_then(|()| self.out.write_all(b"  ")).and_then(|()| self.out.write_all(line.as_bytes()));
        }
        self.check(written)
    }

    /// Closes the list (`[]` when it had no item) and flushes it.
    pub fn finish(mut self) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        let end: &[u8] = if self.items == 0 { b"[]\n" } else { b"\n]\n" };
        let written = self.out.write_all(end).and_then(|()| self.out.flush());
        self.check(written)
    }

    fn check(&mut self, written: io::Result<()>) -> Result<()> {
        match written {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            Err(e) => Err(Error::Io(format!("cannot write output: {e}"))),
            Ok(()) => Ok(()),
        }
    }
}
