package com.pulumi.wellarchitected.provider.protocol;

import com.google.protobuf.Struct;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.InvokeRequest;
import pulumirpc.Provider.InvokeResponse;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.Provider.UpdateRequest;
import pulumirpc.Provider.UpdateResponse;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/** The engine's requests for one resource of a type, as {@code pulumi up}, refresh, import and destroy send them. */
final class Rpc {

    private final ResourceProviderBlockingStub provider;
    final String type;
    final String urn;

    Rpc(ResourceProviderBlockingStub provider, String type, String name) {
        this.provider = provider;
        this.type = type;
        this.urn = "urn:pulumi:dev::lens-sharing::" + type + "::" + name;
    }

    CheckResponse check(Struct olds, Struct news) {
        return provider.check(CheckRequest.newBuilder()
                .setUrn(urn)
                .setType(type)
                .setOlds(olds)
                .setNews(news)
                .build());
    }

    /** Check's inputs; fails the test when Check refuses them. */
    Struct checked(Struct olds, Struct news) {
        CheckResponse response = check(olds, news);
        if (response.getFailuresCount() > 0) {
            throw new AssertionError("Check refused " + response.getFailuresList());
        }
        return response.getInputs();
    }

    CreateResponse create(Struct inputs, boolean preview, double timeoutSeconds) {
        return provider.create(CreateRequest.newBuilder()
                .setUrn(urn)
                .setType(type)
                .setProperties(inputs)
                .setPreview(preview)
                .setTimeout(timeoutSeconds)
                .build());
    }

    ReadResponse read(String id, Struct outputs, Struct inputs) {
        return provider.read(ReadRequest.newBuilder()
                .setUrn(urn)
                .setType(type)
                .setId(id)
                .setProperties(outputs)
                .setInputs(inputs)
                .build());
    }

    /** A read as {@code pulumi import} sends it: the ID alone. */
    ReadResponse importById(String id) {
        return read(id, Struct.getDefaultInstance(), Struct.getDefaultInstance());
    }

    DiffResponse diff(String id, Struct oldOutputs, Struct oldInputs, Struct news) {
        return provider.diff(DiffRequest.newBuilder()
                .setUrn(urn)
                .setType(type)
                .setId(id)
                .setOlds(oldOutputs)
                .setOldInputs(oldInputs)
                .setNews(news)
                .build());
    }

    UpdateResponse update(String id, Struct oldOutputs, Struct oldInputs, Struct news) {
        return provider.update(UpdateRequest.newBuilder()
                .setUrn(urn)
                .setType(type)
                .setId(id)
                .setOlds(oldOutputs)
                .setOldInputs(oldInputs)
                .setNews(news)
                .setTimeout(60)
                .build());
    }

    void delete(String id, Struct outputs) {
        provider.delete(DeleteRequest.newBuilder()
                .setUrn(urn)
                .setType(type)
                .setId(id)
                .setProperties(outputs)
                .build());
    }

    static InvokeResponse invoke(ResourceProviderBlockingStub provider, String token, Struct args) {
        return provider.invoke(
                InvokeRequest.newBuilder().setTok(token).setArgs(args).build());
    }
}
