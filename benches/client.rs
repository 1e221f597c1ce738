//! In-process costs of the client: decoding a list of time entries from a
//! reply (typed, item by item) and rendering it as a table or JSON. Run with
//! `cargo bench`; `bash benches/run.sh` measures whole commands end to end.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use timesync::blocking::Client;
use timesync::client::{BoxFuture, Request, Response, Transport};
use timesync::model::TimeQuery;
use timesync::token::Secret;
use timesync_cli::output::Printer;

/// A reply of `n` time entries in the reference server's list shape.
fn reply(n: usize) -> Vec<u8> {
    let items: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"duration":{},"user":"alice","notes":"Worked on the build, entry {i}","issue_uri":"https://github.com/osuosl/timesync/issues/{i}","uuid":"{:08x}-1bea-4a17-8c8a-22d7fb144941","revision":1,"project":["gwm","ganeti-webmgr"],"activities":["dev","docs"],"created_at":"2026-11-2{}","updated_at":null,"deleted_at":null,"date_worked":"2026-11-2{}"}}"#,
                600 + i,
                i,
                i % 9,
                i % 9
            )
        })
        .collect();
    format!("[{}]", items.join(",")).into_bytes()
}

/// Answers every request with the same reply.
struct Canned(Vec<u8>);

impl Transport for Canned {
    fn send<'a>(&'a self, _: &'a Request) -> BoxFuture<'a, timesync::Result<Response>> {
        let response = Response::from_bytes(200, self.0.clone());
        Box::pin(async move { Ok(response) })
    }
}

fn client(body: Vec<u8>) -> Client {
    let mut client = Client::with_transport("http://bench/v0", Box::new(Canned(body))).expect("a client");
    client.set_token(Some(Secret::new("T")));
    client
}

fn decoding(c: &mut Criterion) {
    for n in [5_000, 100_000] {
        let body = reply(n);
        let mut group = c.benchmark_group(format!("decode {n} time entries"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.sample_size(if n > 10_000 { 10 } else { 30 });
        let client = client(body);
        group.bench_function("into a list", |b| b.iter(|| black_box(client.get_times(&TimeQuery::default()).unwrap())));
        group.bench_function("one by one", |b| {
            b.iter(|| {
                let mut seconds = 0u64;
                client
                    .each_time(&TimeQuery::default(), |t| {
                        seconds += t.duration.as_secs();
                        Ok::<(), timesync::Error>(())
                    })
                    .unwrap();
                black_box(seconds)
            })
        });
        group.finish();
    }
}

fn rendering(c: &mut Criterion) {
    let times = client(reply(5_000)).get_times(&TimeQuery::default()).unwrap();
    let mut group = c.benchmark_group("render 5000 time entries");
    group.sample_size(20);
    let piped = Printer::PLAIN;
    let terminal = Printer { terminal: true, styled: true, width: Some(120), ..Printer::PLAIN };
    group.bench_function("table, piped", |b| b.iter(|| black_box(piped.render_list(&times))));
    group.bench_function("table, terminal of 120 columns", |b| b.iter(|| black_box(terminal.render_list(&times))));
    group.bench_function("JSON", |b| b.iter(|| black_box(serde_json::to_vec_pretty(&times).unwrap())));
    group.finish();
}

criterion_group!(benches, decoding, rendering);
criterion_main!(benches);
