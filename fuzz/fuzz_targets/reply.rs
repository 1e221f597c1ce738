//! Reply decoding: any bytes with any status as the server's answer, through
//! the client; what decodes must render as a table.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timesync::blocking::Client;
use timesync::client::{BoxFuture, Request, Response, Transport};
use timesync::model::{ActivityQuery, ProjectQuery, TimeQuery};
use timesync_cli::output::{Format, Printer};
use timesync::token::Secret;

struct Canned(u16, Vec<u8>);

impl Transport for Canned {
    fn send<'a>(&'a self, _: &'a Request) -> BoxFuture<'a, timesync::Result<Response>> {
        let response = Response::from_bytes(self.0, self.1.clone());
        Box::pin(async move { Ok(response) })
    }
}

const PRINTER: Printer = Printer { format: Format::Table, terminal: true, styled: false, width: Some(80), ..Printer::PLAIN };

fuzz_target!(|input: (u16, &[u8])| {
    let (status, body) = input;
    let status = if status % 4 == 0 { status } else { 200 };
    let mut client = Client::with_transport("http://t/v0", Box::new(Canned(status, body.to_vec()))).expect("a client");
    client.set_token(Some(Secret::new("t")));
    if let Ok(times) = client.get_times(&TimeQuery::default()) {
        let _ = PRINTER.render_list(&times);
    }
    if let Ok(projects) = client.get_projects(&ProjectQuery::default()) {
        let _ = projects.first().map(|p| PRINTER.render_one(p));
    }
    if let Ok(activities) = client.get_activities(&ActivityQuery::default()) {
        let _ = PRINTER.render_list(&activities);
    }
    if let Ok(users) = client.get_users(None, false) {
        let _ = PRINTER.render_list(&users);
    }
});
