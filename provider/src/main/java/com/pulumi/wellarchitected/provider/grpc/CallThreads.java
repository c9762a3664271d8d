package com.pulumi.wellarchitected.provider.grpc;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The threads the provider's calls run on: one virtual thread per task where the runtime can block a virtual thread
 * in a socket read without holding its carrier (JDK 24 and later), else a pool of daemon platform threads.
 *
 * <p>{@code pulumi up --parallel 300} keeps 300 calls in flight, each blocked on the network; a platform thread per
 * call commits about 110 KB of stack, where a virtual thread's stack lives on the heap and is as deep as it is used.
 * On JDK 21 to 23 a virtual thread inside {@code synchronized} (which URLConnection uses around its reads) pins its
 * carrier, and with two carriers on a two-CPU machine the calls would queue, so those runtimes keep platform threads.
 */
final class CallThreads {

    private static final int FIRST_UNPINNED_RELEASE = 24;

    private CallThreads() {}

    /** A new executor whose threads are named {@code name} when they are platform threads. */
    static ExecutorService newExecutor(String name) {
        if (Runtime.version().feature() >= FIRST_UNPINNED_RELEASE) {
            try {
                // Compiled for Java 17, which has no virtual threads: the factory method is looked up at run time.
                return (ExecutorService) Executors.class
                        .getMethod("newVirtualThreadPerTaskExecutor")
                        .invoke(null);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("JDK " + Runtime.version() + " has no virtual threads", e);
            }
        }
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }
}
