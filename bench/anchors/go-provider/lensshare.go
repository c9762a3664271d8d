package main

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/wellarchitected"
	"github.com/aws/aws-sdk-go-v2/service/wellarchitected/types"
	"github.com/google/uuid"
	p "github.com/pulumi/pulumi-go-provider"
	"github.com/pulumi/pulumi-go-provider/infer"
)

// LensShare shares a custom Well-Architected lens with an account, IAM user, organization or organizational unit.
type LensShare struct{}

// LensShareArgs are the resource's inputs.
type LensShareArgs struct {
	LensAlias  string `pulumi:"lensAlias"`
	SharedWith string `pulumi:"sharedWith"`
}

// LensShareState is what the state records of a share.
type LensShareState struct {
	LensShareArgs
	ShareID       string  `pulumi:"shareId"`
	Status        string  `pulumi:"status"`
	StatusMessage *string `pulumi:"statusMessage,optional"`
	LensArn       string  `pulumi:"lensArn"`
}

var (
	customLensArn = regexp.MustCompile(`^arn:aws[a-z-]*:wellarchitected:[a-z]{2}(-[a-z]+)+-\d+:(\d{12}):lens/[0-9a-f]{32}$`)
	accountID     = regexp.MustCompile(`^\d{12}$`)
	organization  = regexp.MustCompile(`^o-[a-z0-9]{10,32}$`)
	orgUnit       = regexp.MustCompile(`^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$`)
	iamUser       = regexp.MustCompile(`^arn:aws[a-z-]*:iam::\d{12}:user/.+$`)
)

// Statuses in which a share no longer gives access: a refresh drops it, as the Java provider does.
var withoutAccess = map[types.ShareStatus]bool{
	types.ShareStatusRejected: true, types.ShareStatusExpired: true, types.ShareStatusRevoked: true,
	types.ShareStatusFailed: true,
}

// Annotate describes the resource in the schema.
func (l *LensShare) Annotate(a infer.Annotator) {
	a.Describe(&l, "Shares a custom AWS Well-Architected Tool lens.")
	a.SetToken("index", "LensShare")
}

// Check validates and normalises the inputs: a lens ARN in lower case, an account ID without separators.
func (LensShare) Check(ctx context.Context, req infer.CheckRequest) (infer.CheckResponse[LensShareArgs], error) {
	args, failures, err := infer.DefaultCheck[LensShareArgs](ctx, req.NewInputs)
	if err != nil || len(failures) > 0 {
		return infer.CheckResponse[LensShareArgs]{Inputs: args, Failures: failures}, err
	}
	args.LensAlias = strings.ToLower(strings.TrimSpace(args.LensAlias))
	if m := customLensArn.FindStringSubmatch(args.LensAlias); m == nil {
		failures = append(failures, p.CheckFailure{Property: "lensAlias",
			Reason: "lensAlias is not the ARN of a custom lens: give arn:aws:wellarchitected:<region>:<account ID>:lens/<32 hex characters>."})
	} else if owner := m[2]; owner == normalisedPrincipal(args.SharedWith) {
		failures = append(failures, p.CheckFailure{Property: "sharedWith",
			Reason: "a lens cannot be shared with the account that owns it."})
	}
	args.SharedWith = normalisedPrincipal(args.SharedWith)
	if !accountID.MatchString(args.SharedWith) && !organization.MatchString(args.SharedWith) &&
		!orgUnit.MatchString(args.SharedWith) && !iamUser.MatchString(args.SharedWith) {
		failures = append(failures, p.CheckFailure{Property: "sharedWith",
			Reason: "sharedWith must be a 12-digit account ID, an IAM user ARN, an organization ID or an OU ID."})
	}
	return infer.CheckResponse[LensShareArgs]{Inputs: args, Failures: failures}, nil
}

func normalisedPrincipal(text string) string {
	trimmed := strings.TrimSpace(text)
	if digits := strings.NewReplacer(" ", "", "-", "").Replace(trimmed); accountID.MatchString(digits) {
		return digits
	}
	if lower := strings.ToLower(trimmed); organization.MatchString(lower) || orgUnit.MatchString(lower) {
		return lower
	}
	return trimmed
}

// Create shares the lens, logs the share's ID at once (so that it reaches the user even if the run then fails),
// and reads the new share's status.
func (LensShare) Create(ctx context.Context, req infer.CreateRequest[LensShareArgs]) (infer.CreateResponse[LensShareState], error) {
	state := LensShareState{LensShareArgs: req.Inputs, LensArn: req.Inputs.LensAlias}
	if req.DryRun {
		return infer.CreateResponse[LensShareState]{Output: state}, nil
	}
	client := infer.GetConfig[Config](ctx).client
	created, err := client.CreateLensShare(ctx, &wellarchitected.CreateLensShareInput{
		LensAlias:  aws.String(req.Inputs.LensAlias),
		SharedWith: aws.String(req.Inputs.SharedWith),
		// One token for all the SDK's retries of this call, so that a retried create cannot share twice.
		ClientRequestToken: aws.String(uuid.NewString()),
	})
	if err != nil {
		return infer.CreateResponse[LensShareState]{}, fmt.Errorf("CreateLensShare: %w", err)
	}
	state.ShareID = aws.ToString(created.ShareId)
	id := state.LensArn + "|" + state.ShareID
	p.GetLogger(ctx).Infof("created lens share %s (%s)", state.ShareID, id)
	share, err := findShare(ctx, client, state.LensArn, state.SharedWith, state.ShareID)
	if err != nil {
		return infer.CreateResponse[LensShareState]{ID: id, Output: state},
			infer.ResourceInitFailedError{Reasons: []string{"created lens share " + id + " but could not read its status: " + err.Error()}}
	}
	if share != nil {
		state.Status = string(share.Status)
		state.StatusMessage = share.StatusMessage
	}
	return infer.CreateResponse[LensShareState]{ID: id, Output: state}, nil
}

// Read finds the share with ListLensShares filtered to its principal; a share that is gone or gives no access
// reads as nothing, so that the next update shares the lens again.
func (LensShare) Read(ctx context.Context, req infer.ReadRequest[LensShareArgs, LensShareState]) (infer.ReadResponse[LensShareArgs, LensShareState], error) {
	lens, shareID, ok := strings.Cut(req.ID, "|")
	if !ok {
		return infer.ReadResponse[LensShareArgs, LensShareState]{}, fmt.Errorf("ID %q is not <lens ARN>|<share ID>", req.ID)
	}
	principal := req.Inputs.SharedWith
	if principal == "" {
		principal = req.State.SharedWith
	}
	share, err := findShare(ctx, infer.GetConfig[Config](ctx).client, lens, principal, shareID)
	var notFound *types.ResourceNotFoundException
	if errors.As(err, &notFound) {
		return infer.ReadResponse[LensShareArgs, LensShareState]{}, nil
	}
	if err != nil {
		return infer.ReadResponse[LensShareArgs, LensShareState]{}, err
	}
	if share == nil || withoutAccess[share.Status] {
		return infer.ReadResponse[LensShareArgs, LensShareState]{}, nil
	}
	inputs := req.Inputs
	if inputs.LensAlias == "" {
		inputs = LensShareArgs{LensAlias: lens, SharedWith: normalisedPrincipal(aws.ToString(share.SharedWith))}
	}
	state := LensShareState{
		LensShareArgs: LensShareArgs{LensAlias: lens, SharedWith: normalisedPrincipal(aws.ToString(share.SharedWith))},
		ShareID:       shareID,
		Status:        string(share.Status),
		StatusMessage: share.StatusMessage,
		LensArn:       lens,
	}
	return infer.ReadResponse[LensShareArgs, LensShareState]{ID: req.ID, Inputs: inputs, State: state}, nil
}

// Delete withdraws the share; one that is already gone counts as deleted.
func (LensShare) Delete(ctx context.Context, req infer.DeleteRequest[LensShareState]) (infer.DeleteResponse, error) {
	lens, shareID, _ := strings.Cut(req.ID, "|")
	_, err := infer.GetConfig[Config](ctx).client.DeleteLensShare(ctx, &wellarchitected.DeleteLensShareInput{
		LensAlias:          aws.String(lens),
		ShareId:            aws.String(shareID),
		ClientRequestToken: aws.String(uuid.NewString()),
	})
	var notFound *types.ResourceNotFoundException
	if err != nil && !errors.As(err, &notFound) {
		return infer.DeleteResponse{}, fmt.Errorf("DeleteLensShare: %w", err)
	}
	return infer.DeleteResponse{}, nil
}

func findShare(ctx context.Context, client *wellarchitected.Client, lens, principal, shareID string) (*types.LensShareSummary, error) {
	input := &wellarchitected.ListLensSharesInput{LensAlias: aws.String(lens)}
	if principal != "" {
		input.SharedWithPrefix = aws.String(principal)
	}
	pages := wellarchitected.NewListLensSharesPaginator(client, input)
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, err
		}
		for i := range page.LensShareSummaries {
			if strings.EqualFold(aws.ToString(page.LensShareSummaries[i].ShareId), shareID) {
				return &page.LensShareSummaries[i], nil
			}
		}
	}
	return nil, nil
}
