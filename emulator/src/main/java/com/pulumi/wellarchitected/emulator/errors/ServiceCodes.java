package com.pulumi.wellarchitected.emulator.errors;

/** The {@code ServiceCode} and {@code QuotaCode} values the emulator puts in quota and throttling errors. */
public final class ServiceCodes {
    /** The Service Quotas code of the Well-Architected Tool. */
    public static final String SERVICE_CODE = "wellarchitected";
    // AWS publishes no quota codes for these fixed quotas, so the emulator names them after what they limit.
    public static final String SHARES_PER_LENS = "LensSharesPerLens";
    public static final String LENSES_PER_ACCOUNT = "CustomLensesPerRegion";
    public static final String VERSIONS_PER_LENS = "VersionsPerLens";
    public static final String REQUEST_RATE = "RequestRate";

    private ServiceCodes() {}
}
