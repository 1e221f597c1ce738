#!/usr/bin/env bash
# End-to-end benchmarks of the release binary against the test server
# (`timesync-server`, from the engine crate) on loopback, each as a ratio to a floor
# measured in the same run. Wall times come from hyperfine, a command and
# its floor run in turn and compared pair by pair; peak memory from
# /usr/bin/time -v. Not run by CI: `bash benches/run.sh` (needs hyperfine,
# curl, python3 and GNU time; `apt install hyperfine time curl`).
#
# Two parts, both by default (PARTS="base large"):
# - base: the figures of docs/performance.md's first table (5,000 and
#   100,000 entries of one user; create; import; --test).
# - large: every view (or those VIEWS matches) of a whole organisation's history (benches/org.py:
#   100,000 and 1,000,000 entries, SIZES="100000 1000000"), against a server
#   seeded once per size from the generated file (`timesync-server --seed`),
#   as the site admin and with --all-users where the view allows it. Each
#   view: wall median of VIEW_RUNS runs (3; a view whose first run took over
#   a minute is timed by that run alone), peak memory, and the bytes of the
#   replies it read (from the server's access log) with the `curl` time of
#   the largest. A view is stopped after TIMEOUT seconds (300) or when it
#   maps more than MEM_CAP_MIB (12288) and reported so.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in hyperfine curl python3 /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: needs $tool" >&2; exit 2; }
done
# TIMESYNC_BIN: another build of the client to measure (an earlier commit's,
# or the one in a release archive); then only the server is built here.
if [ -n "${TIMESYNC_BIN:-}" ]; then
    cargo build --release --quiet -p timesync-engine --bin timesync-server
else
    cargo build --release --quiet -p timesync-cli -p timesync-engine --bin timesync --bin timesync-server
fi
target=$(realpath "${CARGO_TARGET_DIR:-target}")
timesync=${TIMESYNC_BIN:-$target/release/timesync}
server=$target/release/timesync-server
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
export HOME=$work TIMESYNC_CONFIG=$work/config.toml
runs=${RUNS:-20}
parts=" ${PARTS-base large} "

# Starts a server on PORT with the options given (entries: --bench N or
# --seed FILE), logs in to it (profile pPORT) and writes the milliseconds it
# took to start to $work/start-PORT.
serve() {
    local port=$1 started
    shift
    started=$(date +%s%N)
    "$server" --listen "127.0.0.1:$port" --admin bench:pw --token-lifetime 86400 "$@" \
        >"$work/server-$port" 2>"$work/server-err-$port" &
    echo $! >"$work/pid-$port"
    # Seeding a million entries takes seconds; a server that has died stops the wait.
    for _ in $(seq 3000); do
        [ -s "$work/server-$port" ] || ! kill -0 "$(cat "$work/pid-$port")" 2>/dev/null && break
        sleep 0.1
    done
    echo $((($(date +%s%N) - started) / 1000000)) >"$work/start-$port"
    # A port taken by another server would silently measure that one.
    [ -s "$work/server-$port" ] && kill -0 "$(cat "$work/pid-$port")" 2>/dev/null ||
        { echo "bench: the test server did not start on port $port (is the port taken?)" >&2; cat "$work/server-err-$port" >&2; exit 2; }
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
build=$timesync
if [ -z "${TIMESYNC_BIN:-}" ] && git rev-parse --short HEAD >/dev/null 2>&1; then
    build="commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src crates Cargo.toml Cargo.lock || echo ' with changes')"
fi
echo "client: $("$timesync" --version), $build"

if [[ $parts == *" base "* ]]; then
    port=18100
    for entries in 5000 100000; do
        port=$((port + 1))
        serve "$port" --bench "$entries"
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
    serve 18200 --bench 0
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
        serve "$port" --bench 0
        serve $((port + 1)) --bench 0
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
fi

# Large histories: each view of a whole organisation's history, against a
# server seeded once per size. Printed as lines, then as a Markdown table.
if [[ $parts == *" large "* ]]; then
    view_runs=${VIEW_RUNS:-3} limit=${TIMEOUT:-300} cap_mib=${MEM_CAP_MIB:-12288}
    export COLUMNS=120 # the table's width, the same on every machine
    mib() { python3 -c 'import sys; print("%.1f" % (int(sys.argv[1]) / 1024))' "$1"; }
    proc_kib() { awk -v key="$2:" '$1 == key {print $2}' "/proc/$(cat "$work/pid-$1")/status"; }
    # The generated history of N entries, kept beside the build (it is the same
    # on every run): made again when benches/org.py changes.
    history_file() {
        local dir file
        dir=$target/bench-data
        file=$dir/org-$1-$(sha256sum benches/org.py | cut -c1-12).jsonl
        if [ ! -s "$file" ]; then
            mkdir -p "$dir"
            python3 benches/org.py "$1" >"$file.part"
            mv "$file.part" "$file"
        fi
        echo "$file"
    }
    # curl's median wall time in ms for a URL (the server's share of a view's
    # wall time), measured once per URL and size: `time_curl URL` (not in a
    # subshell, which would forget it), then ${curl_ms_of[URL]}.
    declare -A curl_ms_of=()
    time_curl() {
        if [ -z "${curl_ms_of[$1]:-}" ]; then
            hyperfine -N -w 0 -r "$view_runs" --export-json "$work/curl.json" "curl -s -o /dev/null $1" >/dev/null 2>&1
            curl_ms_of[$1]=$(median "$work/curl.json" 0)
        fi
    }
    # Measures one view: `view NAME [--prepare CMD] ARGS...`, ARGS given to
    # timesync on the server of $port. A first run, under the time limit and
    # the memory cap, gives the peak and the replies read (the access log);
    # then hyperfine times VIEW_RUNS runs, unless the first took over a minute.
    view() {
        local name=$1 prepare=: status=0 before wall peak bytes gets url largest ms runs_note curl note k
        shift
        # VIEWS: a regular expression; only the views whose names match it are measured.
        [[ -z ${VIEWS:-} || $name =~ $VIEWS ]] || return 0
        if [ "$1" = --prepare ]; then prepare=$2; shift 2; fi
        local command=("$timesync" --profile "p$port" "$@")
        $prepare >/dev/null 2>&1 || true
        before=$(wc -l <"$access")
        (ulimit -v $((cap_mib * 1024)) && exec /usr/bin/time -f "%e %M" -o "$work/once" timeout "$limit" "${command[@]}") \
            >/dev/null 2>"$work/stderr" || status=$?
        read -r wall peak < <(tail -1 "$work/once")
        # The GETs of this run: their bytes, and the largest, with its token (the log hides it).
        read -r gets bytes largest < <(tail -n +$((before + 1)) "$access" | awk '$1 == "GET" {n++; sum += $4; if ($4 >= max) {max = $4; url = $2}}
            END {print n + 0, sum + 0, (url == "" ? "-" : url)}')
        url=http://127.0.0.1:$port${largest/token=…/token=$(uri "$(token "$port")")}
        k=$(python3 -c 'import sys; p, f, b = map(int, sys.argv[1:]); print("%.2f" % ((p - f) * 1024 / b) if b else "-")' "$peak" "$floor_kib" "$bytes")
        if [ "$status" = 124 ]; then
            note="over ${limit} s (stopped; peak $(mib "$peak") MiB by then)"
            echo "$name, $entries entries: $note; replies read by then: $bytes bytes in $gets GETs"
            printf '| `%s` | %s | **over %s s** | | **%s MiB by then** | | %s |\n' "$name" "$entries" "$limit" "$(mib "$peak")" "$bytes" >>"$work/large.md"
            return
        elif [ "$status" != 0 ]; then
            note="failed (exit $status): $(head -c 300 "$work/stderr" | tr '\n|' '  ')"
            grep -q "memory allocation" "$work/stderr" && note="over the ${cap_mib} MiB memory cap"
            echo "$name, $entries entries: $note (after $wall s)"
            printf '| `%s` | %s | **%s** | | | | %s |\n' "$name" "$entries" "$note" "$bytes" >>"$work/large.md"
            return
        fi
        if awk -v wall="$wall" 'BEGIN {exit !(wall > 60)}'; then
            ms=$(python3 -c 'import sys; print("%.1f" % (float(sys.argv[1]) * 1000))' "$wall") runs_note="1 run"
        else
            ms=$(python3 -c 'import sys; print("%.1f" % (float(sys.argv[1]) * 1000))' "$wall") runs_note="1 run; the others failed"
            if hyperfine -N -w 0 -r "$view_runs" --prepare "sh -c '$prepare >/dev/null 2>&1 || true'" \
                --export-json "$work/view.json" "${command[*]}" >/dev/null; then
                ms=$(median "$work/view.json" 0) runs_note="$view_runs runs"
            fi
        fi
        $prepare >/dev/null 2>&1 || true
        curl=-
        if [ "$largest" != - ]; then
            time_curl "$url"
            curl=${curl_ms_of[$url]}
        fi
        echo "$name, $entries entries: $ms ms ($runs_note; curl of its largest GET ${curl} ms);" \
            "peak $(mib "$peak") MiB = floor $(mib "$floor_kib") MiB + ${k}x the replies ($bytes bytes in $gets GETs)"
        printf '| `%s` | %s | %s | %s | %s | %s | %s |\n' "$name" "$entries" \
            "$(python3 -c 'import sys; print("%.2f s" % (float(sys.argv[1]) / 1000))' "$ms")" \
            "$([ "$curl" = - ] && echo - || python3 -c 'import sys; print("%.2f s" % (float(sys.argv[1]) / 1000))' "$curl")" \
            "$(mib "$peak") MiB" "$k" "$bytes" >>"$work/large.md"
    }

    echo "| view | entries | wall (median) | curl of its largest GET | peak | (peak − floor) ÷ replies | replies read (bytes) |" >"$work/large.md"
    echo "|---|---|---|---|---|---|---|" >>"$work/large.md"
    port=18500
    for entries in ${SIZES-100000 1000000}; do
        port=$((port + 1))
        file=$(history_file "$entries")
        access=$work/access-$port
        serve "$port" --seed "$file" --access-log "$access"
        echo "server with $entries entries ($(wc -c <"$file") bytes of JSON lines): ready in $(cat "$work/start-$port") ms," \
            "RSS $(mib "$(proc_kib "$port" VmRSS)") MiB ($(tail -1 "$work/server-err-$port"))"
        # The floor: a --test run, the process and its HTTP stack without a reply.
        floor_kib=$(peak_kib "$timesync" --profile "p$port" --test --json token)
        cancel="$timesync --profile p$port clock cancel"
        view "--json time get" --json time get
        view "time get (table)" time get
        view "--csv time get" --csv time get
        view "-q time get" -q time get
        # In the server's order, written as the entries arrive (builds that have --sort).
        if "$timesync" time get --help | grep -q -- --sort; then
            view "--csv time get --sort none" --csv time get --sort none
            view "-q time get --sort none" -q time get --sort none
        fi
        view "report --by project,user" report --by project,user
        view "log --all-users --start 2000-01-01" log --all-users --start 2000-01-01
        view "log --all-users --start 2000-01-01 --html FILE" log --all-users --start 2000-01-01 --html "$work/log.html"
        view "time show @1" time show @1
        view "time show @5000" time show @5000
        view "restart @5000 --at -1m" --prepare "$cancel" restart @5000 --at -1m
        # A running clock, as a shell prompt shows it, against `true`.
        "$timesync" --profile "p$port" -q clock in gwm -a dev --at -1h
        # A couple of milliseconds: many runs in one go, warm, each median against `true`'s.
        hyperfine -N -w 50 -r "${STATUS_RUNS:-500}" --export-json "$work/status-$entries.json" true \
            "$timesync --profile p$port clock status --short" >/dev/null 2>&1
        true_ms=$(median "$work/status-$entries.json" 0) ours_ms=$(median "$work/status-$entries.json" 1)
        status_ratio=$(ratio "$ours_ms" "$true_ms")
        status_peak=$(peak_kib "$timesync" --profile "p$port" clock status --short)
        $cancel >/dev/null
        echo "clock status --short, $entries entries: $ours_ms ms vs true $true_ms ms = ${status_ratio}x; peak $(mib "$status_peak") MiB"
        printf '| `clock status --short` | %s | %s ms | `true`: %s ms (%sx) | %s MiB | | |\n' "$entries" "$ours_ms" "$true_ms" \
            "$status_ratio" "$(mib "$status_peak")" >>"$work/large.md"
        echo "server with $entries entries: peak RSS $(mib "$(proc_kib "$port" VmHWM)") MiB after the views"
        stop "$port"
    done
    echo
    cat "$work/large.md"
fi
