//! The HTTP transport: reqwest (blocking), percent-encoded paths and queries,
//! timeouts, and `--verbose` request lines with the token redacted.

use std::time::Instant;

use reqwest::blocking::Client as HttpClient;
use reqwest::Url;

use super::{ClientOptions, Method, Request, Response, Transport};
use crate::error::{Error, Result};

/// Sends requests to a TimeSync server over HTTP(S).
pub struct HttpTransport {
    base: Url,
    http: HttpClient,
    verbose: bool,
}

impl HttpTransport {
    /// A transport for `baseurl` (already normalised) with `options`.
    pub fn new(baseurl: &str, options: &ClientOptions) -> Result<Self> {
        let base = Url::parse(baseurl).map_err(|e| Error::invalid(format!("invalid server URL '{baseurl}': {e}")))?;
        let http = HttpClient::builder()
            .connect_timeout(options.timeout)
            .timeout(options.timeout)
            .user_agent(concat!("timesync/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Io(format!("cannot set up HTTP: {e}")))?;
        Ok(HttpTransport { base, http, verbose: options.verbose })
    }

    fn url_for(&self, request: &Request, redact: bool) -> Url {
        let mut url = self.base.clone();
        if let Ok(mut path) = url.path_segments_mut() {
            path.pop_if_empty().extend(&request.path);
        }
        if !request.query.is_empty() {
            let mut pairs = url.query_pairs_mut();
            for (key, value) in &request.query {
                let value = if redact && key == "token" { "REDACTED" } else { value.as_str() };
                pairs.append_pair(key, value);
            }
        }
        url
    }
}

impl Transport for HttpTransport {
    fn send(&self, request: &Request) -> Result<Response> {
        let url = self.url_for(request, false);
        let shown = self.url_for(request, true).to_string();
        let builder = match request.method {
            Method::Get => self.http.get(url),
            Method::Post => self.http.post(url),
            Method::Delete => self.http.delete(url),
        };
        let builder = match &request.body {
            Some(body) => builder.json(body),
            None => builder,
        };
        let started = Instant::now();
        let outcome = builder.send().and_then(|response| {
            let status = response.status().as_u16();
            response.bytes().map(|body| Response { status, body: body.to_vec() })
        });
        let elapsed = started.elapsed().as_millis();
        match outcome {
            Ok(response) => {
                if self.verbose {
                    eprintln!("{} {shown} -> {} ({elapsed} ms)", request.method.as_str(), response.status);
                }
                Ok(response)
            }
            Err(error) => {
                if self.verbose {
                    eprintln!("{} {shown} -> failed ({elapsed} ms)", request.method.as_str());
                }
                let before_sending = error.is_connect();
                Err(Error::Unreachable { url: shown, reason: describe(error), before_sending })
            }
        }
    }
}

/// A short reason for a transport failure, without any URL (and so without the token).
fn describe(error: reqwest::Error) -> String {
    let kind = if error.is_timeout() {
        "timed out"
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
