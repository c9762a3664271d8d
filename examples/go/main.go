// Command lens-share shares a custom Well-Architected lens with one AWS account, as a Pulumi Automation API inline
// program.
//
// Usage: lens-share <preview|up|refresh|destroy> [KEY=VALUE ...]
//
// Each KEY=VALUE becomes stack config before the command runs (`lensArn`, `sharedWith`, and provider settings such
// as `wellarchitected:endpoint`). The engine's progress goes to stderr; the last line on stdout is one JSON document:
// {"changes": {"create": 1, ...}, "outputs": {"shareId": "...", "status": "..."}}.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/pulumi/pulumi/sdk/v3/go/auto"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optdestroy"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optpreview"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optrefresh"
	"github.com/pulumi/pulumi/sdk/v3/go/auto/optup"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi"
	"github.com/pulumi/pulumi/sdk/v3/go/pulumi/config"
	"github.com/wellarchitected-lens/pulumi-wellarchitected/sdk/go/wellarchitected"
)

const project = "lens-share-go"

func program(ctx *pulumi.Context) error {
	conf := config.New(ctx, "")
	share, err := wellarchitected.NewLensShare(ctx, "lens-to-account", &wellarchitected.LensShareArgs{
		LensAlias:  pulumi.String(conf.Require("lensArn")),
		SharedWith: pulumi.String(conf.Require("sharedWith")),
	})
	if err != nil {
		return err
	}
	ctx.Export("shareId", share.ShareId)
	ctx.Export("status", share.Status)
	return nil
}

func run(ctx context.Context, command string, stack auto.Stack) (map[string]int, error) {
	changes := func(m *map[string]int) map[string]int {
		if m == nil {
			return map[string]int{}
		}
		return *m
	}
	switch command {
	case "preview":
		result, err := stack.Preview(ctx, optpreview.ProgressStreams(os.Stderr))
		summary := map[string]int{}
		for op, n := range result.ChangeSummary {
			summary[string(op)] = n
		}
		return summary, err
	case "up":
		result, err := stack.Up(ctx, optup.ProgressStreams(os.Stderr))
		return changes(result.Summary.ResourceChanges), err
	case "refresh":
		result, err := stack.Refresh(ctx, optrefresh.ProgressStreams(os.Stderr))
		return changes(result.Summary.ResourceChanges), err
	case "destroy":
		result, err := stack.Destroy(ctx, optdestroy.ProgressStreams(os.Stderr))
		return changes(result.Summary.ResourceChanges), err
	}
	return nil, fmt.Errorf("unknown command %q: expected preview, up, refresh or destroy", command)
}

func main() {
	if err := runMain(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func runMain(args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("usage: lens-share <preview|up|refresh|destroy> [KEY=VALUE ...]")
	}
	ctx := context.Background()
	stackName := os.Getenv("PULUMI_STACK")
	if stackName == "" {
		stackName = "dev"
	}
	stack, err := auto.UpsertStackInlineSource(ctx, stackName, project, program)
	if err != nil {
		return err
	}
	for _, pair := range args[1:] {
		key, value, found := strings.Cut(pair, "=")
		if !found {
			return fmt.Errorf("config %q is not KEY=VALUE", pair)
		}
		if err := stack.SetConfig(ctx, key, auto.ConfigValue{Value: value}); err != nil {
			return err
		}
	}
	changes, err := run(ctx, args[0], stack)
	if err != nil {
		return err
	}
	outputs, err := stack.Outputs(ctx)
	if err != nil {
		return err
	}
	values := map[string]interface{}{}
	for key, output := range outputs {
		values[key] = output.Value
	}
	document, err := json.Marshal(map[string]interface{}{"changes": changes, "outputs": values})
	if err != nil {
		return err
	}
	fmt.Println(string(document))
	return nil
}
