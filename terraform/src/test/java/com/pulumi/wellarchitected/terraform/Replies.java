package com.pulumi.wellarchitected.terraform;

import io.grpc.stub.StreamObserver;
import java.util.Optional;

/** The reply or the error one unary call of the service under test answered with. */
final class Replies<T> implements StreamObserver<T> {

    private Optional<T> reply = Optional.empty();
    private Optional<Throwable> error = Optional.empty();
    private boolean completed;

    @Override
    public void onNext(T value) {
        reply = Optional.of(value);
    }

    @Override
    public void onError(Throwable t) {
        error = Optional.of(t);
    }

    @Override
    public void onCompleted() {
        completed = true;
    }

    /** The reply, failing when the call answered an error or did not complete. */
    T reply() {
        if (error.isPresent()) {
            throw new AssertionError("the call failed", error.get());
        }
        if (!completed || reply.isEmpty()) {
            throw new AssertionError("the call did not complete with a reply");
        }
        return reply.get();
    }

    /** The error, failing when the call answered a reply. */
    Throwable error() {
        return error.orElseThrow(() -> new AssertionError("the call answered " + reply.orElse(null)));
    }
}
