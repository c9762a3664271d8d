#!/usr/bin/env bash
# Makes the Terraform launcher's start-up cache, <package>/startup/terraform.aot, for the Java 25+ runtime in
# <package>/runtime: the real OpenTofu CLI drives the launcher through `apply` and `destroy` of a lens and a share
# against the local emulator, while each provider process records what it loads (WELLARCHITECTED_PROVIDER_TRAIN);
# the most complete record makes the cache. A record of a plan alone would leave out the AWS SDK, which every command
# that reads or writes loads: about 2,500 classes.
#   terraform/dist/train-startup-cache.sh <package dir> <tofu>
# provider/dist/build.sh runs it; it needs the emulator built (emulator/bin/wellarchitected-emulator).
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
package=$1
tofu=$2
launcher="$package/terraform-provider-wellarchitected"

log() { echo "dist: $*" >&2; }
fail() { echo "dist: $*" >&2; exit 1; }

[[ -x $launcher && -x "$package/runtime/bin/java" ]] || fail "$package holds no Terraform launcher and runtime"
[[ -x "$repo/emulator/bin/wellarchitected-emulator" ]] || fail "the emulator is not built; run \`make build\` first"

training="$package/../terraform-training"
rm -rf "$training"
mkdir -p "$training/records" "$training/project"

source "$repo/emulator/bin/background-emulator.sh"
start_emulator "$training/emulator.log"

cp "$repo/examples/terraform/lens.json" "$training/project/"
# The emulator takes the access key ID as the caller's account; the key pair is the emulator's, not a secret.
cat >"$training/project/main.tf" <<EOF
terraform {
  required_providers {
    wellarchitected = { source = "terraform.local/wellarchitected/wellarchitected" }
  }
}
provider "wellarchitected" {
  region     = "us-east-1"
  endpoint   = "$endpoint"
  access_key = "111122223333"
  secret_key = "training"
}
resource "wellarchitected_lens" "lens" {
  document     = file("lens.json")
  version_name = "v1"
}
resource "wellarchitected_lens_share" "share" {
  lens_alias  = wellarchitected_lens.lens.lens_arn
  shared_with = "444455556666"
}
data "wellarchitected_lens_shares" "all" {
  lens_arn   = wellarchitected_lens.lens.lens_arn
  depends_on = [wellarchitected_lens_share.share]
}
EOF
printf 'provider_installation {\n  dev_overrides { "%s" = "%s" }\n  direct {}\n}\n' \
  terraform.local/wellarchitected/wellarchitected "$package" >"$training/cli.tfrc"

# The machine's own CLI settings must not reach the run.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep '^TF_' || true)
# One apply and destroy of the configuration, each provider process the CLI starts recording what it loads.
train() {
  for command in "apply -auto-approve" "destroy -auto-approve"; do
    # shellcheck disable=SC2086 # the command and its option are two words
    TF_CLI_CONFIG_FILE="$training/cli.tfrc" TF_IN_AUTOMATION=1 WELLARCHITECTED_PROVIDER_TRAIN="$training/records" \
      "$tofu" -chdir="$training/project" $command -input=false -no-color >>"$training/tofu.log" 2>&1 \
      || { cat "$training/tofu.log" >&2; fail "the training run's tofu $command failed"; }
  done
}

# The CLI kills a provider process 2 s after asking it to stop, which can cut its record short (the JVM then refuses
# it), and on a busy machine can cut every record of a run: the largest record the JVM accepts makes the cache, and
# the run is repeated when none does.
make_cache() {
  # shellcheck disable=SC2012 # the records' names are process IDs
  for record in $(ls -S "$training/records"/*.aotconf 2>/dev/null); do
    if WELLARCHITECTED_PROVIDER_CACHE=off WELLARCHITECTED_PROVIDER_JVM_OPTIONS="-XX:AOTMode=create \
-XX:AOTConfiguration=$record -XX:AOTCache=$package/startup/terraform.aot" "$launcher" >>"$training/create.log" 2>&1
    then
      return 0
    fi
  done
  return 1
}

mkdir -p "$package/startup"
for attempt in 1 2 3; do
  rm -f "$training/records"/*
  train
  if make_cache; then
    rm -rf "$training"
    exit 0
  fi
  log "no record of training run $attempt made a start-up cache; training again"
done
cat "$training/create.log" >&2
fail "no record of three training runs made a start-up cache"
