#!/usr/bin/env bash
# Provides `pulumi`, `pulumi-language-java` and `pulumi-language-yaml` in $TOOLCHAIN_DIR/bin (printed as the last
# line). A set already on PATH is used as it is; otherwise each is built once from its Go module at the version pinned
# in the go.mod of its wrapper directory beside this script, and later runs find the cached binaries. Each binary has
# its own stamp, so adding or changing one wrapper rebuilds that binary alone.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
PULUMI_VERSION=v3.274.1
PULUMI_JAVA_VERSION=v1.22.0
PULUMI_YAML_VERSION=v1.25.0
TOOLCHAIN_DIR=${TOOLCHAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-wellarchitected/toolchain}
bin="$TOOLCHAIN_DIR/bin"

log() { echo "toolchain: $*" >&2; }

if [ -z "${TOOLCHAIN_REBUILD:-}" ] && command -v pulumi >/dev/null && command -v pulumi-language-java >/dev/null \
  && command -v pulumi-language-yaml >/dev/null; then
  log "using pulumi $(pulumi version) on PATH"
  dirname "$(command -v pulumi)"
  exit 0
fi

mkdir -p "$bin"

# The stamp of one binary: its version and the checksums of its wrapper module.
want() { echo "$1=$2 $(sha256sum <"$here/$1/go.sum" | cut -c1-16)"; }

# Earlier builds wrote one stamp for pulumi and pulumi-language-java together; when it matches their wrappers, the
# two binaries it vouches for get their own stamps instead of being rebuilt. It stays, for checkouts that still read it.
if [ -f "$bin/.versions" ] && [ ! -f "$bin/.pulumi.stamp" ]; then
  joint="pulumi=$PULUMI_VERSION pulumi-language-java=$PULUMI_JAVA_VERSION"
  joint="$joint $(cat "$here/pulumi-language-java/go.sum" "$here/pulumi/go.sum" | sha256sum | cut -c1-16)"
  if [ "$(cat "$bin/.versions")" = "$joint" ]; then
    want pulumi "$PULUMI_VERSION" >"$bin/.pulumi.stamp"
    want pulumi-language-java "$PULUMI_JAVA_VERSION" >"$bin/.pulumi-language-java.stamp"
  fi
fi

# The Go build is long and quiet: a heartbeat shows it is alive.
heartbeat() { local start=$SECONDS; while sleep 30; do log "  still building $1 ($((SECONDS - start)) s)"; done; }

provide() { # <name (its wrapper dir)> <version> <main package> <version variable>
  local stamp="$bin/.$1.stamp" wanted
  wanted=$(want "$1" "$2")
  if [ -z "${TOOLCHAIN_REBUILD:-}" ] && [ -x "$bin/$1" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
    return
  fi
  log "building $1 $2 from $3 (first run only; takes several minutes)"
  heartbeat "$1" &
  local hb=$!
  trap 'kill $hb 2>/dev/null' RETURN
  (cd "$here/$1" && go build -trimpath -ldflags "-s -w -X $4=$2" -o "$bin/$1.tmp.$$" "$3")
  mv "$bin/$1.tmp.$$" "$bin/$1"
  echo "$wanted" >"$stamp"
}

provide pulumi "$PULUMI_VERSION" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
  github.com/pulumi/pulumi/sdk/v3/go/common/version.Version
provide pulumi-language-java "$PULUMI_JAVA_VERSION" github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java \
  github.com/pulumi/pulumi-java/pkg/version.Version
provide pulumi-language-yaml "$PULUMI_YAML_VERSION" github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml \
  github.com/pulumi/pulumi-yaml/pkg/version.Version
log "using $bin (pulumi $PULUMI_VERSION)"
echo "$bin"
