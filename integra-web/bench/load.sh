#!/usr/bin/env bash
# Load benchmark of the web workbench on loopback (bounded in time; stops by itself).
#  1. the Java open-loop harness: constant 200 req/s to the case page and the assess API,
#     p50/p90/p99 corrected for coordinated omission;
#  2. if wrk (Debian package) is installed: its closed-loop maximum throughput for the same two URLs.
# Usage: integra-web/bench/load.sh [--rate N] [--seconds N] [--cases PATH]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# one reactor run: siblings resolve to their freshly built jars (never mvn install); integra-web
# comes last, so its classpath is the one left in the file
mvn -q -B -pl integra-web -am -DskipTests package dependency:build-classpath -Dmdep.outputFile="$root/integra-web/target/classpath.txt" >&2
cp="integra-web/target/classes:$(cat integra-web/target/classpath.txt)"
args=("$@")
if ! printf '%s\n' "${args[@]:-}" | grep -q -- '--cases'; then
  # the bundled case base once the thesis cases are bundled; the test fixture until then
  if [ -z "$(ls integra-casebase/src/main/resources/io/integra/casebase/data/cases 2>/dev/null)" ]; then
    args+=(--cases integra-web/src/test/resources/fixture)
  fi
fi
java -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "$cp" io.integra.web.bench.LoadBench "${args[@]}"
