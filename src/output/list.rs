//! Long lists printed from a stream of items (`time get` of a whole
//! organisation's history). JSON is written as the items arrive; a table,
//! CSV or `--quiet` identifiers keep each item only as what is printed of
//! it — a packed table row, CSV records, an identifier — in a temporary
//! file ([`Spill`]), with its sort key in memory, or written at once when no
//! sorting is asked for. Nothing holds the decoded items, nor the output in
//! memory.

use std::io::{self, BufWriter, Write};

use serde::Serialize;

use super::layout::{self, Measure, PackedRow};
use super::pager::BrokenPipeIsFine;
use super::spill::{spill_error, Kept, Keyed, Spill};
use super::{csv, escape, json_list, Format, Printer, Tabular};
use crate::error::{Error, Result};

/// How a streamed list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Order {
    /// By the items' key (the server's order among equal keys).
    Sorted,
    /// As the server sends them: written as they arrive where the format allows.
    AsSent,
}

impl Printer {
    /// Prints the items `fill` hands over one at a time, in `order` (by
    /// `key` when sorted). See the module's documentation for what is held.
    pub fn stream_list<T, K>(
        &self,
        order: Order,
        key: impl Fn(&T) -> K + Send + Sync,
        fill: impl FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()>,
    ) -> Result<()>
    where
        T: Serialize + Tabular + Send,
        K: Ord + Send,
    {
        match (self.format, order) {
            (Format::Json, _) => json_list(fill),
            (Format::Csv, Order::AsSent) => {
                let cells = self.csv_cells();
                write_as_sent(csv::header(T::FIELDS, cells), fill, |item: &T| csv::records(item, T::FIELDS, cells))
            }
            (Format::Table, Order::AsSent) if self.quiet => {
                write_as_sent(String::new(), fill, |item: &T| Ok(format!("{}\n", escape(&item.id()))))
            }
            (Format::Csv, Order::Sorted) => {
                let cells = self.csv_cells();
                let kept = keep(
                    fill,
                    |item: &T, spill| {
                        let records = csv::records(item, T::FIELDS, cells)?;
                        spill.push(&records, |at| Keyed(key(item), at)).map_err(spill_error)
                    },
                    true,
                )?;
                self.write_lines(kept.len() + 1, |out| {
                    out.write_all(csv::header(T::FIELDS, cells).as_bytes())?;
                    kept.for_each(|records| out.write_all(records.as_bytes()))
                })
            }
            (Format::Table, Order::Sorted) if self.quiet => {
                let kept = keep(
                    fill,
                    |item: &T, spill| {
                        spill.push(&format!("{}\n", escape(&item.id())), |at| Keyed(key(item), at)).map_err(spill_error)
                    },
                    true,
                )?;
                self.write_lines(kept.len(), |out| kept.for_each(|id| out.write_all(id.as_bytes())))
            }
            (Format::Table, order) => {
                // The table's widths need every row first: as sent, only the sort is skipped.
                let mut measure = Measure::new(T::COLUMNS, self.long);
                let kept = keep(
                    fill,
                    |item: &T, spill| {
                        for row in packed_rows(item) {
                            measure.add(row.as_str());
                            spill.push(row.as_str(), |at| Keyed(key(item), at)).map_err(spill_error)?;
                        }
                        Ok(())
                    },
                    order == Order::Sorted,
                )?;
                self.write_table::<T, K>(measure, kept)
            }
        }
    }

    /// Prints the rows kept of a list as its table (or `No … found.`).
    fn write_table<T: Tabular, K: Ord>(&self, mut measure: Measure, kept: Kept<Keyed<K>>) -> Result<()> {
        if kept.is_empty() {
            return self.line(&format!("No {} found.", T::PLURAL));
        }
        if measure.settle() {
            // Ids alike in their first 16 hex digits: handed again, whole.
            kept.for_each(|row| {
                measure.again(row);
                Ok(())
            })
            .map_err(spill_error)?;
        }
        let layout = layout::Layout { width: self.fit_width(), long: self.long, styled: self.styled };
        self.write_lines(kept.len() + 1, |out| {
            layout::write_rows(T::COLUMNS, &measure, layout, out, |line| kept.for_each(line))
        })
    }

    /// Writes `lines` lines of output with `write`: through the pager when
    /// they would scroll off a terminal's screen, else to stdout. A closed
    /// pipe (`| head`) is no error.
    pub fn write_lines(&self, lines: usize, write: impl Fn(&mut dyn Write) -> io::Result<()>) -> Result<()> {
        if let Some(pager) = self.pager.as_ref().filter(|p| lines >= usize::from(p.rows)) {
            match pager.show_with(|out| write(out)) {
                Ok(true) => return Ok(()),
                Ok(false) => {
                    super::note(&format!("cannot run the pager `{}`: set PAGER, or pass --no-pager", pager.command))
                }
                Err(e) => super::note(&format!("cannot run the pager `{}`: {e}", pager.command)),
            }
        }
        let mut out = BufWriter::new(io::stdout().lock());
        write(&mut out).and_then(|()| out.flush()).filter_broken_pipe().map_err(output_error)
    }
}

/// The table rows of `item`: its own, then its revisions'.
fn packed_rows<T: Tabular>(item: &T) -> Vec<PackedRow> {
    std::iter::once(item).chain(item.revisions()).map(|item| PackedRow::new(&item.row())).collect()
}

/// Keeps what `keep_one` puts in a [`Spill`] of each item `fill` hands
/// over, sorted by key when `sort` (a stable sort: equal keys stay in the
/// server's order).
fn keep<T, K: Ord + Send>(
    fill: impl FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()>,
    mut keep_one: impl FnMut(&T, &mut Spill<Keyed<K>>) -> Result<()> + Send,
    sort: bool,
) -> Result<Kept<Keyed<K>>> {
    let mut spill = Spill::new().map_err(spill_error)?;
    fill(&mut |item| keep_one(&item, &mut spill))?;
    spill.finish(sort).map_err(spill_error)
}

/// Writes `head`, then what `make` makes of each item as it arrives. Once
/// the reader has gone (`| head`), the rest is read and not written.
fn write_as_sent<T>(
    head: String,
    fill: impl FnOnce(&mut (dyn FnMut(T) -> Result<()> + Send)) -> Result<()>,
    make: impl Fn(&T) -> Result<String> + Send + Sync,
) -> Result<()> {
    let mut out = BufWriter::new(io::stdout());
    let mut gone = false;
    let mut write = |text: &str| -> Result<()> {
        if !gone {
            match out.write_all(text.as_bytes()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => gone = true,
                written => written.map_err(output_error)?,
            }
        }
        Ok(())
    };
    write(&head)?;
    fill(&mut |item| write(&make(&item)?))?;
    out.flush().filter_broken_pipe().map_err(output_error)
}

fn output_error(e: io::Error) -> Error {
    Error::Io(format!("cannot write output: {e}"))
}
