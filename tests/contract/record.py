#!/usr/bin/env python3
"""Record a scripted session against a TimeSync server, as JSON lines.

    python3 tests/contract/record.py URL OUT_DIR [--restart CMD] [--admin USER:PASSWORD]
                                     [--sections a,b] [--seed N] [--random N] [--timeout S]

URL is the server's base URL with its version (http://127.0.0.1:8000/v0). OUT_DIR gets one
file per section, `<section>.jsonl`, one exchange per line:

    {"section", "step", "name", "request": {"method", "path", "query", "content_type",
     "body"}, "reply": {"status", "content_type", "body"} | null, "outcome"?}

Requests are written as templates: `<token:NAME>` is the token of NAME's latest login,
`<uuid:time#3>` the uuid of the third time created in the section (`<UUID:…>` the same in
upper case). Reply bodies are normalised: JSON when they parse (else the text), every UUID
replaced by its creation label, tokens by `<token>`, `created_at`/`updated_at`/`deleted_at`
values by `<timestamp>` and bcrypt hashes by `<bcrypt>`. A request that gets no reply within
the timeout (the server hung or crashed) is recorded with `reply: null` and ends its section.

Each section starts from an empty server holding only the admin (`--admin`, default
root:rootpass): with `--restart CMD` the command is run (through the shell) before each
section and must leave a fresh server answering at URL; without it, the sections run one
after another on the same server and only the first is comparable. The session is the same
on every run: the random part is drawn from `--seed`. See docs/contract.md.

Standard library only.
"""

import argparse
import http.client
import json
import os
import random
import re
import subprocess
import sys
import urllib.parse

# bcrypt ($2a$, cost 4) of "secret": every user the script creates has this password.
SECRET_HASH = "$2a$04$b01mIJN2M44T5gageH5OVuSWi5UMy.oR0SrG5jr5w8Xe3E/KxOIXK"
SECRET = "secret"

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
TOKEN_RE = re.compile(r"eyJ[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+")
BCRYPT_RE = re.compile(r"\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}")
PLACEHOLDER_RE = re.compile(r"<(token|uuid|UUID):([^<>]+)>")
STAMPS = ("created_at", "updated_at", "deleted_at")
CREATES = {"/v0/activities": "activity", "/v0/projects": "project", "/v0/times": "time"}


class Labels:
    """Creation labels of UUIDs, and the tokens of the latest logins, for one section."""

    def __init__(self):
        self.tokens = {}
        self.by_uuid = {}
        self.by_label = {}
        self.counts = {}

    def add(self, kind, uuid):
        uuid = uuid.lower()
        if uuid in self.by_uuid:
            return self.by_uuid[uuid]
        self.counts[kind] = self.counts.get(kind, 0) + 1
        label = "%s#%d" % (kind, self.counts[kind])
        self.by_uuid[uuid] = label
        self.by_label[label] = uuid
        return label

    def learn(self, request, status, body):
        """Takes a token from a login reply, a label from a create reply."""
        if status != 200 or not isinstance(body, dict):
            return
        path = request["path"]
        if request["method"] == "POST" and path == "/v0/login" and isinstance(body.get("token"), str):
            try:
                auth = json.loads(request["body"])["auth"]
                self.tokens[str(auth["username"])] = body["token"]
            except (ValueError, KeyError, TypeError):
                pass
        if request["method"] == "POST" and path in CREATES and isinstance(body.get("uuid"), str):
            self.add(CREATES[path], body["uuid"])

    def fill(self, text, encode):
        """The template `text` with its placeholders replaced (tokens percent-encoded if
        `encode`)."""

        def one(m):
            kind, name = m.group(1), m.group(2)
            if kind == "token":
                token = self.tokens.get(name, "no-token-for-" + name)
                return urllib.parse.quote(token, safe="") if encode else token
            uuid = self.by_label.get(name, "00000000-0000-4000-8000-00000000000%d" % (len(name) % 10))
            return uuid.upper() if kind == "UUID" else uuid

        return PLACEHOLDER_RE.sub(one, text)

    def normalise(self, value, key=None):
        """The reply body with UUIDs, tokens, timestamps and hashes masked."""
        if key in STAMPS and value is not None:
            return "<timestamp>"
        if isinstance(value, dict):
            return {k: self.normalise(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [self.normalise(v) for v in value]
        if isinstance(value, str):
            return self.mask(value)
        return value

    def mask(self, text):
        text = TOKEN_RE.sub("<token>", text)
        text = BCRYPT_RE.sub("<bcrypt>", text)

        def uuid(m):
            found = m.group(0)
            label = self.by_uuid.get(found.lower()) or self.add("other", found)
            upper = found != found.lower()
            return "<%s:%s>" % ("UUID" if upper else "uuid", label)

        return UUID_RE.sub(uuid, text)


class Recorder:
    """Sends steps to the server and writes each exchange."""

    def __init__(self, url, timeout):
        parts = urllib.parse.urlsplit(url)
        self.host = parts.hostname
        self.port = parts.port or 80
        self.timeout = timeout
        self.out = None
        self.section = None
        self.step = 0
        self.labels = Labels()
        self.dead = False

    def start(self, section, out):
        self.section, self.out, self.step, self.labels, self.dead = section, out, 0, Labels(), False

    def send(self, method, path, query="", content_type=None, body="", name=""):
        """Sends one request (a template) and records the exchange."""
        if self.dead:
            return None
        self.step += 1
        request = {"method": method, "path": path, "query": query, "content_type": content_type, "body": body}
        form = content_type == "application/x-www-form-urlencoded"
        target = self.labels.fill(path, False) + ("?" + self.labels.fill(query, True) if query else "")
        headers = {"Content-Type": content_type} if content_type else {}
        data = self.labels.fill(body, form).encode("utf-8")
        record = {"section": self.section, "step": self.step, "name": name, "request": request}
        try:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            conn.request(method, target, body=data if (data or method == "POST") else None, headers=headers)
            resp = conn.getresponse()
            raw = resp.read().decode("utf-8", "replace")
            status, ctype = resp.status, resp.getheader("Content-Type")
            conn.close()
        except (OSError, http.client.HTTPException) as e:
            record["reply"] = None
            record["outcome"] = "no reply: " + type(e).__name__
            self.dead = True
            self.write(record)
            return None
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = raw
        self.labels.learn(request, status, parsed)
        body_out = self.labels.normalise(parsed) if raw else ""
        record["reply"] = {"status": status, "content_type": ctype, "body": body_out}
        self.write(record)
        return status, parsed

    def write(self, record):
        self.out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        self.out.flush()

    # Helpers for the script.

    def login(self, user, password=SECRET, name=None):
        body = json.dumps({"auth": {"type": "password", "username": user, "password": password}})
        return self.send("POST", "/v0/login", "", "application/json", body, name or "login")

    def get(self, path, user, query="", name=""):
        q = "token=<token:%s>" % user if user else ""
        if query:
            q = query + ("&" + q if q else "")
        return self.send("GET", "/v0" + path, q, None, "", name or "GET " + path)

    def delete(self, path, user, name=""):
        q = "token=<token:%s>" % user if user else ""
        return self.send("DELETE", "/v0" + path, q, None, "", name or "DELETE " + path)

    def post(self, path, user, obj, name=""):
        body = {"auth": {"type": "token", "token": "<token:%s>" % user}, "object": obj}
        return self.post_raw(path, body, name or "POST " + path)

    def post_raw(self, path, body, name=""):
        return self.send("POST", "/v0" + path, "", "application/json", json.dumps(body), name or "POST " + path)


def main():
    import script  # noqa: E402  (tests/contract/script.py: the session)

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("url")
    ap.add_argument("out_dir")
    ap.add_argument("--restart", help="shell command that leaves a fresh server at URL")
    ap.add_argument("--admin", default="root:rootpass", help="the admin the fresh server has")
    ap.add_argument("--sections", help="comma-separated sections (default: all)")
    ap.add_argument("--seed", type=int, default=23, help="seed of the random part")
    ap.add_argument("--random", type=int, default=400, help="requests in the random part")
    ap.add_argument("--timeout", type=float, default=5.0, help="seconds to wait for a reply")
    args = ap.parse_args()
    admin, _, password = args.admin.partition(":")
    os.makedirs(args.out_dir, exist_ok=True)
    rec = Recorder(args.url.rstrip("/"), args.timeout)
    wanted = args.sections.split(",") if args.sections else [name for name, _ in script.SECTIONS]
    for name, run in script.SECTIONS:
        if name not in wanted:
            continue
        if args.restart:
            subprocess.run(args.restart, shell=True, check=True, stdout=subprocess.DEVNULL)
        with open(os.path.join(args.out_dir, name + ".jsonl"), "w", encoding="utf-8") as out:
            rec.start(name, out)
            run(rec, script.Context(admin, password, random.Random(args.seed), args.random))
        print("%s: %d exchanges" % (name, rec.step), file=sys.stderr)


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
