#!/usr/bin/env bash
# Builds the scale database bench/.cache/scale-<N>x<Y>.db once: generates N departments × Y years of synthetic
# disclosures (bench/DisclosureGenerator) and loads them with the real importer CLI (Release). A cached database is
# reused; an interrupted build leaves only a .partial file, never a database that looks complete.
# usage: bench/build-scale.sh [departments=$SCALE_DEPARTMENTS or 10000] [years=$SCALE_YEARS or 10] [first-year=2017] [seed=1]
set -euo pipefail
cd "$(dirname "$0")/.."

departments=${1:-${SCALE_DEPARTMENTS:-10000}}
years=${2:-${SCALE_YEARS:-10}}
first_year=${3:-2017}
seed=${4:-1}
cache=bench/.cache
name=scale-${departments}x${years}
db=$cache/$name.db
docs=$cache/$name.docs
report=$cache/$name.build.txt

if [[ -f $db ]]; then
  echo "scale database cached: $db"
  [[ -f $report ]] && cat "$report"
  exit 0
fi

mkdir -p "$cache"
# SKIP_BUILD=1 reuses the Release binaries already built (e.g. while someone else's change breaks the build).
if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  for project in bench/DisclosureGenerator src/Importer; do
    dotnet build "$project" -c Release -v q -nologo >"$cache/build.log" 2>&1 || { grep -E 'error' "$cache/build.log" | sort -u; exit 1; }
  done
fi

# Run copies of the binaries: a rebuild of the tree during a long import must not swap assemblies under it.
rm -rf "$cache/$name.bin" && mkdir -p "$cache/$name.bin"
cp -r bench/DisclosureGenerator/bin/Release/net10.0 "$cache/$name.bin/generator"
cp -r src/Importer/bin/Release/net10.0 "$cache/$name.bin/importer"

# Background work on a shared 2-core machine: stay out of the way of interactive builds and tests.
run() { nice -n 10 "$@"; }

# A -wal/-shm left by a deleted database would be replayed into the new file of the same name: remove them too.
rm -rf "$docs" "$db.partial" "$db.partial-wal" "$db.partial-shm" "$db-wal" "$db-shm"
start=$(date +%s.%N)
run dotnet "$cache/$name.bin/generator/BudgetGraph.DisclosureGenerator.dll" generate "$docs" "$departments" "$years" "$first_year" "$seed"
generated=$(date +%s.%N)
files=$(find "$docs" -name '*.txt' | wc -l)
bytes=$(du -sb "$docs" | cut -f1)

# The importer prints one summary row per file: keep it in a log, show only the tail.
ConnectionStrings__Budget="Data Source=$db.partial" run dotnet "$cache/$name.bin/importer/BudgetGraph.Importer.dll" import "$docs" \
  >"$cache/$name.import.log" 2>&1 || { tail -20 "$cache/$name.import.log"; exit 1; }
imported=$(date +%s.%N)
mv "$db.partial" "$db"
rm -rf "$cache/$name.bin"

gen_s=$(echo "$generated - $start" | bc)
imp_s=$(echo "$imported - $generated" | bc)
{
  echo "scale database $db: $departments departments × $years years from $first_year (seed $seed), $files documents, $((bytes / 1024 / 1024)) MiB of text"
  printf 'generation %.1f s, import %.1f s (%.1f documents/s) on %s cores, %s\n' "$gen_s" "$imp_s" "$(echo "$files / $imp_s" | bc -l)" "$(nproc)" "$(date -u +%FT%TZ)"
} | tee "$report"
