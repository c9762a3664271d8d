package com.pulumi.wellarchitected.provider.lensshare;

/** Messages the user sees in the output of {@code pulumi up}, attached to a resource. */
public interface UserLog {

    /** Returns once the message is delivered (or could not be). */
    void info(String urn, String message);

    /**
     * Starts delivering the message and returns at once, so that the caller can go on while it travels; the caller
     * must {@link Delivery#await} it before it answers. By default the message is delivered before this returns.
     */
    default Delivery infoInBackground(String urn, String message) {
        info(urn, message);
        return () -> {};
    }

    /** A message on its way to the user. */
    interface Delivery {

        /** Returns once the message is delivered (or could not be). */
        void await();
    }
}
