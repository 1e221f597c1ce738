#!/usr/bin/env bash
# End-to-end benchmarks of the release binary against the test server
# (`timesync-server`, from the engine crate) on loopback, each as a ratio to a floor
# measured in the same run. Wall times come from hyperfine, a command and
# its floor run in turn and compared pair by pair; peak memory from
# /usr/bin/time -v. Not run by CI: `bash benches/run.sh` (needs hyperfine,
# curl, python3 and GNU time; `apt install hyperfine time curl`).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine curl python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }
done
cargo build --release --quiet -p timesync-cli -p timesync-engine --bin timesync --bin timesync-server
target=$(realpath "${CARGO_TARGET_DIR:-target}")
timesync=$target/release/timesync
server=$target/release/timesync-server
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work TIMESYNC_CONFIG=$work/config.toml
runs=${RUNS:-20}

# Starts a server with N entries on PORT and logs in to it (profile pPORT).
serve() {
    local port=$1 entries=$2
    "$server" --listen "127.0.0.1:$port" --admin bench:pw --bench "$entries" >"$work/server-$port" &
    echo $! >"$work/pid-$port"
    for _ in $(seq 100); do [ -s "$work/server-$port" ] && break; sleep 0.1; done
    # A port taken by another server would silently measure that one.
    [ -s "$work/server-$port" ] && kill -0 "$(cat "$work/pid-$port")" 2>/dev/null ||
        { echo "bench: the test server did not start on port $port (is the port taken?)" >&2; exit 2; }
    echo pw | "$timesync" --profile "p$port" --url "http://127.0.0.1:$port/v0" login --username bench --password-stdin >/dev/null
}
stop() { kill "$(cat "$work/pid-$1")"; wait "$(cat "$work/pid-$1")" 2>/dev/null || true; }
token() { sed -n "/^\[profiles.p$1\]/,/^\[/s/^token = \"\(.*\)\"/\1/p" "$TIMESYNC_CONFIG"; }
uri() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
# The median of a hyperfine JSON export, in ms, for command N (0-based).
median() { python3 -c 'import json, sys; print("%.1f" % (json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"] * 1000))' "$1" "$2"; }
ratio() { python3 -c 'import sys; print("%.2f" % (float(sys.argv[1]) / float(sys.argv[2])))' "$1" "$2"; }
peak_kib() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
# Times FLOOR and OURS in turn, two runs of each at a time (which goes first
# alternating), $runs runs of each in all. Prints OURS's and FLOOR's median
# wall times in ms and the median of the pair-by-pair ratios OURS/FLOOR,
# which holds when the machine's speed drifts during the runs.
in_turn() {
    local name=$1 floor=$2 ours=$3 round
    for round in $(seq $(((runs + 1) / 2))); do
        if [ $((round % 2)) = 1 ]; then set -- "$floor" "$ours"; else set -- "$ours" "$floor"; fi
        hyperfine -N -w 1 -r 2 --export-json "$work/$name-$round.json" "$1" "$2" >/dev/null 2>&1
    done
    python3 - "$work" "$name" "$floor" <<'PY'
import glob, json, statistics, sys
work, name, floor = sys.argv[1:4]
floors, ours, ratios = [], [], []
for path in glob.glob(f"{work}/{name}-*.json"):
    a, b = json.load(open(path))["results"]
    f, o = (a, b) if a["command"] == floor else (b, a)
    floors += f["times"]
    ours += o["times"]
    ratios += [y / x for x, y in zip(f["times"], o["times"])]
print("%.1f %.1f %.2f" % (statistics.median(ours) * 1000, statistics.median(floors) * 1000, statistics.median(ratios)))
PY
}

echo "machine: $(nproc) cores, $(uname -sm), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

port=18100
for entries in 5000 100000; do
    port=$((port + 1))
    serve "$port" "$entries"
    url="http://127.0.0.1:$port/v0/times?token=$(uri "$(token "$port")")"
    bytes=$(curl -s "$url" | wc -c)
    read -r ours_ms curl_ms get_ratio < <(in_turn "get-$entries" "curl -s -o /dev/null $url" "$timesync --profile p$port --json time get")
    # Floors measured in the same state: a --test run, and a tiny GET (the HTTP stack's own memory).
    floor_kib=$(peak_kib "$timesync" --profile "p$port" --test --json token)
    http_kib=$(peak_kib "$timesync" --profile "p$port" --json user get bench)
    peak=$(peak_kib "$timesync" --profile "p$port" --json time get)
    echo "--json time get, $entries entries ($bytes bytes): ${ours_ms} ms vs raw GET ${curl_ms} ms = ${get_ratio}x;" \
        "peak ${peak} KiB = --test floor ${floor_kib} KiB + $(ratio "$((peak - floor_kib))" "$((bytes / 1024))")x the payload" \
        "(a one-user GET: ${http_kib} KiB)"
    if [ "$entries" = 5000 ]; then
        /usr/bin/time -f "%U %S" "$timesync" --profile "p$port" time get 2>"$work/cpu" >/dev/null
        echo "table of $entries entries: $(awk '{printf "%.0f", ($1 + $2) * 1000}' "$work/cpu") ms CPU (user + sys, whole process)"
    fi
done

# One create: timesync (one POST, the project cached at login) vs one curl POST.
serve 18200 0
body() { printf '{"auth":{"type":"token","token":"%s"},"object":{"duration":3600,"project":"bench","user":"bench","date_worked":"2026-11-02"}}' "$(token 18200)"; }
body >"$work/post.json"
read -r ours_ms curl_ms create_ratio < <(in_turn create \
    "curl -s -o /dev/null -H content-type:application/json --data @$work/post.json http://127.0.0.1:18200/v0/times" \
    "$timesync --profile p18200 -q time create -d 1h -p bench -D 2026-11-02")
echo "time create: $ours_ms ms vs one curl POST $curl_ms ms = ${create_ratio}x"

# Import of 5,000 entries vs the same POSTs over one kept-alive curl
# connection. Each run goes into a fresh, empty server (a server's POSTs slow
# down as it fills), the two in turn; the medians of the runs are compared.
# Writes the CSV, and curl's config with the token of the server on PORT.
import_files() {
    python3 - "$work" "$(token "$1")" "$1" <<'PY'
import json, sys
work, token, port = sys.argv[1], sys.argv[2], sys.argv[3]
with open(f"{work}/import.csv", "w") as csv, open(f"{work}/curl.cfg", "w") as cfg:
    csv.write("date_worked,duration,project,activities,notes\n")
    for n in range(5000):
        day = f"2026-{1 + n % 11:02d}-{1 + n % 28:02d}"
        csv.write(f"{day},{600 + n},bench,dev,import {n}\n")
        body = {"auth": {"type": "token", "token": token}, "object": {"duration": 600 + n, "project": "bench",
                "user": "bench", "activities": ["dev"], "date_worked": day, "notes": f"import {n}"}}
        if n:
            cfg.write("next\n")
        cfg.write(f'url = "http://127.0.0.1:{port}/v0/times"\nheader = "content-type: application/json"\n')
        cfg.write(f"data = {json.dumps(json.dumps(body))}\noutput = /dev/null\nsilent\n")
PY
}
elapsed_ms() { local start; start=$(date +%s%N); "$@" >/dev/null; echo $((($(date +%s%N) - start) / 1000000)); }
# Each on the fresh server `serve` started on port $1 (outside the command
# substitution, so that a server that cannot start stops the script).
curl_import() { import_files "$1"; elapsed_ms curl -K "$work/curl.cfg"; stop "$1"; }
ours_import() { elapsed_ms "$timesync" --profile "p$1" -q time import "$work/import.csv"; stop "$1"; }
curl_runs=() ours_runs=()
for round in $(seq "${IMPORT_RUNS:-5}"); do
    port=$((18300 + 2 * round))
    serve "$port" 0
    serve $((port + 1)) 0
    if [ $((round % 2)) = 1 ]; then
        curl_runs+=("$(curl_import "$port")") ours_runs+=("$(ours_import $((port + 1)))")
    else
        ours_runs+=("$(ours_import $((port + 1)))") curl_runs+=("$(curl_import "$port")")
    fi
done
python3 - "${ours_runs[*]}" "${curl_runs[*]}" <<'PY'
import statistics, sys
ours, curl = ([int(t) for t in arg.split()] for arg in sys.argv[1:3])
print("import of 5000 entries: %d ms vs the same POSTs over one curl connection %d ms = %.2fx (median of the "
      "ratios of %d runs in turn: %s / %s ms)" % (statistics.median(ours), statistics.median(curl),
      statistics.median(o / c for o, c in zip(ours, curl)), len(ours), sys.argv[1], sys.argv[2]))
PY

hyperfine -N -w 5 -r 50 --export-json "$work/test.json" "$timesync --test time get" >/dev/null
echo "--test time get, fresh process: $(median "$work/test.json" 0) ms"
