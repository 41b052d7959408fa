#!/usr/bin/env bash
# Load test of lecture logging through `campaign serve` (issue 5, item 6).
#
# Starts the server on 127.0.0.1 with a temporary database (60 schools served by one officer), signs
# in with curl to get the session cookie and the form token, then runs wrk for 10 s with a Lua script
# that POSTs lectures, each on a distinct (school, date). Writes stop after 8 s; the last 2 s only
# fetch a stylesheet, so that no write is still in flight when wrk stops. Then it checks that the
# lecture table has exactly one row per accepted request (303) that wrk counted.
#
#   Benchmarks/load.sh              # builds with `swift build` unless CAMPAIGN_BIN is set
#   CAMPAIGN_BIN=.build/release/campaign DURATION=10 CONNECTIONS=16 Benchmarks/load.sh
#
# Exit status 0 when nothing was lost, 1 otherwise. Traffic goes only to 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
WRITE_SECONDS=$((DURATION > 3 ? DURATION - 2 : DURATION))
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SCHOOLS=${SCHOOLS:-60}

if ! command -v wrk >/dev/null; then
    echo "Installing wrk…"
    (apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; })
fi

if [[ -z "${CAMPAIGN_BIN:-}" ]]; then
    swift build --product campaign >/dev/null
    CAMPAIGN_BIN="$(swift build --show-bin-path)/campaign"
fi

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [[ -n "$server_pid" ]] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

db="$work/load.sqlite"
today=$(TZ=Asia/Shanghai date +%F)

# A roster: SCHOOLS schools, one officer assigned to all of them.
{
    echo "code,name,county,city"
    for i in $(seq -w 1 "$SCHOOLS"); do echo "L$i,压力测试学校$i,测试区,测试市"; done
} > "$work/schools.csv"
printf 'code,name,role\nLT01,压力测试警官,护校民警\n' > "$work/officers.csv"
{
    echo "officer,school"
    for i in $(seq -w 1 "$SCHOOLS"); do echo "LT01,L$i"; done
} > "$work/assignments.csv"
for kind in schools officers assignments; do
    "$CAMPAIGN_BIN" import "$kind" "$work/$kind.csv" --db "$db" --content Content >/dev/null
done
printf 'load test password\n' | "$CAMPAIGN_BIN" user add --username loadtest --role officer --officer LT01 --db "$db" >/dev/null

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
"$CAMPAIGN_BIN" serve --host 127.0.0.1 --port "$port" --db "$db" --content Content --site Site > "$work/serve.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    curl -fs -o /dev/null "$base/app/login" && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log"; echo "the server did not start"; exit 1; }
    sleep 1
done

# Sign in as a browser would: the login form's token, then the session's token from the officer's page.
jar="$work/cookies"
token() { grep -o 'name="csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
login_token=$(curl -fs -c "$jar" -b "$jar" "$base/app/login" | token)
curl -fs -o /dev/null -c "$jar" -b "$jar" -H "Origin: $base" \
    --data-urlencode "username=loadtest" --data-urlencode "password=load test password" \
    --data-urlencode "csrf=$login_token" "$base/app/login"
session=$(awk '$6 == "campaign_session" { print $7 }' "$jar")
csrf=$(curl -fs -b "$jar" "$base/app/lectures" | token)
[[ -n "$session" && -n "$csrf" ]] || { echo "could not sign in"; exit 1; }

# Weekdays from the first shipped term to today; holidays are refused by the server (422), which the
# check counts apart.
dates=$(python3 - "$today" <<'PY'
import datetime, sys
day, end = datetime.date(2025, 9, 1), datetime.date.fromisoformat(sys.argv[1])
out = []
while day <= end:
    if day.weekday() < 5: out.append('"%s"' % day.isoformat())
    day += datetime.timedelta(days=1)
print(",".join(out))
PY
)

cat > "$work/lectures.lua" <<LUA
-- Each thread takes every ${THREADS}th (school, date) pair, so no pair is sent twice.
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

local dates = { $dates }
local schools = ${SCHOOLS}
local counter = 0
local stop_writes
accepted, refused, other, reads = 0, 0, 0, 0

function init(args)
  stop_writes = os.time() + ${WRITE_SECONDS}
end

local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Origin"] = "${base}",
  ["Cookie"] = "campaign_session=${session}",
}

function request()
  local n = counter * ${THREADS} + id
  counter = counter + 1
  if os.time() >= stop_writes or n >= schools * #dates then
    return wrk.format("GET", "/app/app.css")
  end
  local school = string.format("L%02d", n % schools + 1)
  local date = dates[math.floor(n / schools) + 1]
  local body = "school=" .. school .. "&date=" .. date .. "&topic=load+test+" .. n .. "&csrf=${csrf}"
  return wrk.format("POST", "/app/lectures", headers, body)
end

function response(status, headers, body)
  if status == 303 then accepted = accepted + 1
  elseif status == 422 then refused = refused + 1
  elseif status == 200 then reads = reads + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local a, r, o, g = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("accepted"); r = r + thread:get("refused")
    o = o + thread:get("other"); g = g + thread:get("reads")
  end
  io.write(string.format("accepted=%d refused=%d other=%d reads=%d errors=%d\n", a, r, o, g,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s (writes for ${WRITE_SECONDS}s) against $base"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s --latency -s "$work/lectures.lua" "$base" | tee "$work/wrk.txt"
kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""

counts=$(grep -o 'accepted=.*' "$work/wrk.txt")
accepted=$(sed 's/.*accepted=\([0-9]*\).*/\1/' <<<"$counts")
other=$(sed 's/.*other=\([0-9]*\).*/\1/' <<<"$counts")
errors=$(sed 's/.*errors=\([0-9]*\).*/\1/' <<<"$counts")
rows=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM lecture").fetchone()[0])' "$db")
audits=$(python3 -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("SELECT COUNT(*) FROM audit WHERE action = '"'"'log lecture'"'"'").fetchone()[0])' "$db")

echo "accepted by the server (303): $accepted; rows in lecture: $rows; audit entries: $audits; other statuses: $other; socket errors: $errors"
if [[ "$accepted" -gt 0 && "$accepted" == "$rows" && "$rows" == "$audits" && "$other" == 0 ]]; then
    echo "load test: 1 passed, 0 failed"
else
    echo "load test: 0 passed, 1 failed (accepted $accepted, rows $rows, audit $audits, other $other)"
    tail -20 "$work/serve.log"
    exit 1
fi
