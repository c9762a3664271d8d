package com.pulumi.wellarchitected.terraform;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi;
import com.pulumi.wellarchitected.provider.lensshare.LensShareResource;
import com.pulumi.wellarchitected.provider.lensshare.PartialCreateException;
import com.pulumi.wellarchitected.provider.lensshare.SharedWith;
import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import com.pulumi.wellarchitected.terraform.cty.ObjectSchema;
import com.pulumi.wellarchitected.terraform.protocol.ApplyResourceChange;
import com.pulumi.wellarchitected.terraform.protocol.AttributePath;
import com.pulumi.wellarchitected.terraform.protocol.ConfigureProvider;
import com.pulumi.wellarchitected.terraform.protocol.DynamicValue;
import com.pulumi.wellarchitected.terraform.protocol.GetProviderSchema;
import com.pulumi.wellarchitected.terraform.protocol.ImportResourceState;
import com.pulumi.wellarchitected.terraform.protocol.PlanResourceChange;
import com.pulumi.wellarchitected.terraform.protocol.ProviderGrpc;
import com.pulumi.wellarchitected.terraform.protocol.ReadResource;
import com.pulumi.wellarchitected.terraform.protocol.ServerCapabilities;
import com.pulumi.wellarchitected.terraform.protocol.StopProvider;
import com.pulumi.wellarchitected.terraform.protocol.UpgradeResourceState;
import com.pulumi.wellarchitected.terraform.protocol.ValidateProviderConfig;
import com.pulumi.wellarchitected.terraform.protocol.ValidateResourceConfig;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tfplugin6 {@code Provider} service: decodes the CLI's values by the schema, hands them to the core through
 * {@link LensShareAdapter}, and answers failures as diagnostics.
 */
final class TerraformProvider extends ProviderGrpc.ProviderImplBase {

    static final Properties CONFIG = new Properties(Map.of(
            "region", ProviderConfigReader.REGION,
            "profile", ProviderConfigReader.PROFILE,
            "access_key", ProviderConfigReader.ACCESS_KEY,
            "secret_key", ProviderConfigReader.SECRET_KEY,
            "token", ProviderConfigReader.TOKEN,
            "endpoint", ProviderConfigReader.ENDPOINT,
            "max_retries", ProviderConfigReader.MAX_RETRIES));

    private final ProviderConfigReader configReader;
    private final Function<ProviderConfig, LensShareApi> apiFactory;
    private final UserLog log;
    private final LensShareAdapter lensShares = new LensShareAdapter();
    private volatile Optional<LensShareResource> configured = Optional.empty();

    TerraformProvider(
            ProviderConfigReader configReader, Function<ProviderConfig, LensShareApi> apiFactory, UserLog log) {
        this.configReader = configReader;
        this.apiFactory = apiFactory;
        this.log = log;
    }

    @Override
    public void getProviderSchema(GetProviderSchema.Request request, StreamObserver<GetProviderSchema.Response> reply) {
        answer(
                reply,
                () -> GetProviderSchema.Response.newBuilder()
                        .setProvider(Schemas.toProto(Schemas.PROVIDER))
                        .putResourceSchemas(Schemas.LENS_SHARE, Schemas.toProto(Schemas.LENS_SHARE_RESOURCE))
                        .setServerCapabilities(ServerCapabilities.newBuilder().setGetProviderSchemaOptional(true))
                        .build());
    }

    @Override
    public void validateProviderConfig(
            ValidateProviderConfig.Request request, StreamObserver<ValidateProviderConfig.Response> reply) {
        answer(reply, () -> {
            Map<String, CtyValue> config = decode(Schemas.PROVIDER, request.getConfig());
            CheckResult checked = configReader.check(CONFIG.toCore(config));
            return ValidateProviderConfig.Response.newBuilder()
                    .addAllDiagnostics(CONFIG.diagnostics(checked.failures()))
                    .build();
        });
    }

    @Override
    public void configureProvider(ConfigureProvider.Request request, StreamObserver<ConfigureProvider.Response> reply) {
        answer(reply, () -> {
            Map<String, CtyValue> config = decode(Schemas.PROVIDER, request.getConfig());
            CheckResult checked = configReader.check(CONFIG.toCore(config));
            ConfigureProvider.Response.Builder response = ConfigureProvider.Response.newBuilder();
            if (!checked.failures().isEmpty()) {
                return response.addAllDiagnostics(CONFIG.diagnostics(checked.failures()))
                        .build();
            }
            try {
                ProviderConfig resolved = configReader.resolve(checked.inputs());
                configured = Optional.of(
                        new LensShareResource(Optional.of(resolved.region()), apiFactory.apply(resolved), log));
            } catch (ProviderConfigReader.InvalidConfigException e) {
                response.addDiagnostics(Diagnostics.error(
                        "Invalid provider configuration", Diagnostics.renamed(e.getMessage(), CONFIG.inverse())));
            }
            return response.build();
        });
    }

    @Override
    public void validateResourceConfig(
            ValidateResourceConfig.Request request, StreamObserver<ValidateResourceConfig.Response> reply) {
        answer(reply, () -> {
            requireLensShare(request.getTypeName());
            Map<String, CtyValue> config = decode(Schemas.LENS_SHARE_RESOURCE, request.getConfig());
            CheckResult checked = lensShares.check(core(), config);
            return ValidateResourceConfig.Response.newBuilder()
                    .addAllDiagnostics(LensShareAdapter.INPUTS.diagnostics(checked.failures()))
                    .build();
        });
    }

    @Override
    public void upgradeResourceState(
            UpgradeResourceState.Request request, StreamObserver<UpgradeResourceState.Response> reply) {
        answer(reply, () -> {
            requireLensShare(request.getTypeName());
            // Schema version 0 is the only one there has been: the stored JSON is re-encoded as it is.
            Map<String, CtyValue> state =
                    fromJson(request.getRawState().getJson().toStringUtf8());
            return UpgradeResourceState.Response.newBuilder()
                    .setUpgradedState(encode(Schemas.LENS_SHARE_RESOURCE, Optional.of(state)))
                    .build();
        });
    }

    @Override
    public void readResource(ReadResource.Request request, StreamObserver<ReadResource.Response> reply) {
        answer(reply, () -> {
            requireLensShare(request.getTypeName());
            ReadResource.Response.Builder response = ReadResource.Response.newBuilder();
            Optional<Map<String, CtyValue>> current = Schemas.LENS_SHARE_RESOURCE.decode(
                    request.getCurrentState().getMsgpack().toByteArray());
            try {
                Optional<Map<String, CtyValue>> live = current.flatMap(state -> lensShares.read(core(), state));
                return response.setNewState(encode(Schemas.LENS_SHARE_RESOURCE, live))
                        .setPrivate(request.getPrivate())
                        .build();
            } catch (RuntimeException e) {
                return response.setNewState(request.getCurrentState())
                        .addDiagnostics(Diagnostics.error("Reading the lens share failed", e.getMessage()))
                        .build();
            }
        });
    }

    @Override
    public void planResourceChange(
            PlanResourceChange.Request request, StreamObserver<PlanResourceChange.Response> reply) {
        answer(reply, () -> {
            requireLensShare(request.getTypeName());
            PlanResourceChange.Response.Builder response = PlanResourceChange.Response.newBuilder();
            Optional<Map<String, CtyValue>> proposed = Schemas.LENS_SHARE_RESOURCE.decode(
                    request.getProposedNewState().getMsgpack().toByteArray());
            if (proposed.isEmpty()) {
                return response.setPlannedState(request.getProposedNewState()).build();
            }
            Map<String, CtyValue> config = decode(Schemas.LENS_SHARE_RESOURCE, request.getConfig());
            CheckResult checked = lensShares.check(core(), config);
            if (!checked.failures().isEmpty()) {
                return response.addAllDiagnostics(LensShareAdapter.INPUTS.diagnostics(checked.failures()))
                        .build();
            }
            Optional<Map<String, CtyValue>> prior = Schemas.LENS_SHARE_RESOURCE.decode(
                    request.getPriorState().getMsgpack().toByteArray());
            LensShareAdapter.Plan plan = lensShares.plan(core(), prior, config);
            for (String attribute : plan.requiresReplace()) {
                response.addRequiresReplace(AttributePath.newBuilder()
                        .addSteps(AttributePath.Step.newBuilder().setAttributeName(attribute)));
            }
            return response.setPlannedState(encode(Schemas.LENS_SHARE_RESOURCE, Optional.of(plan.planned())))
                    .setPlannedPrivate(ByteString.copyFromUtf8(plan.plannedPrivate()))
                    .build();
        });
    }

    @Override
    public void applyResourceChange(
            ApplyResourceChange.Request request, StreamObserver<ApplyResourceChange.Response> reply) {
        answer(reply, () -> {
            requireLensShare(request.getTypeName());
            ApplyResourceChange.Response.Builder response = ApplyResourceChange.Response.newBuilder();
            Optional<Map<String, CtyValue>> prior = Schemas.LENS_SHARE_RESOURCE.decode(
                    request.getPriorState().getMsgpack().toByteArray());
            Optional<Map<String, CtyValue>> planned = Schemas.LENS_SHARE_RESOURCE.decode(
                    request.getPlannedState().getMsgpack().toByteArray());
            try {
                if (planned.isEmpty()) {
                    lensShares.delete(core(), prior.orElseThrow());
                    return response.setNewState(encode(Schemas.LENS_SHARE_RESOURCE, Optional.empty()))
                            .build();
                }
                if (prior.isPresent()) {
                    // Only a change of spelling gets here: every real change replaces the share.
                    return response.setNewState(request.getPlannedState()).build();
                }
                Map<String, CtyValue> created = lensShares.create(
                        core(), planned.get(), request.getPlannedPrivate().toStringUtf8());
                return response.setNewState(encode(Schemas.LENS_SHARE_RESOURCE, Optional.of(created)))
                        .build();
            } catch (PartialCreateException e) {
                return response.setNewState(encode(
                                Schemas.LENS_SHARE_RESOURCE,
                                Optional.of(lensShares.partialState(e.id(), planned.orElseThrow(), e.outputs()))))
                        .addDiagnostics(Diagnostics.error("Creating the lens share did not finish", e.getMessage()))
                        .build();
            } catch (RuntimeException e) {
                return response.setNewState(request.getPriorState())
                        .addDiagnostics(Diagnostics.error(
                                planned.isEmpty() ? "Deleting the lens share failed" : "Creating the lens share failed",
                                Diagnostics.renamed(e.getMessage(), LensShareAdapter.INPUTS.inverse())))
                        .build();
            }
        });
    }

    @Override
    public void importResourceState(
            ImportResourceState.Request request, StreamObserver<ImportResourceState.Response> reply) {
        answer(reply, () -> {
            requireLensShare(request.getTypeName());
            ImportResourceState.Response.Builder response = ImportResourceState.Response.newBuilder();
            try {
                Optional<Map<String, CtyValue>> found = lensShares.importShare(core(), request.getId());
                if (found.isEmpty()) {
                    return response.addDiagnostics(Diagnostics.error(
                                    "Cannot import a lens share that does not exist",
                                    "no live lens share has the ID " + request.getId()
                                            + ": give <lens ARN>|<share ID> of a share that gives access."))
                            .build();
                }
                return response.addImportedResources(ImportResourceState.ImportedResource.newBuilder()
                                .setTypeName(Schemas.LENS_SHARE)
                                .setState(encode(Schemas.LENS_SHARE_RESOURCE, found)))
                        .build();
            } catch (RuntimeException e) {
                return response.addDiagnostics(Diagnostics.error("Importing the lens share failed", e.getMessage()))
                        .build();
            }
        });
    }

    @Override
    public void stopProvider(StopProvider.Request request, StreamObserver<StopProvider.Response> reply) {
        answer(reply, () -> StopProvider.Response.getDefaultInstance());
    }

    private LensShareResource core() {
        return configured.orElseGet(() -> new LensShareResource(Optional.empty(), new NotConfigured(), log));
    }

    private static void requireLensShare(String type) {
        if (!type.equals(Schemas.LENS_SHARE)) {
            throw Status.INVALID_ARGUMENT
                    .withDescription("unknown resource type " + type + ": this provider manages " + Schemas.LENS_SHARE)
                    .asRuntimeException();
        }
    }

    private static Map<String, CtyValue> decode(ObjectSchema schema, DynamicValue value) {
        return schema.decode(value.getMsgpack().toByteArray())
                .orElseThrow(() -> Status.INVALID_ARGUMENT
                        .withDescription("the configuration is null")
                        .asRuntimeException());
    }

    private static DynamicValue encode(ObjectSchema schema, Optional<Map<String, CtyValue>> object) {
        byte[] msgpack = object.map(schema::encode).orElseGet(ObjectSchema::encodeNull);
        return DynamicValue.newBuilder()
                .setMsgpack(ByteString.copyFrom(msgpack))
                .build();
    }

    private static Map<String, CtyValue> fromJson(String json) {
        Struct.Builder struct = Struct.newBuilder();
        try {
            JsonFormat.parser().merge(json, struct);
        } catch (InvalidProtocolBufferException e) {
            throw Status.INVALID_ARGUMENT
                    .withDescription("the stored state is not a JSON object: " + e.getMessage())
                    .asRuntimeException();
        }
        Map<String, CtyValue> state = new LinkedHashMap<>();
        struct.getFieldsMap().forEach((name, value) -> state.put(name, ctyValue(name, value)));
        return state;
    }

    private static CtyValue ctyValue(String name, Value value) {
        return switch (value.getKindCase()) {
            case STRING_VALUE -> CtyValue.of(value.getStringValue());
            case NUMBER_VALUE -> new CtyValue.Numeric(BigDecimal.valueOf(value.getNumberValue()));
            case BOOL_VALUE -> new CtyValue.Flag(value.getBoolValue());
            case NULL_VALUE, KIND_NOT_SET -> CtyValue.NULL;
            case STRUCT_VALUE, LIST_VALUE ->
                throw Status.INVALID_ARGUMENT
                        .withDescription("the stored state's " + name + " is "
                                + (value.hasListValue() ? describe(value.getListValue()) : "an object")
                                + ", where the schema has a primitive")
                        .asRuntimeException();
        };
    }

    private static String describe(ListValue list) {
        return "a list of " + list.getValuesCount();
    }

    /**
     * Answers with the reply built, or with the failure as an error diagnostic for the RPCs whose failures are
     * replies: an unexpected exception becomes a gRPC status, which the CLI prints with the RPC's name.
     */
    private static <T> void answer(StreamObserver<T> reply, Supplier<T> handler) {
        try {
            reply.onNext(handler.get());
            reply.onCompleted();
        } catch (StatusRuntimeException e) {
            reply.onError(e);
        } catch (RuntimeException e) {
            reply.onError(Status.INTERNAL
                    .withDescription(
                            String.valueOf(e.getMessage()).lines().findFirst().orElse(""))
                    .asRuntimeException());
        }
    }

    /** The API before ConfigureProvider: validation runs then, and needs no API. */
    private static final class NotConfigured implements LensShareApi {
        @Override
        public String createLensShare(
                LensArn lens, SharedWith sharedWith, String clientRequestToken, Deadline deadline) {
            throw notConfigured();
        }

        @Override
        public SharePage listLensShares(
                LensArn lens, Optional<String> sharedWithPrefix, Optional<String> nextToken, Deadline deadline) {
            throw notConfigured();
        }

        @Override
        public void deleteLensShare(LensArn lens, String shareId, String clientRequestToken, Deadline deadline) {
            throw notConfigured();
        }

        private static IllegalStateException notConfigured() {
            return new IllegalStateException("the provider is not configured: ConfigureProvider must come first");
        }
    }
}
