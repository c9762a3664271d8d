#!/usr/bin/env bash
# Runs every benchmark and writes bench/results/latest.json and latest.md, then prints the table.
# `make bench` calls it after `make dist`, with PULUMI_TOOLCHAIN_BIN set to a directory holding `pulumi` and
# `pulumi-language-java`. Each benchmark is one step with its own log under bench/results/logs/; a step that fails is
# reported as not measured, the others still run, and the script exits non-zero at the end.
# Every figure is measured for the Java provider and for the Go anchor (bench/anchors/go-provider) in the same run.
# Environment: BENCH_RUNS (default 10) repeats every figure; BENCH_THROTTLE_RUNS (default 3) the 200-create bursts;
# BENCH_E2E_RUNS (default 2) the 100-share pulumi up/refresh/destroy and tofu apply/plan/destroy cycles;
# BENCH_STARTUP_SUBJECTS (a regex) adds start-up subjects, e.g. '.*' for every JDK and start-up cache configuration.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/bench/results"
parts="$results/parts"
logs="$results/logs"
runs="${BENCH_RUNS:-10}"
throttle_runs="${BENCH_THROTTLE_RUNS:-3}"
e2e_runs="${BENCH_E2E_RUNS:-2}"
startup_subjects="${BENCH_STARTUP_SUBJECTS:-provider|provider installed from its archive|Go anchor|bare grpc-netty server|JVM hello world}"

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
# The Go anchor: built once into a cache outside the clone, reused while its sources are unchanged.
if ! go_anchor="$("$root/bench/anchors/build.sh" | tail -n 1)"; then
  echo "bench/run.sh: the Go anchor could not be built (bench/anchors/build.sh); every figure needs it" >&2
  exit 2
fi

# The benchmarks run from the built jars: no Maven inside any measurement.
bench() {
  "$java_bin" -Dbench.root="$root" -Dbench.goAnchor="$go_anchor" -cp "$bench_jar:$root/bench/target/lib/*" "$@"
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

# 0. The two plugins are equals: the same answers to Check, Create, Read, Delete and Read after Delete.
step 0-equivalence bench com.pulumi.wellarchitected.bench.equivalence.AnchorEquivalence

# 1. Start-up of the provider launcher, and of the plugin installed from its archive (make dist), beside the Go
#    anchor, a JVM hello-world and a bare grpc-netty server: StartupBenchmark times the processes, StartupFigures
#    makes figures.
startup() {
  local version home="$work/pulumi-home"
  version=$(<"$root/provider/target/classes/version.txt")
  PULUMI_HOME="$home" PULUMI_SKIP_UPDATE_CHECK=true "$PULUMI_TOOLCHAIN_BIN/pulumi" plugin install resource \
    wellarchitected "$version" --file "$root/dist/pulumi-resource-wellarchitected-v$version-linux-amd64.tar.gz" &&
  WELLARCHITECTED_INSTALLED_PROVIDER="$home/plugins/resource-wellarchitected-v$version/pulumi-resource-wellarchitected" \
  bench -Dsubjects="$startup_subjects" com.pulumi.wellarchitected.bench.startup.StartupBenchmark \
    "$logs/startup-raw.json" "$runs" &&
    bench com.pulumi.wellarchitected.bench.startup.StartupFigures "$parts/1-startup.json" "$logs/startup-raw.json"
}
step 1-startup startup

# 2. Check + Create + Read + Delete through each plugin's gRPC surface, AWS SDK directly for context; 1 and 16 callers.
step 2-operation-overhead bench com.pulumi.wellarchitected.bench.overhead.OperationOverheadBenchmark \
  "$parts/2-operation-overhead.json" "$runs"

# 3. Read of each of 300 shares on one lens, 8 callers, through each plugin; API requests per Read.
step 3-refresh-at-scale bench com.pulumi.wellarchitected.bench.refresh.RefreshAtScaleBenchmark \
  "$parts/3-refresh-at-scale.json" "$runs"

# 4. 200 concurrent Creates through each plugin while the emulator allows 50 requests/s.
step 4-throttling bench com.pulumi.wellarchitected.bench.throttling.ThrottledCreateBenchmark \
  "$parts/4-throttling.json" "$throttle_runs" 50

# 5. pulumi up / refresh / destroy of 100 shares of examples/account-fleet (the program the e2e tests run) with the
#    real CLI, each plugin on PATH in turn; then the plugin's peak RSS while the engine creates 300 shares at once.
# shellcheck disable=SC2086 # MVN is a command with its options, as in the Makefile.
step 5-example-build ${MVN:-mvn -B -ntp} -q -f "$root/examples/account-fleet/pom.xml" package
step 5-end-to-end bench com.pulumi.wellarchitected.bench.endtoend.EndToEndBenchmark "$parts/5-end-to-end.json" \
  "$PULUMI_TOOLCHAIN_BIN" "$work/e2e" 100 "$e2e_runs" 300

# The emulator's own throughput (ThroughputBenchmark): CreateLensShare + ListLensShares at 1 and 16 clients.
step 6-emulator-throughput bench com.pulumi.wellarchitected.bench.emulator.EmulatorThroughputBenchmark \
  "$parts/6-emulator-throughput.json" "$logs/emulator-throughput-raw.json" "$runs"

# 7. The same provider through OpenTofu: exec → handshake line of terraform-provider-wellarchitected as `tofu init`
#    installs it from dist/terraform-mirror, beside the Pulumi plugin installed from its archive and the Go anchor;
#    tofu apply / plan / destroy of 100 shares, each beside step 5's pulumi up / refresh / destroy.
terraform() {
  local version home="$work/pulumi-home" installed
  version=$(<"$root/provider/target/classes/version.txt")
  installed="$home/plugins/resource-wellarchitected-v$version/pulumi-resource-wellarchitected"
  if [[ ! -x $installed ]]; then
    PULUMI_HOME="$home" PULUMI_SKIP_UPDATE_CHECK=true "$PULUMI_TOOLCHAIN_BIN/pulumi" plugin install resource \
      wellarchitected "$version" --file "$root/dist/pulumi-resource-wellarchitected-v$version-linux-amd64.tar.gz" ||
      return 1
  fi
  bench com.pulumi.wellarchitected.bench.terraform.TerraformBenchmark "$parts/7-terraform.json" \
    "$PULUMI_TOOLCHAIN_BIN/tofu" "$root/dist/terraform-mirror" "$work/terraform" 100 "$runs" "$e2e_runs" "$installed" \
    "$parts/5-end-to-end.json"
}
step 7-terraform terraform

bench com.pulumi.wellarchitected.bench.results.BenchReport "$results" \
  "$parts/1-startup.json" "$parts/2-operation-overhead.json" "$parts/3-refresh-at-scale.json" \
  "$parts/4-throttling.json" "$parts/5-end-to-end.json" "$parts/6-emulator-throughput.json" "$parts/7-terraform.json"

echo
echo "bench: all steps took $((SECONDS - started_all)) s; results in bench/results/latest.json and latest.md"
if ((${#failed[@]} > 0)); then
  echo "bench: failed: ${failed[*]}" >&2
  exit 1
fi
