//! Logs in and totals this week's hours, per project.
//!
//! ```sh
//! cargo run -p timesync --example week_hours -- http://localhost:8000/v0 alice
//! ```
//!
//! The password comes from `TIMESYNC_PASSWORD`.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Local};
use timesync::blocking::Client;
use timesync::model::{AuthType, TimeQuery};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(username)) = (args.next(), args.next()) else {
        return Err("usage: week_hours URL USERNAME (the password in TIMESYNC_PASSWORD)".into());
    };
    let password = std::env::var("TIMESYNC_PASSWORD").map_err(|_| "set TIMESYNC_PASSWORD")?;

    let mut client = Client::new(&url, Default::default())?;
    client.authenticate(&username, &password, AuthType::Password)?;
    let today = Local::now().date_naive();
    let monday = today - Days::new(u64::from(today.weekday().num_days_from_monday()));
    let week =
        TimeQuery { users: vec![username.parse()?], start: Some(monday), end: Some(today), ..TimeQuery::default() };

    let mut per_project: BTreeMap<String, u64> = BTreeMap::new();
    for time in client.get_times(&week)? {
        let project = time.short_project().unwrap_or("(none)").to_owned();
        *per_project.entry(project).or_default() += time.duration.as_secs();
    }
    for (project, seconds) in &per_project {
        println!("{project:<20} {:>6.2} h", *seconds as f64 / 3600.0);
    }
    println!("{:<20} {:>6.2} h", "total", per_project.values().sum::<u64>() as f64 / 3600.0);
    Ok(())
}
