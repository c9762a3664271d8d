#!/usr/bin/env bash
# Provides `pulumi` and `pulumi-language-java` in $TOOLCHAIN_DIR/bin (printed as the last line).
# A pair already on PATH is used as it is; otherwise both are built once from their Go modules at the
# versions pinned in the go.mod files beside this script, and later runs find the cached binaries.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
PULUMI_VERSION=v3.274.1
PULUMI_JAVA_VERSION=v1.22.0
TOOLCHAIN_DIR=${TOOLCHAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-wellarchitected/toolchain}
bin="$TOOLCHAIN_DIR/bin"

log() { echo "toolchain: $*" >&2; }

if [ -z "${TOOLCHAIN_REBUILD:-}" ] && command -v pulumi >/dev/null && command -v pulumi-language-java >/dev/null; then
  log "using pulumi $(pulumi version) on PATH"
  dirname "$(command -v pulumi)"
  exit 0
fi

stamp="$bin/.versions"
want="pulumi=$PULUMI_VERSION pulumi-language-java=$PULUMI_JAVA_VERSION $(cat "$here"/*/go.sum | sha256sum | cut -c1-16)"
if [ -x "$bin/pulumi" ] && [ -x "$bin/pulumi-language-java" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
  log "using cached $bin (pulumi $PULUMI_VERSION)"
  echo "$bin"
  exit 0
fi

mkdir -p "$bin"
# The Go build is long and quiet: a heartbeat shows it is alive.
heartbeat() { local start=$SECONDS; while sleep 30; do log "  still building $1 ($((SECONDS - start)) s)"; done; }

build() { # <wrapper dir> <main package> <output> <version ldflag>
  log "building $3 from $2 (first run only; takes several minutes)"
  heartbeat "$3" & local hb=$!
  trap 'kill $hb 2>/dev/null' RETURN
  (cd "$here/$1" && go build -trimpath -ldflags "-s -w -X $4" -o "$bin/$3.tmp" "$2")
  mv "$bin/$3.tmp" "$bin/$3"
}

build pulumi github.com/pulumi/pulumi/pkg/v3/cmd/pulumi pulumi \
  "github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_VERSION"
build pulumi-language-java github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java pulumi-language-java \
  "github.com/pulumi/pulumi-java/pkg/version.Version=$PULUMI_JAVA_VERSION"
echo "$want" > "$stamp"
log "built into $bin"
echo "$bin"
