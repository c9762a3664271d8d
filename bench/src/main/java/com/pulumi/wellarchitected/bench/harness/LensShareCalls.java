package com.pulumi.wellarchitected.bench.harness;

import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import java.util.concurrent.ThreadLocalRandom;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/** The calls the engine makes to the provider for one {@code wellarchitected:index:LensShare}, as it makes them. */
public final class LensShareCalls {

    public static final String TYPE = "wellarchitected:index:LensShare";

    private final ResourceProviderBlockingStub provider;

    public LensShareCalls(ResourceProviderBlockingStub provider) {
        this.provider = provider;
    }

    /** What {@code pulumi up} asks of the provider for a new share: Check, then Create with the checked inputs. */
    public ManagedShare share(String lensArn, String sharedWith) {
        String name = "share-" + sharedWith;
        Struct inputs = check(name, lensArn, sharedWith);
        CreateResponse created = create(name, inputs);
        return new ManagedShare(name, lensArn, sharedWith, created.getId(), created.getProperties(), inputs);
    }

    /** Check with a fresh random seed, as for a new registration; the checked inputs go to Create as they are. */
    public Struct check(String name, String lensArn, String sharedWith) {
        byte[] seed = new byte[32];
        ThreadLocalRandom.current().nextBytes(seed);
        Struct news = Struct.newBuilder()
                .putFields("lensAlias", LaunchedProvider.text(lensArn))
                .putFields("sharedWith", LaunchedProvider.text(sharedWith))
                .build();
        return provider.check(CheckRequest.newBuilder()
                        .setUrn(urn(name))
                        .setType(TYPE)
                        .setNews(news)
                        .setRandomSeed(ByteString.copyFrom(seed))
                        .build())
                .getInputs();
    }

    public CreateResponse create(String name, Struct checkedInputs) {
        return provider.create(CreateRequest.newBuilder()
                .setUrn(urn(name))
                .setType(TYPE)
                .setProperties(checkedInputs)
                .build());
    }

    /** A refresh's Read: the ID, the outputs and the inputs the state holds. */
    public ReadResponse read(String name, String id, Struct outputs, Struct inputs) {
        return provider.read(ReadRequest.newBuilder()
                .setUrn(urn(name))
                .setType(TYPE)
                .setId(id)
                .setProperties(outputs)
                .setInputs(inputs)
                .build());
    }

    public void delete(String name, String id, Struct outputs, Struct inputs) {
        provider.delete(DeleteRequest.newBuilder()
                .setUrn(urn(name))
                .setType(TYPE)
                .setId(id)
                .setProperties(outputs)
                .setOldInputs(inputs)
                .build());
    }

    private static String urn(String name) {
        return "urn:pulumi:bench::bench::" + TYPE + "::" + name;
    }
}
