package com.pulumi.wellarchitected.emulator.model;

/** The service's published, non-adjustable quotas. */
public final class ServiceQuotas {
    public static final int SHARES_PER_LENS = 300;
    public static final int CUSTOM_LENSES_PER_REGION = 15;
    public static final int VERSIONS_PER_LENS = 100;
    /** A custom lens document may not exceed 500 KB. */
    public static final int LENS_JSON_BYTES = 500_000;

    public static final int TAGS_PER_RESOURCE = 50;

    private ServiceQuotas() {}
}
