//! In-process costs of the client: decoding a list of time entries from a
//! reply (typed, item by item) and rendering it. Run with `cargo bench`.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use timesync::client::{Client, Request, Response, Transport};
use timesync::model::TimeQuery;
use timesync::token::Secret;

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
    fn send(&self, _: &Request) -> timesync::Result<Response> {
        Ok(Response::from_bytes(200, self.0.clone()))
    }
}

fn client(body: Vec<u8>) -> Client {
    let mut client = Client::with_transport("http://bench/v0", Box::new(Canned(body)));
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
                        Ok(())
                    })
                    .unwrap();
                black_box(seconds)
            })
        });
        group.finish();
    }
}

criterion_group!(benches, decoding);
criterion_main!(benches);
