// Command pulumi-resource-wellarchitected (Go anchor) is the LensShare resource written with pulumi-go-provider's
// infer package and the AWS SDK for Go v2, as a Go team would write it. The benchmarks run it beside the Java
// provider so that every figure has the same provider in Go as its yardstick: same inputs, outputs, ID, API calls
// and configuration keys.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/pulumi/pulumi-go-provider/infer"
)

// version is the Java provider's: the engine asks for the plugin by name and version, and either binary answers.
var version = "0.1.0"

func main() {
	provider, err := infer.NewProviderBuilder().
		WithNamespace("wellarchitected").
		WithDisplayName("AWS Well-Architected lens shares (Go anchor)").
		WithConfig(infer.Config(&Config{})).
		WithResources(infer.Resource(&LensShare{})).
		Build()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := provider.Run(context.Background(), "wellarchitected", version); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
