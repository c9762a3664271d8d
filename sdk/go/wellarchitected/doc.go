// Share custom AWS Well-Architected Tool lenses with AWS accounts, IAM users, organizations and organizational units, as declared, reviewed and versioned resources.
package wellarchitected
