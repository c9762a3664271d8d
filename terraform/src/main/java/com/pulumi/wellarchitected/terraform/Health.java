package com.pulumi.wellarchitected.terraform;

import com.pulumi.wellarchitected.terraform.protocol.health.HealthCheckRequest;
import com.pulumi.wellarchitected.terraform.protocol.health.HealthCheckResponse;
import com.pulumi.wellarchitected.terraform.protocol.health.HealthGrpc;
import io.grpc.stub.StreamObserver;

/** The health service go-plugin polls: the plugin serves as long as it answers. */
final class Health extends HealthGrpc.HealthImplBase {

    @Override
    public void check(HealthCheckRequest request, StreamObserver<HealthCheckResponse> reply) {
        reply.onNext(HealthCheckResponse.newBuilder()
                .setStatus(HealthCheckResponse.ServingStatus.SERVING)
                .build());
        reply.onCompleted();
    }
}
