#!/usr/bin/env bash
# The demo behind `make demo-terraform`: runs examples/terraform with the real OpenTofu CLI against the local emulator.
# The configuration publishes a custom lens from its lens.json, enables organization sharing, shares the lens with an
# account, an IAM user and an OU, accepts the account's invitation through a second provider configuration with the
# recipient's profile and reads the shares back; the demo then shows the outputs, checks that a new plan is empty and
# destroys everything.
#
# Needs TOFU (the OpenTofu CLI `make pulumi` builds into the toolchain cache) and the filesystem mirror of
# `make dist` (dist/terraform-mirror), from which `tofu init` installs the provider as a user's would: nothing of this
# repository is on PATH. Everything the demo keeps lives in .work/demo-terraform: the CLI configuration, the AWS
# profiles, the configuration's copy with its .terraform and state, and the logs;
# `rm -rf .work/demo-terraform` starts over.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/.work/demo-terraform"

owner=111122223333
region=us-east-1
recipient=444455556666

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'demo-terraform: %s\n' "$*" >&2; exit 1; }

[[ -n "${TOFU:-}" && -x "$TOFU" ]] || fail "TOFU must name the OpenTofu CLI; run \`make demo-terraform\`"
[[ -f "$repo/provider/target/classes/version.txt" ]] \
  || fail "the provider is not built; run \`make demo-terraform\` (or \`make dist\` first)"
version=$(<"$repo/provider/target/classes/version.txt")
mirror="$repo/dist/terraform-mirror"
package="$mirror/terraform.local/wellarchitected/wellarchitected/$version/linux_amd64"
[[ -x "$package/terraform-provider-wellarchitected_v$version" ]] \
  || fail "the filesystem mirror $mirror is not built; run \`make demo-terraform\` (or \`make dist\` first)"
[[ -x "$repo/emulator/bin/wellarchitected-emulator" ]] || fail "the emulator is not built; run \`make build\`"

rm -rf "$work/project" "$work/logs"
mkdir -p "$work/project" "$work/logs" "$work/aws"
cp "$repo"/examples/terraform/*.tf "$repo/examples/terraform/lens.json" "$work/project/"

# The CLI installs the provider from the mirror alone, and reaches no registry for it.
cat >"$work/cli.tfrc" <<EOF
provider_installation {
  filesystem_mirror {
    path    = "$mirror"
    include = ["terraform.local/*/*"]
  }
  direct {
    exclude = ["terraform.local/*/*"]
  }
}
EOF
# The machine's own CLI settings must not reach the run.
while IFS= read -r name; do unset "$name"; done < <(compgen -e | grep '^TF_' || true)
export TF_CLI_CONFIG_FILE="$work/cli.tfrc" TF_IN_AUTOMATION=1 TF_INPUT=0 CHECKPOINT_DISABLE=1

# Two AWS profiles, as against AWS: the lens owner's (the default provider configuration) and the recipient's (the
# aliased one). The emulator takes a request's access key ID as the caller's account.
printf '[%s]\naws_access_key_id = %s\naws_secret_access_key = demo-%s-secret\n' \
  owner "$owner" owner recipient "$recipient" recipient >"$work/aws/credentials"
printf '[profile owner]\nregion = %s\n[profile recipient]\nregion = %s\n' "$region" "$region" >"$work/aws/config"
export AWS_SHARED_CREDENTIALS_FILE="$work/aws/credentials" AWS_CONFIG_FILE="$work/aws/config"
unset AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_REGION AWS_DEFAULT_REGION \
  AWS_ENDPOINT_URL AWS_ENDPOINT_URL_WELLARCHITECTED

step "starting the Well-Architected emulator (in memory: every run applies and destroys afresh)"
source "$repo/emulator/bin/background-emulator.sh"
start_emulator "$work/logs/emulator.log"
echo "    listening on $endpoint"

cat >"$work/project/terraform.tfvars" <<EOF
endpoint             = "$endpoint"
region               = "$region"
recipient_account_id = "$recipient"
iam_user_arn         = "arn:aws:iam::777788889999:user/lens-reviewer"
ou_id                = "ou-ab12-cdef3456"
EOF

tofu() { "$TOFU" -chdir="$work/project" "$@"; }
timings=()
# timed <label> <expected exit codes…> -- <tofu arguments…>: runs tofu, shows its output, records its wall time.
timed() {
  local label=$1 started=$SECONDS code=0
  shift
  local expected=()
  while [[ $1 != -- ]]; do expected+=("$1"); shift; done
  shift
  tofu "$@" 2>&1 | tee "$work/logs/$label.log" || code=${PIPESTATUS[0]}
  [[ " ${expected[*]} " == *" $code "* ]] \
    || fail "tofu $* exited $code, not ${expected[*]} (log: $work/logs/$label.log)"
  timings+=("$(printf '%-36s %4d s  (exit %d)' "tofu $label" $((SECONDS - started)) "$code")")
}

step "tofu init (the provider from the filesystem mirror dist/terraform-mirror)"
timed init 0 -- init -no-color

step "tofu apply -auto-approve"
timed apply 0 -- apply -auto-approve -no-color

step "tofu output"
tofu output -no-color

step "tofu plan -detailed-exitcode (0: the emulator holds exactly what the configuration declares)"
timed plan 0 -- plan -detailed-exitcode -no-color

step "the emulator's view of the shares ($endpoint/_emulator/state)"
curl -fsS "$endpoint/_emulator/state" | python3 -c '
import json, sys
shares = json.load(sys.stdin).get("shares", [])
for s in sorted(shares, key=lambda s: s["sharedWith"]):
    print("    %-45s  %s" % (s["sharedWith"], s["status"]))
if not shares:
    sys.exit("demo-terraform: the emulator holds no share after the apply")
'

step "tofu destroy -auto-approve"
timed destroy 0 -- destroy -auto-approve -no-color
left=$(curl -fsS "$endpoint/_emulator/state" \
  | python3 -c 'import json, sys; print(len(json.load(sys.stdin).get("shares", [])))')
[[ $left == 0 ]] || fail "$left shares are left in the emulator after tofu destroy"

step "stopping the emulator"
stop_emulator
printf '\nSummary (OpenTofu %s, provider %s from the filesystem mirror):\n' \
  "$("$TOFU" version | sed -n '1s/^OpenTofu v//p')" "$version"
printf '    %s\n' "${timings[@]}"
cat <<EOF
    shares left after destroy: $left
The configuration's copy, its state and the logs stay in .work/demo-terraform;
\`rm -rf .work/demo-terraform\` forgets it.
EOF
