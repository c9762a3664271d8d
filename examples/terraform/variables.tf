variable "region" {
  description = "The AWS Region of the lens and of every share: a lens is shared within one Region."
  type        = string
  default     = "us-east-1"
}

variable "endpoint" {
  description = "The Well-Architected API endpoint, e.g. the local emulator's http://127.0.0.1:4599; null is AWS's own."
  type        = string
  default     = null
}

variable "owner_profile" {
  description = "The AWS profile of the account that owns the lens."
  type        = string
  default     = "owner"
}

variable "recipient_profile" {
  description = "The AWS profile of the recipient account, recipient_account_id: it accepts the invitation."
  type        = string
  default     = "recipient"
}

variable "recipient_account_id" {
  description = "The 12-digit AWS account the lens is shared with and that accepts it."
  type        = string
}

variable "iam_user_arn" {
  description = "An IAM user to share with, in another account than recipient_account_id, so that the accepter finds one invitation to the lens."
  type        = string
}

variable "ou_id" {
  description = "An organizational unit of the owner's organization (ou-xxxx-xxxxxxxx): sharing with it needs organization sharing."
  type        = string
}

variable "lens_version" {
  description = "The name of the published lens version; a new name publishes the edited lens.json as a new version."
  type        = string
  default     = "v1"
}
