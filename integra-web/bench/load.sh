#!/usr/bin/env bash
# Load benchmark of the web workbench on loopback (bounded in time; stops by itself).
#  1. the Java open-loop harness: constant 200 req/s to the case page and the assess API,
#     p50/p90/p99 corrected for coordinated omission;
#  2. if wrk (Debian package) is installed: its closed-loop maximum throughput for the same two URLs.
# Usage: integra-web/bench/load.sh [--rate N] [--seconds N] [--cases PATH]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# the harness lives in integra-bench (benchmarks beside the code, out of the server's jar); one
# reactor run builds it and copies its runtime class path to integra-bench/target/lib (never mvn install)
mvn -q -B -pl integra-bench -am -DskipTests package >&2
cp="integra-bench/target/classes:integra-bench/target/lib/*"
args=("$@")
if ! printf '%s\n' "${args[@]:-}" | grep -q -- '--cases'; then
  # the bundled case base once the thesis cases are bundled; the test fixture until then
  if [ -z "$(ls integra-casebase/src/main/resources/io/integra/casebase/data/cases 2>/dev/null)" ]; then
    args+=(--cases integra-web/src/test/resources/fixture)
  fi
fi
java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$cp" io.integra.bench.web.LoadBench "${args[@]}"
