output "lens_arn" {
  value = wellarchitected_lens.lens.lens_arn
}

output "lens_name" {
  value = wellarchitected_lens.lens.name
}

output "published_version" {
  value = wellarchitected_lens.lens.published_version
}

output "share_ids" {
  value = {
    account  = wellarchitected_lens_share.account.share_id
    iam_user = wellarchitected_lens_share.iam_user.share_id
    ou       = wellarchitected_lens_share.ou.share_id
  }
}

output "organization_sharing_status" {
  value = wellarchitected_organization_sharing.this.organization_sharing_status
}

output "accepted_status" {
  value = wellarchitected_lens_share_accepter.account.status
}

output "accepted_lens_name" {
  value = wellarchitected_lens_share_accepter.account.lens_name
}

output "shares" {
  description = "The lens's shares as the owner lists them: shared_with => status."
  value       = { for share in data.wellarchitected_lens_shares.all.shares : share.shared_with => share.status }
}

output "lens_owner" {
  value = data.wellarchitected_lens.published.owner
}
