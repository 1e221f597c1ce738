//! The date rules every command applies to the dates it was given: a day
//! worked after tomorrow only with `--future`, nothing before 1970 or
//! after 2100, and a weekday name ending a period read after its start.

use chrono::{Days, NaiveDate};

use crate::error::{Error, Result};
use timesync::timeparse::{check_date_range, DateSpec};

/// The day worked that `--date` names, `None` when it was not given:
/// refused outside 1970–2100, and after tomorrow unless `future`.
pub fn day_worked(spec: Option<DateSpec>, today: NaiveDate, future: bool) -> Result<Option<NaiveDate>> {
    let Some(spec) = spec else { return Ok(None) };
    let date = in_range(spec.checked_resolve(today), "--date")?;
    match day_problem(date, today, future) {
        Some(problem) => Err(Error::invalid(format!("invalid value for --date: {problem}"))),
        None => Ok(Some(date)),
    }
}

/// What is wrong with `date` as a day worked, if anything: outside
/// 1970–2100 (always), or after tomorrow unless `future`. The caller names
/// where the date came from (`--date`, an imported row).
pub fn day_problem(date: NaiveDate, today: NaiveDate, future: bool) -> Option<String> {
    if let Err(why) = check_date_range(date) {
        return Some(why);
    }
    let tomorrow = today.checked_add_days(Days::new(1)).unwrap_or(today);
    (date > tomorrow && !future)
        .then(|| format!("{date} is after tomorrow ({tomorrow}); pass --future to record a day to come"))
}

/// The first and last day of `--start` and `--end`: each from 1970 to 2100,
/// a weekday name in `--end` the first such day on or after `--start`
/// (within its week), and the start not after the end.
pub fn period(
    start: Option<DateSpec>,
    end: Option<DateSpec>,
    today: NaiveDate,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let start = start.map(|spec| in_range(spec.checked_resolve(today), "--start")).transpose()?;
    let end = end.map(|spec| in_range(spec.checked_resolve_end(today, start), "--end")).transpose()?;
    if let (Some(start), Some(end)) = (start, end) {
        if start > end {
            return Err(Error::invalid(format!("invalid value for --start: {start} is after --end {end}")));
        }
    }
    Ok((start, end))
}

/// `date` if it lies from 1970 to 2100, else an error naming `flag`.
fn in_range(date: Option<NaiveDate>, flag: &str) -> Result<NaiveDate> {
    let date = date.unwrap_or(NaiveDate::MIN);
    check_date_range(date).map_err(|why| Error::invalid(format!("invalid value for {flag}: {why}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
    }

    #[test]
    fn days_after_tomorrow_need_future() {
        let spec = |s: &str| Some(s.parse::<DateSpec>().unwrap());
        assert_eq!(day_worked(spec("2026-12-05"), today(), false).unwrap().unwrap().to_string(), "2026-12-05");
        let error = day_worked(spec("2026-12-06"), today(), false).unwrap_err().to_string();
        assert!(error.contains("--date") && error.contains("--future"), "{error}");
        assert!(day_worked(spec("2026-12-06"), today(), true).is_ok());
        let error = day_worked(spec("-36500d"), today(), true).unwrap_err().to_string();
        assert!(error.contains("--date") && error.contains("1970-01-01 to 2100-12-31"), "{error}");
    }

    #[test]
    fn a_day_worked_is_checked_without_naming_where_it_came_from() {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        assert_eq!(day_problem(day("2026-12-05"), today(), false), None, "tomorrow");
        assert_eq!(
            day_problem(day("2026-12-06"), today(), false).unwrap(),
            "2026-12-06 is after tomorrow (2026-12-05); pass --future to record a day to come"
        );
        assert_eq!(day_problem(day("2027-06-01"), today(), true), None);
        for outside in ["1969-12-31", "2101-01-01", "0001-01-01"] {
            let problem = day_problem(day(outside), today(), true).unwrap();
            assert!(problem.contains("outside the accepted dates, 1970-01-01 to 2100-12-31"), "{problem}");
        }
    }

    #[test]
    fn monday_to_sunday_is_a_week() {
        let spec = |s: &str| Some(s.parse::<DateSpec>().unwrap());
        let (start, end) = period(spec("monday"), spec("sunday"), today()).unwrap();
        assert_eq!((start.unwrap().to_string(), end.unwrap().to_string()), ("2026-11-30".into(), "2026-12-06".into()));
    }
}
