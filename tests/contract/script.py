"""The session record.py plays: sections, each from an empty server holding only the admin.

Every step has a name; the replay test's allow-list (docs/server-behaviour.md, "Recorded
differences") names the steps where the engine may answer otherwise. Keep names stable.
"""

import json

from record import SECRET, SECRET_HASH

JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
USERS = [
    ("mgr", {"site_manager": True}),
    ("spec", {"site_spectator": True}),
    ("adm", {"site_admin": True}),
    ("alice", {}),
    ("bob", {}),
    ("carol", {}),
    ("dave", {}),
]
T1, T2, T3 = "<uuid:time#1>", "<uuid:time#2>", "<uuid:time#3>"


class Context:
    """What a section needs besides the recorder: the admin and the random source."""

    def __init__(self, admin, password, rng, random_count):
        self.admin, self.password, self.rng, self.random_count = admin, password, rng, random_count


def setup(r, c):
    """Users of every role, three activities, two projects, three times."""
    r.login(c.admin, c.password, "setup: login admin")
    for user, flags in USERS:
        obj = {"username": user, "password": SECRET_HASH, "display_name": user.title(), "email": user + "@example.com"}
        obj.update(flags)
        r.post("/users", c.admin, obj, "setup: create user")
    for user, _ in USERS:
        r.login(user, name="setup: login")
    for name, slug in [("Development", "dev"), ("Documentation", "docs"), ("Quality", "qa")]:
        r.post("/activities", c.admin, {"name": name, "slug": slug}, "setup: create activity")
    gwm = {
        "name": "Ganeti Web Manager",
        "slugs": ["gwm", "ganeti"],
        "uri": "https://code.osuosl.org/projects/ganeti-webmgr",
        "default_activity": "dev",
        "users": {
            "alice": {"member": True, "spectator": False, "manager": False},
            "bob": {"member": True, "spectator": False, "manager": True},
            "carol": {"member": False, "spectator": True, "manager": False},
        },
    }
    r.post("/projects", c.admin, gwm, "setup: create project")
    ptc = {"name": "Protocols", "slugs": ["ptc"], "users": {"bob": {"member": True, "spectator": True, "manager": False}}}
    r.post("/projects", c.admin, ptc, "setup: create project")
    time = {"duration": 3600, "user": "alice", "project": "gwm", "activities": ["docs"], "notes": "wrote docs",
            "issue_uri": "https://github.com/osuosl/gwm/issues/1", "date_worked": "2016-01-05"}
    r.post("/times", "alice", time, "setup: create time")
    r.post("/times", "bob", {"duration": 1800, "user": "bob", "project": "gwm", "date_worked": "2016-01-06"},
           "setup: create time")
    r.post("/times", "bob", {"duration": 600, "user": "bob", "project": "ptc", "activities": ["qa", "dev"],
                             "date_worked": "2016-02-01"}, "setup: create time")


def login_body(**auth):
    return json.dumps({"auth": auth})


def auth(r, c):
    # Before any password login, an unknown login type is refused (after one, the
    # reference falls back to the previous strategy).
    r.send("POST", "/v0/login", "", JSON, login_body(type="ldap", username="x", password="y"),
           "login: type not enabled, first login")
    setup(r, c)
    a = c.admin
    r.send("POST", "/v0/login", "", JSON, "{}", "login: no auth")
    r.send("POST", "/v0/login", "", JSON, login_body(username="alice", password="secret"), "login: no type")
    r.send("POST", "/v0/login", "", JSON, login_body(type="", username="alice", password="secret"),
           "login: empty type")
    r.send("POST", "/v0/login", "", JSON, login_body(type="password", username="alice"), "login: no password")
    r.send("POST", "/v0/login", "", JSON, login_body(type="password", password="secret"), "login: no username")
    r.send("POST", "/v0/login", "", JSON, login_body(type="password", username="alice", password="wrong"),
           "login: wrong password")
    r.send("POST", "/v0/login", "", JSON, login_body(type="password", username="nobody", password="secret"),
           "login: unknown user")
    r.send("POST", "/v0/login", "", JSON, login_body(type="password", username="ALICE", password="secret"),
           "login: username case")
    r.send("POST", "/v0/login", "", FORM, "auth[type]=password&auth[username]=alice&auth[password]=secret",
           "login: form-encoded")
    r.send("POST", "/v0/login", "", "text/plain", login_body(type="password", username="alice", password="x"),
           "login: JSON without its content type")
    r.send("POST", "/v0/login", "", JSON, '{"auth": ', "login: broken JSON")
    r.send("POST", "/v0/login", "", JSON, '"auth"', "login: JSON string body")
    r.login("alice", name="login: again")
    # Tokens on GET and DELETE.
    r.send("GET", "/v0/times", "", None, "", "GET without token")
    r.send("GET", "/v0/times", "token=bogus", None, "", "GET with a bad token")
    for odd in ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"]:
        r.send("GET", "/v0/activities", "token=" + odd, None, "", "GET with token " + odd)
    r.send("GET", "/v0/activities", "token=", None, "", "GET with an empty token")
    r.send("GET", "/v0/activities", "token=<token:alice>&token=<token:alice>", None, "", "GET with two tokens")
    r.send("DELETE", "/v0/times/" + T1, "", JSON, json.dumps({"auth": {"type": "token", "token": "<token:alice>"}}),
           "DELETE with token in body")
    r.send("GET", "/v0/users/alice", "token=<token:alice>", None, "", "GET with token")
    # The POST envelope.
    obj = {"name": "Ops", "slug": "ops"}
    r.post_raw("/activities", {"object": obj}, "POST: no auth")
    r.post_raw("/activities", {"auth": {"token": "<token:%s>" % a}, "object": obj}, "POST: no auth type")
    r.post_raw("/activities", {"auth": {"type": "password", "token": "<token:%s>" % a}, "object": obj},
               "POST: auth type password")
    r.post_raw("/activities", {"auth": {"type": "token"}, "object": obj}, "POST: no token")
    r.post_raw("/activities", {"auth": {"type": "token", "token": "bogus"}, "object": obj}, "POST: bad token")
    for odd in ["constructor", "__proto__", "toString"]:
        r.post_raw("/activities", {"auth": {"type": "token", "token": odd}, "object": obj}, "POST: token " + odd)
    r.send("POST", "/v0/activities", "token=<token:%s>" % a, JSON, json.dumps({"object": obj}),
           "POST: token in the query")
    for path in ["/activities", "/times", "/users", "/projects"]:
        r.post_raw(path, {"auth": {"type": "token", "token": "<token:%s>" % a}}, "POST: no object")
    for path in ["/activities", "/times", "/users", "/projects", "/times/" + T1]:
        for bad in ["str", 5, ["x"], None, "", 0, False, [], {}]:
            r.post_raw(path, {"auth": {"type": "token", "token": "<token:%s>" % a}, "object": bad},
                       "POST: object %s" % json.dumps(bad))
    r.send("POST", "/v0/activities", "", FORM,
           "auth[type]=token&auth[token]=<token:%s>&object[name]=Ops&object[slug]=ops" % a, "POST: form-encoded")
    r.send("POST", "/v0/activities", "", JSON, "{bad json", "POST: broken JSON")
    # Routes that do not exist.
    r.send("GET", "/activities", "token=<token:alice>", None, "", "no /v0")
    r.send("GET", "/v1/activities", "token=<token:alice>", None, "", "/v1")
    r.send("PUT", "/v0/times/" + T1, "", JSON, "{}", "PUT")
    r.send("PATCH", "/v0/activities/dev", "", JSON, "{}", "PATCH")
    r.send("DELETE", "/v0/times", "token=<token:alice>", None, "", "DELETE on a collection")
    r.send("GET", "/v0/login", "", None, "", "GET /login")
    r.send("GET", "/v0/users/org-roles/x", "token=<token:alice>", None, "", "org-roles")
    r.send("GET", "/v0/Activities/", "token=<token:alice>", None, "", "collection case and trailing slash")
    r.send("OPTIONS", "/v0/times", "", None, "", "OPTIONS")


def activities(r, c):
    setup(r, c)
    a = c.admin
    r.get("/activities", "alice", name="activities: list")
    r.get("/activities", "alice", "include_deleted=true", "activities: list with deleted")
    r.get("/activities/docs", "alice", name="activity: get")
    r.get("/activities/a.b", "alice", name="activity: get, bad slug")
    r.get("/activities/Nope_1", "alice", name="activity: get, loose slug unknown")
    r.get("/activities/zzz", "alice", name="activity: get unknown")
    r.get("/activities/zzz", "alice", "include_revisions=true", "activity: get unknown with revisions")
    # Create.
    r.post("/activities", "alice", {"name": "Ops", "slug": "ops"}, "activity create: not a manager")
    r.post("/activities", "adm", {"name": "Ops", "slug": "ops"}, "activity create: site admin")
    r.post("/activities", "mgr", {"name": "Ops2", "slug": "ops2", "extra": 1}, "activity create: unknown key")
    r.post("/activities", "mgr", {"slug": "ops2"}, "activity create: no name")
    r.post("/activities", "mgr", {"name": "", "slug": "ops2"}, "activity create: empty name")
    r.post("/activities", "mgr", {"name": "Ops2"}, "activity create: no slug")
    r.post("/activities", "mgr", {"name": 5, "slug": "ops2"}, "activity create: name a number")
    r.post("/activities", "mgr", {"name": "Ops2", "slug": ["x"]}, "activity create: slug an array")
    for bad in ["Ops", "1234", "-a", "a-", "a--b", "a_b"]:
        r.post("/activities", "mgr", {"name": "Ops2", "slug": bad}, "activity create: bad slug")
    r.post("/activities", "mgr", {"name": "Ops2", "slug": "docs"}, "activity create: slug taken")
    r.post("/activities", "mgr", {"name": "Documentation", "slug": "ops2"}, "activity create: name taken")
    r.post("/activities", "mgr", {"name": "Ops2", "slug": "ops2"}, "activity create")
    # Update.
    r.post("/activities/ops2", "alice", {"name": "Ops3"}, "activity update: not a manager")
    r.post("/activities/ops2", a, {"name": "Ops3", "extra": 1}, "activity update: unknown key")
    r.post("/activities/ops2", a, {"name": 3}, "activity update: name a number")
    r.post("/activities/ops2", a, {"name": ""}, "activity update: empty name")
    r.post("/activities/ops2", a, {"slug": ""}, "activity update: empty slug")
    r.post("/activities/Ops_2", a, {"name": "Ops3"}, "activity update: bad URL slug")
    r.post("/activities/ops2", a, {"slug": "Bad"}, "activity update: bad new slug")
    r.post("/activities/ops2", a, {"slug": "docs"}, "activity update: new slug taken")
    r.post("/activities/ops2", a, {"slug": "ops2"}, "activity update: own slug")
    r.post("/activities/ops2", a, {"name": "Quality"}, "activity update: name taken")
    r.post("/activities/ops2", a, {"name": "Ops2"}, "activity update: own name")
    r.post("/activities/ops2", a, {"name": "Operations"}, "activity update: name")
    r.get("/activities/ops2", "alice", "include_revisions=true", "activity: revisions")
    r.post("/activities/ops2", "mgr", {"slug": "ops3"}, "activity update: slug")
    r.get("/activities/ops3", "alice", "include_revisions=true", "activity: revisions after slug change")
    r.get("/activities/ops2", "alice", name="activity: old slug")
    r.post("/activities", "mgr", {"name": "Other", "slug": "ops2"}, "activity create: old slug of another")
    r.get("/activities", "alice", "include_revisions=true", "activities: list with revisions")
    r.get("/activities", "alice", "include_revisions=false", "activities: list, revisions false")
    # Delete.
    r.delete("/activities/ops3", "alice", "activity delete: not a manager")
    r.delete("/activities/Ops", "mgr", "activity delete: bad slug")
    r.delete("/activities/zzz", "mgr", "activity delete: unknown")
    r.delete("/activities/docs", "mgr", "activity delete: in use")
    r.delete("/activities/ops3", "mgr", "activity delete")
    r.delete("/activities/ops3", "mgr", "activity delete: again")
    r.get("/activities", "alice", "include_deleted=true", "activities: list with deleted, after a delete")
    r.get("/activities", "alice", "include_deleted=1", "activities: include_deleted=1 (strict)")
    r.get("/activities", "alice", "include_deleted", "activities: include_deleted empty, after a delete")
    r.post("/activities", "mgr", {"name": "Operations", "slug": "ops9"}, "activity create: name of a deleted one")
    r.post("/activities", "mgr", {"name": "Ops9", "slug": "ops3"}, "activity create: slug of a deleted one")


def projects(r, c):
    setup(r, c)
    a = c.admin
    r.get("/projects", "alice", name="projects: list")
    r.get("/projects", "alice", "user=bob", "projects: by user")
    r.get("/projects", "alice", "user=nobody", "projects: by unknown user")
    r.get("/projects", "alice", "user=nobody&user=alice", "projects: by unknown and known user")
    r.get("/projects/ganeti", "alice", name="project: get by second slug")
    r.get("/projects/a.b", "alice", name="project: get, bad slug")
    r.get("/projects/zzz", "alice", name="project: get unknown")
    r.get("/projects/zzz", "alice", "include_revisions=true", "project: get unknown with revisions")
    # Create.
    ok = {"name": "Web", "slugs": ["web"], "uri": "https://example.com/web", "default_activity": "docs",
          "users": {"dave": {"member": True, "spectator": False, "manager": True},
                    "ghost": {"member": True, "spectator": True, "manager": True}}}
    r.post("/projects", "alice", ok, "project create: not a manager")
    r.post("/projects", "mgr", dict(ok, owner="alice"), "project create: unknown key")
    r.post("/projects", "mgr", {"slugs": ["web"]}, "project create: no name")
    r.post("/projects", "mgr", {"name": "Web"}, "project create: no slugs")
    for field, bad in [("name", 5), ("uri", 5), ("uri", None), ("slugs", "web"), ("users", ["dave"]),
                       ("users", "dave"), ("default_activity", 5)]:
        r.post("/projects", "mgr", dict(ok, **{field: bad}), "project create: %s %s" % (field, json.dumps(bad)))
    for uri in ["ftp://example.com/x", "git@github.com:o/r", "example.com", "http://exa mple.com"]:
        r.post("/projects", "mgr", dict(ok, uri=uri), "project create: bad uri")
    r.post("/projects", "mgr", dict(ok, uri="http://localhost:8000/x"), "project create: uri localhost",)
    r.post("/projects", "mgr", dict(ok, slugs=["web", "Bad"]), "project create: bad slug")
    r.post("/projects", "mgr", dict(ok, slugs=["web", "gwm"]), "project create: slug taken")
    r.post("/projects", "mgr", dict(ok, slugs=["ptc", "gwm", "ganeti"]), "project create: slugs taken")
    r.post("/projects", "mgr", dict(ok, default_activity="zzz"), "project create: unknown default activity")
    r.post("/projects", "mgr", dict(ok, name="Protocols"), "project create: name taken")
    r.post("/projects", "mgr", ok, "project create")
    r.post("/projects", "mgr", {"name": "", "slugs": ["empty"], "uri": "", "default_activity": None},
           "project create: empty name and uri")
    r.post("/projects", a, {"name": "Solo", "slugs": ["solo"]}, "project create: no users")
    r.get("/projects/solo", "alice", name="project: no users")
    # Update.
    r.post("/projects/web", a, {"extra": 1}, "project update: unknown key")
    for field, bad in [("name", 5), ("uri", 5), ("slugs", "web"), ("users", []), ("default_activity", 5)]:
        r.post("/projects/web", a, {field: bad}, "project update: %s %s" % (field, json.dumps(bad)))
    r.post("/projects/web", a, {"uri": "ftp://x"}, "project update: bad uri")
    r.post("/projects/web", a, {"slugs": []}, "project update: empty slugs")
    r.post("/projects/web", a, {"slugs": ["Bad"]}, "project update: bad slug")
    r.post("/projects/zzz", a, {"name": "Z"}, "project update: unknown")
    r.post("/projects/web", "alice", {"name": "Web2"}, "project update: not a manager")
    r.post("/projects/web", a, {"default_activity": "zzz"}, "project update: unknown default activity")
    r.post("/projects/web", a, {"name": "Protocols"}, "project update: name taken")
    r.post("/projects/web", a, {"name": "Web"}, "project update: own name")
    r.post("/projects/web", a, {"slugs": ["web", "ptc"]}, "project update: slug taken")
    r.post("/projects/web", "dave", {"name": "Web Two"}, "project update: by its manager")
    r.post("/projects/web", "mgr", {"slugs": ["web", "www"]}, "project update: slugs")
    r.post("/projects/web", a, {"users": {"dave": {"member": True, "spectator": True, "manager": True},
                                          "ghost": {"member": True}}}, "project update: users")
    r.post("/projects/web", a, {"default_activity": None}, "project update: default activity null")
    r.post("/projects/web", a, {"name": "", "uri": ""}, "project update: empty name and uri")
    r.post("/projects/web", a, {"default_activity": "qa", "uri": "http://example.org/web"},
           "project update: default activity and uri")
    r.get("/projects/www", "alice", "include_revisions=true", "project: revisions")
    r.get("/projects", "alice", "include_revisions=true", "projects: list with revisions")
    # Delete.
    r.delete("/projects/web", "dave", "project delete: its manager")
    r.delete("/projects/web", "alice", "project delete: not a manager")
    r.delete("/projects/Web", a, "project delete: bad slug")
    r.delete("/projects/zzz", a, "project delete: unknown")
    r.delete("/projects/gwm", a, "project delete: in use")
    r.delete("/projects/www", "mgr", "project delete")
    r.get("/projects/web", "alice", name="project: get deleted")
    r.get("/projects", "alice", "include_deleted=true", "projects: list with deleted")
    r.post("/projects", a, {"name": "Web Two", "slugs": ["web2"]}, "project create: name of a deleted one")
    r.post("/projects", a, {"name": "Web Three", "slugs": ["web", "www"]}, "project create: slugs of a deleted one")


def times(r, c):
    setup(r, c)
    a = c.admin
    # Lists and filters.
    r.get("/times", a, name="times: list")
    for who in ["alice", "bob", "carol", "spec", "mgr", "dave"]:
        r.get("/times", who, name="times: list as a role")
    for q in ["user=bob", "user=nobody", "user=nobody&user=bob", "user=", "project=ptc", "project=ganeti",
              "project=zzz", "project=not@slug!", "activity=qa", "activity=zzz", "activity=dev&activity=qa",
              "start=2016-01-06", "end=2016-01-05", "start=2016-01-05&end=2016-01-06", "start=2016-02-01&end=2016-01-01",
              "start=2999-01-01", "start=soon", "end=soon", "start=2016-13-45", "start=x2016-01-01y",
              "start=&end=", "start=2016-01-01&start=2016-02-01", "include_revisions=true", "include_deleted=false",
              "skip=1&limit=1", "user=alice&project=gwm&activity=docs"]:
        r.get("/times", a, q, "times: list ?" + q)
    r.get("/times/" + T1, "alice", name="time: get own")
    r.get("/times/" + T1, "bob", name="time: get another's")
    r.get("/times/" + T1, "carol", name="time: get as project spectator")
    r.get("/times/" + T1, "spec", name="time: get as site spectator")
    r.get("/times/not-a-uuid", a, name="time: get, bad uuid")
    r.get("/times/<UUID:time#1>", a, name="time: get, upper-case uuid")
    r.get("/times/00000000-0000-4000-8000-000000000000", a, name="time: get unknown")
    r.get("/times/" + T1, a, "user=bob", "time: get with a filter")
    # Create.
    ok = {"duration": 900, "user": "alice", "project": "gwm", "activities": ["dev"], "notes": "n",
          "issue_uri": "https://github.com/osuosl/gwm/issues/2", "date_worked": "2016-03-01"}
    for field in ["duration", "project", "user", "date_worked"]:
        bad = dict(ok)
        del bad[field]
        r.post("/times", "alice", bad, "time create: no " + field)
    for field, bad in [("duration", "60"), ("duration", None), ("project", 5), ("project", ["gwm"]),
                       ("user", 5), ("issue_uri", None), ("issue_uri", 5), ("activities", "dev"),
                       ("date_worked", 20160101), ("date_worked", None)]:
        r.post("/times", "alice", dict(ok, **{field: bad}), "time create: %s %s" % (field, json.dumps(bad)))
    r.post("/times", "alice", dict(ok, duration=-5), "time create: negative duration")
    r.post("/times", "alice", dict(ok, project="Gwm"), "time create: bad project slug")
    r.post("/times", "alice", dict(ok, activities=[5]), "time create: activity a number")
    r.post("/times", "alice", dict(ok, activities=["dev", "Bad"]), "time create: bad activity slug")
    r.post("/times", "alice", dict(ok, issue_uri="ftp://x"), "time create: bad issue_uri")
    for date in ["2016", "01/05/2016", "2016-01-5", "2016-02-30x", "x2016-01-05"]:
        r.post("/times", "alice", dict(ok, date_worked=date), "time create: date_worked " + date)
    r.post("/times", "alice", dict(ok, user="bob"), "time create: for someone else")
    r.post("/times", a, dict(ok, user="alice"), "time create: admin for someone else")
    r.post("/times", "alice", dict(ok, project="zzz"), "time create: unknown project")
    r.post("/times", "alice", dict(ok, activities=["zzz"]), "time create: unknown activity")
    no_activities = {k: v for k, v in dict(ok, user="bob", project="ptc").items() if k != "activities"}
    r.post("/times", "bob", no_activities, "time create: no activities, no default")
    r.post("/times", "alice", dict(ok, project="ptc"), "time create: not a member")
    r.post("/times", "mgr", dict(ok, user="mgr"), "time create: site manager not a member")
    r.post("/times", a, dict(ok, user=a, project="ptc"), "time create: admin not a member")
    r.post("/times", "alice", dict(ok, extra="kept"), "time create: unknown key echoed")
    r.post("/times", "alice", dict(ok, duration=0, issue_uri="", date_worked="2016-02-30"),
           "time create: zero, empty uri, Feb 30")
    r.post("/times", "alice", dict(ok, duration=1.5, date_worked="2016-01-05T23:00:00"),
           "time create: fraction, date with time")
    r.post("/times", "alice", dict(ok, activities=["dev", "dev"]), "time create: activity twice")
    r.post("/times", "alice", {k: v for k, v in ok.items() if k not in ("notes", "issue_uri", "activities")},
           "time create: minimal")
    # Update.
    r.post("/times/not-a-uuid", "alice", {"duration": 5}, "time update: bad uuid")
    r.post("/times/" + T1, "alice", {"duration": {"a": 1}}, "time update: duration an object")
    r.post("/times/" + T1, "alice", {"duration": [5, 6]}, "time update: duration an array")
    r.post("/times/" + T1, "alice", {"extra": 1}, "time update: unknown key")
    for field, bad in [("notes", None), ("notes", 5), ("user", None), ("project", 5), ("activities", "dev"),
                       ("issue_uri", 5), ("date_worked", None)]:
        r.post("/times/" + T1, "alice", {field: bad}, "time update: %s %s" % (field, json.dumps(bad)))
    r.post("/times/" + T1, "alice", {"duration": -1}, "time update: negative duration")
    r.post("/times/" + T1, "alice", {"activities": [5]}, "time update: activity a number")
    r.post("/times/" + T1, "alice", {"activities": ["Bad"]}, "time update: bad activity slug")
    r.post("/times/" + T1, "alice", {"issue_uri": ""}, "time update: empty issue_uri")
    r.post("/times/" + T1, "alice", {"issue_uri": "nope"}, "time update: bad issue_uri")
    r.post("/times/" + T1, "alice", {"date_worked": "yesterday"}, "time update: bad date_worked")
    r.post("/times/00000000-0000-4000-8000-000000000000", "alice", {"duration": 5}, "time update: unknown")
    r.post("/times/" + T1, "bob", {"duration": 5}, "time update: not the owner")
    r.post("/times/" + T1, "mgr", {"duration": 5}, "time update: site manager")
    r.post("/times/" + T1, "alice", {"user": "nobody"}, "time update: unknown user")
    r.post("/times/" + T1, "alice", {"project": "zzz"}, "time update: unknown project")
    r.post("/times/" + T1, "alice", {"activities": ["zzz"]}, "time update: unknown activity")
    r.post("/times/" + T1, "alice", {"duration": "300"}, "time update: duration a numeric string")
    r.post("/times/" + T1, "alice", {"duration": 0, "notes": ""}, "time update: falsy values")
    r.post("/times/" + T1, "alice", {"notes": "more", "activities": ["dev", "docs"], "date_worked": "2016-01-07"},
           "time update: notes, activities, date")
    r.post("/times/" + T1, a, {"project": "ptc", "issue_uri": "http://example.com/i/3"}, "time update: admin")
    r.get("/times/" + T1, a, "include_revisions=true", "time: revisions")
    r.get("/times", a, "include_revisions=true", "times: list with revisions")
    r.post("/times/" + T2, "bob", {"user": "alice"}, "time update: reassign")
    r.get("/times/" + T2, a, name="time: reassigned")
    r.post("/times/" + T2, "bob", {"duration": 60}, "time update: by the previous owner")
    # Delete.
    r.delete("/times/not-a-uuid", "alice", "time delete: bad uuid")
    r.delete("/times/00000000-0000-4000-8000-000000000000", "alice", "time delete: unknown")
    r.delete("/times/" + T3, "alice", "time delete: not the creator")
    r.delete("/times/" + T2, "bob", "time delete: the creator after reassignment")
    r.delete("/times/" + T3, "mgr", "time delete: site manager")
    r.delete("/times/" + T3, "mgr", "time delete: again")
    r.get("/times/" + T3, a, name="time: get deleted")
    r.get("/times/" + T3, a, "include_deleted=true", "time: get deleted with include_deleted")
    r.get("/times", a, "include_deleted=no", "times: include_deleted=no (lenient)")
    r.post("/times/" + T3, "bob", {"duration": 61}, "time update: deleted time")
    r.get("/times/" + T3, a, "include_deleted=true", "time: after updating a deleted one")
    r.post("/times/" + T1, "alice", {"activities": []}, "time update: empty activities")
    r.get("/times", a, name="times: list after emptying activities")
    # Last: the engine refuses it (a role with member false), the SQLite reference lets it through.
    r.post("/times", "carol", dict(ok, user="carol"), "time create: spectator not a member")


def users(r, c):
    setup(r, c)
    a = c.admin
    r.get("/users", "alice", name="users: list")
    r.get("/users", None, name="users: list without a token")
    r.get("/users", "alice", "include_deleted=false", name="users: list, include_deleted=false")
    r.get("/users/bob", "alice", name="user: get")
    r.get("/users/a.b", "alice", name="user: get, bad username")
    r.get("/users/nobody", "alice", name="user: get unknown")
    r.get("/users/BOB", "alice", name="user: get, username case")
    ok = {"username": "erin", "password": SECRET_HASH, "display_name": "Erin", "email": "erin@example.com",
          "site_spectator": False, "site_manager": False, "site_admin": False, "active": True, "meta": "m"}
    r.post("/users", a, {k: v for k, v in ok.items() if k != "username"}, "user create: no username")
    r.post("/users", a, dict(ok, username=""), "user create: empty username")
    r.post("/users", a, {k: v for k, v in ok.items() if k != "password"}, "user create: no password")
    for field in ["created_at", "updated_at", "deleted_at"]:
        r.post("/users", a, dict(ok, **{field: 5}), "user create: " + field)
    r.post("/users", a, dict(ok, created_at=0), "user create: falsy created_at")
    for field, bad in [("username", 5), ("password", 5), ("display_name", None), ("display_name", 5),
                       ("email", 5), ("meta", None), ("site_admin", "yes"), ("active", 1)]:
        r.post("/users", a, dict(ok, **{field: bad}), "user create: %s %s" % (field, json.dumps(bad)))
    for bad in ["er.in", "er in", "erin!"]:
        r.post("/users", a, dict(ok, username=bad), "user create: bad username")
    for bad in ["a@b.com", "first-last@x.com", "x@example.info", "xy@mail.example.com", "erin"]:
        r.post("/users", a, dict(ok, email=bad), "user create: bad email")
    r.post("/users", "mgr", ok, "user create: site manager")
    r.post("/users", "adm", ok, "user create: admin not manager")
    r.post("/users", "alice", ok, "user create: plain user")
    r.post("/users", a, dict(ok, username="bob"), "user create: username taken")
    r.post("/users", a, ok, "user create")
    r.post("/users", a, {"username": "Erin", "password": SECRET_HASH, "active": False}, "user create: minimal, inactive")
    r.post("/users", a, {"username": "fay", "password": SECRET_HASH, "display_name": "", "email": ""},
           "user create: empty strings")
    r.get("/users/Erin", "alice", name="user: get inactive")
    r.login("Erin", name="login: inactive user")
    # Update.
    r.post("/users/erin", a, {"username": "erin2"}, "user update: username")
    r.post("/users/erin", a, {"created_at": 5}, "user update: created_at")
    r.post("/users/erin", a, {"email": "a@b.com"}, "user update: bad email")
    r.post("/users/erin", a, {"email": {"a": 1}}, "user update: email an object")
    r.post("/users/erin", "alice", {"display_name": "E"}, "user update: a stranger")
    r.post("/users/nobody", "alice", {"display_name": "E"}, "user update: a stranger, unknown user")
    r.post("/users/erin", "mgr", {"display_name": "E"}, "user update: site manager, other field")
    r.post("/users/mgr", "mgr", {"display_name": "M"}, "user update: site manager, own name")
    r.post("/users/erin", "mgr", {"site_spectator": True, "email": "erin@example.org"}, "user update: site manager")
    r.post("/users/alice", "alice", {"site_manager": True}, "user update: own permissions")
    r.post("/users/erin", "mgr", {"site_admin": False, "email": "er@example.org"},
           "user update: site manager, falsy flag")
    r.post("/users/erin", a, {"display_name": None}, "user update: display_name null")
    r.post("/users/erin", a, {"active": "yes"}, "user update: active a string")
    r.post("/users/erin", a, {"email": None}, "user update: email null")
    r.post("/users/nobody", a, {"display_name": "N"}, "user update: unknown")
    r.post("/users/alice", "alice", {"display_name": "Alice A", "meta": "x", "active": False, "site_spectator": True,
                                     "email": "alice@example.org"}, "user update: self")
    r.post("/users/erin", a, {"site_admin": True, "site_manager": True, "password": SECRET_HASH},
           "user update: admin")
    # Delete.
    r.delete("/users/a.b", a, "user delete: bad username")
    r.delete("/users/erin", "alice", "user delete: plain user")
    r.delete("/users/nobody", "mgr", "user delete: unknown")
    r.delete("/users/erin", "mgr", "user delete")
    r.delete("/users/erin", "mgr", "user delete: again")
    r.get("/users", "alice", name="users: list without deleted")
    r.get("/users", "alice", "include_deleted=true", "users: list with deleted")
    r.get("/users/erin", "alice", name="user: get deleted")
    r.login("erin", name="login: deleted user")
    r.get("/times", "erin", name="times: as a deleted user")
    r.post("/users", a, dict(ok, username="erin"), "user create: username of a deleted one")
    r.post("/users/erin", a, {"meta": "back"}, "user update: deleted user")
    r.get("/users/erin", "alice", name="user: after updating a deleted one")


def permissions(r, c):
    """Every write route, and the time lists, tried by each role in turn."""
    setup(r, c)
    a = c.admin
    roles = [a, "adm", "mgr", "spec", "alice", "bob", "carol", "dave"]
    for who in roles:
        tag = "root" if who == a else who
        r.post("/activities", a, {"name": "Remove " + tag, "slug": "rm-" + tag}, "permissions: setup activity")
        # One activity for each role to update: the reference builds every update of an
        # activity on its oldest row (deviation 5), so none is updated twice here.
        r.post("/activities", a, {"name": "Update " + tag, "slug": "up-" + tag}, "permissions: setup activity")
        r.post("/projects", a, {"name": "Remove " + tag, "slugs": ["rmp-" + tag]}, "permissions: setup project")
        r.post("/users", a, {"username": "rm" + tag, "password": SECRET_HASH}, "permissions: setup user")
    for who in roles:
        tag = "root" if who == a else who
        r.get("/times", who, name="permissions: list times")
        r.get("/times/" + T3, who, name="permissions: get a time")
        r.get("/projects", who, name="permissions: list projects")
        r.post("/activities", who, {"name": "New " + tag, "slug": "new-" + tag}, "permissions: create activity")
        r.post("/activities/up-" + tag, who, {"name": "Updated " + tag}, "permissions: update activity")
        r.delete("/activities/rm-" + tag, who, "permissions: delete activity")
        r.post("/projects", who, {"name": "New " + tag, "slugs": ["newp-" + tag]}, "permissions: create project")
        r.post("/projects/gwm", who, {"uri": "https://example.com/" + tag}, "permissions: update project")
        r.delete("/projects/rmp-" + tag, who, "permissions: delete project")
        time = {"duration": 60, "user": tag if who != a else a, "project": "ptc", "activities": ["qa"],
                "date_worked": "2016-04-01"}
        r.post("/times", who, time, "permissions: create time")
        r.post("/times/" + T1, who, {"notes": "by " + tag}, "permissions: update a time")
        r.delete("/times/" + T2, who, "permissions: delete a time")
        r.post("/users", who, {"username": "new" + tag, "password": SECRET_HASH}, "permissions: create user")
        r.post("/users/dave", who, {"display_name": "Dave " + tag}, "permissions: update a user")
        r.post("/users/dave", who, {"site_spectator": True}, "permissions: update a user's spectator flag")
        r.post("/users/" + tag, who, {"meta": "self " + tag}, "permissions: update oneself")
        r.delete("/users/rm" + tag, who, "permissions: delete user")
    r.get("/times", a, "include_deleted=true", "permissions: times at the end")
    r.get("/users", a, "include_deleted=true", "permissions: users at the end")


def malformed(r, c):
    """The inputs where the engine and the reference were found to differ."""
    setup(r, c)
    a = c.admin
    ok = {"duration": 900, "user": "alice", "project": "gwm", "activities": ["dev"], "date_worked": "2016-03-01"}
    for notes in [{"a": 1}, ["x", "y"], [], 42, 1e21, 0.5, True, False, None, ""]:
        r.post("/times", "alice", dict(ok, notes=notes), "notes on create: " + json.dumps(notes))
    r.get("/times", a, "user=alice", "times: notes as stored")
    for notes in [{"a": 1}, ["x"], 7, True]:
        r.post("/times/" + T1, "alice", {"notes": notes}, "notes on update: " + json.dumps(notes))
    for date in ["2016-01-05Z", "2016-01-05T10:00:00Z", "2016-01-05T10:00:00+05:00", "2016-01-05 10:00",
                 "2016-01-05T25:00:00", "2016-01-32", "2016-00-05", "+2016-01-05", "-2016-01-05", "2016-01-05 (comment)", "2016-01-05.", "2016-01-05 GMT",
                 "2016-01-05x", "2016-01-05T10:00:00junk"]:
        r.post("/times", "alice", dict(ok, date_worked=date), "date_worked " + date)
    for i, uri in enumerate(["http://example.com/%zz", "http://example.com/%4", "http://example.com/%41", "https://x.org/a b",
                "http://[::1]/x", "http://example.com:99999/", "HTTP://EXAMPLE.COM/", "http://ex_ample.com/"]):
        r.post("/projects", a, {"name": "P " + uri, "slugs": ["uri%d" % i], "uri": uri},
               "project uri " + uri)
        r.post("/times", "alice", dict(ok, issue_uri=uri), "issue_uri " + uri)
    # Histories with revisions.
    r.post("/projects/ptc", a, {"default_activity": "qa"}, "history: project default activity")
    r.post("/activities/qa", a, {"name": "QA"}, "history: activity rename")
    r.post("/projects/ptc", a, {"name": "Protocols 2"}, "history: project rename")
    r.post("/activities/qa", a, {"slug": "test"}, "history: activity slug change")
    r.post("/projects/ptc", a, {"default_activity": "dev"}, "history: project default activity again")
    r.get("/projects/ptc", a, "include_revisions=true", "history: project revisions")
    r.get("/projects", a, "include_revisions=true", "history: projects with revisions")
    r.get("/projects", a, name="history: projects")
    r.get("/activities", a, "include_revisions=true", "history: activities with revisions")
    r.get("/activities/test", a, "include_revisions=true", "history: activity revisions")
    r.post("/times/" + T3, "bob", {"activities": ["test"]}, "history: time activities")
    r.post("/times/" + T3, "bob", {"project": "gwm", "duration": 700}, "history: time project")
    r.get("/times/" + T3, a, "include_revisions=true", "history: time revisions")
    r.get("/times", a, "include_revisions=true", "history: times with revisions")
    # Deleted times.
    r.delete("/times/" + T2, "bob", "deleted time: delete")
    r.post("/times/" + T2, "bob", {"duration": 42}, "deleted time: update")
    r.get("/times/" + T2, a, "include_deleted=true", "deleted time: get")
    r.delete("/times/" + T2, a, "deleted time: delete again")
    r.post("/times/" + T2, a, {"notes": "admin"}, "deleted time: update by admin")
    # A deleted time whose project was then deleted: not found any more.
    r.post("/projects", a, {"name": "Temporary", "slugs": ["tmp"],
                            "users": {"alice": {"member": True, "spectator": False, "manager": False}}},
           "deleted project: create")
    r.post("/times", "alice", dict(ok, project="tmp"), "deleted project: create time")
    tmp = "/times/<uuid:time#%d>" % r.labels.counts.get("time", 0)
    r.delete(tmp, "alice", "deleted project: delete its time")
    r.delete("/projects/tmp", a, "deleted project: delete")
    r.post(tmp, "alice", {"duration": 5}, "deleted project: update its deleted time")
    r.get(tmp, a, "include_deleted=true", "deleted project: get its deleted time")
    r.delete(tmp, a, "deleted project: delete its deleted time")
    # Last: V8's fallback parser reads "junk" as June (the engine refuses it).
    r.post("/times", "alice", dict(ok, date_worked="2016-01-05junk"), "date_worked 2016-01-05junk")
    # Last: the reference answers 500 to these (the engine updates the roles).
    r.post("/projects/gwm", a, {"users": {"bad user": {"member": True}}}, "project update: user with a space")
    r.post("/projects/gwm", a, {"users": {"nobody": {"member": True}}}, "project update: unknown user")
    r.get("/projects/gwm", a, name="project: after updates with odd users")


def random_part(r, c):
    """Requests drawn from `c.rng`: valid and invalid values on every route."""
    setup(r, c)
    rng = c.rng
    callers = [c.admin, "mgr", "spec", "adm", "alice", "bob", "carol", "dave"]
    slugs = ["dev", "docs", "qa", "gwm", "ganeti", "ptc", "zzz", "Bad", "new", "x", "a-b", "1a"]
    names = ["Development", "New", "Quality", "Protocols", "", "Other", 5]
    users = ["alice", "bob", "carol", "dave", "nobody", "mgr"]
    dates = ["2016-01-05", "2016-02-29", "2016-02-30", "2017-12-31", "bad", "2016-1-1", "2015-06-15T12:00:00"]
    times = [T1, T2, T3, "<uuid:time#4>", "<uuid:time#5>", "00000000-0000-4000-8000-000000000000", "nope"]
    values = [None, True, 0, -1, 3600, "s", "", [], ["dev"], {}, {"a": 1}]
    made = [0]

    def pick(seq):
        return seq[rng.randrange(len(seq))]

    def maybe(obj, field, pool, p=0.2):
        if rng.random() < p:
            obj[field] = pick(pool)

    def mostly(good, bad, p=0.85):
        return pick(good) if rng.random() < p else pick(bad)

    def time_obj(user):
        obj = {"duration": mostly([60, 3600, 0, 1.5], [-5, "60"]), "user": user,
               "project": mostly(["gwm", "ganeti", "ptc"], slugs),
               "date_worked": mostly(dates[:4], dates[4:])}
        if rng.random() < 0.7:
            obj["activities"] = [mostly(["dev", "docs", "qa"], slugs) for _ in range(rng.randrange(1, 3))]
        maybe(obj, "notes", ["n", "", 5, True])
        maybe(obj, "issue_uri", ["http://example.com/1", "", "bad", None])
        if rng.random() < 0.1:
            del obj[pick(["duration", "project", "date_worked"])]
        return obj

    def times_query():
        parts = []
        for key, pool in [("user", users), ("project", slugs), ("activity", slugs), ("start", dates),
                          ("end", dates), ("include_deleted", ["true", "false", "1"]),
                          ("include_revisions", ["false", "1"])]:
            if rng.random() < 0.2:
                parts.append("%s=%s" % (key, pick(pool)))
        return "&".join(parts)

    for _ in range(c.random_count):
        who = pick(callers)
        kind = rng.randrange(17)
        if kind == 0:
            r.get("/times", who, times_query(), "random: list times")
        elif kind == 1:
            r.get("/times/" + pick(times), who, times_query().replace("include_revisions=1", ""), "random: get time")
        elif kind == 2:
            who = mostly(["alice", "bob", c.admin], callers)
            owner = who if rng.random() < 0.9 else pick(users)
            reply = r.post("/times", who, time_obj(owner), "random: create time")
            if reply and reply[0] == 200:
                made[0] += 1
        elif kind == 3:
            obj = {}
            for field, pool in [("duration", [60, 0, -1, "90", 2.5]), ("notes", ["x", "", 5]),
                                ("project", slugs), ("activities", [["dev"], ["zzz"], ["qa", "docs"], [5]]),
                                ("date_worked", dates), ("user", users), ("issue_uri", ["http://e.com/2", "bad"])]:
                maybe(obj, field, pool, 0.25)
            r.post("/times/" + pick(times), who, obj, "random: update time")
        elif kind == 4:
            r.delete("/times/" + pick(times), who, "random: delete time")
        elif kind == 5:
            obj = {}
            maybe(obj, "name", names, 0.9)
            maybe(obj, "slug", slugs, 0.9)
            maybe(obj, "extra", values, 0.05)
            r.post("/activities", who, obj, "random: create activity")
        elif kind == 6:
            r.get(pick(["/activities", "/activities/" + pick(slugs)]), who,
                  pick(["", "include_deleted=true", "include_revisions=false"]), "random: get activities")
        elif kind == 7:
            obj = {"name": pick(names), "slugs": [pick(slugs) for _ in range(rng.randrange(1, 3))]}
            if len(set(obj["slugs"])) != len(obj["slugs"]):
                obj["slugs"] = obj["slugs"][:1]
            maybe(obj, "uri", ["http://example.com", "", "bad"], 0.3)
            maybe(obj, "default_activity", ["dev", "zzz", None], 0.3)
            if rng.random() < 0.3:
                obj["users"] = {pick(["alice", "dave"]): {"member": True, "spectator": rng.random() < 0.5,
                                                         "manager": rng.random() < 0.5}}
            r.post("/projects", who, obj, "random: create project")
        elif kind == 8:
            obj = {}
            maybe(obj, "name", names, 0.4)
            maybe(obj, "uri", ["http://example.com", "", "bad"], 0.3)
            maybe(obj, "default_activity", ["dev", "docs", "zzz"], 0.3)
            if rng.random() < 0.3:
                obj["slugs"] = [pick(slugs)]
            r.post("/projects/" + pick(slugs), who, obj, "random: update project")
        elif kind == 9:
            r.get(pick(["/projects", "/projects/" + pick(slugs)]), who,
                  pick(["", "include_deleted=true", "user=" + pick(users)]), "random: get projects")
        elif kind == 10:
            r.get(pick(["/users", "/users/" + pick(users)]), who, pick(["", "include_deleted=true"]),
                  "random: get users")
        elif kind == 12:
            obj = {"username": pick(["gus", "hal", "ivy", "Gus", "bad.name", "", "alice"]),
                   "password": pick([SECRET_HASH, SECRET_HASH, "", 5])}
            maybe(obj, "display_name", ["G", "", None], 0.3)
            maybe(obj, "email", ["gus@example.com", "g@x.com", ""], 0.3)
            maybe(obj, "site_manager", [True, False, "yes"], 0.2)
            maybe(obj, "active", [True, False], 0.2)
            r.post("/users", who, obj, "random: create user")
        elif kind == 13:
            r.delete("/activities/" + pick(slugs), who, "random: delete activity")
        elif kind == 14:
            r.delete("/projects/" + pick(slugs), who, "random: delete project")
        elif kind == 15:
            r.delete("/users/" + pick(users + ["gus", "hal", "a.b"]), who, "random: delete user")
        elif kind == 16:
            user, password = pick(users + ["gus", "hal"]), pick([SECRET, SECRET, "wrong", ""])
            if rng.random() < 0.2:
                body = "auth[type]=password&auth[username]=%s&auth[password]=%s" % (user, password)
                r.send("POST", "/v0/login", "", FORM, body, "random: login, form-encoded")
            else:
                r.login(user, password, "random: login")
        else:
            obj = {}
            maybe(obj, "display_name", ["D", "", 5], 0.4)
            maybe(obj, "email", ["ok@example.com", "bad", None], 0.3)
            maybe(obj, "site_spectator", [True, False, "x"], 0.3)
            maybe(obj, "meta", ["m", None], 0.2)
            r.post("/users/" + pick(users), who, obj, "random: update user")


def crash_time_revisions(r, c):
    """The reference crashes on the revisions of a time never updated: the last step."""
    setup(r, c)
    r.get("/times/" + T1, c.admin, "include_revisions=true", "crash: revisions of a time never updated")


def hang_activity_update(r, c):
    """The reference stops answering after an update of a missing activity: the last steps."""
    setup(r, c)
    r.post("/activities/zzz", c.admin, {"name": "Z"}, "hang: update a missing activity")
    r.get("/activities", c.admin, name="hang: the next request")


SECTIONS = [
    ("auth", auth),
    ("activities", activities),
    ("projects", projects),
    ("times", times),
    ("users", users),
    ("permissions", permissions),
    ("malformed", malformed),
    ("random", random_part),
    ("crash", crash_time_revisions),
    ("hang", hang_activity_update),
]
