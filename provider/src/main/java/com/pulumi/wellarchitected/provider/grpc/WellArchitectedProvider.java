package com.pulumi.wellarchitected.provider.grpc;

import com.google.protobuf.Any;
import com.google.protobuf.Empty;
import com.google.rpc.Code;
import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader.InvalidConfigException;
import com.pulumi.wellarchitected.provider.lensshare.ApiCallException;
import com.pulumi.wellarchitected.provider.lensshare.CreateProgress;
import com.pulumi.wellarchitected.provider.lensshare.CreateResult;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.DiffResult;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi;
import com.pulumi.wellarchitected.provider.lensshare.LensShareResource;
import com.pulumi.wellarchitected.provider.lensshare.PartialCreateException;
import com.pulumi.wellarchitected.provider.lensshare.ReadResult;
import com.pulumi.wellarchitected.provider.lensshare.SharedWith;
import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.schema.PackageSchema;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.function.Supplier;
import pulumirpc.Plugin.PluginAttach;
import pulumirpc.Plugin.PluginInfo;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.ConfigureRequest;
import pulumirpc.Provider.ConfigureResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.ErrorResourceInitFailed;
import pulumirpc.Provider.GetSchemaRequest;
import pulumirpc.Provider.GetSchemaResponse;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.ResourceProviderGrpc;

/**
 * The {@code pulumirpc.ResourceProvider} service: translates the engine's requests into calls on
 * {@link LensShareResource} and the provider configuration, and their results and failures back into replies
 * and one-line statuses. It knows the protocol, not Well-Architected.
 */
public final class WellArchitectedProvider extends ResourceProviderGrpc.ResourceProviderImplBase {

    private final ProviderConfigReader configReader;
    private final Function<ProviderConfig, LensShareApi> apiFactory;
    private final EngineLog log;
    private final PrintStream diagnostics;
    private final ActiveCalls calls = new ActiveCalls();
    private volatile LensShareResource lensShares;

    /**
     * @param apiFactory makes the Well-Architected API of a configuration; it must not connect before its first use
     * @param diagnostics where unexpected failures are described in full, for the provider's developers
     */
    public WellArchitectedProvider(
            ProviderConfigReader configReader,
            Function<ProviderConfig, LensShareApi> apiFactory,
            EngineLog log,
            PrintStream diagnostics) {
        this.configReader = configReader;
        this.apiFactory = apiFactory;
        this.log = log;
        this.diagnostics = diagnostics;
        // Until Configure, Check works without the Region check and anything that calls AWS is refused.
        this.lensShares = new LensShareResource(Optional.empty(), new NotConfigured(), log);
    }

    @Override
    public void getPluginInfo(Empty request, StreamObserver<PluginInfo> reply) {
        respond(
                reply,
                () -> PluginInfo.newBuilder()
                        .setVersion(PackageSchema.version())
                        .build());
    }

    @Override
    public void getSchema(GetSchemaRequest request, StreamObserver<GetSchemaResponse> reply) {
        respond(
                reply,
                () -> GetSchemaResponse.newBuilder()
                        .setSchema(PackageSchema.json())
                        .build());
    }

    @Override
    public void attach(PluginAttach request, StreamObserver<Empty> reply) {
        respond(reply, () -> {
            log.attach(request.getAddress());
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public void checkConfig(CheckRequest request, StreamObserver<CheckResponse> reply) {
        respond(reply, () -> checkResponse(configReader.check(StructCodec.decode(request.getNews()))));
    }

    @Override
    public void configure(ConfigureRequest request, StreamObserver<ConfigureResponse> reply) {
        respond(reply, () -> {
            ProviderConfig config = configReader.resolve(StructCodec.decode(request.getArgs()));
            lensShares = new LensShareResource(Optional.of(config.region()), apiFactory.apply(config), log);
            return ConfigureResponse.newBuilder()
                    .setAcceptSecrets(true)
                    .setSupportsPreview(true)
                    .build();
        });
    }

    @Override
    public void check(CheckRequest request, StreamObserver<CheckResponse> reply) {
        respond(reply, () -> {
            requireLensShare(request.getType(), request.getUrn());
            return checkResponse(lensShares.check(request.getUrn(), StructCodec.decode(request.getNews())));
        });
    }

    @Override
    public void diff(DiffRequest request, StreamObserver<DiffResponse> reply) {
        respond(reply, () -> {
            requireLensShare(request.getType(), request.getUrn());
            DiffResult diff = lensShares.diff(
                    StructCodec.decode(request.getOlds()),
                    StructCodec.decode(request.getOldInputs()),
                    StructCodec.decode(request.getNews()));
            DiffResponse.Builder response = DiffResponse.newBuilder()
                    .setChanges(
                            diff.hasChanges() ? DiffResponse.DiffChanges.DIFF_SOME : DiffResponse.DiffChanges.DIFF_NONE)
                    .addAllReplaces(diff.replaced())
                    .addAllDiffs(diff.replaced())
                    .setHasDetailedDiff(true)
                    .setDeleteBeforeReplace(diff.deleteBeforeReplace());
            for (String key : diff.replaced()) {
                PropertyDiff.Kind kind =
                        diff.added().contains(key) ? PropertyDiff.Kind.ADD_REPLACE : PropertyDiff.Kind.UPDATE_REPLACE;
                response.putDetailedDiff(
                        key,
                        PropertyDiff.newBuilder()
                                .setKind(kind)
                                .setInputDiff(true)
                                .build());
            }
            return response.build();
        });
    }

    @Override
    public void create(CreateRequest request, StreamObserver<CreateResponse> reply) {
        respond(reply, () -> {
            requireLensShare(request.getType(), request.getUrn());
            PropertyMap inputs = StructCodec.decode(request.getProperties());
            Deadline deadline = Deadline.afterSeconds(request.getTimeout());
            CreateProgress progress = new CreateProgress();
            CreateResult created;
            try {
                created = calls.run(
                        () -> lensShares.create(request.getUrn(), inputs, deadline, request.getPreview(), progress));
            } catch (CancellationException e) {
                // The worker may still be blocked in a call after its share was made: the engine must get the ID.
                Optional<PartialCreateException> kept = progress.keepMadeShare(e.getMessage());
                if (kept.isPresent()) {
                    throw kept.get();
                }
                throw e;
            }
            return CreateResponse.newBuilder()
                    .setId(created.id())
                    .setProperties(StructCodec.encode(created.outputs()))
                    .build();
        });
    }

    @Override
    public void read(ReadRequest request, StreamObserver<ReadResponse> reply) {
        respond(reply, () -> {
            requireLensShare(request.getType(), request.getUrn());
            PropertyMap outputs = StructCodec.decode(request.getProperties());
            PropertyMap inputs = StructCodec.decode(request.getInputs());
            Deadline deadline = Deadline.afterSeconds(request.getTimeout());
            ReadResult found =
                    calls.run(() -> lensShares.read(request.getUrn(), request.getId(), outputs, inputs, deadline));
            if (found.id().isEmpty()) {
                return ReadResponse.getDefaultInstance();
            }
            return ReadResponse.newBuilder()
                    .setId(found.id().get())
                    .setProperties(StructCodec.encode(found.outputs()))
                    .setInputs(StructCodec.encode(found.inputs()))
                    .build();
        });
    }

    @Override
    public void delete(DeleteRequest request, StreamObserver<Empty> reply) {
        respond(reply, () -> {
            requireLensShare(request.getType(), request.getUrn());
            Deadline deadline = Deadline.afterSeconds(request.getTimeout());
            return calls.run(() -> {
                lensShares.delete(request.getUrn(), request.getId(), deadline);
                return Empty.getDefaultInstance();
            });
        });
    }

    @Override
    public void cancel(Empty request, StreamObserver<Empty> reply) {
        calls.cancelAll();
        reply.onNext(Empty.getDefaultInstance());
        reply.onCompleted();
    }

    private <T> void respond(StreamObserver<T> reply, Supplier<T> call) {
        T response;
        try {
            response = call.get();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            // These errors are one request's, and the process goes on: they are answered like any other bug.
            reply.onError(failure(e));
            return;
        }
        reply.onNext(response);
        reply.onCompleted();
    }

    /** Every failure reaches the engine as one line; only a bug's stack trace goes to the diagnostics. */
    private Throwable failure(Throwable e) {
        if (e instanceof PartialCreateException partial) {
            ErrorResourceInitFailed detail = ErrorResourceInitFailed.newBuilder()
                    .setId(partial.id())
                    .setProperties(StructCodec.encode(partial.outputs()))
                    .addReasons(oneLine(partial.getMessage()))
                    .build();
            return StatusProto.toStatusRuntimeException(com.google.rpc.Status.newBuilder()
                    .setCode(Code.UNKNOWN_VALUE)
                    .setMessage(oneLine(partial.getMessage()))
                    .addDetails(Any.pack(detail))
                    .build());
        }
        if (e instanceof CancellationException || calls.isCancelled()) {
            return Status.CANCELLED.withDescription(oneLine(e.getMessage())).asRuntimeException();
        }
        if (e instanceof InvalidValueException
                || e instanceof InvalidConfigException
                || e instanceof UnsupportedResourceTypeException) {
            return Status.INVALID_ARGUMENT
                    .withDescription(oneLine(e.getMessage()))
                    .asRuntimeException();
        }
        if (e instanceof ApiCallException) {
            return Status.UNKNOWN.withDescription(oneLine(e.getMessage())).asRuntimeException();
        }
        if (e instanceof ProviderNotConfiguredException) {
            return Status.FAILED_PRECONDITION.withDescription(e.getMessage()).asRuntimeException();
        }
        e.printStackTrace(diagnostics);
        return Status.INTERNAL
                .withDescription(oneLine("internal error in the wellarchitected provider: "
                        + e.getClass().getSimpleName() + ": " + e.getMessage()))
                .asRuntimeException();
    }

    private static CheckResponse checkResponse(CheckResult result) {
        CheckResponse.Builder response = CheckResponse.newBuilder();
        if (result.failures().isEmpty()) {
            return response.setInputs(StructCodec.encode(result.inputs())).build();
        }
        for (CheckFailure failure : result.failures()) {
            response.addFailures(pulumirpc.Provider.CheckFailure.newBuilder()
                    .setProperty(failure.property())
                    .setReason(failure.reason()));
        }
        return response.build();
    }

    private static void requireLensShare(String type, String urn) {
        String resourceType = type.isEmpty() ? typeOf(urn) : type;
        if (!resourceType.equals(LensShareResource.TYPE)) {
            throw new UnsupportedResourceTypeException(resourceType);
        }
    }

    /** The type in {@code urn:pulumi:<stack>::<project>::<parent type>$<type>::<name>}. */
    private static String typeOf(String urn) {
        String[] parts = urn.split("::", -1);
        if (parts.length < 4) {
            return urn;
        }
        String qualifiedType = parts[2];
        return qualifiedType.substring(qualifiedType.lastIndexOf('$') + 1);
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    /** A resource type this provider does not manage. */
    private static final class UnsupportedResourceTypeException extends RuntimeException {
        UnsupportedResourceTypeException(String type) {
            super(
                    "unknown resource type " + type + ": the wellarchitected provider manages " + LensShareResource.TYPE
                            + " only",
                    null,
                    false,
                    false);
        }
    }

    /** A call that needs AWS before the engine configured the provider. */
    private static final class ProviderNotConfiguredException extends RuntimeException {
        ProviderNotConfiguredException() {
            super(
                    "the wellarchitected provider is not configured yet: Configure must come before any call to AWS",
                    null,
                    false,
                    false);
        }
    }

    /** The API before Configure: refuses every call. */
    private static final class NotConfigured implements LensShareApi {
        @Override
        public String createLensShare(LensArn lens, SharedWith sharedWith, String token, Deadline deadline) {
            throw new ProviderNotConfiguredException();
        }

        @Override
        public SharePage listLensShares(
                LensArn lens, Optional<String> sharedWithPrefix, Optional<String> nextToken, Deadline deadline) {
            throw new ProviderNotConfiguredException();
        }

        @Override
        public void deleteLensShare(LensArn lens, String shareId, String token, Deadline deadline) {
            throw new ProviderNotConfiguredException();
        }
    }
}
