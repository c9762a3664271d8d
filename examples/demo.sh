#!/usr/bin/env bash
# The demo behind `make demo`: runs examples/workflow with the real `pulumi` CLI against the local emulator. The
# program publishes a custom lens from its lens.json, enables organization sharing, shares the lens with an account,
# an IAM user and an OU, and accepts the account's invitation through a second provider with the recipient's
# profile; the demo then shows the stack, refreshes it and shows the owner's view of the shares.
#
#   examples/demo.sh            pulumi up the demo stack (again: a rerun changes nothing), show it, refresh it
#   examples/demo.sh destroy    delete the demo stack's lens and shares (organization sharing stays on)
#
# Needs PULUMI_TOOLCHAIN_BIN (the directory `make pulumi` prints, holding `pulumi`, beside the language hosts' plugin
# archives) and the provider's plugin archive from `make dist`; `make demo` provides both. Pulumi runs the plugins
# installed from those archives, as a user's would: nothing of this repository is on PATH. Everything the demo keeps
# lives in .work/demo: the Pulumi home with the installed plugins, the emulator's state, the file:// backend, the
# project copy and the logs; `rm -rf .work/demo` starts over.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work="$repo/.work/demo"
action=${1:-up}

owner=111122223333
region=us-east-1
recipient=444455556666
stack=demo

step() { printf '\n==> %s\n' "$*"; }
fail() { printf 'demo: %s\n' "$*" >&2; exit 1; }

# A quiet command that takes a while prints a line every 10 s, so a slow machine never looks stuck.
with_progress() { # <log file> <command…>
  local log=$1; shift
  "$@" >"$log" 2>&1 &
  local pid=$! start=$SECONDS
  while kill -0 "$pid" 2>/dev/null; do
    sleep 1
    if (( (SECONDS - start) % 10 == 0 )) && kill -0 "$pid" 2>/dev/null; then
      printf '    … still running (%d s)\n' $((SECONDS - start))
    fi
  done
  wait "$pid" || { cat "$log" >&2; fail "failed: $* (log: $log)"; }
}

case "$action" in
  up | destroy) ;;
  *) fail "unknown action '$action'; use: examples/demo.sh [up|destroy]" ;;
esac

[[ -n "${PULUMI_TOOLCHAIN_BIN:-}" && -x "${PULUMI_TOOLCHAIN_BIN}/pulumi" ]] \
  || fail "PULUMI_TOOLCHAIN_BIN must name the directory holding pulumi; run \`make demo\`"
[[ -f "$repo/provider/target/classes/version.txt" ]] \
  || fail "the provider is not built; run \`make demo\` (or \`make dist\` first)"
version=$(<"$repo/provider/target/classes/version.txt")
provider_archive="$repo/dist/pulumi-resource-wellarchitected-v$version-linux-amd64.tar.gz"
java_archives=("$PULUMI_TOOLCHAIN_BIN"/../plugins/pulumi-language-java-v*-linux-amd64.tar.gz)
java_archive=${java_archives[-1]}
[[ -f $provider_archive && -x "$repo/emulator/bin/wellarchitected-emulator" ]] \
  || fail "the plugin archive or the emulator is not built; run \`make demo\` (or \`make dist\` first)"
[[ -f $java_archive ]] || fail "the toolchain holds no Java language host archive; run \`make pulumi\`"
pulumi() { "$PULUMI_TOOLCHAIN_BIN/pulumi" "$@"; }

mkdir -p "$work/project/target" "$work/backend" "$work/pulumi-home" "$work/logs"
export PULUMI_BACKEND_URL="file://$work/backend"
export PULUMI_HOME="$work/pulumi-home"
export PULUMI_CONFIG_PASSPHRASE="${PULUMI_CONFIG_PASSPHRASE:-demo}"
export PULUMI_SKIP_UPDATE_CHECK=true
export PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true
# Two AWS profiles, as against AWS: the lens owner's (the default provider) and the recipient's (the accepter's
# provider). The emulator takes a request's access key ID as the caller's account.
mkdir -p "$work/aws"
printf '[owner]\naws_access_key_id = %s\naws_secret_access_key = demo-owner-secret\n[recipient]\naws_access_key_id = %s\naws_secret_access_key = demo-recipient-secret\n' \
  "$owner" "$recipient" >"$work/aws/credentials"
printf '[profile owner]\nregion = %s\n[profile recipient]\nregion = %s\n' "$region" "$region" >"$work/aws/config"
export AWS_SHARED_CREDENTIALS_FILE="$work/aws/credentials" AWS_CONFIG_FILE="$work/aws/config" AWS_PROFILE=owner \
  AWS_REGION=$region
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY AWS_SESSION_TOKEN AWS_DEFAULT_REGION AWS_ENDPOINT_URL \
  AWS_ENDPOINT_URL_WELLARCHITECTED

step "installing the plugins into .work/demo/pulumi-home, as a user does (pulumi plugin install … --file)"
java_version=${java_archive##*/pulumi-language-java-v}
java_version=${java_version%%-*}
pulumi plugin install resource wellarchitected "$version" --file "$provider_archive" --reinstall >"$work/logs/plugin-install.log" 2>&1 \
  || { cat "$work/logs/plugin-install.log" >&2; fail "installing $provider_archive failed"; }
pulumi plugin install language java "$java_version" --file "$java_archive" --reinstall >>"$work/logs/plugin-install.log" 2>&1 \
  || { cat "$work/logs/plugin-install.log" >&2; fail "installing $java_archive failed"; }
pulumi plugin ls

if [[ $action == up ]]; then
  step "building examples/workflow (mvn package → target/workflow.jar)"
  # MVN is the Maven command `make` was given (its local repository holds the SDK `make build` installed).
  # shellcheck disable=SC2086
  with_progress "$work/logs/example-build.log" ${MVN:-mvn -B -ntp} -q -f "$repo/examples/workflow/pom.xml" package
  cp "$repo/examples/workflow/Pulumi.yaml" "$repo/examples/workflow/lens.json" "$work/project/"
  cp "$repo/examples/workflow/target/workflow.jar" "$work/project/target/workflow.jar"
fi
[[ -f "$work/project/Pulumi.yaml" ]] || fail "there is no demo stack in $work yet; run \`make demo\` first"

step "starting the Well-Architected emulator (state in .work/demo/emulator-state.json)"
source "$repo/emulator/bin/background-emulator.sh"
start_emulator "$work/logs/emulator.log" --state "$work/emulator-state.json"
echo "    listening on $endpoint"

# Both providers, the owner's and the recipient's, reach the emulator through the standard endpoint variable.
export AWS_ENDPOINT_URL_WELLARCHITECTED=$endpoint

cd "$work/project"
step "selecting stack '$stack' (backend $PULUMI_BACKEND_URL) and setting its config"
pulumi stack select "$stack" --non-interactive 2>/dev/null || pulumi stack init "$stack" --non-interactive
pulumi config set accountId $recipient
pulumi config set iamUserArn arn:aws:iam::777788889999:user/lens-reviewer
pulumi config set ouId ou-ab12-cdef3456
pulumi config set recipientProfile recipient
pulumi config --show-secrets

show_shares() {
  step "the emulator's view of the shares ($endpoint/_emulator/state)"
  curl -fsS "$endpoint/_emulator/state" | python3 -c '
import json, sys
shares = json.load(sys.stdin).get("shares", [])
print("    %-32s  %-45s  %-11s  %s" % ("SHARE ID", "SHARED WITH", "STATUS", "LENS"))
for s in sorted(shares, key=lambda s: s["sharedWith"]):
    print("    %-32s  %-45s  %-11s  %s" % (s["shareId"], s["sharedWith"], s["status"], s["lensArn"]))
if not shares:
    print("    (no shares)")
'
}

if [[ $action == destroy ]]; then
  step "pulumi destroy --yes"
  pulumi destroy --yes --run-program --non-interactive
  show_shares
  step "done: the demo stack is empty. \`make demo\` publishes and shares a lens again; \`rm -rf .work/demo\` forgets everything."
  exit 0
fi

step "pulumi up --yes"
pulumi up --yes --non-interactive

step "pulumi stack output --json (shares: what getLensShares lists once the invitation is accepted)"
pulumi stack output --json --show-secrets

step "pulumi refresh --yes (reads the lens, the setting, every share and the acceptance back from the emulator)"
pulumi refresh --yes --non-interactive

step "the owner's view after the refresh: the shares in the stack's state"
pulumi stack export | python3 -c '
import json, sys
resources = json.load(sys.stdin)["deployment"].get("resources", [])
shares = {r["urn"].split("::")[-1]: r.get("outputs", {}) for r in resources
          if r["type"] == "wellarchitected:index:LensShare"}
print("    %-16s  %-45s  %s" % ("RESOURCE", "SHARED WITH", "STATUS"))
for name, share in sorted(shares.items()):
    print("    %-16s  %-45s  %s" % (name, share.get("sharedWith"), share.get("status")))
expected = {"lens-to-account": "ACCEPTED", "lens-to-ou": "ASSOCIATED"}
wrong = {n: s for n, s in expected.items() if shares.get(n, {}).get("status") != s}
if wrong:
    sys.exit("demo: expected %s after the refresh" % ", ".join("%s %s" % i for i in wrong.items()))
'
show_shares

step "stopping the emulator"
stop_emulator
cat <<EOF

The demo stack '$stack' lives in .work/demo (backend, emulator state, project copy, logs in .work/demo/logs).
  Run it again:      make demo                 (idempotent: the second run changes nothing)
  Delete it all:     examples/demo.sh destroy  (with PULUMI_TOOLCHAIN_BIN=\$(toolchain/build.sh))
  Start over:        rm -rf .work/demo
EOF
