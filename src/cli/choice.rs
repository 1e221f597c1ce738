//! The library's enums offered as the values of flags: each value's name
//! and its one-line help, for parsing, `--help`, completions and man pages.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use timesync::model::{AuthType, ProjectRole};
use timesync::totals::{GroupBy, RoundMode};

/// An enum whose values a flag takes by name.
pub trait Choice: Copy + Send + Sync + 'static {
    /// Every value, in the order shown.
    const ALL: &'static [Self];

    /// The name typed on the command line.
    fn name(self) -> &'static str;

    /// What the value means, as `--help` shows it.
    fn help(self) -> &'static str;
}

/// The parser of a flag taking one of `T`'s names.
pub fn choice<T: Choice>() -> impl TypedValueParser<Value = T> {
    let values = T::ALL.iter().map(|value| PossibleValue::new(value.name()).help(value.help()));
    PossibleValuesParser::new(values)
        .map(|name| *T::ALL.iter().find(|value| value.name() == name).expect("clap accepts only the names listed"))
}

impl Choice for AuthType {
    const ALL: &'static [Self] = &[AuthType::Password, AuthType::Ldap];

    fn name(self) -> &'static str {
        self.as_str()
    }

    fn help(self) -> &'static str {
        match self {
            AuthType::Password => "Local password check on the server",
            AuthType::Ldap => "LDAP, when the server has it enabled",
        }
    }
}

impl Choice for ProjectRole {
    const ALL: &'static [Self] = &[ProjectRole::Member, ProjectRole::Spectator, ProjectRole::Manager];

    fn name(self) -> &'static str {
        self.as_str()
    }

    fn help(self) -> &'static str {
        match self {
            ProjectRole::Member => "May create time entries in the project",
            ProjectRole::Spectator => "May see everyone's time entries in the project",
            ProjectRole::Manager => "May change the project",
        }
    }
}

impl Choice for GroupBy {
    const ALL: &'static [Self] = &[GroupBy::Project, GroupBy::Activity, GroupBy::User, GroupBy::Day];

    fn name(self) -> &'static str {
        match self {
            GroupBy::Project => "project",
            GroupBy::Activity => "activity",
            GroupBy::User => "user",
            GroupBy::Day => "day",
        }
    }

    fn help(self) -> &'static str {
        match self {
            GroupBy::Project => "The project (shown by its shortest slug)",
            GroupBy::Activity => "The set of activities of an entry (`dev+docs` for an entry with two)",
            GroupBy::User => "The owner",
            GroupBy::Day => "The day worked",
        }
    }
}

impl Choice for RoundMode {
    const ALL: &'static [Self] = &[RoundMode::Up, RoundMode::Nearest];

    fn name(self) -> &'static str {
        match self {
            RoundMode::Up => "up",
            RoundMode::Nearest => "nearest",
        }
    }

    fn help(self) -> &'static str {
        match self {
            RoundMode::Up => "Up to the next multiple (billing style): 1m becomes 15m",
            RoundMode::Nearest => "To the nearest multiple, halves up: 7m becomes 0m, 8m becomes 15m",
        }
    }
}
