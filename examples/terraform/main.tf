# The whole lens-sharing workflow, as examples/workflow runs it through Pulumi: publish a custom lens from lens.json,
# enable organization sharing, share the lens with an account, an IAM user and an OU, accept the account's invitation
# in the recipient's account, and read the shares back.

# The owner's side. Credentials come from the AWS profile (or the environment); do not export
# AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, which would take precedence over both profiles.
provider "wellarchitected" {
  region   = var.region
  profile  = var.owner_profile
  endpoint = var.endpoint
}

# The recipient's side: the invitation is accepted in the account it was sent to, so with that account's credentials.
provider "wellarchitected" {
  alias    = "recipient"
  region   = var.region
  profile  = var.recipient_profile
  endpoint = var.endpoint
}

resource "wellarchitected_lens" "lens" {
  document     = file("${path.module}/lens.json")
  version_name = var.lens_version
}

# Sharing with an organization or an OU is refused until the owner's account switches it on.
resource "wellarchitected_organization_sharing" "this" {
  enabled = true
}

resource "wellarchitected_lens_share" "account" {
  lens_alias  = wellarchitected_lens.lens.lens_arn
  shared_with = var.recipient_account_id
}

resource "wellarchitected_lens_share" "iam_user" {
  lens_alias  = wellarchitected_lens.lens.lens_arn
  shared_with = var.iam_user_arn
}

resource "wellarchitected_lens_share" "ou" {
  lens_alias  = wellarchitected_lens.lens.lens_arn
  shared_with = var.ou_id
  depends_on  = [wellarchitected_organization_sharing.this]
}

resource "wellarchitected_lens_share_accepter" "account" {
  provider = wellarchitected.recipient
  lens_arn = wellarchitected_lens_share.account.lens_arn
}

# Read once the invitation is accepted and the OU share associated, so that the listing shows both settled.
data "wellarchitected_lens_shares" "all" {
  lens_arn   = wellarchitected_lens.lens.lens_arn
  depends_on = [wellarchitected_lens_share_accepter.account, wellarchitected_lens_share.ou]
}

data "wellarchitected_lens" "published" {
  lens_alias = wellarchitected_lens.lens.lens_arn
}
