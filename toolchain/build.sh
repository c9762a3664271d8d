#!/usr/bin/env bash
# Provides the pinned Pulumi toolchain and prints the directory holding `pulumi` as the last line:
#   $TOOLCHAIN_DIR/bin/pulumi                       the CLI
#   $TOOLCHAIN_DIR/plugins/pulumi-language-java-<version>-linux-amd64.tar.gz
#   $TOOLCHAIN_DIR/plugins/pulumi-language-yaml-<version>-linux-amd64.tar.gz
#                                                   the language hosts as plugin archives, for
#                                                   `pulumi plugin install language <java|yaml> <version> --file ...`
#   $TOOLCHAIN_DIR/bin/tofu                         the OpenTofu CLI, for the Terraform-protocol acceptance tests
# Each binary is built once from its Go module at the version pinned in the go.mod of its wrapper directory beside
# this script, and later runs find it in the cache. Each has its own stamp, so adding or changing one wrapper rebuilds
# that binary alone.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
PULUMI_VERSION=v3.274.1
PULUMI_JAVA_VERSION=v1.22.0
PULUMI_YAML_VERSION=v1.25.0
TOFU_VERSION=v1.12.6
TOOLCHAIN_DIR=${TOOLCHAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-wellarchitected/toolchain}
bin="$TOOLCHAIN_DIR/bin"
# pulumi runs a YAML language host found next to itself in preference to an installed one (it ships bundled with the
# CLI), so the one built here lives apart from `pulumi`: programs use the installed plugin.
hosts="$TOOLCHAIN_DIR/language-hosts"
plugins="$TOOLCHAIN_DIR/plugins"

log() { echo "toolchain: $*" >&2; }

mkdir -p "$bin" "$hosts" "$plugins"

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

provide() { # <output dir> <name (its wrapper dir)> <version> <main package> <version variable> [its value]
  local stamp="$1/.$2.stamp" wanted
  wanted=$(want "$2" "$3")
  if [ -z "${TOOLCHAIN_REBUILD:-}" ] && [ -x "$1/$2" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$wanted" ]; then
    return
  fi
  log "building $2 $3 from $4 (first run only; takes several minutes)"
  heartbeat "$2" &
  local hb=$!
  trap 'kill $hb 2>/dev/null' RETURN
  (cd "$here/$2" && go build -trimpath -ldflags "-s -w -X $5=${6:-$3}" -o "$1/$2.tmp.$$" "$4")
  mv "$1/$2.tmp.$$" "$1/$2"
  echo "$wanted" >"$stamp"
}

# The plugin archive of a language host: the binary alone at its root, as `pulumi plugin install --file` expects.
archive() { # <binary> <version>
  local name=${1##*/} out
  out="$plugins/${name}-$2-linux-amd64.tar.gz"
  if [ ! -f "$out" ] || [ "$1" -nt "$out" ]; then
    tar -C "${1%/*}" --owner=0 --group=0 --numeric-owner -czf "$out.tmp.$$" "$name"
    mv "$out.tmp.$$" "$out"
  fi
}

provide "$bin" pulumi "$PULUMI_VERSION" github.com/pulumi/pulumi/pkg/v3/cmd/pulumi \
  github.com/pulumi/pulumi/sdk/v3/go/common/version.Version
provide "$bin" pulumi-language-java "$PULUMI_JAVA_VERSION" github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java \
  github.com/pulumi/pulumi-java/pkg/version.Version
provide "$hosts" pulumi-language-yaml "$PULUMI_YAML_VERSION" github.com/pulumi/pulumi-yaml/cmd/pulumi-language-yaml \
  github.com/pulumi/pulumi-yaml/pkg/version.Version
# OpenTofu reads its version from an embedded file; the variable marks the build a release rather than a dev build.
provide "$bin" tofu "$TOFU_VERSION" github.com/opentofu/opentofu/cmd/tofu github.com/opentofu/opentofu/version.dev no
archive "$bin/pulumi-language-java" "$PULUMI_JAVA_VERSION"
archive "$hosts/pulumi-language-yaml" "$PULUMI_YAML_VERSION"
log "using $bin (pulumi $PULUMI_VERSION)"
echo "$bin"
