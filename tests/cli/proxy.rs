//! A small hostile server for the tests: a proxy in front of the test
//! server that can be taken down and brought up again on the same address,
//! and that answers chosen requests its own way — forwarding them and then
//! answering something else, answering without forwarding, never answering,
//! or holding them until the test lets them through.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::harness::{Env, Run, TestServer};

/// A reply of the proxy's own: status, content type and body.
#[derive(Clone, Debug)]
pub struct Canned {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

impl Canned {
    /// `200 application/json` with `body`.
    pub fn json(body: &str) -> Canned {
        Canned { status: 200, content_type: "application/json", body: body.to_owned() }
    }

    /// `200 text/html`, as a proxy's or captive portal's page.
    pub fn html() -> Canned {
        Canned { status: 200, content_type: "text/html", body: "<html><body>Welcome!</body></html>".into() }
    }
}

/// What the proxy does with a matching request.
#[derive(Clone, Debug)]
pub enum Action {
    /// Passes it on and returns the server's answer.
    Forward,
    /// Passes it on (the server applies it), then answers this instead.
    ForwardThenAnswer(Canned),
    /// Answers this without passing it on.
    Answer(Canned),
    /// Reads it and never answers (nor passes it on).
    Swallow,
    /// Passes it on (the server applies it) and never answers.
    ForwardThenSwallow,
    /// Waits until [`Proxy::release`], then passes it on.
    Hold,
}

/// Which requests an [`Action`] applies to, and how many more times.
#[derive(Clone, Debug)]
struct Rule {
    method: &'static str,
    path_prefix: &'static str,
    action: Action,
    times: usize,
}

/// What the connection threads share with the test.
#[derive(Default)]
struct Shared {
    rules: Mutex<Vec<Rule>>,
    released: Mutex<bool>,
    release: Condvar,
    /// How many requests have been held or swallowed so far.
    stuck: Mutex<usize>,
    /// Connections never answered, kept open.
    swallowed: Mutex<Vec<TcpStream>>,
}

/// The proxy; dropped, it stops listening.
pub struct Proxy {
    addr: SocketAddr,
    upstream: SocketAddr,
    shared: Arc<Shared>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Proxy {
    /// A proxy in front of `server`, forwarding everything.
    pub fn to(server: &TestServer) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let mut proxy = Proxy {
            addr,
            upstream: server.addr(),
            shared: Arc::default(),
            stop: Arc::new(AtomicBool::new(false)),
            thread: None,
        };
        proxy.listen(listener);
        proxy
    }

    /// `http://127.0.0.1:PORT/v0`.
    pub fn url(&self) -> String {
        format!("http://{}/v0", self.addr)
    }

    /// Stops listening: connections are refused until [`Proxy::up`].
    pub fn down(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            thread.join().unwrap();
        }
    }

    /// Listens again, on the same address.
    pub fn up(&mut self) {
        self.stop = Arc::new(AtomicBool::new(false));
        let listener = TcpListener::bind(self.addr).unwrap();
        self.listen(listener);
    }

    /// From now on, the next `times` requests `method path…` get `action`.
    pub fn on(&self, method: &'static str, path_prefix: &'static str, action: Action, times: usize) {
        self.shared.rules.lock().unwrap().push(Rule { method, path_prefix, action, times });
    }

    /// Every request from now on gets `action`.
    pub fn always(&self, action: Action) {
        self.on("", "", action, usize::MAX);
    }

    /// Forgets every rule: each request is passed on.
    pub fn forward_all(&self) {
        self.shared.rules.lock().unwrap().clear();
    }

    /// Lets held requests through, and every one held from now on.
    pub fn release(&self) {
        *self.shared.released.lock().unwrap() = true;
        self.shared.release.notify_all();
    }

    /// Waits until `count` requests in all have been held or swallowed (20 s at most).
    pub fn wait_for_stuck(&self, count: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while *self.shared.stuck.lock().unwrap() < count {
            assert!(Instant::now() < deadline, "the proxy never held {count} requests");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    fn listen(&mut self, listener: TcpListener) {
        listener.set_nonblocking(true).unwrap();
        let (shared, stop, upstream) = (self.shared.clone(), self.stop.clone(), self.upstream);
        self.thread = Some(std::thread::spawn(move || {
            while !stop.load(Ordering::SeqCst) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let shared = shared.clone();
                        std::thread::spawn(move || serve(stream, &shared, upstream));
                    }
                    // Polls the stop flag between connections.
                    Err(_) => std::thread::sleep(Duration::from_millis(2)),
                }
            }
        }));
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.down();
        self.release();
    }
}

/// Serves one connection: one request, one answer, then closed.
fn serve(stream: TcpStream, shared: &Shared, upstream: SocketAddr) {
    stream.set_nonblocking(false).unwrap();
    let Some((head, body)) = read_request(&stream) else { return };
    let line = head.lines().next().unwrap_or_default().to_owned();
    let mut words = line.split(' ');
    let (method, target) = (words.next().unwrap_or_default(), words.next().unwrap_or_default());
    let action = take_action(shared, method, target);
    let mut stream = stream;
    match action {
        Action::Forward => {
            let _ = stream.write_all(&forward(&head, &body, upstream));
        }
        Action::ForwardThenAnswer(canned) => {
            forward(&head, &body, upstream);
            let _ = stream.write_all(&render(&canned));
        }
        Action::Answer(canned) => {
            let _ = stream.write_all(&render(&canned));
        }
        Action::Swallow => swallow(stream, shared),
        Action::ForwardThenSwallow => {
            forward(&head, &body, upstream);
            swallow(stream, shared);
        }
        Action::Hold => {
            *shared.stuck.lock().unwrap() += 1;
            let mut released = shared.released.lock().unwrap();
            while !*released {
                released = shared.release.wait(released).unwrap();
            }
            drop(released);
            let _ = stream.write_all(&forward(&head, &body, upstream));
        }
    }
}

/// Keeps the connection open, never answering.
fn swallow(stream: TcpStream, shared: &Shared) {
    shared.swallowed.lock().unwrap().push(stream);
    *shared.stuck.lock().unwrap() += 1;
}

/// The action of the first rule matching, used up once.
fn take_action(shared: &Shared, method: &str, target: &str) -> Action {
    let path = target.strip_prefix("/v0").unwrap_or(target);
    let mut rules = shared.rules.lock().unwrap();
    let Some(rule) =
        rules.iter_mut().find(|r| r.times > 0 && method.starts_with(r.method) && path.starts_with(r.path_prefix))
    else {
        return Action::Forward;
    };
    rule.times -= 1;
    rule.action.clone()
}

/// Reads a request's head (up to the blank line) and its body (by `Content-Length`).
fn read_request(stream: &TcpStream) -> Option<(String, Vec<u8>)> {
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        head.push_str(&line);
        if line == "\r\n" {
            break;
        }
    }
    let length = head
        .lines()
        .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap_or(0)))
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some((head, body))
}

/// Sends the request to `upstream` on a connection of its own and returns the whole answer.
fn forward(head: &str, body: &[u8], upstream: SocketAddr) -> Vec<u8> {
    let head: String = head
        .split_inclusive("\r\n")
        .filter(|line| !line.to_ascii_lowercase().starts_with("connection:"))
        .map(|line| if line == "\r\n" { "Connection: close\r\n\r\n" } else { line })
        .collect();
    let mut server = TcpStream::connect(upstream).unwrap();
    server.write_all(head.as_bytes()).unwrap();
    server.write_all(body).unwrap();
    let mut answer = Vec::new();
    let _ = server.read_to_end(&mut answer);
    closing(&answer)
}

/// `answer` saying that the connection closes after it, so that the client
/// does not send another request on it.
fn closing(answer: &[u8]) -> Vec<u8> {
    let Some(end) = answer.windows(4).position(|w| w == b"\r\n\r\n") else { return answer.to_vec() };
    let head = String::from_utf8_lossy(&answer[..end]);
    let mut out: String = head
        .split("\r\n")
        .filter(|line| !line.to_ascii_lowercase().starts_with("connection:"))
        .map(|line| format!("{line}\r\n"))
        .collect();
    out.push_str("Connection: close\r\n\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(&answer[end + 4..]);
    out
}

fn render(canned: &Canned) -> Vec<u8> {
    format!(
        "HTTP/1.1 {} X\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        canned.status,
        canned.content_type,
        canned.body.len(),
        canned.body
    )
    .into_bytes()
}

/// The binary acting as `user` in `env`, reaching the server through `proxy`.
pub fn via(env: &Env, proxy: &Proxy, user: &str) -> assert_cmd::Command {
    let mut cmd = env.as_user(user);
    cmd.env("TIMESYNC_URL", proxy.url());
    cmd
}

/// A test server with a project (see [`Env::with_project`]) behind a proxy,
/// and `alice`'s commands that reach it through the proxy.
pub struct Behind {
    pub env: Env,
    pub proxy: Proxy,
}

impl Behind {
    pub fn new() -> Behind {
        let env = Env::with_project();
        let proxy = Proxy::to(&env.server);
        Behind { env, proxy }
    }

    /// `alice`'s command through the proxy.
    pub fn cmd(&self) -> assert_cmd::Command {
        via(&self.env, &self.proxy, "alice")
    }

    /// `alice`'s command through the proxy, to spawn.
    pub fn spawnable(&self) -> std::process::Command {
        let mut cmd = self.env.spawnable("alice");
        cmd.env("TIMESYNC_URL", self.proxy.url());
        cmd
    }

    /// Queues `count` entries while the proxy is down, then brings it up.
    pub fn queue_offline(&mut self, count: usize) {
        self.proxy.down();
        for n in 0..count {
            self.cmd().fails(&["time", "create", "-d", "1h", "-p", "gwm", "--notes", &format!("entry {n}")], 3);
        }
        self.proxy.up();
    }
}
