#!/usr/bin/env bash
# Builds the installable plugin archive dist/pulumi-resource-wellarchitected-v<version>-linux-amd64.tar.gz from the
# packaged provider (provider/target, made by `make build`) and prints its path as the last line:
#   pulumi-resource-wellarchitected   the launcher (POSIX sh)
#   pulumi-resource-wellarchitected.jar, lib/   the provider and its dependencies
#   runtime/                          a Java runtime made by jlink with only the modules the provider needs
#   startup/                          the start-up cache trained on that runtime (an AOT cache; Java 25 and later)
#   terraform-provider-wellarchitected, wellarchitected-terraform.jar
#                                     the same provider for OpenTofu and Terraform (packaged in terraform/target):
#                                     a second launcher and entry point on the same runtime, jar and lib/
# so the plugin runs on a machine without a JDK. It also lays out the OpenTofu/Terraform provider as a filesystem
# mirror (the unpacked layout) in dist/terraform-mirror, which a CLI configuration's provider_installation names.
# The newest JDK present builds the runtime (DIST_JAVA_HOME=<dir> chooses another). An archive built from the same
# inputs is reused.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
target="$repo/provider/target"
name=pulumi-resource-wellarchitected
tf_target="$repo/terraform/target"
tf_name=terraform-provider-wellarchitected
tf_jar=wellarchitected-terraform.jar

log() { echo "dist: $*" >&2; }
fail() { echo "dist: $*" >&2; exit 1; }

[[ -f "$target/$name.jar" && -d "$target/lib" && -f "$target/classes/version.txt" ]] \
  || fail "the provider is not packaged in $target; run \`make build\` first"
[[ -f "$tf_target/$tf_name.jar" && -d "$tf_target/lib" ]] \
  || fail "the Terraform provider is not packaged in $tf_target; run \`make build\` first"
version=$(<"$target/classes/version.txt")

# Sets feature to the feature version of the JDK in $1 (25 for "25.0.3"), from its release file; fails unless jlink
# can link from it: before JDK 24 only from the jmods/ directory, which some distributions package apart.
feature_of() {
  feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null)
  [[ -n $feature && -x "$1/bin/jlink" ]] && { ((feature >= 24)) || [[ -d "$1/jmods" ]]; }
}

# JDK 25 loads an AOT cache at start-up, which makes it the fastest runtime to start: the newest JDK wins.
jdk=${DIST_JAVA_HOME:-}
if [[ -n $jdk ]]; then
  feature_of "$jdk" || fail "DIST_JAVA_HOME=$jdk is no JDK 17 or later that jlink can link from (JDK 24+, or one with jmods/)"
else
  best=0
  for home in ${JAVA_HOME:-} /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/*; do
    if [[ -d $home ]] && feature_of "$home" && ((feature >= 17 && feature > best)); then
      jdk=$home
      best=$feature
    fi
  done
  [[ -n $jdk ]] || fail "no JDK 17 or later that jlink can link from (JDK 24+, or one with jmods/) found; set DIST_JAVA_HOME"
  feature=$best
fi

# The OpenTofu CLI that trains the Terraform launcher's start-up cache: TOFU, or the one `make pulumi` builds.
tofu=${TOFU:-${TOOLCHAIN_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pulumi-wellarchitected/toolchain}/bin/tofu}

archive="$repo/dist/$name-v$version-linux-amd64.tar.gz"
mirror="$repo/dist/terraform-mirror"
mirror_package="$mirror/terraform.local/wellarchitected/wellarchitected/$version/linux_amd64"
stamp="$target/dist/$(basename "$archive").inputs"
inputs=$(cd "$repo" && sha256sum provider/dist/build.sh "provider/dist/$name" "provider/target/$name.jar" \
  "provider/target/$name-startup-training.jar" provider/target/lib/*.jar "terraform/dist/$tf_name" \
  terraform/dist/train-startup-cache.sh examples/terraform/lens.json \
  "terraform/target/$tf_name.jar" terraform/target/lib/*.jar "$jdk/release"
  if [[ -x $tofu ]]; then echo "Terraform start-up cache trained with $tofu"; fi)
if [[ -f $archive && -x "$mirror_package/${tf_name}_v$version" && "$(cat "$stamp" 2>/dev/null)" == "$inputs" ]]; then
  log "up to date: $archive"
  echo "$archive"
  exit 0
fi

stage="$target/dist/$name-v$version"
rm -rf "$stage"
mkdir -p "$stage/lib" "$repo/dist"
cp "$repo/provider/dist/$name" "$stage/$name"
cp "$target/$name.jar" "$stage/"
# Only the libraries a jar's manifest names: target/lib keeps the jars of dependencies since dropped until a clean.
manifest_libs() {
  unzip -p "$1" META-INF/MANIFEST.MF | tr -d '\r' \
    | awk '/^Class-Path: /{on=1; s=substr($0,13); next} on && /^ /{s=s substr($0,2); next} {on=0} END{print s}'
}
for entry in $(manifest_libs "$target/$name.jar"); do cp "$target/$entry" "$stage/lib/"; done
# The Terraform entry point: its launcher and jar, and the libraries only it needs (its manifest names them in lib/).
# The provider core it depends on is the Pulumi plugin's jar, which its launcher puts on the class path.
# The jar is renamed: the CLI runs the first file of the package whose name begins with terraform-provider-.
cp "$repo/terraform/dist/$tf_name" "$stage/"
cp "$tf_target/$tf_name.jar" "$stage/$tf_jar"
for entry in $(manifest_libs "$tf_target/$tf_name.jar"); do
  case ${entry#lib/} in
    "$name"-*.jar) ;;
    *) [[ -f "$stage/$entry" ]] || cp "$tf_target/$entry" "$stage/lib/" ;;
  esac
done

log "finding the modules the provider needs (jdeps)"
# jdeps prints "Warning: split package …" lines among its answer when two jars share a package: keep only the
# module list, its last line.
modules=$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release "$feature" \
  --class-path "$stage/lib/*:$stage/$name.jar" "$stage/$name.jar" "$stage/$tf_jar" "$stage"/lib/*.jar \
  | grep -v '^Warning: ' | tail -n 1)
# TLS with elliptic curves, which AWS endpoints offer, lives in its own module before JDK 22; jdeps cannot see it,
# as nothing names it. From JDK 22 on it is part of java.base.
if ((feature < 22)); then
  modules="$modules,jdk.crypto.ec"
fi

log "linking a Java $feature runtime with $modules"
jlink_options=(--strip-debug --no-man-pages --no-header-files)
if ((feature < 25)); then
  # Without an AOT cache, the runtime's own class-data-sharing archive of the JDK's classes is the start-up cache:
  # it lives in the runtime image, so it stays valid wherever the plugin is installed. jlink leaves it out by default.
  jlink_options+=(--generate-cds-archive)
fi
"$jdk/bin/jlink" "${jlink_options[@]}" --add-modules "$modules" --output "$stage/runtime"

if ((feature >= 25)); then
  log "training the start-up cache on that runtime"
  mkdir -p "$stage/training"
  cp "$target/$name-startup-training.jar" "$stage/training/"
  WELLARCHITECTED_PROVIDER_TRAIN=1 "$stage/$name" >/dev/null
  rm -rf "$stage/training"
else
  log "no AOT cache before Java 25 (DIST_JAVA_HOME picks the JDK): the runtime's own CDS archive serves"
fi

# The Terraform launcher's own start-up cache, trained while the real OpenTofu CLI drives it against the emulator.
# Without the toolchain's tofu (`make pulumi` builds it) the launcher starts without one.
if ((feature >= 25)) && [[ -x $tofu ]]; then
  log "training the Terraform launcher's start-up cache with $tofu apply and destroy"
  "$repo/terraform/dist/train-startup-cache.sh" "$stage" "$tofu"
else
  log "the Terraform launcher gets no start-up cache (it needs a Java 25 runtime and the toolchain's tofu, $tofu)"
fi

tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$archive.tmp" .
mv "$archive.tmp" "$archive"

# The filesystem mirror's package: everything the Terraform launcher needs, under the name the CLI looks for. It is a
# directory of its own, not links into the build tree, so `mvn clean` leaves it working; cp -p keeps the jars'
# modification times, which the start-up cache checks.
rm -rf "$mirror"
mkdir -p "$mirror_package/lib"
cp -pR "$stage/runtime" "$mirror_package/"
cp -p "$stage/$name.jar" "$stage/$tf_jar" "$mirror_package/"
cp -p "$stage"/lib/*.jar "$mirror_package/lib/"
if [[ -f "$stage/startup/terraform.aot" ]]; then
  mkdir -p "$mirror_package/startup"
  cp -p "$stage/startup/terraform.aot" "$mirror_package/startup/"
fi
cp -p "$stage/$tf_name" "$mirror_package/${tf_name}_v$version"
log "laid out the OpenTofu/Terraform filesystem mirror in $mirror"
echo "$inputs" >"$stamp"
log "built $archive ($(du -h "$archive" | cut -f1))"
echo "$archive"
