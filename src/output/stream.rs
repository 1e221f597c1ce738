//! JSON lists written item by item as the items arrive — byte for byte what
//! [`super::Printer::json`] prints for the whole list — without holding them.

use std::io::{self, BufWriter, Write};

use serde::ser::{SerializeSeq, Serializer as _};
use serde::Serialize;

use crate::error::{Error, Result};

/// Writes a pretty-printed JSON array to stdout: `fill` hands each item to
/// the function it is given, in order. A reader that went away (`| head`)
/// ends the list quietly: what is left is not written.
pub fn json_list<T: Serialize>(fill: impl FnOnce(&mut dyn FnMut(&T) -> Result<()>) -> Result<()>) -> Result<()> {
    let mut out = serde_json::Serializer::pretty(BufWriter::with_capacity(64 * 1024, io::stdout().lock()));
    let mut list = out.serialize_seq(None).map_err(|e| write_error(e.into()))?;
    let mut closed = false;
    fill(&mut |item| {
        if closed {
            return Ok(());
        }
        match list.serialize_element(item).map_err(io::Error::from) {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                closed = true;
                Ok(())
            }
            Err(e) => Err(write_error(e)),
            Ok(()) => Ok(()),
        }
    })?;
    if closed {
        return Ok(());
    }
    let ended = list.end().map_err(io::Error::from);
    let mut out = out.into_inner();
    match ended.and_then(|()| out.write_all(b"\n")).and_then(|()| out.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(write_error(e)),
        _ => Ok(()),
    }
}

fn write_error(error: io::Error) -> Error {
    Error::Io(format!("cannot write output: {error}"))
}
