//! How much of a column's ids tells them apart, as [`unique_prefix`] finds
//! it, holding 8 bytes a canonical UUID instead of its text: a list of a
//! million entries measures its UUIDs in 8 MB, not 53.
//!
//! Each canonical UUID (lowercase `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`)
//! is kept as the value of its first 16 hex digits; sorted, two values
//! next to each other share as many characters as their leading hex digits
//! alike (with the dashes between them). Where two ids have the same value
//! (the same entry twice, or ids alike in 16 hex digits or more), or a
//! value shares its 18 characters with an id that is not a canonical UUID,
//! the caller hands its ids again ([`IdPrefix::again`]) and those few are
//! kept whole. Other ids (other servers', project slugs) are kept as text.

use unicode_width::UnicodeWidthStr;

use super::{shown, unique_prefix, ID_PREFIX};

/// The length of a UUID.
const UUID_LENGTH: usize = 36;

/// The characters of a UUID that its first 16 hex digits span:
/// `xxxxxxxx-xxxx-xxxx`.
const HEAD_LENGTH: usize = 18;

/// The ids of a column, gathered as they pass, to find how much of them
/// tells them apart ([`IdPrefix::length`]).
#[derive(Debug, Default)]
pub struct IdPrefix {
    /// The first 16 hex digits of each canonical UUID; sorted and without
    /// repeats once settled.
    heads: Vec<u64>,
    /// The ids that are not canonical UUIDs, as text.
    others: Vec<Box<str>>,
    /// Once settled, the heads (sorted) whose UUIDs are wanted whole.
    wanted: Vec<u64>,
    /// The UUIDs with a wanted head, handed again.
    whole: Vec<Box<str>>,
    settled: bool,
}

impl IdPrefix {
    /// Room for `count` more canonical UUIDs, exactly.
    pub fn reserve(&mut self, count: usize) {
        self.heads.reserve_exact(count);
    }

    /// Takes one id.
    pub fn add(&mut self, id: &str) {
        match head(id) {
            Some(value) => self.heads.push(value),
            None => self.others.push(id.into()),
        }
    }

    /// Ends the first reading: true when some UUIDs are wanted whole, and
    /// the ids must all be handed again to [`IdPrefix::again`].
    pub fn settle(&mut self) -> bool {
        if !self.settled {
            self.heads.sort_unstable();
            let mut wanted: Vec<u64> =
                self.heads.windows(2).filter(|pair| pair[0] == pair[1]).map(|pair| pair[0]).collect();
            self.heads.dedup();
            self.heads.shrink_to_fit();
            let alike = self.others.iter().filter_map(|id| id.as_bytes().get(..HEAD_LENGTH).and_then(shaped));
            wanted.extend(alike.filter(|value| self.heads.binary_search(value).is_ok()));
            wanted.sort_unstable();
            wanted.dedup();
            self.wanted = wanted;
            self.settled = true;
        }
        !self.wanted.is_empty()
    }

    /// Takes one id again, after [`IdPrefix::settle`] asked for them.
    pub fn again(&mut self, id: &str) {
        if head(id).is_some_and(|value| self.wanted.binary_search(&value).is_ok())
            && self.whole.last().is_none_or(|last| **last != *id)
        {
            self.whole.push(id.into());
        }
    }

    /// The shortest prefix length, at least [`ID_PREFIX`], that tells the
    /// different ids apart: [`unique_prefix`] of them all.
    pub fn length(&self) -> usize {
        if !self.settled {
            // Settling is the caller's; unsettled, a sorted copy serves (exact
            // unless some UUIDs alike in 16 hex digits were not handed again).
            let mut copy = IdPrefix { heads: self.heads.clone(), others: self.others.clone(), ..IdPrefix::default() };
            copy.settle();
            return copy.length();
        }
        let heads = self.heads.windows(2).map(|pair| shared_characters(pair[0], pair[1]) + 1);
        let texts = unique_prefix(self.others.iter().chain(&self.whole).map(|id| &**id));
        let mixed = self.others.iter().map(|id| {
            // The UUIDs most alike `id` are next to it in sorted order.
            let at = self.heads.partition_point(|value| text(*value).as_slice() < id.as_bytes());
            let near = [at.checked_sub(1), Some(at)].into_iter().flatten().filter_map(|i| self.heads.get(i));
            let shared =
                near.map(|value| id.chars().zip(text(*value).map(char::from)).take_while(|(a, b)| a == b).count());
            shared.max().map_or(0, |n| n + 1)
        });
        heads.chain(mixed).chain([texts, ID_PREFIX]).max().unwrap_or(ID_PREFIX)
    }

    /// The widest of the ids as shown, their first `length` characters.
    pub fn widest(&self, length: usize) -> usize {
        let uuids = (!self.heads.is_empty()).then_some(length.min(UUID_LENGTH));
        let others = self.others.iter().map(|id| shown(id, length).width()).max();
        uuids.max(others).unwrap_or(0)
    }
}

/// The value of the first 16 hex digits of `id` when it is a canonical UUID.
fn head(id: &str) -> Option<u64> {
    (id.len() == UUID_LENGTH).then(|| shaped(id.as_bytes())).flatten()
}

/// The value of the hex digits among the first 18 characters of `bytes`
/// when they are shaped as a canonical UUID's (lowercase hex digits, dashes
/// after the 8th, 12th, 16th and 20th).
fn shaped(bytes: &[u8]) -> Option<u64> {
    let mut value = 0u64;
    for (i, &byte) in bytes.iter().enumerate() {
        if matches!(i, 8 | 13 | 18 | 23) {
            if byte != b'-' {
                return None;
            }
            continue;
        }
        let digit = match byte {
            b'0'..=b'9' => byte - b'0',
            b'a'..=b'f' => byte - b'a' + 10,
            _ => return None,
        };
        if i < HEAD_LENGTH {
            value = value << 4 | u64::from(digit);
        }
    }
    Some(value)
}

/// The first 18 characters of the UUIDs whose head is `value`.
fn text(value: u64) -> [u8; HEAD_LENGTH] {
    let mut text = [b'-'; HEAD_LENGTH];
    let places = (0..HEAD_LENGTH).filter(|i| *i != 8 && *i != 13);
    for (digit, place) in places.enumerate() {
        let nibble = (value >> (60 - 4 * digit)) & 0xf;
        text[place] = b"0123456789abcdef"[nibble as usize];
    }
    text
}

/// The characters two UUIDs with the different heads `a` and `b` share
/// from their start: their hex digits alike, and the dashes among them.
fn shared_characters(a: u64, b: u64) -> usize {
    let digits = (a ^ b).leading_zeros() as usize / 4;
    digits + usize::from(digits >= 8) + usize::from(digits >= 12)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The prefix length and widest id as the accumulator finds them,
    /// the ids handed twice when it asks.
    fn measured(ids: &[String], shown_length: Option<usize>) -> (usize, usize) {
        let mut prefix = IdPrefix::default();
        ids.iter().for_each(|id| prefix.add(id));
        if prefix.settle() {
            ids.iter().for_each(|id| prefix.again(id));
        }
        let length = prefix.length();
        (length, prefix.widest(shown_length.unwrap_or(length)))
    }

    /// The same, from the ids as text.
    fn expected(ids: &[String], shown_length: Option<usize>) -> (usize, usize) {
        let length = unique_prefix(ids.iter().map(String::as_str));
        let widest = ids.iter().map(|id| shown(id, shown_length.unwrap_or(length)).width()).max().unwrap_or(0);
        (length, widest)
    }

    const A: &str = "838853e3-3635-4076-a26f-7efa4e60981f";

    #[test]
    fn uuids_are_told_apart_as_by_their_text() {
        let cases: &[&[&str]] = &[
            &[],
            &[A],
            &[A, A],
            &[A, "838853e3-3635-4076-a26f-7efa4e609820"],
            &[A, "838853e3-3635-4076-b26f-7efa4e60981f"],
            &[A, "838853e3-3635-5076-a26f-7efa4e60981f"],
            &[A, "838853e3-4635-4076-a26f-7efa4e60981f"],
            &[A, "838853e4-3635-4076-a26f-7efa4e60981f"],
            &[A, "838853e3-3635-4076-"],
            &[A, "838853e3-3635-4076-a26f-7efa4e60981F"],
            &[A, "838853e3-3635-4076-a26f-7efa4e60981f0"],
            &[A, "838853e3-3635-40", "838853e3-x", "838853e3-x", ""],
            &["aaaaaaa1-0", "aaaaaaa2-0"],
            &[A, "838853e3-X", "838853e3-2"],
            &[A, "838853e3-3635-X"],
            &["838853e3-3635-4076-a26f-7efa4e60981", "838853e3-3635-4076-a26f-7efa4e60981f"],
        ];
        for ids in cases {
            let ids: Vec<String> = ids.iter().map(|id| (*id).to_owned()).collect();
            assert_eq!(measured(&ids, None), expected(&ids, None), "{ids:?}");
        }
        assert_eq!(measured(&[A.to_owned(), A.to_owned()], None), (ID_PREFIX, ID_PREFIX), "an entry listed twice");
        assert_eq!(text(head(A).unwrap()).as_slice(), &A.as_bytes()[..HEAD_LENGTH]);
    }

    /// Ids from few digits (so that they share long prefixes and repeat),
    /// some changed into ids that are not canonical UUIDs.
    fn ids() -> impl Strategy<Value = Vec<String>> {
        let digits = |count| {
            proptest::collection::vec(prop_oneof![Just('0'), Just('1'), Just('f')], count)
                .prop_map(|digits| digits.into_iter().collect::<String>())
        };
        // Heads often alike: two fixed ones beside random ones.
        let heads = prop_oneof![digits(16), Just("0".repeat(16)), Just(format!("{}f", "0".repeat(15)))];
        let uuid = (heads, digits(16)).prop_map(|(head, tail)| {
            let digits = format!("{head}{tail}");
            format!("{}-{}-{}-{}-{}", &digits[..8], &digits[8..12], &digits[12..16], &digits[16..20], &digits[20..])
        });
        let id =
            (uuid, 0..8usize, 0..40usize, "[0-9a-fA-FX\\-é]{0,3}").prop_map(|(uuid, change, cut, tail)| match change {
                0 => uuid[..cut.min(UUID_LENGTH)].to_owned(),
                1 => format!("{uuid}{tail}"),
                2 => uuid.to_uppercase(),
                3 => format!("{}{tail}", &uuid[..cut.min(UUID_LENGTH)]),
                _ => uuid,
            });
        proptest::collection::vec(id, 0..40)
    }

    proptest! {
        #[test]
        fn the_accumulator_finds_what_the_ids_as_text_give(ids in ids(), shown_length in proptest::option::of(0..40usize)) {
            prop_assert_eq!(measured(&ids, shown_length), expected(&ids, shown_length));
        }
    }
}
