//! List tables that fit a width: aligned columns two spaces apart, one line
//! per row, never wrapped. UUID columns show their first 8 characters, more
//! only where two UUIDs of the table share them (as git shortens hashes),
//! or whole with `--long`; when a row is too wide, the columns marked
//! [`Fit::Shrink`] (notes) are cut with an ellipsis, never the others.
//! Lines carry no trailing spaces, so a long last cell pads nothing.

use std::io::Write;

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::escape;

mod prefix;

pub use prefix::IdPrefix;

/// How a column behaves when a table must fit its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Always shown whole.
    Keep,
    /// A UUID: its first 8 characters, or whole with `--long`.
    Id,
    /// Cut with an ellipsis so that rows fit (notes and other free text).
    Shrink,
}

/// A column of a list table: its header and how it fits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Column<'a> {
    /// The header.
    pub title: &'a str,
    /// How it fits the width.
    pub fit: Fit,
}

impl<'a> Column<'a> {
    /// A column always shown whole.
    pub const fn keep(title: &'a str) -> Column<'a> {
        Column { title, fit: Fit::Keep }
    }

    /// A UUID column.
    pub const fn id(title: &'a str) -> Column<'a> {
        Column { title, fit: Fit::Id }
    }

    /// A free-text column, cut to fit.
    pub const fn shrink(title: &'a str) -> Column<'a> {
        Column { title, fit: Fit::Shrink }
    }
}

/// Characters of a UUID shown in tables without `--long`.
pub const ID_PREFIX: usize = 8;

/// Spaces between columns.
const GAP: usize = 2;

/// A shrinking column keeps at least this many columns (or its header's width).
const MIN_SHRUNK: usize = 10;

/// How a table is laid out.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// The width to fit rows into.
    pub width: usize,
    /// Whole UUIDs.
    pub long: bool,
    /// Bold headers.
    pub styled: bool,
}

/// `rows` under `columns`, every cell escaped, fitted to the layout. Rows
/// may have fewer or more cells than there are columns.
pub fn render(columns: &[Column], rows: impl IntoIterator<Item = Vec<String>>, layout: Layout) -> String {
    let rows: Vec<PackedRow> = rows.into_iter().map(|row| PackedRow::new(&row)).collect();
    let mut out = Vec::new();
    let _ = write(columns, &rows, layout, &mut out);
    let text = String::from_utf8(out).unwrap_or_default();
    text.strip_suffix('\n').unwrap_or(&text).to_owned()
}

/// One row of a table kept compactly: its cells escaped and joined in one
/// string (a long list holds one allocation a row, not one a cell).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackedRow(String);

/// Between the cells of a [`PackedRow`]: a control character, which an
/// escaped cell never holds.
const SEPARATOR: char = '\u{1f}';

impl PackedRow {
    /// The row of `cells`, each escaped.
    pub fn new(cells: &[String]) -> Self {
        let mut packed = String::new();
        for (i, text) in cells.iter().enumerate() {
            if i > 0 {
                packed.push(SEPARATOR);
            }
            packed.push_str(&cell(text));
        }
        PackedRow(packed)
    }

    /// The row as packed text, for [`Measure::add`] and [`write_rows`].
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The cells of a packed row, as escaped.
fn cells(packed: &str) -> impl Iterator<Item = &str> {
    packed.split(SEPARATOR).filter(move |_| !packed.is_empty())
}

/// Writes `rows` under `columns`, fitted to the layout, one line each.
pub fn write(columns: &[Column], rows: &[PackedRow], layout: Layout, out: &mut dyn Write) -> std::io::Result<()> {
    let mut measure = Measure::new(columns, layout.long);
    rows.iter().for_each(|row| measure.add(row.as_str()));
    if measure.settle() {
        rows.iter().for_each(|row| measure.again(row.as_str()));
    }
    write_rows(columns, &measure, layout, out, |line| rows.iter().try_for_each(|row| line(row.as_str())))
}

/// What a table's layout needs of its rows, gathered as they pass: how
/// many cells the widest row has, each column's widest cell, and the ids
/// of its id columns (to find how much of them tells them apart).
pub struct Measure {
    count: usize,
    widths: Vec<usize>,
    /// The id columns' ids.
    ids: Vec<(usize, IdPrefix)>,
}

impl Measure {
    /// Nothing measured yet, for a table of `columns`, with whole ids when `long`.
    pub fn new(columns: &[Column], long: bool) -> Self {
        let ids = columns
            .iter()
            .enumerate()
            .filter(|(_, c)| c.fit == Fit::Id && !long)
            .map(|(i, _)| (i, IdPrefix::default()));
        Measure { count: columns.len(), widths: Vec::new(), ids: ids.collect() }
    }

    /// Measures one packed row.
    pub fn add(&mut self, packed: &str) {
        for (i, text) in cells(packed).enumerate() {
            if i >= self.widths.len() {
                self.widths.resize(i + 1, 0);
            }
            match self.ids.iter_mut().find(|(column, _)| *column == i) {
                Some((_, ids)) => ids.add(text),
                None => self.widths[i] = self.widths[i].max(text.width()),
            }
            self.count = self.count.max(i + 1);
        }
    }

    /// Ends the first reading of the rows: true when they must all be
    /// handed again to [`Measure::again`] (some ids are alike in their
    /// first 16 hex digits: see [`IdPrefix`]) before [`write_rows`].
    pub fn settle(&mut self) -> bool {
        self.ids.iter_mut().fold(false, |again, (_, ids)| ids.settle() || again)
    }

    /// Takes one packed row again, after [`Measure::settle`] asked for them.
    pub fn again(&mut self, packed: &str) {
        for (i, text) in cells(packed).enumerate() {
            if let Some((_, ids)) = self.ids.iter_mut().find(|(column, _)| *column == i) {
                ids.again(text);
            }
        }
    }
}

/// Writes a table whose rows were measured into `measure` (and settled:
/// [`Measure::settle`]): `rows` hands
/// each packed row, in order, to the line writer it is given. The lines
/// are made one at a time, so a long table is never held as text.
pub fn write_rows(
    columns: &[Column],
    measure: &Measure,
    layout: Layout,
    out: &mut dyn Write,
    rows: impl FnOnce(&mut dyn FnMut(&str) -> std::io::Result<()>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let count = measure.count;
    let fits: Vec<Fit> = (0..count).map(|i| columns.get(i).map_or(Fit::Keep, |c| c.fit)).collect();
    let titles: Vec<String> = (0..count).map(|i| columns.get(i).map_or("", |c| c.title)).map(cell).collect();
    // An id column shows the first `length` characters of each id.
    let prefixes: Vec<(usize, usize)> = measure.ids.iter().map(|(i, ids)| (*i, ids.length())).collect();
    let prefix = |i: usize| prefixes.iter().find(|(column, _)| *column == i).map(|(_, length)| *length);
    let mut widths: Vec<usize> = titles.iter().map(|t| t.width()).collect();
    for (i, width) in widths.iter_mut().enumerate() {
        let widest = match (prefix(i), measure.ids.iter().find(|(column, _)| *column == i)) {
            (Some(length), Some((_, ids))) => ids.widest(length),
            _ => measure.widths.get(i).copied().unwrap_or(0),
        };
        *width = (*width).max(widest);
    }
    let widths = fitted_widths(&titles, widths, &fits, layout.width);
    if !columns.is_empty() {
        writeln!(out, "{}", line(&titles, &widths, layout.styled))?;
    }
    rows(&mut |packed| {
        let mut cut: Vec<String> = cells(packed)
            .enumerate()
            .map(|(i, text)| match prefix(i) {
                Some(length) => truncate(&shown(text, length), widths[i]),
                None => truncate(text, widths[i]),
            })
            .collect();
        cut.resize(count, String::new());
        writeln!(out, "{}", line(&cut, &widths, false))
    })
}

/// The first `length` characters of an id.
fn shown(id: &str, length: usize) -> String {
    id.chars().take(length).collect()
}

/// A cell's text on one line, escaped.
fn cell(text: &str) -> String {
    escape(text).into_owned()
}

/// The shortest prefix length, at least [`ID_PREFIX`], that tells the
/// different `ids` apart, from their text (see [`IdPrefix`] for a long list).
pub fn unique_prefix<'a>(ids: impl Iterator<Item = &'a str>) -> usize {
    let mut ids: Vec<&str> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    let shared = ids.windows(2).map(|pair| pair[0].chars().zip(pair[1].chars()).take_while(|(a, b)| a == b).count());
    shared.map(|n| n + 1).chain([ID_PREFIX]).max().unwrap_or(ID_PREFIX)
}

/// The width of each column: the widest cell as shown (`widths`),
/// shrinking columns cut (widest first) until rows fit `width` or every one
/// is down to its minimum.
fn fitted_widths(titles: &[String], mut widths: Vec<usize>, fits: &[Fit], width: usize) -> Vec<usize> {
    let floors: Vec<usize> = titles.iter().map(|t| t.width().max(MIN_SHRUNK)).collect();
    let total = |widths: &[usize]| widths.iter().sum::<usize>() + GAP * widths.len().saturating_sub(1);
    while total(&widths) > width {
        let shrinkable = (0..widths.len()).filter(|&i| fits[i] == Fit::Shrink && widths[i] > floors[i]);
        let Some(widest) = shrinkable.max_by_key(|&i| widths[i]) else { break };
        let next = (0..widths.len())
            .filter(|&i| i != widest && fits[i] == Fit::Shrink)
            .map(|i| widths[i])
            .filter(|&w| w < widths[widest])
            .max()
            .unwrap_or(0);
        let excess = total(&widths) - width;
        let step = excess.min(widths[widest] - floors[widest].max(next)).max(1);
        widths[widest] -= step;
    }
    widths
}

/// `text` cut to `width` columns, ending in an ellipsis when cut.
fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// One line: each cell padded to its column's width, two spaces apart, no
/// trailing spaces.
fn line(cells: &[String], widths: &[usize], bold: bool) -> String {
    let mut out = String::new();
    for (i, (text, width)) in cells.iter().zip(widths).enumerate() {
        if i > 0 {
            out.push_str(&" ".repeat(GAP));
        }
        if bold && !text.is_empty() {
            out.push_str(&format!("\u{1b}[1m{text}\u{1b}[0m"));
        } else {
            out.push_str(text);
        }
        out.push_str(&" ".repeat(width.saturating_sub(text.width())));
    }
    out.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column<'static>] = &[Column::keep("Date"), Column::id("UUID"), Column::shrink("Notes")];
    const UUID: &str = "838853e3-3635-4076-a26f-7efa4e60981f";

    fn rows(notes: &str) -> Vec<Vec<String>> {
        vec![vec!["2026-11-02".into(), UUID.into(), notes.into()], vec!["2026-11-03".into(), UUID.into(), "ok".into()]]
    }

    #[test]
    fn notes_are_cut_to_fit_and_nothing_else() {
        let text = render(COLUMNS, rows(&"x".repeat(300)), Layout { width: 40, long: false, styled: false });
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.iter().all(|l| l.width() <= 40), "{text}");
        assert_eq!(lines[0], "Date        UUID      Notes");
        assert_eq!(lines[1], format!("2026-11-02  838853e3  {}…", "x".repeat(17)));
        assert_eq!(lines[2], "2026-11-03  838853e3  ok", "no padding after the last cell");
    }

    #[test]
    fn long_shows_whole_uuids_and_a_wide_enough_table_cuts_nothing() {
        let text = render(COLUMNS, rows("short"), Layout { width: 100, long: true, styled: false });
        assert!(text.contains(&format!("2026-11-02  {UUID}  short")), "{text}");
    }

    #[test]
    fn shrinking_stops_at_the_minimum_and_wide_characters_count_double() {
        let text = render(COLUMNS, rows(&"界".repeat(50)), Layout { width: 10, long: false, styled: false });
        let cut = text.lines().nth(1).unwrap().split("  ").last().unwrap().to_owned();
        assert_eq!((cut.width(), cut.chars().last()), (MIN_SHRUNK - 1, Some('…')), "{cut}");
        assert_eq!(truncate("abc", 1), "…");
        assert_eq!(truncate("abc", 0), "…");
    }

    #[test]
    fn uuids_sharing_their_first_characters_show_enough_to_tell_them_apart() {
        let ids = ["838853e3-3635-4076-a26f-7efa4e60981f", "838853e3-3635-4076-a26f-7efa4e609820", "c3706e79-1c9a"];
        assert_eq!(unique_prefix(ids.into_iter()), 35);
        assert_eq!(unique_prefix([UUID, UUID, "c3706e79-1c9a"].into_iter()), ID_PREFIX, "revisions share a UUID");
        assert_eq!(unique_prefix(std::iter::empty()), ID_PREFIX);
    }

    #[test]
    fn ragged_rows_and_bold_headers() {
        let text = render(
            &[Column::keep("A")],
            vec![vec![], vec!["1".into(), "2".into()]],
            Layout { width: 80, long: false, styled: true },
        );
        assert_eq!(text, "\u{1b}[1mA\u{1b}[0m\n\n1  2");
    }
}
