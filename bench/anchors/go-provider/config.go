package main

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/wellarchitected"
	"github.com/pulumi/pulumi-go-provider/infer"
)

// Config holds the provider configuration, with the Java provider's keys; the AWS SDK's own chain supplies what is
// not set (AWS_REGION, AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_ENDPOINT_URL_WELLARCHITECTED, ...).
type Config struct {
	Region     *string `pulumi:"region,optional"`
	Profile    *string `pulumi:"profile,optional"`
	AccessKey  *string `pulumi:"accessKey,optional"`
	SecretKey  *string `pulumi:"secretKey,optional" provider:"secret"`
	Token      *string `pulumi:"token,optional" provider:"secret"`
	Endpoint   *string `pulumi:"endpoint,optional"`
	MaxRetries *int    `pulumi:"maxRetries,optional"`

	client *wellarchitected.Client
}

// Annotate describes the configuration in the schema.
func (c *Config) Annotate(a infer.Annotator) {
	a.Describe(&c.Region, "The AWS Region of the lenses to share.")
	a.Describe(&c.Profile, "The AWS shared-configuration profile.")
	a.Describe(&c.AccessKey, "The AWS access key ID.")
	a.Describe(&c.SecretKey, "The AWS secret access key.")
	a.Describe(&c.Token, "The AWS session token.")
	a.Describe(&c.Endpoint, "The Well-Architected API endpoint URL.")
	a.Describe(&c.MaxRetries, "How many times a throttled or failed call is retried. Defaults to 10.")
}

// Configure builds the one Well-Architected client that every resource call of this process shares.
func (c *Config) Configure(ctx context.Context) error {
	var options []func(*config.LoadOptions) error
	if c.Region != nil {
		options = append(options, config.WithRegion(*c.Region))
	}
	if c.Profile != nil {
		options = append(options, config.WithSharedConfigProfile(*c.Profile))
	}
	if c.AccessKey != nil && c.SecretKey != nil {
		options = append(options, config.WithCredentialsProvider(
			credentials.NewStaticCredentialsProvider(*c.AccessKey, *c.SecretKey, aws.ToString(c.Token))))
	}
	maxRetries := 10
	if c.MaxRetries != nil {
		maxRetries = *c.MaxRetries
	}
	// The SDK's standard retryer counts attempts, the first included. Its retry quota is off, as the Java
	// provider's circuit breaker is: a provider creating many shares at once must absorb throttling, and with the
	// quota on, a burst's retries use it up and the remaining creates fail instead of waiting.
	options = append(options, config.WithRetryer(func() aws.Retryer {
		return retry.NewStandard(func(o *retry.StandardOptions) {
			o.MaxAttempts = maxRetries + 1
			o.RateLimiter = ratelimit.None
		})
	}))
	cfg, err := config.LoadDefaultConfig(ctx, options...)
	if err != nil {
		return err
	}
	endpoint := aws.ToString(c.Endpoint)
	if endpoint == "" {
		endpoint = os.Getenv("AWS_ENDPOINT_URL_WELLARCHITECTED")
	}
	c.client = wellarchitected.NewFromConfig(cfg, func(o *wellarchitected.Options) {
		if endpoint != "" {
			o.BaseEndpoint = aws.String(endpoint)
		}
	})
	return nil
}
