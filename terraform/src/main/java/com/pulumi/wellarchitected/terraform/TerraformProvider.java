package com.pulumi.wellarchitected.terraform;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.ListValue;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;
import com.pulumi.wellarchitected.provider.catalog.Catalog;
import com.pulumi.wellarchitected.provider.catalog.WellArchitectedApis;
import com.pulumi.wellarchitected.provider.config.ProviderConfig;
import com.pulumi.wellarchitected.provider.config.ProviderConfigReader;
import com.pulumi.wellarchitected.provider.grpc.NotConfigured;
import com.pulumi.wellarchitected.provider.lensshare.PartialCreateException;
import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.provider.resource.ProviderFunction;
import com.pulumi.wellarchitected.terraform.cty.CtyValue;
import com.pulumi.wellarchitected.terraform.cty.ObjectSchema;
import com.pulumi.wellarchitected.terraform.protocol.ApplyResourceChange;
import com.pulumi.wellarchitected.terraform.protocol.AttributePath;
import com.pulumi.wellarchitected.terraform.protocol.ConfigureProvider;
import com.pulumi.wellarchitected.terraform.protocol.Diagnostic;
import com.pulumi.wellarchitected.terraform.protocol.DynamicValue;
import com.pulumi.wellarchitected.terraform.protocol.GetProviderSchema;
import com.pulumi.wellarchitected.terraform.protocol.ImportResourceState;
import com.pulumi.wellarchitected.terraform.protocol.PlanResourceChange;
import com.pulumi.wellarchitected.terraform.protocol.ProviderGrpc;
import com.pulumi.wellarchitected.terraform.protocol.ReadDataSource;
import com.pulumi.wellarchitected.terraform.protocol.ReadResource;
import com.pulumi.wellarchitected.terraform.protocol.ServerCapabilities;
import com.pulumi.wellarchitected.terraform.protocol.StopProvider;
import com.pulumi.wellarchitected.terraform.protocol.UpgradeResourceState;
import com.pulumi.wellarchitected.terraform.protocol.ValidateDataResourceConfig;
import com.pulumi.wellarchitected.terraform.protocol.ValidateProviderConfig;
import com.pulumi.wellarchitected.terraform.protocol.ValidateResourceConfig;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The tfplugin6 {@code Provider} service: serves every resource type and function of the core's {@link Catalog} as
 * a resource or data source, decodes the CLI's values by the derived schema, hands them to the core through the
 * adapters, and answers failures as diagnostics.
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
    private final Function<ProviderConfig, WellArchitectedApis> apiFactory;
    private final UserLog log;
    private final Served served;
    // Before ConfigureProvider the catalog's APIs refuse every call: validation needs none.
    private volatile Catalog catalog;

    TerraformProvider(
            ProviderConfigReader configReader, Function<ProviderConfig, WellArchitectedApis> apiFactory, UserLog log) {
        this.configReader = configReader;
        this.apiFactory = apiFactory;
        this.log = log;
        this.catalog = new Catalog(Optional.empty(), NotConfigured.apis(), log);
        this.served = new Served(catalog);
    }

    @Override
    public void getProviderSchema(GetProviderSchema.Request request, StreamObserver<GetProviderSchema.Response> reply) {
        answer(reply, () -> {
            GetProviderSchema.Response.Builder response = GetProviderSchema.Response.newBuilder()
                    .setProvider(Schemas.toProto(Schemas.PROVIDER))
                    .setServerCapabilities(ServerCapabilities.newBuilder().setGetProviderSchemaOptional(true));
            served.resources()
                    .forEach((name, resource) -> response.putResourceSchemas(
                            name, Schemas.toProto(resource.type().object())));
            served.dataSources()
                    .forEach((name, dataSource) -> response.putDataSourceSchemas(
                            name, Schemas.toProto(dataSource.type().object())));
            return response.build();
        });
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
                catalog = new Catalog(Optional.of(resolved.region()), apiFactory.apply(resolved), log);
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
            ResourceAdapter resource = resource(request.getTypeName());
            Map<String, CtyValue> config = decode(resource.type().object(), request.getConfig());
            CheckResult checked = resource.check(core(resource), config);
            return ValidateResourceConfig.Response.newBuilder()
                    .addAllDiagnostics(resource.type().properties().diagnostics(checked.failures()))
                    .build();
        });
    }

    @Override
    public void validateDataResourceConfig(
            ValidateDataResourceConfig.Request request, StreamObserver<ValidateDataResourceConfig.Response> reply) {
        answer(reply, () -> {
            DataSourceAdapter dataSource = dataSource(request.getTypeName());
            Map<String, CtyValue> config = decode(dataSource.type().object(), request.getConfig());
            CheckResult checked = dataSource.check(function(dataSource), config);
            return ValidateDataResourceConfig.Response.newBuilder()
                    .addAllDiagnostics(dataSource.type().properties().diagnostics(checked.failures()))
                    .build();
        });
    }

    @Override
    public void upgradeResourceState(
            UpgradeResourceState.Request request, StreamObserver<UpgradeResourceState.Response> reply) {
        answer(reply, () -> {
            ResourceAdapter resource = resource(request.getTypeName());
            // Schema version 0 is the only one there has been: the stored JSON is re-encoded as it is.
            Map<String, CtyValue> state =
                    fromJson(request.getRawState().getJson().toStringUtf8());
            return UpgradeResourceState.Response.newBuilder()
                    .setUpgradedState(encode(resource.type().object(), Optional.of(state)))
                    .build();
        });
    }

    @Override
    public void readResource(ReadResource.Request request, StreamObserver<ReadResource.Response> reply) {
        answer(reply, () -> {
            ResourceAdapter resource = resource(request.getTypeName());
            ObjectSchema schema = resource.type().object();
            ReadResource.Response.Builder response = ReadResource.Response.newBuilder();
            Optional<Map<String, CtyValue>> current =
                    schema.decode(request.getCurrentState().getMsgpack().toByteArray());
            try {
                Optional<Map<String, CtyValue>> live = current.flatMap(state -> resource.read(core(resource), state));
                return response.setNewState(encode(schema, live))
                        .setPrivate(request.getPrivate())
                        .build();
            } catch (RuntimeException e) {
                return response.setNewState(request.getCurrentState())
                        .addDiagnostics(failure("Reading", resource, e))
                        .build();
            }
        });
    }

    @Override
    public void planResourceChange(
            PlanResourceChange.Request request, StreamObserver<PlanResourceChange.Response> reply) {
        answer(reply, () -> {
            ResourceAdapter resource = resource(request.getTypeName());
            ObjectSchema schema = resource.type().object();
            PlanResourceChange.Response.Builder response = PlanResourceChange.Response.newBuilder();
            Optional<Map<String, CtyValue>> proposed =
                    schema.decode(request.getProposedNewState().getMsgpack().toByteArray());
            if (proposed.isEmpty()) {
                return response.setPlannedState(request.getProposedNewState()).build();
            }
            Map<String, CtyValue> config = decode(schema, request.getConfig());
            Optional<Map<String, CtyValue>> prior =
                    schema.decode(request.getPriorState().getMsgpack().toByteArray());
            ResourceAdapter.Plan plan = resource.plan(core(resource), prior, config);
            if (!plan.checked().failures().isEmpty()) {
                return response.addAllDiagnostics(resource.type()
                                .properties()
                                .diagnostics(plan.checked().failures()))
                        .build();
            }
            for (String attribute : plan.requiresReplace()) {
                response.addRequiresReplace(AttributePath.newBuilder()
                        .addSteps(AttributePath.Step.newBuilder().setAttributeName(attribute)));
            }
            return response.setPlannedState(encode(schema, Optional.of(plan.planned())))
                    .setPlannedPrivate(ByteString.copyFromUtf8(plan.nonce()))
                    .build();
        });
    }

    @Override
    public void applyResourceChange(
            ApplyResourceChange.Request request, StreamObserver<ApplyResourceChange.Response> reply) {
        answer(reply, () -> {
            ResourceAdapter resource = resource(request.getTypeName());
            ObjectSchema schema = resource.type().object();
            ApplyResourceChange.Response.Builder response = ApplyResourceChange.Response.newBuilder();
            Optional<Map<String, CtyValue>> prior =
                    schema.decode(request.getPriorState().getMsgpack().toByteArray());
            Optional<Map<String, CtyValue>> planned =
                    schema.decode(request.getPlannedState().getMsgpack().toByteArray());
            String nonce = request.getPlannedPrivate().toString(StandardCharsets.UTF_8);
            ManagedResource core = core(resource);
            try {
                if (planned.isEmpty()) {
                    resource.delete(core, prior.orElseThrow());
                    return response.setNewState(encode(schema, Optional.empty()))
                            .build();
                }
                Map<String, CtyValue> config = decode(schema, request.getConfig());
                Map<String, CtyValue> applied = prior.isPresent()
                        ? resource.update(core, prior.get(), planned.get(), config, nonce)
                        : resource.create(core, planned.get(), config, nonce);
                return response.setNewState(encode(schema, Optional.of(applied)))
                        .build();
            } catch (PartialCreateException e) {
                return response.setNewState(encode(
                                schema, Optional.of(resource.partialState(e.id(), planned.orElseThrow(), e.outputs()))))
                        .addDiagnostics(Diagnostics.error(
                                "Creating " + resource.type().typeName() + " did not finish", message(resource, e)))
                        .build();
            } catch (RuntimeException e) {
                String action = planned.isEmpty() ? "Deleting" : prior.isPresent() ? "Updating" : "Creating";
                return response.setNewState(request.getPriorState())
                        .addDiagnostics(failure(action, resource, e))
                        .build();
            }
        });
    }

    @Override
    public void importResourceState(
            ImportResourceState.Request request, StreamObserver<ImportResourceState.Response> reply) {
        answer(reply, () -> {
            ResourceAdapter resource = resource(request.getTypeName());
            ImportResourceState.Response.Builder response = ImportResourceState.Response.newBuilder();
            try {
                Optional<Map<String, CtyValue>> found = resource.importById(core(resource), request.getId());
                if (found.isEmpty()) {
                    return response.addDiagnostics(Diagnostics.error(
                                    "Cannot import a " + resource.type().typeName() + " that does not exist",
                                    "nothing live has the ID " + request.getId()
                                            + ": give the ID of an existing one, as its id attribute shows it."))
                            .build();
                }
                return response.addImportedResources(ImportResourceState.ImportedResource.newBuilder()
                                .setTypeName(resource.type().typeName())
                                .setState(encode(resource.type().object(), found)))
                        .build();
            } catch (RuntimeException e) {
                return response.addDiagnostics(failure("Importing", resource, e))
                        .build();
            }
        });
    }

    @Override
    public void readDataSource(ReadDataSource.Request request, StreamObserver<ReadDataSource.Response> reply) {
        answer(reply, () -> {
            DataSourceAdapter dataSource = dataSource(request.getTypeName());
            ObjectSchema schema = dataSource.type().object();
            ReadDataSource.Response.Builder response = ReadDataSource.Response.newBuilder();
            Map<String, CtyValue> config = decode(schema, request.getConfig());
            ProviderFunction function = function(dataSource);
            CheckResult checked = dataSource.check(function, config);
            if (!checked.failures().isEmpty()) {
                return response.addAllDiagnostics(dataSource.type().properties().diagnostics(checked.failures()))
                        .build();
            }
            try {
                return response.setState(
                                encode(schema, Optional.of(dataSource.read(function, checked.inputs(), config))))
                        .build();
            } catch (RuntimeException e) {
                return response.addDiagnostics(Diagnostics.error(
                                "Reading " + dataSource.type().typeName() + " failed",
                                Diagnostics.renamed(
                                        String.valueOf(e.getMessage()),
                                        dataSource.type().properties().inverse())))
                        .build();
            }
        });
    }

    @Override
    public void stopProvider(StopProvider.Request request, StreamObserver<StopProvider.Response> reply) {
        answer(reply, () -> StopProvider.Response.getDefaultInstance());
    }

    private ManagedResource core(ResourceAdapter resource) {
        return catalog.resource(resource.type().token()).orElseThrow();
    }

    private ProviderFunction function(DataSourceAdapter dataSource) {
        return catalog.function(dataSource.type().token()).orElseThrow();
    }

    private ResourceAdapter resource(String typeName) {
        return served.resource(typeName).orElseThrow(() -> unknownType("resource type", typeName));
    }

    private DataSourceAdapter dataSource(String typeName) {
        return served.dataSource(typeName).orElseThrow(() -> unknownType("data source", typeName));
    }

    private StatusRuntimeException unknownType(String kind, String typeName) {
        return Status.INVALID_ARGUMENT
                .withDescription("unknown " + kind + " " + typeName + ": this provider serves the resource types "
                        + String.join(", ", served.resourceTypes()) + " and the data sources "
                        + String.join(", ", served.dataSourceTypes()))
                .asRuntimeException();
    }

    private static Diagnostic failure(String action, ResourceAdapter resource, RuntimeException e) {
        return Diagnostics.error(action + " " + resource.type().typeName() + " failed", message(resource, e));
    }

    /** The core's message in attribute names, its advice given for the CLI rather than for Pulumi. */
    private static String message(ResourceAdapter resource, RuntimeException e) {
        return Diagnostics.forTerraform(
                Diagnostics.renamed(
                        String.valueOf(e.getMessage()),
                        resource.type().properties().inverse()),
                resource.type().typeName());
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
}
