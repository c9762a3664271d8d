#!/usr/bin/env bash
# Writes the four SDKs of the wellarchitected package, sdk/{java,python,nodejs,go}, from the one schema the provider
# serves (provider/src/main/resources/schema.json) at the project version:
#   Java              `pulumi package gen-sdk --language java` (the toolchain's pulumi and pulumi-language-java),
#                     then its Gradle files replaced by the Maven build kept in sdk/generator/java/;
#   Python, Node.js,  sdkgen (main.go here), on Pulumi's own code generators, then sdk/go's go.mod and go.sum from
#   Go                sdk/generator/go/.
# With --check it writes them into a temporary directory instead and fails on any difference from sdk/.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
languages=(java python nodejs go)
# What building or installing an SDK leaves beside its sources, and the lock file that pins the Node.js SDK's build
# (committed): neither generated nor compared, and kept by regeneration.
not_generated=(target node_modules bin __pycache__ '*.egg-info' build dist package-lock.json)

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

toolchain_bin=$("$root/toolchain/build.sh" | tail -1)
sdkgen=$("$here/build.sh" | tail -1)
version=$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$root/pom.xml" | head -1)
[ -n "$version" ] || { echo "sdk: no project <version> in $root/pom.xml" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out="$work/sdk"
sed "s/\${project.version}/$version/" "$root/provider/src/main/resources/schema.json" > "$work/schema.json"

PATH="$toolchain_bin:$PATH" PULUMI_HOME="$work/pulumi-home" PULUMI_SKIP_UPDATE_CHECK=true \
  pulumi package gen-sdk "$work/schema.json" --language java --out "$out" >"$work/java.log" 2>&1 ||
  { cat "$work/java.log" >&2; echo "sdk: pulumi package gen-sdk --language java failed" >&2; exit 1; }
rm "$out/java/build.gradle" "$out/java/settings.gradle"
cp "$here/java/pom.xml" "$out/java/pom.xml"
resources="$out/java/src/main/resources/com/wellarchitectedlens/wellarchitected"
mkdir -p "$resources"
cp "$here/java/plugin.json" "$here/java/version.txt" "$resources/"

"$sdkgen" "$work/schema.json" "$out"
cp "$here/go/sdk-go.mod" "$out/go/go.mod"
cp "$here/go/sdk-go.sum" "$out/go/go.sum"

excludes=() keep=()
for pattern in "${not_generated[@]}"; do excludes+=(--exclude="$pattern"); keep+=(-not -name "$pattern"); done

if $check; then
  different=()
  for language in "${languages[@]}"; do
    if ! diff -r "${excludes[@]}" "$root/sdk/$language" "$out/$language" >"$work/$language.diff"; then
      different+=("$language")
      head -40 "$work/$language.diff" >&2
    fi
  done
  if ((${#different[@]} > 0)); then
    echo "sdk: sdk/{$(IFS=,; echo "${different[*]}")} differ from what the schema generates: run \`make sdk\` and commit the result" >&2
    exit 1
  fi
  echo "sdk: sdk/{java,python,nodejs,go} are what the schema generates"
  exit 0
fi

for language in "${languages[@]}"; do
  # Replace the generated files only, so that what is not generated survives.
  if [ -d "$root/sdk/$language" ]; then
    find "$root/sdk/$language" -mindepth 1 -maxdepth 1 "${keep[@]}" -exec rm -rf {} +
  fi
  mkdir -p "$root/sdk/$language"
  cp -r "$out/$language/." "$root/sdk/$language/"
done
echo "sdk: wrote sdk/{java,python,nodejs,go} from the schema at version $version"
