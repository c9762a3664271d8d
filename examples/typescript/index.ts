// Shares a custom Well-Architected lens with one AWS account, as a Pulumi Automation API inline program.
//
// Usage: node bin/index.js <preview|up|refresh|destroy> [KEY=VALUE ...]
//
// Each KEY=VALUE becomes stack config before the command runs (`lensArn`, `sharedWith`, and provider settings such
// as `wellarchitected:endpoint`). The engine's progress goes to stderr; the last line on stdout is one JSON document:
// {"changes": {"create": 1, ...}, "outputs": {"shareId": "...", "status": "..."}}.
import * as pulumi from "@pulumi/pulumi";
import { LocalWorkspace, Stack } from "@pulumi/pulumi/automation";
import * as wellarchitected from "@wellarchitected-lens/wellarchitected";

const project = "lens-share-typescript";

async function program() {
    const config = new pulumi.Config();
    const share = new wellarchitected.LensShare("lens-to-account", {
        lensAlias: config.require("lensArn"),
        sharedWith: config.require("sharedWith"),
    });
    return { shareId: share.shareId, status: share.status };
}

async function run(command: string, stack: Stack): Promise<Record<string, number> | undefined> {
    const onOutput = (line: string) => process.stderr.write(line);
    switch (command) {
        case "preview":
            return (await stack.preview({ onOutput })).changeSummary;
        case "up":
            return (await stack.up({ onOutput })).summary.resourceChanges;
        case "refresh":
            return (await stack.refresh({ onOutput })).summary.resourceChanges;
        case "destroy":
            return (await stack.destroy({ onOutput })).summary.resourceChanges;
        default:
            throw new Error(`unknown command "${command}": expected preview, up, refresh or destroy`);
    }
}

async function main(args: string[]) {
    if (args.length === 0) {
        throw new Error("usage: node bin/index.js <preview|up|refresh|destroy> [KEY=VALUE ...]");
    }
    const stack = await LocalWorkspace.createOrSelectStack({
        stackName: process.env.PULUMI_STACK ?? "dev",
        projectName: project,
        program,
    });
    for (const pair of args.slice(1)) {
        const separator = pair.indexOf("=");
        if (separator < 0) {
            throw new Error(`config "${pair}" is not KEY=VALUE`);
        }
        await stack.setConfig(pair.slice(0, separator), { value: pair.slice(separator + 1) });
    }
    const changes = await run(args[0], stack);
    const outputs: Record<string, unknown> = {};
    for (const [key, output] of Object.entries(await stack.outputs())) {
        outputs[key] = output.value;
    }
    console.log(JSON.stringify({ changes: changes ?? {}, outputs }));
}

main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
