#!/usr/bin/env bash
# Re-creates data/flows/imf-dots/dots_x_fob.csv.gz from the full DOTS file (dots_long.csv.gz of
# the project's shared data, both flows) and checks both files against their SHA-256 sums.
# Usage: data/tools/extract-dots.sh [PATH/TO/dots_long.csv.gz]   (default: ../shared/data/flows/imf-dots/)
# The extract keeps the header and every X_FOB row (exports FOB as reported by the exporter), in
# the original order, values untouched; the M_CIF rows (imports CIF) are left out.
set -euo pipefail
data="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="${1:-$data/../../shared/data/flows/imf-dots/dots_long.csv.gz}"
want_src=2e50947b81110be543eb5fd602fae9638ddc11c01a67a56df16a6361641eca3c
[ -f "$src" ] || { echo "extract-dots: $src: no such file" >&2; exit 2; }
got="$(sha256sum "$src" | cut -d' ' -f1)"
[ "$got" = "$want_src" ] || { echo "extract-dots: $src: sha256 $got, expected $want_src (another DOTS vintage?)" >&2; exit 2; }
out="$data/flows/imf-dots/dots_x_fob.csv.gz"
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
# -n: no name or time stamp in the gzip header, so the bytes (and the checksum) are reproducible
gzip -dc "$src" | awk 'NR == 1 || index($0, ",\"X_FOB\",") > 0' | gzip -9 -n > "$tmp"
mv "$tmp" "$out"
(cd "$data" && sha256sum -c --quiet SHA256SUMS) && echo "extract-dots: $out written and checked" >&2
