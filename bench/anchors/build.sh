#!/usr/bin/env bash
# Builds the Go anchor provider (go-provider/) once into a cache outside the clone and prints the directory that
# holds its `pulumi-resource-wellarchitected` (the last line of output). Later runs reuse the binary while the
# sources, go.mod, go.sum and the Go version are unchanged. The module versions are pinned in go-provider/go.sum.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
ANCHOR_DIR=${ANCHOR_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-wellarchitected/anchors/go-provider}
bin="$ANCHOR_DIR/bin"
stamp="$bin/.inputs"

log() { echo "go anchor: $*" >&2; }

if ! command -v go >/dev/null; then
  log "the go command is missing: install Go 1.25 or later to build the benchmarks' Go anchor"
  exit 1
fi
want="$(go env GOVERSION) $(cat "$here"/go-provider/go.mod "$here"/go-provider/go.sum "$here"/go-provider/*.go | sha256sum | cut -c1-16)"
if [ -x "$bin/pulumi-resource-wellarchitected" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  log "using cached $bin"
  echo "$bin"
  exit 0
fi

mkdir -p "$bin"
log "building into $bin (first run only; takes a few minutes)"
start=$SECONDS
# -mod=readonly: the build uses go.sum as committed and never changes it.
(cd "$here/go-provider" && go build -mod=readonly -trimpath -ldflags "-s -w" \
  -o "$bin/pulumi-resource-wellarchitected.tmp" .)
mv "$bin/pulumi-resource-wellarchitected.tmp" "$bin/pulumi-resource-wellarchitected"
echo "$want" > "$stamp"
log "built in $((SECONDS - start)) s"
echo "$bin"
