#!/usr/bin/env bash
# bench/run.sh: BudgetGraph's speed, every figure a ratio of two things measured side by side in this run.
#   1. GraphQL `breakdown` of one department vs a bare minimal-API endpoint (bench/HttpBaseline) that answers the same
#      JSON with one hand-written SQL statement: requests/s and p99 (targets: >= 0.40 of its requests/s, p99 <= 3x).
#   2. The same GraphQL query on SQLite vs PostgreSQL.
#   3. The cost of the complexity analyzer on throughput (the API with GraphQL:ComplexityAnalyzer=false; target <= 5%).
#   4. `compare` of one department on the generated scale database vs hand-written SQL (bench/QueryBenchmark, <= 2x),
#      with the explain plans and breakdown time at two database sizes.
#   5. Import: importer lines/s vs a raw prepared-insert loop of the same rows (>= 0.25), documents/s for text and PDF.
# Every server (API, baseline, PostgreSQL) runs on core 0, wrk (-t1) on core 1, loopback only, each load bounded by
# BENCH_SECONDS (default 10). Sections 1-3 run their loads in BENCH_ROUNDS (default 3) alternating rounds and report each
# figure as the median of its rounds, so drift on the machine hits every side alike.
# The scale database is built once into bench/.cache/ (bench/build-scale.sh); its build is not part of the timed run.
# Usage: bench/run.sh [--skip-scale] [--skip-import] [--skip-peer]. Takes about 11 minutes on 2 cores once the cache
# exists (the peer, bench/peer.sh, about 5 of them).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP_SECONDS:-3}
connections=${BENCH_CONNECTIONS:-8}
rounds=${BENCH_ROUNDS:-3}
skip_scale="" skip_import="" skip_peer=""
for arg in "$@"; do
  case $arg in
    --skip-scale) skip_scale=1 ;;
    --skip-import) skip_import=1 ;;
    --skip-peer) skip_peer=1 ;;
    *) echo "usage: bench/run.sh [--skip-scale] [--skip-import] [--skip-peer]"; exit 2 ;;
  esac
done

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
cache=$root/bench/.cache
work=$(mktemp -d /tmp/budgetgraph-bench-XXXXXX)
chmod 755 "$work"
pids=()
pg_data=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ -n "$pg_data" ]; then runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

need() { # need COMMAND PACKAGE: install a Debian package when its command is missing
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "bench: installing $2"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}
need wrk wrk
need /usr/lib/postgresql/15/bin/initdb postgresql
mkdir -p "$cache"

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/ {print $2}') GiB; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "== build (Release)"
for project in src/BudgetGraph bench/HttpBaseline bench/ImportBenchmark bench/QueryBenchmark; do
  [ -d "$project" ] && dotnet build "$project" -c Release -v q -nologo 2>&1 | grep -E "error|Warn|Elapsed" || true
done
api_dll=$root/src/BudgetGraph/bin/Release/net10.0/BudgetGraph.dll
baseline_dll=$root/bench/HttpBaseline/bin/Release/net10.0/HttpBaseline.dll

# start NAME PORT ENV... -- DLL: a server on core 0; waits until it answers /healthz (or / for the baseline).
start() {
  local name=$1 port=$2; shift 2
  local env=()
  while [ "$1" != "--" ]; do env+=("$1"); shift; done
  shift
  (cd "$work" && exec env "${env[@]}" ASPNETCORE_URLS="http://127.0.0.1:$port" RateLimiting__PermitLimit=1000000000 \
    Logging__LogLevel__Default=Warning Import__DataDirectory="$root/data" taskset -c 0 dotnet "$@" >"$work/$name.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/healthz" 2>/dev/null && return 0
    curl -fs -o /dev/null "http://127.0.0.1:$port/breakdown?department=x&year=1" 2>/dev/null && return 0
    sleep 0.5
  done
  echo "bench: $name did not start:"; tail -20 "$work/$name.log"; exit 1
}

# load URL: wrk on core 1 after a warm-up; sets rps and p99 (ms). Fails on any non-2xx answer.
load() {
  taskset -c 1 wrk -t1 -c"$connections" -d"${warmup}s" "$1" >/dev/null
  local out
  out=$(taskset -c 1 wrk -t1 -c"$connections" -d"${seconds}s" --latency "$1")
  if grep -q "Non-2xx" <<<"$out"; then
    echo "bench: non-2xx answers from $1:"; echo "$out"
    echo "bench: status of 16 parallel requests now:"
    local i curls=()
    for i in $(seq 1 16); do curl -s -o "$work/answer.$i" -w "%{http_code}\n" "$1" >"$work/status.$i" & curls+=($!); done
    wait "${curls[@]}"
    cat "$work"/status.* | sort | uniq -c
    grep -h -m1 "errors" "$work"/answer.* | head -c 800
    exit 1
  fi
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<<"$out")
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$3" -v op="$2" 'BEGIN { ok = (op == ">=") ? v >= t : v <= t; print ok ? "met" : "NOT met" }'; }

department=410702/DEPARTMENT/028
query="{ breakdown(year: 2026, by: FUNCTIONAL, level: 1, where: {department: {eq: \"$department\"}}) { key label amount(unit: WAN_YUAN) share } }"
graphql_path="/graphql?query=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$query")"
baseline_path="/breakdown?department=$department&year=2026"
same_json() { # same_json URL1 URL2: both answer equal JSON (parsed, numbers exact)
  python3 - "$1" "$2" <<'EOF'
import json, sys, urllib.request
from decimal import Decimal
a, b = (json.loads(urllib.request.urlopen(u).read(), parse_float=Decimal) for u in sys.argv[1:3])
sys.exit(0 if a == b else f"bench: the answers differ:\n{a}\n{b}")
EOF
}

echo
echo "== 1-3. HTTP: breakdown of one department (reference document), $connections connections, ${seconds} s per run"
sqlite_db=$work/http.db
start api-sqlite 5301 ConnectionStrings__Budget="Data Source=$sqlite_db" -- "$api_dll"
start baseline 5302 ConnectionStrings__Budget="Data Source=$sqlite_db;Mode=ReadOnly" -- "$baseline_dll"
start api-no-analyzer 5303 ConnectionStrings__Budget="Data Source=$sqlite_db" GraphQL__ComplexityAnalyzer=false -- "$api_dll"
same_json "http://127.0.0.1:5301$graphql_path" "http://127.0.0.1:5302$baseline_path"
same_json "http://127.0.0.1:5301$graphql_path" "http://127.0.0.1:5303$graphql_path"

pg_port=55433
mkdir -p "$work/pg" && chown postgres:postgres "$work/pg"   # initdb refuses root: the server runs as postgres
pg_data=$work/pg/data
runuser -u postgres -- /usr/lib/postgresql/15/bin/initdb -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# The database server shares core 0 with the API, as the in-process SQLite engine does.
runuser -u postgres -- taskset -c 0 /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_data" -l "$work/pg/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_data" start >/dev/null
psql -h 127.0.0.1 -p $pg_port -U postgres -qc "CREATE DATABASE budget" >/dev/null
pg_connection="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=budget"
start api-postgres 5304 Database__Provider=Postgres ConnectionStrings__Budget="$pg_connection" -- "$api_dll"
same_json "http://127.0.0.1:5301$graphql_path" "http://127.0.0.1:5304$graphql_path"

# Every load once per round, the rounds one after another; each figure is the median of its rounds. What limits the
# GraphQL/baseline ratio shows in two floors on the same GET pipeline (rate limiter, ETag, CORS, GraphQL executor,
# serializer): no resolver work ({ __typename }) and one trivial indexed statement ({ years }).
names=(baseline graphql_sqlite graphql_no_analyzer graphql_typename graphql_years graphql_postgres)
urls=("http://127.0.0.1:5302$baseline_path" "http://127.0.0.1:5301$graphql_path" "http://127.0.0.1:5303$graphql_path"
  "http://127.0.0.1:5301/graphql?query=%7B%20__typename%20%7D" "http://127.0.0.1:5301/graphql?query=%7B%20years%20%7D" "http://127.0.0.1:5304$graphql_path")
declare -A runs_rps runs_p99
for round in $(seq 1 "$rounds"); do
  for i in "${!names[@]}"; do
    load "${urls[$i]}"
    runs_rps[${names[$i]}]+="$rps "
    runs_p99[${names[$i]}]+="$p99 "
  done
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -g | awk '{v[NR]=$1} END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for name in "${names[@]}"; do
  printf -v "${name}_rps" '%s' "$(median "${runs_rps[$name]}")"
  printf -v "${name}_p99" '%s' "$(median "${runs_p99[$name]}")"
  rps_name=${name}_rps p99_name=${name}_p99
  printf "  %-22s median %8.0f requests/s   p99 %7.2f ms   (rounds: %s/ p99 %s)\n" "$name" "${!rps_name}" "${!p99_name}" "${runs_rps[$name]}" "${runs_p99[$name]}"
done

echo
rps_ratio=$(ratio "$graphql_sqlite_rps" "$baseline_rps")
p99_ratio=$(ratio "$graphql_sqlite_p99" "$baseline_p99")
analyzer_cost=$(awk -v on="$graphql_sqlite_rps" -v off="$graphql_no_analyzer_rps" 'BEGIN { printf "%.1f", (off - on) / off * 100 }')
echo "  RATIO GraphQL/baseline requests/s      $rps_ratio   (target >= 0.40: $(verdict "$rps_ratio" ">=" 0.40))"
echo "  RATIO GraphQL/baseline p99             $p99_ratio   (target <= 3: $(verdict "$p99_ratio" "<=" 3))"
echo "  floor: GraphQL { __typename }/baseline requests/s $(ratio "$graphql_typename_rps" "$baseline_rps"), { years }/baseline $(ratio "$graphql_years_rps" "$baseline_rps")"
echo "  RATIO PostgreSQL/SQLite requests/s     $(ratio "$graphql_postgres_rps" "$graphql_sqlite_rps")"
echo "  RATIO PostgreSQL/SQLite p99            $(ratio "$graphql_postgres_p99" "$graphql_sqlite_p99")"
echo "  COST  complexity analyzer on throughput $analyzer_cost %   (target <= 5 %: $(verdict "$analyzer_cost" "<=" 5))"
for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
wait 2>/dev/null || true
pids=()

if [ -z "$skip_scale" ] && [ -d bench/QueryBenchmark ]; then
  echo
  echo "== 4. compare and breakdown on the generated scale database"
  bench/build-scale.sh
  # Not pinned: both sides run in this one process, one call each in turn, and nothing else runs now. Pinned to one
  # core, .NET sees a single processor and its tiered JIT compiles hot methods late ({ __typename } 0.005 → 0.037 ms),
  # which would measure the JIT's warm-up rather than the query.
  dotnet "$root/bench/QueryBenchmark/bin/Release/net10.0/QueryBenchmark.dll" "$cache"
fi

if [ -z "$skip_import" ]; then
  echo
  echo "== 5. import"
  taskset -c 0 dotnet "$root/bench/ImportBenchmark/bin/Release/net10.0/ImportBenchmark.dll" "$root/../shared/data/disclosures" 3
fi

if [ -z "$skip_peer" ]; then
  echo
  echo "== 6. the peer: PostGraphile 5 on the same PostgreSQL database (bench/peer.sh)"
  DURATION=$seconds bench/peer.sh
fi
