package com.pulumi.wellarchitected.provider.lensshare;

/** Messages the user sees in the output of {@code pulumi up}, attached to a resource. */
public interface UserLog {

    void info(String urn, String message);
}
