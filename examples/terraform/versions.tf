terraform {
  required_version = ">= 1.0"
  required_providers {
    # A fully qualified source address: a bare "wellarchitected/wellarchitected" means a different default registry in
    # Terraform and in OpenTofu. The CLI configuration's provider_installation maps it to the local build.
    wellarchitected = {
      source  = "terraform.local/wellarchitected/wellarchitected"
      version = "0.1.0"
    }
  }
}
