# The project's front door. `make demo` runs the main job, `make test` passes the tests.
SHELL := /bin/bash
MVN ?= mvn -B -ntp
PORT ?= 4599

.PHONY: build dist test fmt tools emulator pulumi demo e2e bench clean sdk sdk-check

## build: compile every module, install the SDK into the local Maven repository, make the launchers
build:
	$(MVN) -q -DskipTests install

## dist: the installable plugin archive dist/pulumi-resource-wellarchitected-v<version>-linux-amd64.tar.gz (with the
##       Terraform launcher) and the OpenTofu/Terraform filesystem mirror dist/terraform-mirror
dist: build
	@provider/dist/build.sh

## fmt: format every Java source (palantir-java-format); the build fails on unformatted code
fmt:
	$(MVN) -q spotless:apply

## pulumi: build `pulumi` and the Java and YAML language hosts (plugin archives) once into a cache
pulumi:
	@toolchain/build.sh >/dev/null

## tools: the test tools a fresh machine lacks (the AWS CLI, the emulator's independent client)
tools:
	@.ci/install-tools >/dev/null

## sdk: regenerate sdk/{java,python,nodejs,go} from the provider's schema (commit the result)
sdk:
	sdk/generator/generate.sh

## sdk-check: fail when sdk/ differs from what the schema generates
sdk-check:
	sdk/generator/generate.sh --check

## test: every test tier but the benchmarks, including the end-to-end tests through the real `pulumi` CLI
test: pulumi tools sdk-check
	PULUMI_TOOLCHAIN_BIN="$$(toolchain/build.sh)" $(MVN) install

## emulator: run the local Well-Architected API emulator in the foreground on $(PORT)
emulator: build
	emulator/bin/wellarchitected-emulator --port $(PORT)

## demo: build, install the plugin archives, start the emulator, `pulumi up` the example stack, show it, refresh
demo: dist pulumi
	MVN="$(MVN)" PULUMI_TOOLCHAIN_BIN="$$(toolchain/build.sh)" examples/demo.sh

## demo-terraform: build, start the emulator, `tofu init` examples/terraform from the filesystem mirror, apply, output,
##                 plan (empty), destroy
.PHONY: demo-terraform
demo-terraform: pulumi dist
	TOFU="$$(toolchain/build.sh)/tofu" examples/demo-terraform.sh

## e2e: only the end-to-end tests
e2e: build pulumi
	PULUMI_TOOLCHAIN_BIN="$$(toolchain/build.sh)" $(MVN) -pl tests/e2e verify

## bench: every benchmark; results in bench/results/latest.{json,md}
bench: dist pulumi
	PULUMI_TOOLCHAIN_BIN="$$(toolchain/build.sh)" MVN="$(MVN)" bench/run.sh

## soak: 300 shares through up, refresh and destroy under errors, throttling and listing delay (not in `make test`)
.PHONY: soak
soak: build pulumi
	PULUMI_TOOLCHAIN_BIN="$$(toolchain/build.sh)" $(MVN) -pl tests/e2e test -Dtest=LensShareSoak

clean:
	$(MVN) -q clean
	rm -rf .work dist
