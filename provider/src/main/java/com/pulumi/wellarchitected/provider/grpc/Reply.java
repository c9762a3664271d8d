package com.pulumi.wellarchitected.provider.grpc;

import io.grpc.stub.StreamObserver;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request's answer to the engine, sent once: a call answered as cancelled while its thread is still blocked
 * must not be answered again when the thread comes back.
 */
final class Reply<T> {

    private final StreamObserver<T> observer;
    private final AtomicBoolean sent = new AtomicBoolean();

    Reply(StreamObserver<T> observer) {
        this.observer = observer;
    }

    void answer(T response) {
        if (sent.compareAndSet(false, true)) {
            observer.onNext(response);
            observer.onCompleted();
        }
    }

    void fail(Throwable failure) {
        if (sent.compareAndSet(false, true)) {
            observer.onError(failure);
        }
    }
}
