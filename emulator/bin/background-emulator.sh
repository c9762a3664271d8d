# Sourced by the scripts that need an emulator for the length of their run (the demos, the start-up cache training).
# start_emulator LOG [ARGUMENTS...] starts it on a free port, logging to LOG, stops it when the script exits, and sets
# emulator_pid and endpoint (its URL, read from its "listening on" line). The caller defines fail().

start_emulator() {
  local log=$1
  shift
  # A previous run's log names its port: remove it first, or the wait below could read that stale address.
  rm -f "$log"
  "$(dirname "${BASH_SOURCE[0]}")/wellarchitected-emulator" --port 0 "$@" >"$log" 2>&1 &
  emulator_pid=$!
  trap stop_emulator EXIT
  endpoint=
  for _ in $(seq 1 300); do
    endpoint=$(sed -n 's/^listening on \(http:[^ ]*\)$/\1/p' "$log")
    [[ -n $endpoint ]] && return 0
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$log" >&2; fail "the emulator did not start"; }
    sleep 0.1
  done
  fail "the emulator printed no 'listening on' line within 30 s (log: $log)"
}

stop_emulator() { kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null || true; }
