//! What the log holds in memory of an entry until it is printed: one
//! 128-bit [`Record`], whose order is [`Age`]'s newest first, and which
//! says whether the entry is one of the user's numbered ones, whether it
//! is shown, and where its text lies in the temporary file.
//!
//! From the high bits down: the day worked (28 bits: days since chrono's
//! first date, so every date chrono holds fits), whether the entry has a
//! creation date (1 bit, none first as `Option` orders), that date (28
//! bits), the entry's place in the list (32 bits), then "own" (1 bit),
//! "shown" (1 bit) and the text's offset in the file (37 bits, 128 GiB).
//! The place in the list tells any two records apart, so the flags and
//! offset never decide an order.

use std::cmp::Ordering;
use std::io;

use chrono::{Datelike, NaiveDate};
use timesync::model::Time;

use crate::output::spill::Located;

/// Bits of a day: `NaiveDate::MIN` to `NaiveDate::MAX` is under 2^28 days.
const DAY_BITS: u32 = 28;
/// Bits of the text's offset in the file.
const OFFSET_BITS: u32 = 37;
const SHOWN: u128 = 1 << OFFSET_BITS;
const OWN: u128 = 1 << (OFFSET_BITS + 1);
/// Where the entry's place in the list starts.
const INDEX_SHIFT: u32 = OFFSET_BITS + 2;
/// Where the creation date starts (its presence above it).
const CREATED_SHIFT: u32 = INDEX_SHIFT + 32;
/// Where the day worked starts.
const DAY_SHIFT: u32 = CREATED_SHIFT + DAY_BITS + 1;

/// An entry of the log in memory, ordered newest first (the order `@1`,
/// `@2`, … number entries): see the module's documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Record(u128);

impl Record {
    /// The record of `time`, the `index`th entry of the list: `own` when it
    /// is numbered (the user's, on the server, up to the period's end);
    /// shown when its text starts at `offset` in the file. An error past
    /// 4 billion entries or 128 GiB of text.
    pub fn new(time: &Time, index: usize, own: bool, offset: Option<u64>) -> io::Result<Record> {
        let too_long = |what: &str| io::Error::new(io::ErrorKind::InvalidData, format!("the log has over {what}"));
        let index = u32::try_from(index).map_err(|_| too_long("4 billion entries"))?;
        let created = match time.created_at {
            Some(date) => 1 << DAY_BITS | u128::from(day(date.0)?),
            None => 0,
        };
        let shown = match offset {
            Some(offset) if offset >> OFFSET_BITS == 0 => SHOWN | u128::from(offset),
            Some(_) => return Err(too_long("128 GiB of entries shown")),
            None => 0,
        };
        Ok(Record(
            u128::from(day(time.date_worked.0)?) << DAY_SHIFT
                | created << CREATED_SHIFT
                | u128::from(index) << INDEX_SHIFT
                | if own { OWN } else { 0 }
                | shown,
        ))
    }

    /// Whether the entry is one of the user's numbered ones.
    pub fn own(&self) -> bool {
        self.0 & OWN != 0
    }
}

/// Days from chrono's first date to `date`: under 2^28 for every date it
/// holds (an error otherwise, never a wrong order).
fn day(date: NaiveDate) -> io::Result<u32> {
    let days = i64::from(date.num_days_from_ce()) - i64::from(NaiveDate::MIN.num_days_from_ce());
    u32::try_from(days)
        .ok()
        .filter(|days| *days >> DAY_BITS == 0)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("the date {date} cannot be ordered")))
}

impl Ord for Record {
    /// Newest first.
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.cmp(&self.0)
    }
}

impl PartialOrd for Record {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Located for Record {
    fn offset(&self) -> Option<u64> {
        (self.0 & SHOWN != 0).then_some((self.0 & (SHOWN - 1)) as u64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use timesync::model::ApiDate;
    use timesync::reference::Age;

    fn time(date_worked: NaiveDate, created_at: Option<NaiveDate>) -> Time {
        let mut time: Time = serde_json::from_value(serde_json::json!({
            "duration": 60, "user": "a", "project": ["p"], "date_worked": "2026-01-12", "uuid": "u"
        }))
        .unwrap();
        time.date_worked = ApiDate(date_worked);
        time.created_at = created_at.map(ApiDate);
        time
    }

    #[test]
    fn every_date_chrono_holds_fits_and_the_fields_fill_the_128_bits() {
        assert_eq!(day(NaiveDate::MIN).unwrap(), 0);
        assert!(day(NaiveDate::MAX).unwrap() >> DAY_BITS == 0);
        assert_eq!(DAY_SHIFT + DAY_BITS, 128);
        let newest =
            Record::new(&time(NaiveDate::MAX, Some(NaiveDate::MAX)), u32::MAX as usize, true, Some((1 << 37) - 1));
        let record = newest.unwrap();
        assert!(record.own() && record.offset() == Some((1 << 37) - 1));
        let oldest = Record::new(&time(NaiveDate::MIN, None), 0, false, None).unwrap();
        assert!(!oldest.own() && oldest.offset().is_none() && record < oldest);
    }

    #[test]
    fn past_4_billion_entries_or_128_gib_is_an_error() {
        let time = time(NaiveDate::MIN, None);
        assert!(Record::new(&time, u32::MAX as usize + 1, false, None).is_err());
        assert!(Record::new(&time, 0, false, Some(1 << 37)).is_err());
    }

    /// Dates from all chrono holds, or from a few days (often alike).
    fn date() -> impl Strategy<Value = NaiveDate> {
        let (min, max) = (NaiveDate::MIN.num_days_from_ce(), NaiveDate::MAX.num_days_from_ce());
        prop_oneof![min..=max, 738_000..738_003, Just(min), Just(max)]
            .prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap())
    }

    fn entry() -> impl Strategy<Value = (NaiveDate, Option<NaiveDate>, usize, bool, Option<u64>)> {
        let index = prop_oneof![0..4usize, 0..=u32::MAX as usize];
        (date(), proptest::option::of(date()), index, any::<bool>(), proptest::option::of(0..1u64 << 37))
    }

    proptest! {
        #[test]
        fn records_sort_as_ages_newest_first(a in entry(), b in entry()) {
            let (ta, tb) = (time(a.0, a.1), time(b.0, b.1));
            let (ra, rb) = (Record::new(&ta, a.2, a.3, a.4).unwrap(), Record::new(&tb, b.2, b.3, b.4).unwrap());
            let ages = Age::of(&tb, b.2).cmp(&Age::of(&ta, a.2));
            if ages != Ordering::Equal {
                prop_assert_eq!(ra.cmp(&rb), ages);
            }
            prop_assert_eq!((ra.own(), ra.offset()), (a.3, a.4));
        }
    }
}
