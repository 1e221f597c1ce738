//! The client over a canned transport: token placement, replies read like
//! pymesync reads them, logging in, and base URLs.

use std::sync::{Arc, Mutex};

use super::*;

/// Answers every request with one canned response and records the requests.
struct Canned {
    status: u16,
    body: &'static str,
    seen: Arc<Mutex<Vec<Request>>>,
}

impl Transport for Canned {
    fn send<'a>(&'a self, request: &'a Request) -> BoxFuture<'a, Result<Response>> {
        self.seen.lock().unwrap().push(request.clone());
        Box::pin(async move { Ok(Response::from_bytes(self.status, self.body.as_bytes())) })
    }
}

fn client(status: u16, body: &'static str) -> (Client, Arc<Mutex<Vec<Request>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let mut client =
        Client::with_transport("http://ts.example.com/v0/", Box::new(Canned { status, body, seen: seen.clone() }));
    client.set_token(Some(Secret::new("T+/=")));
    (client, seen)
}

#[test]
fn one_trailing_slash_is_stripped() {
    assert_eq!(client(200, "").0.baseurl(), "http://ts.example.com/v0");
    assert_eq!(normalize_baseurl("http://h:8000/v0/").unwrap(), "http://h:8000/v0");
    assert!(normalize_baseurl("ftp://h/v0").is_err());
    assert!(normalize_baseurl("localhost:8000").is_err());
}

#[test]
fn one_server_has_one_key_however_its_url_is_spelt() {
    for spelling in ["HTTP://TS.Example.com:80/v0/", "http://ts.example.com/v0", "http://ts.example.com:80/v0#x"] {
        assert_eq!(server_key(spelling).unwrap(), "http://ts.example.com/v0", "{spelling}");
    }
    assert_eq!(server_key("https://h:443/v0/").unwrap(), "https://h/v0");
    assert_eq!(server_key("http://h:8000/v0").unwrap(), "http://h:8000/v0");
    assert_ne!(server_key("http://h/v1").unwrap(), server_key("http://h/v0").unwrap());
    assert!(server_key("http://u:p@h/v0").is_err());
}

#[test]
fn urls_that_may_carry_credentials_are_known_and_never_echoed() {
    for url in [
        "http://webadmin:s3cr3t@h/v0",
        "https://webadmin@h/v0",
        "http://:s3cr3t@h/v0",
        " http://webadmin:s3cr3t@h:8000/v0/ ",
        "webadmin:s3cr3t@h/v0",
        "ftp://webadmin:s3cr3t@h/v0",
        "http://webadmin:s3cr3t@/v0",
    ] {
        assert!(has_credentials(url), "{url}");
        let error = normalize_baseurl(url).unwrap_err().to_string();
        assert!(error.contains("user name or password"), "{url}: {error}");
        assert!(!error.contains("s3cr3t") && !error.contains("webadmin"), "{url}: {error}");
    }
    for url in ["http://h:8000/v0", "https://h/v0/@me", "http://h/v0?x=a@b", "nonsense", "ftp://h/v0"] {
        assert!(!has_credentials(url), "{url}");
    }
}

#[test]
fn request_urls_are_encoded_and_the_token_can_be_hidden() {
    let request = Request {
        method: Method::Get,
        path: vec!["times".into(), "a b".into()],
        query: vec![("user".into(), "a&b".into()), ("token".into(), "T+/=".into())],
        body: None,
    };
    assert_eq!(request.url("http://h/v0", false).unwrap(), "http://h/v0/times/a%20b?user=a%26b&token=T%2B%2F%3D");
    assert_eq!(request.url("http://h/v0/", true).unwrap(), "http://h/v0/times/a%20b?user=a%26b&token=REDACTED");
}

#[test]
fn posts_carry_the_token_in_the_envelope_and_gets_in_the_query() {
    let (client, seen) = client(200, "{}");
    run(client.post::<Value>(&["times"], json!({"duration": 1}))).unwrap();
    run(client.get_list::<Value>(&["times"], vec![("user".into(), "a".into())])).unwrap();
    let seen = seen.lock().unwrap();
    assert_eq!(seen[0].body, Some(json!({"auth": {"type": "token", "token": "T+/="}, "object": {"duration": 1}})));
    assert!(seen[0].query.is_empty());
    assert_eq!(seen[1].query, vec![("user".to_owned(), "a".to_owned()), ("token".to_owned(), "T+/=".to_owned())]);
}

#[test]
fn server_errors_become_api_errors_whatever_the_status() {
    let (client, _) = client(401, r#"{"status":401,"error":"Authentication failure","text":{}}"#);
    match run(client.get_list::<Value>(&["times"], vec![])) {
        Err(Error::Api(e)) => {
            assert_eq!((e.status, e.title.as_str(), e.text.as_str()), (401, "Authentication failure", "{}"))
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn non_json_replies_read_like_pymesync() {
    let (client, _) = client(502, "<html>Bad Gateway</html>");
    let error = run(client.get_list::<Value>(&["times"], vec![])).unwrap_err();
    assert_eq!(
        error.to_string(),
        "connection to TimeSync failed at baseurl http://ts.example.com/v0 - response status was 502"
    );
}

#[test]
fn an_empty_200_is_success_and_an_empty_error_is_not() {
    assert!(run(client(200, "").0.delete(&["times", "x"])).is_ok());
    assert!(matches!(run(client(500, "").0.delete(&["times", "x"])), Err(Error::NotTimeSync { status: 500, .. })));
}

#[test]
fn nothing_is_sent_without_a_token() {
    let (mut client, seen) = client(200, "{}");
    client.set_token(None);
    assert!(matches!(run(client.get_list::<Value>(&["times"], vec![])), Err(Error::NotAuthenticated)));
    assert!(seen.lock().unwrap().is_empty());
}

#[test]
fn login_names_the_missing_arguments() {
    let (mut client, seen) = client(200, r#"{"token":"abc"}"#);
    let error = run(client.authenticate("", "", AuthType::Password)).unwrap_err();
    assert_eq!(error.to_string(), "Missing username, password; please add to method call");
    assert!(seen.lock().unwrap().is_empty());
    run(client.authenticate("alice", "pw", AuthType::Password)).unwrap();
    assert_eq!(client.token().unwrap().expose(), "abc");
    assert_eq!(
        seen.lock().unwrap()[0].body,
        Some(json!({"auth": {"type": "password", "username": "alice", "password": "pw"}}))
    );
}
