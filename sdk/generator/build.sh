#!/usr/bin/env bash
# Provides the SDK generator (main.go beside this script) as $SDKGEN_DIR/<inputs hash>/sdkgen, printed as the last
# line: built once from the Go module here, and found again while main.go, go.mod and go.sum stay unchanged.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
SDKGEN_DIR=${SDKGEN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-wellarchitected/sdkgen}
inputs=$(cat "$here/main.go" "$here/go.mod" "$here/go.sum" | sha256sum | cut -c1-16)
bin="$SDKGEN_DIR/$inputs/sdkgen"

if [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi
command -v go >/dev/null || { echo "sdkgen: building the SDK generator needs Go (go.dev/dl), none is on PATH" >&2; exit 1; }
echo "sdkgen: building the SDK generator (first run only; a few minutes)" >&2
mkdir -p "$(dirname "$bin")"
(cd "$here" && go build -trimpath -ldflags "-s -w" -o "$bin.tmp" .)
mv "$bin.tmp" "$bin"
echo "$bin"
