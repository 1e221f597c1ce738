//! Reading the server's replies, up to a size limit: JSON whatever the
//! content type says, `error` objects as [`Error::Api`], an empty success as
//! nothing, and lists decoded into typed values item by item as they arrive
//! (no intermediate JSON tree) and handed on one at a time.

use std::fmt;
use std::io;

use bytes::Bytes;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::items::{self, Broken, Chunks};
use super::{BoxFuture, Client, Request, Response};
use crate::error::{ApiError, Error, Result};

impl Client {
    /// Reads the whole answer to `request`: JSON whatever the content type,
    /// `error` objects as [`Error::Api`], an empty 2xx body as `None`.
    pub(super) async fn read_reply(&self, request: &Request, response: Response) -> Result<Option<Value>> {
        let status = response.status;
        let mut body = Limited { body: response.body, left: self.max_reply_bytes };
        let whole = self.read_rest(request, &mut body, Vec::new(), response.length).await?;
        self.interpret(status, &whole)
    }

    /// Reads the answer to a GET whose answer is a list, and hands each item
    /// to `each` as it is decoded. A single object counts as a one-item list.
    /// The inner result is the receiver's: `Err` when it stopped the list.
    pub(super) async fn read_list<T: DeserializeOwned + Send, E>(
        &self,
        request: &Request,
        response: Response,
        each: &mut (impl FnMut(T) -> Result<(), E> + Send),
    ) -> Result<Result<usize, E>> {
        let status = response.status;
        let expected = response.length;
        let mut body = Limited { body: response.body, left: self.max_reply_bytes };
        let mut start = Vec::new();
        if (200..300).contains(&status) {
            // Items are decoded as the array arrives, each from memory.
            let first = read_to_first_byte(&mut body, &mut start).await.map_err(|e| self.read_error(request, e))?;
            if first == Some(b'[') {
                let list = || not_a(request, &format!("list of {}", nouns(request).1));
                return match items::decode_items(start, &mut body, each).await {
                    Ok(count) => Ok(Ok(count)),
                    Err(Broken::Read(e)) => Err(self.read_error(request, e)),
                    Err(Broken::Invalid) => Err(list()),
                    Err(Broken::Stopped(error)) => Ok(Err(error)),
                };
            }
        }
        let whole = self.read_rest(request, &mut body, start, expected).await?;
        match self.interpret(status, &whole)? {
            None => Ok(Ok(0)),
            Some(one) => {
                let noun = nouns(request).1;
                let item = decode(one).ok_or_else(|| not_a(request, &format!("list of {noun}")))?;
                Ok(each(item).map(|()| 1))
            }
        }
    }

    fn interpret(&self, status: u16, body: &[u8]) -> Result<Option<Value>> {
        let not_timesync = || Error::NotTimeSync { baseurl: self.baseurl.clone(), status };
        let text = std::str::from_utf8(body).map_err(|_| not_timesync())?;
        if text.trim().is_empty() {
            return if (200..300).contains(&status) { Ok(None) } else { Err(not_timesync()) };
        }
        let value: Value = serde_json::from_str(text).map_err(|_| not_timesync())?;
        if let Some(error) = api_error(&value, status) {
            return Err(Error::Api(error));
        }
        if !(200..300).contains(&status) {
            return Err(not_timesync());
        }
        Ok(Some(value))
    }

    /// Reads the rest of `body` after the `start` already read. The buffer
    /// is sized once from the announced `length` (never past the limit), so
    /// a large reply is not copied while it grows.
    async fn read_rest(
        &self,
        request: &Request,
        body: &mut Limited,
        mut start: Vec<u8>,
        length: Option<u64>,
    ) -> Result<Vec<u8>> {
        let expected = length.unwrap_or(0).min(self.max_reply_bytes.saturating_add(1));
        start.reserve(usize::try_from(expected).unwrap_or(0).saturating_sub(start.len()));
        while let Some(chunk) = body.limited_chunk().await.map_err(|e| self.read_error(request, e))? {
            start.extend_from_slice(&chunk);
        }
        Ok(start)
    }

    /// A body that could not be read to its end: too large, or the
    /// connection broke off (the request itself had gone out).
    fn read_error(&self, request: &Request, error: std::io::Error) -> Error {
        if error.get_ref().is_some_and(|inner| inner.is::<TooLarge>()) {
            return Error::UnexpectedReply(format!(
                "the reply to {} /{} is larger than {} bytes, the most this client reads (max_reply_size)",
                request.method.as_str(),
                request.path.join("/"),
                self.max_reply_bytes
            ));
        }
        let url = format!("{}/{}", self.baseurl, request.path.join("/"));
        Error::Unreachable { url, reason: format!("the answer broke off: {error}"), before_sending: false }
    }
}

/// Reads into `start` until the first byte that is not white space, and
/// returns it (`None` for a body of white space).
async fn read_to_first_byte(body: &mut Limited, start: &mut Vec<u8>) -> io::Result<Option<u8>> {
    loop {
        let Some(chunk) = body.limited_chunk().await? else { return Ok(None) };
        start.extend_from_slice(&chunk);
        if let Some(&first) = start.iter().find(|b| !b.is_ascii_whitespace()) {
            return Ok(Some(first));
        }
    }
}

/// The error a [`Limited`] body gives past its limit.
#[derive(Debug)]
struct TooLarge;

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("the reply is larger than the limit")
    }
}

impl std::error::Error for TooLarge {}

/// A body of which at most `left` more bytes are read; more is an error,
/// not a truncation.
struct Limited {
    body: super::Body,
    left: u64,
}

impl Limited {
    async fn limited_chunk(&mut self) -> io::Result<Option<Bytes>> {
        let Some(chunk) = self.body.chunk().await? else { return Ok(None) };
        let len = chunk.len() as u64;
        if len > self.left {
            return Err(io::Error::other(TooLarge));
        }
        self.left -= len;
        Ok(Some(chunk))
    }
}

impl Chunks for Limited {
    fn next_chunk(&mut self) -> BoxFuture<'_, io::Result<Option<Bytes>>> {
        Box::pin(self.limited_chunk())
    }
}

/// The error for a success reply that carried no body where one was due.
pub(super) fn empty_reply(what: &str) -> Error {
    Error::UnexpectedReply(format!("the server's reply to the {what} was empty"))
}

/// The error for a reply that is not what was asked for, in words:
/// "the reply to GET /times is not a list of time entries".
pub(super) fn not_a(request: &Request, expected: &str) -> Error {
    let article = if expected.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    Error::UnexpectedReply(format!(
        "the reply to {} /{} is not {article} {expected}",
        request.method.as_str(),
        request.path.join("/")
    ))
}

/// What the objects at a request's path are called: one, and several.
pub(super) fn nouns(request: &Request) -> (&'static str, &'static str) {
    match request.path.first().map(String::as_str) {
        Some("times") => ("time entry", "time entries"),
        Some("projects") => ("project", "projects"),
        Some("activities") => ("activity", "activities"),
        Some("users") => ("user", "users"),
        _ => ("TimeSync object", "TimeSync objects"),
    }
}

pub(super) fn decode<T: DeserializeOwned>(value: Value) -> Option<T> {
    serde_json::from_value(value).ok()
}

/// Reads a TimeSync error object (`{"status", "error", "text", "values"}`).
fn api_error(value: &Value, http_status: u16) -> Option<ApiError> {
    let title = value.get("error")?;
    let status = value.get("status").and_then(Value::as_u64).and_then(|s| u16::try_from(s).ok()).unwrap_or(http_status);
    let as_text = |v: Option<&Value>| match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    };
    Some(ApiError {
        status,
        title: as_text(Some(title)),
        text: as_text(value.get("text")),
        values: value.get("values").and_then(Value::as_array).cloned().unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::{run, Body, ChunkStream, Transport};
    use crate::token::Secret;

    /// Answers 200 with `body` in chunks of 100 bytes; when `broken`, the
    /// connection then breaks off.
    struct Streamed {
        body: Vec<u8>,
        broken: bool,
    }

    struct Chunked {
        left: Vec<u8>,
        broken: bool,
    }

    impl ChunkStream for Chunked {
        fn next_chunk(&mut self) -> BoxFuture<'_, io::Result<Option<Bytes>>> {
            let size = self.left.len().min(100);
            let chunk: Vec<u8> = self.left.drain(..size).collect();
            let broken = self.broken;
            Box::pin(async move {
                match chunk.len() {
                    0 if broken => Err(io::Error::new(io::ErrorKind::ConnectionReset, "reset")),
                    0 => Ok(None),
                    _ => Ok(Some(Bytes::from(chunk))),
                }
            })
        }
    }

    impl Transport for Streamed {
        fn send<'a>(&'a self, _: &'a Request) -> BoxFuture<'a, Result<Response>> {
            let body = Body::from_stream(Chunked { left: self.body.clone(), broken: self.broken });
            Box::pin(async move { Ok(Response::new(200, body)) })
        }
    }

    fn client(body: &str, broken: bool) -> Client {
        let mut client =
            Client::with_transport("http://t/v0", Box::new(Streamed { body: body.as_bytes().to_vec(), broken }));
        client.set_token(Some(Secret::new("T")));
        client
    }

    fn list(n: usize) -> String {
        let items: Vec<String> = (0..n).map(|i| format!(r#"{{"n": {i}, "pad": "{}"}}"#, "x".repeat(50))).collect();
        format!("[{}]", items.join(","))
    }

    #[derive(Debug, serde::Deserialize)]
    struct Item {
        n: usize,
    }

    #[test]
    fn items_arrive_one_by_one_in_order() {
        let client = client(&list(1000), false);
        let mut seen = Vec::new();
        let count = run(client.each_listed::<Item, Error>(&["times"], vec![], |item| {
            seen.push(item.n);
            Ok(())
        }));
        assert_eq!(count.unwrap(), 1000);
        assert_eq!(seen, (0..1000).collect::<Vec<_>>());
    }

    #[test]
    fn the_receiver_can_stop_the_list() {
        let client = client(&list(100), false);
        let mut seen = 0;
        let error = run(client.each_listed::<Item, Error>(&["times"], vec![], |_| {
            seen += 1;
            if seen == 3 {
                Err(Error::invalid("stdout closed"))
            } else {
                Ok(())
            }
        }))
        .unwrap_err();
        assert_eq!((seen, error.to_string()), (3, "stdout closed".to_owned()));
    }

    #[test]
    fn a_reply_over_the_limit_is_refused_not_read() {
        let mut client = client(&list(1000), false);
        client.set_max_reply_bytes(4096);
        let error = run(client.get_list::<Item>(&["times"], vec![])).unwrap_err();
        assert!(error.to_string().contains("larger than 4096 bytes"), "{error}");
        assert!(matches!(run(client.get_list::<Value>(&["times", "x"], vec![])), Err(Error::UnexpectedReply(_))));
        client.set_max_reply_bytes(1 << 20);
        assert_eq!(run(client.get_list::<Item>(&["times"], vec![])).unwrap().len(), 1000);
    }

    #[test]
    fn a_body_that_breaks_off_is_a_failure_after_sending() {
        let error = run(client(&list(10)[..200], true).get_list::<Item>(&["times"], vec![])).unwrap_err();
        assert!(matches!(error, Error::Unreachable { before_sending: false, .. }), "{error:?}");
    }

    #[test]
    fn a_list_with_a_bad_item_names_what_was_expected() {
        let error = run(client(r#"[{"n": 1}, {"n": "x"}]"#, false).get_list::<Item>(&["times"], vec![])).unwrap_err();
        assert_eq!(error.to_string(), "the reply to GET /times is not a list of time entries");
    }
}
