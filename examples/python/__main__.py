"""Shares a custom Well-Architected lens with one AWS account, as a Pulumi Automation API inline program.

Usage: python examples/python <preview|up|refresh|destroy> [KEY=VALUE ...]

Each KEY=VALUE becomes stack config before the command runs (`lensArn`, `sharedWith`, and provider settings such as
`wellarchitected:endpoint`). The engine's progress goes to stderr; the last line on stdout is one JSON document:
{"changes": {"create": 1, ...}, "outputs": {"shareId": "...", "status": "..."}}.
"""

import json
import os
import sys

import pulumi
from pulumi import automation as auto

import wellarchitected_lens as wellarchitected

PROJECT = "lens-share-python"


def program() -> None:
    config = pulumi.Config()
    share = wellarchitected.LensShare(
        "lens-to-account",
        lens_alias=config.require("lensArn"),
        shared_with=config.require("sharedWith"),
    )
    pulumi.export("shareId", share.share_id)
    pulumi.export("status", share.status)


def run(command: str, stack: auto.Stack) -> dict:
    progress = {"on_output": lambda line: print(line, file=sys.stderr)}
    if command == "preview":
        return stack.preview(**progress).change_summary
    if command == "up":
        return stack.up(**progress).summary.resource_changes
    if command == "refresh":
        return stack.refresh(**progress).summary.resource_changes
    if command == "destroy":
        return stack.destroy(**progress).summary.resource_changes
    raise SystemExit(f"unknown command {command!r}: expected preview, up, refresh or destroy")


def main(args: list) -> None:
    if not args:
        raise SystemExit(__doc__)
    stack = auto.create_or_select_stack(
        stack_name=os.environ.get("PULUMI_STACK", "dev"), project_name=PROJECT, program=program
    )
    for pair in args[1:]:
        key, separator, value = pair.partition("=")
        if not separator:
            raise SystemExit(f"config {pair!r} is not KEY=VALUE")
        stack.set_config(key, auto.ConfigValue(value=value))
    changes = run(args[0], stack)
    outputs = {key: output.value for key, output in stack.outputs().items()}
    print(json.dumps({"changes": {str(getattr(op, "value", op)): n for op, n in (changes or {}).items()},
                      "outputs": outputs}))


if __name__ == "__main__":
    main(sys.argv[1:])
