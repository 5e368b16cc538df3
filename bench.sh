#!/usr/bin/env bash
# Runs a benchmark main from src/test/java/com/ratecard/bench in one warm JVM.
#   ./bench.sh RenderBenchmark 200      (class name, then its own arguments)
# Benchmarks print their figures; they are never part of the test suite.
set -euo pipefail
cd "$(dirname "$0")"
name="$1"; shift
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test >&2
exec java ${BENCH_JAVA_OPTS:-} -Djava.awt.headless=true \
  -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl -Dratecard.home=. \
  -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" "com.ratecard.bench.$name" "$@"
