//! JSON lists written item by item as the items arrive — byte for byte what
//! [`super::Printer::json`] prints for the whole list — without holding them.
//! Encoding runs on a thread of its own, so it overlaps the decoding of the
//! next items.

use std::io::{self, BufWriter, Write};
use std::sync::mpsc;

use serde::ser::{SerializeSeq, Serializer as _};
use serde::Serialize;

use crate::error::{Error, Result};

/// How many decoded items go to the writer at once (one hand-over between
/// the threads per batch, not per item).
const BATCH: usize = 64;

/// How many batches may wait for the writer.
const WAITING: usize = 4;

/// Writes a pretty-printed JSON array to stdout: `fill` hands each item to
/// the function it is given, in order. A reader that went away (`| head`)
/// ends the list quietly: what is left is not written.
pub fn json_list<T: Serialize + Send>(fill: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>) -> Result<()> {
    std::thread::scope(|scope| {
        let (batches, received) = mpsc::sync_channel::<Vec<T>>(WAITING);
        let writer = scope.spawn(move || write_list(received));
        // A send fails only once the writer stopped; its error says why.
        let closed = |_| Error::Io("the output was closed".into());
        let mut batch = Vec::with_capacity(BATCH);
        let filled = fill(&mut |item| {
            batch.push(item);
            if batch.len() == BATCH {
                batches.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).map_err(closed)?;
            }
            Ok(())
        })
        .and_then(|()| batches.send(batch).map_err(closed));
        drop(batches);
        let written = writer.join().unwrap_or_else(|_| Err(io::Error::other("the writer failed")));
        match written {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::Io(format!("cannot write output: {e}"))),
            Ok(()) => filled,
        }
    })
}

fn write_list<T: Serialize>(batches: mpsc::Receiver<Vec<T>>) -> io::Result<()> {
    let mut out = serde_json::Serializer::pretty(BufWriter::with_capacity(64 * 1024, io::stdout().lock()));
    let mut list = out.serialize_seq(None)?;
    for item in batches.into_iter().flatten() {
        list.serialize_element(&item)?;
    }
    list.end()?;
    let mut out = out.into_inner();
    out.write_all(b"\n")?;
    out.flush()
}
