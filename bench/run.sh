#!/usr/bin/env bash
# Runs every benchmark and writes bench/results/latest.json and latest.md, then prints the table.
# `make bench` calls it after `make build`, with PULUMI_TOOLCHAIN_BIN set to a directory holding `pulumi` and
# `pulumi-language-java`. Each benchmark is one step with its own log under bench/results/logs/; a step that fails is
# reported as not measured, the others still run, and the script exits non-zero at the end.
# Environment: BENCH_RUNS (default 10) repeats every figure; BENCH_E2E_LARGE_RUNS (default 3) for the 100-share stack.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/bench/results"
parts="$results/parts"
logs="$results/logs"
runs="${BENCH_RUNS:-10}"
large_runs="${BENCH_E2E_LARGE_RUNS:-3}"

if [[ -z "${PULUMI_TOOLCHAIN_BIN:-}" || ! -x "$PULUMI_TOOLCHAIN_BIN/pulumi" ]]; then
  echo "bench/run.sh: set PULUMI_TOOLCHAIN_BIN to a directory holding pulumi and pulumi-language-java" \
       "(make bench does: toolchain/build.sh prints it)" >&2
  exit 2
fi
bench_jar="$root/bench/target/wellarchitected-bench.jar"
if [[ ! -f "$bench_jar" || ! -x "$root/provider/bin/pulumi-resource-wellarchitected" ]]; then
  echo "bench/run.sh: the project is not built; run make build first" >&2
  exit 2
fi

rm -rf "$parts" "$logs"
mkdir -p "$parts" "$logs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java_bin="java"
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
  java_bin="$JAVA_HOME/bin/java"
fi
# The benchmarks run from the built jars: no Maven inside any measurement.
bench() {
  "$java_bin" -Dbench.root="$root" -cp "$bench_jar:$root/bench/target/lib/*" "$@"
}

failed=()
# step NAME COMMAND...: runs one benchmark with its output in logs/NAME.log.
step() {
  local name="$1"
  shift
  local started=$SECONDS
  echo "bench: $name ..."
  if "$@" >"$logs/$name.log" 2>&1; then
    echo "bench: $name done in $((SECONDS - started)) s"
  else
    echo "bench: $name FAILED after $((SECONDS - started)) s; see bench/results/logs/$name.log" >&2
    tail -n 20 "$logs/$name.log" >&2
    failed+=("$name")
  fi
}

started_all=$SECONDS

# 1. Start-up of the provider launcher, beside a JVM hello-world and a bare grpc-netty server: provider/'s
#    StartupBenchmark times the processes (Maven only assembles its class path), then its results become figures.
#    The plugin installed from its archive (make dist) is measured beside the launcher of the build tree.
startup() {
  local version home="$work/pulumi-home"
  version=$(<"$root/provider/target/classes/version.txt")
  PULUMI_HOME="$home" PULUMI_SKIP_UPDATE_CHECK=true "$PULUMI_TOOLCHAIN_BIN/pulumi" plugin install resource \
    wellarchitected "$version" --file "$root/dist/pulumi-resource-wellarchitected-v$version-linux-amd64.tar.gz" &&
  WELLARCHITECTED_INSTALLED_PROVIDER="$home/plugins/resource-wellarchitected-v$version/pulumi-resource-wellarchitected" \
  mvn -B -ntp -q -f "$root/pom.xml" -pl provider exec:exec@startup-benchmark \
    -Dstartup.benchmark.out="$logs/startup-raw.json" -Dstartup.benchmark.runs="$runs" &&
    bench com.pulumi.wellarchitected.bench.startup.StartupFigures "$parts/1-startup.json" "$logs/startup-raw.json"
}
step 1-startup startup

# 2. Create + Read + Delete through the provider's gRPC surface vs. the AWS SDK directly, 1 and 16 callers (JMH).
step 2-operation-overhead bench com.pulumi.wellarchitected.bench.overhead.OperationOverheadBenchmark \
  "$parts/2-operation-overhead.json"

# 3. Read of every share: 300 on one lens, 1,000 across four; API requests per Read from the emulator's metrics.
step 3-refresh-at-scale bench com.pulumi.wellarchitected.bench.refresh.RefreshAtScaleBenchmark \
  "$parts/3-refresh-at-scale.json" "$runs"

# 4. 200 concurrent Creates through the provider while the emulator allows 100 requests/s.
step 4-throttling bench com.pulumi.wellarchitected.bench.throttling.ThrottledCreateBenchmark \
  "$parts/4-throttling.json" "$runs" 100

# 5. pulumi up / refresh / destroy of 10 and 100 shares with the real CLI, beside as many component resources.
step 5-programs-build mvn -B -ntp -q -f "$root/bench/programs/pom.xml" package
step 5-example-build mvn -B -ntp -q -f "$root/examples/account-fleet/pom.xml" package
step 5-end-to-end bench com.pulumi.wellarchitected.bench.endtoend.EndToEndBenchmark "$parts/5-end-to-end.json" \
  "$PULUMI_TOOLCHAIN_BIN" "$work/e2e" "10:$runs" "100:$large_runs"

# The emulator's own throughput, by emulator/'s harness: CreateLensShare + ListLensShares at 1 and 16 clients.
step 6-emulator-throughput bench com.pulumi.wellarchitected.bench.emulator.EmulatorThroughputBenchmark \
  "$parts/6-emulator-throughput.json" "$logs/emulator-throughput-raw.json" "$runs"

bench com.pulumi.wellarchitected.bench.results.BenchReport "$results" \
  "$parts/1-startup.json" "$parts/2-operation-overhead.json" "$parts/3-refresh-at-scale.json" \
  "$parts/4-throttling.json" "$parts/5-end-to-end.json" "$parts/6-emulator-throughput.json"

echo
echo "bench: all steps took $((SECONDS - started_all)) s; results in bench/results/latest.json and latest.md"
if ((${#failed[@]} > 0)); then
  echo "bench: failed: ${failed[*]}" >&2
  exit 1
fi
