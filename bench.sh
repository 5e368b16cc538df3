#!/usr/bin/env bash
# Benchmarks; they print their figures and are never part of the test suite.
#   ./bench.sh RenderBenchmark 200   a benchmark main from src/test/java/com/ratecard/bench, in one warm JVM
#   ./bench.sh peer 100              ratecard's whole batch of N openings (xlsx + pdf, JVM start included)
#                                    against LibreOffice converting the same N workbooks to PDF, side by side
set -euo pipefail
cd "$(dirname "$0")"
name="$1"; shift
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >&2
java_bench() {
  java ${BENCH_JAVA_OPTS:-} -Djava.awt.headless=true \
    -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl -Dratecard.home=. \
    -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" "$@"
}
if [ "$name" != peer ]; then
  java_bench "com.ratecard.bench.$name" "$@"
  exit
fi

n="${1:-100}"
command -v soffice >/dev/null || { echo "bench.sh peer: LibreOffice (soffice) not found; apt-get install libreoffice-calc-nogui" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
java_bench com.ratecard.bench.SyntheticOpenings "$n" "$work/openings.csv"
./ratecard --quiet roles >/dev/null # build and train the launcher first: not measured
start=$(date +%s.%N)
./ratecard batch "$work/openings.csv" --out "$work/out" --format xlsx,pdf --quiet || true
mid=$(date +%s.%N)
# Clients' workbooks share names (one folder per client): LibreOffice gets copies named apart, so
# that every one of its PDFs is counted (copying is not timed).
mkdir -p "$work/workbooks" "$work/converted" "$work/profile"
i=0
while IFS= read -r f; do i=$((i + 1)); cp "$f" "$work/workbooks/$i-$(basename "$f")"; done \
  < <(find "$work/out" -name '*.xlsx' ! -name summary.xlsx)
find "$work/workbooks" -name '*.xlsx' > "$work/workbooks.txt"
lo_start=$(date +%s.%N)
# One soffice for all files, as fast as LibreOffice goes: it converts them one after another.
xargs -a "$work/workbooks.txt" soffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf \
  --outdir "$work/converted" >/dev/null 2>&1
end=$(date +%s.%N)
workbooks=$(wc -l < "$work/workbooks.txt")
converted=$(find "$work/converted" -name '*.pdf' | wc -l)
awk -v n="$n" -v w="$workbooks" -v c="$converted" -v a="$start" -v b="$mid" -v c0="$lo_start" -v e="$end" 'BEGIN {
  r = b - a; l = e - c0
  printf "openings                 %d (%d workbooks)\n", n, w
  printf "ratecard batch           %.1f s  (%.1f openings/s; xlsx + pdf per opening, JVM start included)\n", r, n / r
  printf "LibreOffice conversion   %.1f s  (%d workbooks to pdf)\n", l, c
  printf "ratio                    %.1fx\n", l / r
}'
