//! JSON lists written item by item as the items arrive — byte for byte what
//! [`super::Printer::json`] prints for the whole list — without holding them.
//! Encoding runs on a thread of its own, so it overlaps the decoding of the
//! next items.

use std::io::{self, BufWriter, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use serde::ser::{SerializeSeq, Serializer as _};
use serde::Serialize;

use crate::error::{Error, Result};

/// How many decoded items go to the writer at once (one hand-over between
/// the threads per batch, not per item).
const BATCH: usize = 256;

/// How many batches may wait for the writer.
const WAITING: usize = 4;

/// Writes a pretty-printed JSON array to stdout: `fill` hands each item to
/// the function it is given, in order. A reader that went away (`| head`)
/// ends the list quietly: what is left is not written. When `fill` fails,
/// the array is left unclosed, so that no reader takes it for the whole list.
pub fn json_list<T: Serialize + Send>(
    fill: impl FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()>,
) -> Result<()> {
    json_list_to(|| io::stdout().lock(), fill)
}

/// [`json_list`] into the writer `open` gives, opened on the writing thread.
fn json_list_to<T: Serialize + Send, W: Write>(
    open: impl FnOnce() -> W + Send,
    fill: impl FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()>,
) -> Result<()> {
    let complete = &AtomicBool::new(false);
    std::thread::scope(|scope| {
        let (batches, received) = mpsc::sync_channel::<Vec<T>>(WAITING);
        // Written batches come back to be freed here: memory freed on the
        // thread that allocated it needs no lock shared with that thread.
        let (spent, returned) = mpsc::channel::<Vec<T>>();
        let writer = scope.spawn(move || write_list(open(), received, spent, complete));
        // A send fails only once the writer stopped; its error says why.
        let closed = |_| Error::Io("the output was closed".into());
        let mut batch = Vec::with_capacity(BATCH);
        let (full, sender) = (&mut batch, &batches);
        // The receiver of spent batches goes into the filling closure (which
        // may be sent to a thread while it fills), and is dropped with it.
        let filled = fill(&mut move |item| {
            full.push(item);
            if full.len() == BATCH {
                let next = returned.try_iter().last().map_or_else(|| Vec::with_capacity(BATCH), recycle);
                sender.send(std::mem::replace(full, next)).map_err(closed)?;
            }
            Ok(())
        });
        // What was decoded before a failure is written too.
        let filled = filled.and(batches.send(batch).map_err(closed));
        complete.store(filled.is_ok(), Ordering::SeqCst);
        drop(batches);
        let written = writer.join().unwrap_or_else(|_| Err(io::Error::other("the writer failed")));
        match written {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Error::Io(format!("cannot write output: {e}"))),
            Ok(()) => filled,
        }
    })
}

/// An emptied batch, its items freed.
fn recycle<T>(mut batch: Vec<T>) -> Vec<T> {
    batch.clear();
    batch
}

fn write_list<T: Serialize>(
    out: impl Write,
    batches: mpsc::Receiver<Vec<T>>,
    spent: mpsc::Sender<Vec<T>>,
    complete: &AtomicBool,
) -> io::Result<()> {
    let mut out = serde_json::Serializer::pretty(BufWriter::with_capacity(64 * 1024, out));
    let mut list = out.serialize_seq(None)?;
    for batch in batches {
        for item in &batch {
            list.serialize_element(item)?;
        }
        // The filler may be gone already; then the batch is freed here.
        let _ = spent.send(batch);
    }
    // The filler has said how it ended before it closed the channel.
    let complete = complete.load(Ordering::SeqCst);
    if complete {
        list.end()?;
    }
    let mut out = out.into_inner();
    if complete {
        out.write_all(b"\n")?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    /// A writer the test can read back once the list is written.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn every_item_is_written_once_in_order_across_reused_batches() {
        let items: Vec<u32> = (0..20 * BATCH as u32).collect();
        let out = Shared::default();
        let writer = out.clone();
        json_list_to(
            move || writer,
            |each| {
                for &item in &items {
                    // Slower than the writer, so written batches come back to be reused.
                    if item % 32 == 0 {
                        std::thread::sleep(Duration::from_micros(200));
                    }
                    each(item)?;
                }
                Ok(())
            },
        )
        .unwrap();
        let written = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert_eq!(written, format!("{}\n", serde_json::to_string_pretty(&items).unwrap()));
    }

    #[test]
    fn a_list_that_fails_midway_is_left_unclosed() {
        let out = Shared::default();
        let writer = out.clone();
        let result = json_list_to(
            move || writer,
            |each| {
                (0..1000).try_for_each(&mut *each)?;
                Err(Error::Io("the answer broke off".into()))
            },
        );
        assert!(matches!(result, Err(Error::Io(_))));
        let written = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert!(written.starts_with("[\n  0,\n  1,"), "{written}");
        assert!(serde_json::from_str::<serde_json::Value>(&written).is_err(), "{written}");
    }
}
