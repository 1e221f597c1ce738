#!/usr/bin/env python3
"""A whole organisation's history of time entries, for `timesync-server --seed`.

    python3 benches/org.py N [OWNER] > org.jsonl

Writes N entries as JSON lines (the format `timesync-server --seed` reads,
see the engine crate's `seed` module), the same N entries on every run and
every machine (one seeded generator, only its `random()` and
`getrandbits()`): seven years of working days, 2020-01-01 to 2026-11-30,
in the order they were worked.

- OWNER (default `bench`, the site admin the benchmarks log in as) has half
  of the entries, so that the views that read only your own entries
  (`time show @N`, `restart`, `log` without `--all-users`) get a reply of
  half the organisation. The other half is spread unevenly over about one
  user per 6,000 of them (at least 7), who join and leave over the years.
- The organisation grows: the last year has about three times the entries
  of the first. Weekends have few entries.
- Projects (8 + one per 4 users) are worked on as a Zipf law has it, each
  user mostly on their 1 to 4 own projects; 8 activities, one to three an
  entry; durations from 5 minutes to 9 hours, mostly whole quarters.
- Notes vary in length: none (12%), a few words, a paragraph, now and then
  a pasted log of 1 - 2 kB, some with commas and quotes, some non-ASCII
  (accents, CJK, emoji), a few with a line break. 30% have an issue link.
- Each has a UUID and a `created_at`: the day worked, or up to 3 days later.
"""

import datetime
import json
import math
import random
import sys
import uuid

START = datetime.date(2020, 1, 1)
END = datetime.date(2026, 11, 30)

ACTIVITIES = ["dev", "docs", "plan", "sys", "review", "meeting", "support", "test"]
PROJECTS = [
    "gwm", "timesync", "pymesync", "ganeti", "osl-website", "ftp-mirror", "supercell", "beaver-barcamp",
    "protein-geometry", "openid-server", "dev-env", "chef-repo", "monitoring", "backups", "mailing-lists",
    "web-hosting", "build-farm", "ci-runners", "docs-site", "hiring",
]
FIRST = [
    "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "niaj",
    "olivia", "peggy", "rupert", "sybil", "trent", "uma", "victor", "walter", "xena", "yara", "zoe", "amir",
    "bea", "chen", "dana", "eli", "fatima", "goran", "hana", "ines", "jon", "kai", "lena", "mateo", "noor",
    "oskar", "priya", "quinn", "rosa", "sami", "tomas", "ulla", "vera", "wen", "yusuf", "zainab",
]
VERBS = ["Fixed", "Reviewed", "Wrote", "Debugged", "Refactored", "Deployed", "Planned", "Tested", "Documented",
         "Investigated", "Upgraded", "Migrated", "Paired on", "Triaged", "Benchmarked", "Answered questions about"]
OBJECTS = ["the login flow", "the installer", "the nightly build", "the API docs", "the database migration",
           "flaky tests", "the release notes", "the caching layer", "the mirror sync", "a memory leak",
           "the CI pipeline", "the staging server", "the backup job", "the search page", "the config parser",
           "the import tool", "the monitoring alerts", "the onboarding guide"]
TAILS = ["with the team", "for the next release", "after the outage", "as discussed in standup",
         "before the freeze", "per the client's request", "for the grant report", "(second pass)",
         "and opened follow-up issues", "on the old branch"]
ODD = ["café menu for the réunion", "Überprüfung der Übersetzung", "日本語のドキュメント", "fixed ✅ deploy 🚀",
       "naïve façade, señor", "Ελληνικά tests", "добавил тесты"]
LOG = ("2024-03-01T12:00:{:02d}Z ERROR worker[{}]: connection reset by peer (retrying in {} s); "
       "queue depth {}, last ok {} ms ago\n")


def main():
    n = int(sys.argv[1])
    owner = sys.argv[2] if len(sys.argv) > 2 else "bench"
    rng = random.Random(20)
    r = rng.random

    def pick(seq):
        return seq[int(r() * len(seq))]

    def weighted(cumulative, total):
        x = r() * total
        lo, hi = 0, len(cumulative) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if cumulative[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return lo

    # Users: names unique, each with a tenure, a weight and home projects.
    n_others = max(7, round(n / 2 / 6000))
    n_projects = 8 + n_others // 4
    projects = [PROJECTS[i] if i < len(PROJECTS) else f"client-{i:03d}" for i in range(n_projects)]
    project_cum, acc = [], 0.0
    for k in range(n_projects):
        acc += 1 / (k + 1)
        project_cum.append(acc)
    days = (END - START).days + 1
    others, taken = [], {owner}
    for i in range(n_others):
        name = pick(FIRST)
        while name in taken:
            name = f"{pick(FIRST)}{int(r() * 100)}"
        taken.add(name)
        # A third were there from the start, a third stay to the end.
        join = 0 if r() < 1 / 3 else int(r() * days * 0.8)
        leave = days if r() < 1 / 3 else join + int((days - join) * (0.3 + 0.7 * r()))
        home = sorted({weighted(project_cum, acc) for _ in range(1 + int(r() * 4))})
        others.append((name, join, max(leave, join + 30), 0.5 + r(), home))
    owner_home = sorted({weighted(project_cum, acc) for _ in range(3)})

    # Entries a day: weekdays, growing over the years; rounded so that they add up to n.
    weight = []
    for d in range(days):
        day = START + datetime.timedelta(days=d)
        weight.append((0.05 if day.weekday() >= 5 else 1.0) * (0.5 + d / days))
    total = sum(weight)
    quotas, carried, done = [], 0.0, 0
    for w in weight:
        carried += w * n / total
        q = round(carried) - done
        quotas.append(q)
        done += q
    quotas[-1] += n - done

    def duration():
        x = r()
        if x < 0.05:
            return 60 * (5 + int(r() * 540))
        return 900 * (1 + min(int(-4 * math.log(1 - r())), 35))

    def notes():
        x = r()
        if x < 0.12:
            return None
        if x < 0.13:
            return "".join(LOG.format(int(r() * 60), int(r() * 16), int(r() * 30), int(r() * 9999), int(r() * 99999))
                           for _ in range(8 + int(r() * 12)))
        parts = [f"{pick(VERBS)} {pick(OBJECTS)}"]
        for _ in range(int(-2 * math.log(1 - r()))):
            parts.append(f"{pick(VERBS).lower()} {pick(OBJECTS)} {pick(TAILS)}")
        text = "; ".join(parts) + "."
        y = r()
        if y < 0.03:
            text += f" {pick(ODD)}"
        elif y < 0.05:
            text += ' Client said "asap, please", so: done.'
        elif y < 0.055:
            text += "\nSee the ticket for details."
        return text

    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    out = sys.stdout
    for d, quota in enumerate(quotas):
        day = START + datetime.timedelta(days=d)
        active = [u for u in others if u[1] <= d < u[2]] or others[:1]
        cum, acc_u = [], 0.0
        for u in active:
            acc_u += u[3]
            cum.append(acc_u)
        lines = []
        for _ in range(quota):
            if r() < 0.5:
                user, home = owner, owner_home
            else:
                u = active[weighted(cum, acc_u)]
                user, home = u[0], u[4]
            project = projects[pick(home) if r() < 0.8 else weighted(project_cum, acc)]
            k = 1 if r() < 0.75 else (2 if r() < 0.8 else 3)
            acts = []
            while len(acts) < k:
                a = pick(ACTIVITIES)
                if a not in acts:
                    acts.append(a)
            entry = {
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "user": user,
                "project": project,
                "activities": acts,
                "duration": duration(),
                "date_worked": day.isoformat(),
                "created_at": min(day + datetime.timedelta(days=min(int(-math.log(1 - r()) * 0.6), 3)), END).isoformat(),
            }
            text = notes()
            if text is not None:
                entry["notes"] = text
            if r() < 0.3:
                entry["issue_uri"] = f"https://github.com/osuosl/{project}/issues/{1 + int(r() * 2000)}"
            lines.append(encode(entry))
        if lines:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
