//! The HTTP transport: reqwest, percent-encoded paths and queries, a connect
//! timeout apart from the request timeout, redirects followed only within the
//! same origin and never with a body, and an event for each request with the
//! token redacted.
//!
//! It runs on whatever runtime polls it: the caller's, or the blocking
//! client's own on the calling thread, so that no request, and no chunk of
//! a body, is handed between threads.

use std::io;
use std::time::Instant;

use bytes::Bytes;
use reqwest::redirect::Policy;
use reqwest::Client as HttpClient;
use reqwest::{StatusCode, Url};

use super::{Body, BoxFuture, ChunkStream, ClientOptions, Event, Method, Observer, Request, Response, Transport};
use crate::error::{Error, Result};

/// How many same-origin redirects a GET or DELETE may follow.
const MAX_REDIRECTS: usize = 5;

/// Sends requests to a TimeSync server over HTTP(S).
pub struct HttpTransport {
    base: Url,
    http: HttpClient,
    observer: Option<Observer>,
}

impl HttpTransport {
    /// A transport for `baseurl` (already normalised) with `options`.
    pub fn new(baseurl: &str, options: &ClientOptions) -> Result<Self> {
        let base = Url::parse(baseurl).map_err(|e| Error::invalid(format!("invalid server URL '{baseurl}': {e}")))?;
        let builder = HttpClient::builder();
        let builder = if options.system_proxy { builder } else { builder.no_proxy() };
        let http = builder
            .connect_timeout(options.connect_timeout)
            .timeout(options.timeout)
            .redirect(Policy::none())
            .user_agent(concat!("timesync/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Setup(format!("cannot set up HTTP: {e}")))?;
        Ok(HttpTransport { base, http, observer: options.observer.clone() })
    }

    /// One HTTP exchange, without following anything.
    async fn exchange(
        &self,
        method: Method,
        url: Url,
        body: Option<&serde_json::Value>,
    ) -> reqwest::Result<(Exchange, reqwest::Response)> {
        let builder = match method {
            Method::Get => self.http.get(url),
            Method::Post => self.http.post(url),
            Method::Delete => self.http.delete(url),
        };
        let builder = match body {
            Some(body) => builder.json(body),
            None => builder,
        };
        let response = builder.send().await?;
        let status = response.status();
        let location =
            response.headers().get(reqwest::header::LOCATION).and_then(|l| l.to_str().ok()).map(str::to_owned);
        let url = response.url().clone();
        Ok((Exchange { status, location, url }, response))
    }

    fn log(&self, method: Method, shown: &str, status: Option<StatusCode>, started: Instant) {
        if let Some(observer) = &self.observer {
            observer(&Event::Request {
                method: method.as_str(),
                url: shown.to_owned(),
                status: status.map(|s| s.as_u16()),
                millis: started.elapsed().as_millis(),
            });
        }
    }
}

/// What one HTTP exchange answered, before its body is read.
struct Exchange {
    status: StatusCode,
    location: Option<String>,
    url: Url,
}

impl Transport for HttpTransport {
    fn send<'a>(&'a self, request: &'a Request) -> BoxFuture<'a, Result<Response>> {
        Box::pin(self.send_following(request))
    }
}

impl HttpTransport {
    /// Sends `request`, following the redirects [`follow`] allows.
    async fn send_following(&self, request: &Request) -> Result<Response> {
        let shown = request.url_in(&self.base, true).to_string();
        let mut url = request.url_in(&self.base, false);
        for _ in 0..=MAX_REDIRECTS {
            let started = Instant::now();
            let (exchange, body) = match self.exchange(request.method, url, request.body.as_ref()).await {
                Ok(answer) => answer,
                Err(error) => {
                    self.log(request.method, &shown, None, started);
                    let before_sending = error.is_connect();
                    return Err(Error::Unreachable { url: shown, reason: describe(error), before_sending });
                }
            };
            self.log(request.method, &shown, Some(exchange.status), started);
            if !exchange.status.is_redirection() || exchange.location.is_none() {
                // The body is read by the client as it decodes it.
                let length = body.content_length();
                let body = Body::from_stream(Arriving(body));
                return Ok(Response { length, ..Response::new(exchange.status.as_u16(), body) });
            }
            url = follow(request, &exchange)?;
        }
        Err(Error::UnexpectedReply(format!("the server at {shown} redirected more than {MAX_REDIRECTS} times")))
    }
}

/// A response body read chunk by chunk, each as it arrives.
struct Arriving(reqwest::Response);

impl ChunkStream for Arriving {
    fn next_chunk(&mut self) -> BoxFuture<'_, io::Result<Option<Bytes>>> {
        Box::pin(async move { self.0.chunk().await.map_err(|error| io::Error::other(describe(error))) })
    }
}

/// The next URL of a redirect that may be followed: a GET or DELETE to the
/// same scheme, host and port. Anything else is refused, so a token or a
/// password never leaves for another host and no body is sent twice.
fn follow(request: &Request, exchange: &Exchange) -> Result<Url> {
    let location = exchange.location.as_deref().unwrap_or_default();
    let next = exchange
        .url
        .join(location)
        .map_err(|_| Error::Redirected { method: request.method.as_str(), location: "an invalid location".into() })?;
    let same_origin = next.origin() == exchange.url.origin();
    if same_origin && request.body.is_none() && request.method != Method::Post {
        return Ok(next);
    }
    Err(Error::Redirected { method: request.method.as_str(), location: shown_location(&next) })
}

/// A redirect target as shown to the user: no credentials, query or fragment.
fn shown_location(url: &Url) -> String {
    let mut shown = url.clone();
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.set_query(None);
    shown.set_fragment(None);
    shown.to_string()
}

/// A short reason for a transport failure, without any URL (and so without the token).
fn describe(error: reqwest::Error) -> String {
    let kind = if error.is_connect() && error.is_timeout() {
        "connect timed out"
    } else if error.is_timeout() {
        "timed out waiting for the answer"
    } else if error.is_connect() {
        "connection failed"
    } else {
        "request failed"
    };
    let error = error.without_url();
    let mut source: &dyn std::error::Error = &error;
    while let Some(next) = source.source() {
        source = next;
    }
    format!("{kind}: {source}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exchange(url: &str, location: &str) -> Exchange {
        Exchange { status: StatusCode::FOUND, location: Some(location.into()), url: Url::parse(url).unwrap() }
    }

    fn request(method: Method) -> Request {
        let body = (method == Method::Post).then(|| serde_json::json!({}));
        Request { method, path: vec!["times".into()], query: vec![], body }
    }

    #[test]
    fn only_same_origin_gets_and_deletes_are_followed() {
        let from = "http://h:8000/v0/times?token=T";
        let next = follow(&request(Method::Get), &exchange(from, "/v1/times?token=T")).unwrap();
        assert_eq!(next.as_str(), "http://h:8000/v1/times?token=T");
        assert!(follow(&request(Method::Delete), &exchange(from, "http://h:8000/x")).is_ok());
        for elsewhere in ["http://other:8000/v0/times", "https://h:8000/v0/times", "http://h:9000/v0/times"] {
            match follow(&request(Method::Get), &exchange(from, &format!("{elsewhere}?token=T"))) {
                Err(Error::Redirected { location, .. }) => assert_eq!(location, elsewhere),
                other => panic!("{elsewhere}: {other:?}"),
            }
        }
        assert!(matches!(follow(&request(Method::Post), &exchange(from, "/v0/times")), Err(Error::Redirected { .. })));
    }

    /// A one-connection server that answers with the first bytes of a
    /// 100-byte list, cut inside its first item, then waits `then` and hangs up.
    fn cut_off(then: std::time::Duration) -> String {
        use std::io::{Read as _, Write as _};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}/v0", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            let (mut socket, _) = listener.accept().unwrap();
            let _ = socket.read(&mut [0; 4096]);
            let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n[{\"username\": \"al");
            std::thread::sleep(then);
        });
        url
    }

    #[test]
    fn a_body_cut_off_or_stalled_midway_fails_after_sending() {
        let timeout = std::time::Duration::from_millis(300);
        for (then, reason) in [(std::time::Duration::ZERO, "the answer broke off"), (timeout * 10, "timed out")] {
            // Directly, whatever proxy the environment running the tests names.
            let options = ClientOptions { timeout, system_proxy: false, ..ClientOptions::default() };
            let mut client = crate::client::Client::new(&cut_off(then), options).unwrap();
            client.set_token(Some(crate::token::Secret::new("T")));
            match crate::client::run(client.get_users(None, false)) {
                Err(Error::Unreachable { before_sending: false, reason: text, .. }) => {
                    assert!(text.contains(reason), "{text}")
                }
                other => panic!("{other:?}"),
            }
        }
    }

    #[test]
    fn shown_locations_carry_no_credentials_or_query() {
        let url = Url::parse("https://u:p@h/v0/times?token=T#x").unwrap();
        assert_eq!(shown_location(&url), "https://h/v0/times");
    }
}
