// Command sdkgen writes the Python, Node.js and Go SDKs of the wellarchitected package from its schema, with
// Pulumi's own code generators: the `pulumi` CLI offers them only through language hosts this project cannot build.
//
// Usage: sdkgen <schema.json> <out dir>; it writes <out>/python, <out>/nodejs and <out>/go.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blang/semver"
	gogen "github.com/pulumi/pulumi/pkg/v3/codegen/go"
	"github.com/pulumi/pulumi/pkg/v3/codegen/nodejs"
	"github.com/pulumi/pulumi/pkg/v3/codegen/python"
	"github.com/pulumi/pulumi/pkg/v3/codegen/schema"
)

// tool is the generator name the generated files' header comments carry.
const tool = "wellarchitected-sdkgen"

func main() {
	if len(os.Args) != 3 {
		fail(fmt.Errorf("usage: sdkgen <schema.json> <out dir>"))
	}
	pkg, err := bind(os.Args[1])
	if err != nil {
		fail(err)
	}
	generators := map[string]func() (map[string][]byte, error){
		"python": func() (map[string][]byte, error) { return python.GeneratePackage(tool, pkg, nil, noReferences{}) },
		"nodejs": func() (map[string][]byte, error) {
			return nodejs.GeneratePackage(tool, pkg, nil, nil, false, noReferences{})
		},
		"go": func() (map[string][]byte, error) { return gogen.GeneratePackage(tool, pkg, nil) },
	}
	for _, language := range []string{"python", "nodejs", "go"} {
		files, err := generators[language]()
		if err != nil {
			fail(fmt.Errorf("generating the %s SDK: %w", language, err))
		}
		if err := write(filepath.Join(os.Args[2], language), files); err != nil {
			fail(err)
		}
	}
}

// bind reads and validates the schema; any diagnostic, warning or error, fails the generation.
func bind(path string) (*schema.Package, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var spec schema.PackageSpec
	if err := json.Unmarshal(text, &spec); err != nil {
		return nil, fmt.Errorf("%s is not a package schema: %w", path, err)
	}
	pkg, diags, err := schema.BindSpec(spec, noReferences{}, schema.ValidationOptions{})
	if err != nil {
		return nil, err
	}
	if len(diags) > 0 {
		return nil, fmt.Errorf("%s does not validate: %s", path, diags.Error())
	}
	return pkg, nil
}

func write(dir string, files map[string][]byte) error {
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			return err
		}
	}
	return nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "sdkgen:", err)
	os.Exit(1)
}

// noReferences is the schema loader of a package that refers to no other package: asked for one, it fails,
// rather than looking for plugins on the machine.
type noReferences struct{}

func (noReferences) LoadPackage(name string, _ *semver.Version) (*schema.Package, error) {
	return nil, refused(name)
}

func (noReferences) LoadPackageV2(_ context.Context, d *schema.PackageDescriptor) (*schema.Package, error) {
	return nil, refused(d.Name)
}

func (noReferences) LoadPackageReference(name string, _ *semver.Version) (schema.PackageReference, error) {
	return nil, refused(name)
}

func (noReferences) LoadPackageReferenceV2(
	_ context.Context, d *schema.PackageDescriptor,
) (schema.PackageReference, error) {
	return nil, refused(d.Name)
}

func refused(name string) error {
	return fmt.Errorf("the schema refers to package %q; the wellarchitected package may refer to no other", name)
}
