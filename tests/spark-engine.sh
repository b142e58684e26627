#!/usr/bin/env bash
# Script test (run by ./run-tests after `mvn verify`): `./integra flows indices --engine spark` runs
# through the launcher as a user runs it, on a small dyadic file, agrees with the DuckDB engine and
# prints nothing on stderr but Integra's own lines (no SLF4J or log4j noise).
# INTEGRA_NO_BUILD=1 (set by run-tests) makes the launcher use the jars `mvn verify` just built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/flows.csv" <<'CSV'
origin,destination,year,value
ARG,BRA,2015,10
ARG,CHL,2015,30
BRA,ARG,2015,20
BRA,CHL,2015,40
CHL,ARG,2015,5
CSV
fail() { echo "spark-engine.sh: FAIL: $*" >&2; exit 1; }
run() { # ENGINE: json records on $tmp/ENGINE.json, stderr on $tmp/ENGINE.err
  "$root/integra" flows indices --data "$tmp/flows.csv" --layout dyadic --group ARG,BRA --from 2015 --to 2015 \
    --index share,clearing-gross --engine "$1" --format json >"$tmp/$1.json" 2>"$tmp/$1.err" \
    || { cat "$tmp/$1.err" >&2; fail "--engine $1 exited with status $?"; }
}
run spark
run duckdb
# share = X_GG / X_G. = (10 + 20) / (10 + 30 + 20 + 40) = 30 %; gross clearing G = 30
grep -q '"index" : "share"' "$tmp/spark.json" || fail "no share record: $(cat "$tmp/spark.json")"
tr -d ' \n' <"$tmp/spark.json" | grep -q '"index":"share","value":30.0' \
  || fail "spark share is not 30.0: $(cat "$tmp/spark.json")"
cmp -s "$tmp/spark.json" "$tmp/duckdb.json" || fail "spark and duckdb differ: $(diff "$tmp/spark.json" "$tmp/duckdb.json")"
if grep -v '^integra: ' "$tmp/spark.err" | grep -q .; then
  fail "unexpected lines on stderr (logging noise?):"$'\n'"$(grep -v '^integra: ' "$tmp/spark.err")"
fi
if grep -qi -e slf4j -e log4j "$tmp/spark.err"; then fail "logging noise on stderr: $(cat "$tmp/spark.err")"; fi
echo "spark-engine.sh: ok (spark = duckdb, share 30.0, stderr clean)"
