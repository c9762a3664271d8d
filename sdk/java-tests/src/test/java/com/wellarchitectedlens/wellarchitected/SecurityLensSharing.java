package com.wellarchitectedlens.wellarchitected;

import com.pulumi.Context;
import com.pulumi.resources.CustomResourceOptions;

/** A small user program under test: shares one custom lens with an account, and with an OU in a second Region. */
final class SecurityLensSharing {

    static final String LENS = "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    static final String EU_LENS =
            "arn:aws:wellarchitected:eu-west-1:111122223333:lens/fedcba9876543210fedcba9876543210";
    static final String PROD_ACCOUNT = "444455556666";
    static final String WORKLOADS_OU = "ou-ab12-cdef3456";

    private SecurityLensSharing() {}

    static void stack(Context ctx) {
        var prod = new LensShare(
                "security-lens-to-prod",
                LensShareArgs.builder().lensAlias(LENS).sharedWith(PROD_ACCOUNT).build());

        var europe = new Provider(
                "eu-west-1", ProviderArgs.builder().region("eu-west-1").build());
        var workloads = new LensShare(
                "eu-security-lens-to-workloads",
                LensShareArgs.builder()
                        .lensAlias(EU_LENS)
                        .sharedWith(WORKLOADS_OU)
                        .build(),
                CustomResourceOptions.builder().provider(europe).build());

        ctx.export("prodShareId", prod.shareId());
        ctx.export("prodStatus", prod.status());
        ctx.export("workloadsShareId", workloads.shareId());
        ctx.export("workloadsStatus", workloads.status());
    }
}
