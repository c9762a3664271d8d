package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.RECIPIENT;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.URN;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.protobuf.ByteString;
import com.google.protobuf.Struct;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;
import pulumirpc.Provider.CheckRequest;
import pulumirpc.Provider.CheckResponse;
import pulumirpc.Provider.CreateRequest;
import pulumirpc.Provider.CreateResponse;
import pulumirpc.Provider.DeleteRequest;
import pulumirpc.Provider.DiffRequest;
import pulumirpc.Provider.DiffResponse;
import pulumirpc.Provider.PropertyDiff;
import pulumirpc.Provider.ReadRequest;
import pulumirpc.Provider.ReadResponse;
import pulumirpc.ResourceProviderGrpc.ResourceProviderBlockingStub;

/**
 * The life of one lens share as {@code pulumi up}, {@code refresh}, {@code import} and {@code destroy} drive it:
 * CheckConfig, Configure, Check, Create (preview), Create, Read, Diff (no change, spelling only, replacement),
 * Read (import by ID), Delete, Read (gone). Run against the in-process server and the launched binary alike.
 */
final class LifecycleScenario {

    private LifecycleScenario() {}

    static void run(ResourceProviderBlockingStub provider, ProviderFixture fixture) {
        ProviderFixture.configure(provider, fixture.config(ProviderFixture.OWNER, 10));
        String lens = fixture.seedLens("Security lens");
        String lensId = lens.substring(lens.lastIndexOf('/') + 1);
        String upperCaseLens = lens.replace(lensId, lensId.toUpperCase(Locale.ROOT));

        CheckResponse checked = provider.check(check(
                Struct.getDefaultInstance(),
                Structs.of("lensAlias", " " + upperCaseLens, "sharedWith", "4444-5555-6666"),
                "seed-1"));
        assertThat(checked.getFailuresList()).isEmpty();
        Struct inputs = checked.getInputs();
        assertThat(Structs.string(inputs, "lensAlias")).isEqualTo(lens);
        assertThat(Structs.string(inputs, "sharedWith")).isEqualTo(RECIPIENT);
        assertThat(inputs.getFieldsMap()).containsKey("__clientRequestToken");

        CreateResponse preview = provider.create(CreateRequest.newBuilder()
                .setUrn(URN)
                .setProperties(inputs)
                .setPreview(true)
                .build());
        assertThat(preview.getId()).isEmpty();
        assertThat(Structs.string(preview.getProperties(), "shareId")).isEqualTo(Structs.UNKNOWN);
        assertThat(Structs.string(preview.getProperties(), "status")).isEqualTo(Structs.UNKNOWN);
        assertThat(Structs.string(preview.getProperties(), "lensArn")).isEqualTo(lens);
        assertThat(fixture.state().getAsJsonArray("shares")).isEmpty();

        CreateResponse created = provider.create(CreateRequest.newBuilder()
                .setUrn(URN)
                .setProperties(inputs)
                .setTimeout(60)
                .build());
        Struct outputs = created.getProperties();
        String shareId = Structs.string(outputs, "shareId");
        assertThat(shareId).matches("[0-9a-f]{32}");
        assertThat(created.getId()).isEqualTo(lens + "|" + shareId);
        assertThat(outputs.getFieldsMap().keySet())
                .containsExactlyInAnyOrder("lensAlias", "sharedWith", "shareId", "status", "lensArn");
        assertThat(Structs.string(outputs, "status")).isEqualTo("PENDING");
        assertThat(Structs.string(outputs, "lensArn")).isEqualTo(lens);
        assertThat(sharesIn(fixture)).containsExactly(shareId);
        assertThat(fixture.engine.logs())
                .extracting(LogRequest::getSeverity, LogRequest::getUrn, LogRequest::getMessage)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        LogSeverity.INFO, URN, "created lens share " + shareId + " (" + lens + "|" + shareId + ")"));

        ReadResponse refreshed = provider.read(ReadRequest.newBuilder()
                .setUrn(URN)
                .setId(created.getId())
                .setProperties(outputs)
                .setInputs(inputs)
                .build());
        assertThat(refreshed.getId()).isEqualTo(created.getId());
        assertThat(refreshed.getProperties()).isEqualTo(outputs);
        assertThat(refreshed.getInputs()).isEqualTo(inputs);

        assertThat(diff(provider, outputs, inputs, inputs).getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_NONE);

        Struct respelled = provider.check(check(
                        inputs, Structs.of("lensAlias", upperCaseLens + " ", "sharedWith", "4444 5555 6666"), "seed-2"))
                .getInputs();
        assertThat(respelled).isEqualTo(inputs);
        DiffResponse spellingOnly = diff(provider, outputs, inputs, respelled);
        assertThat(spellingOnly.getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_NONE);
        assertThat(spellingOnly.getReplacesList()).isEmpty();

        Struct another = provider.check(
                        check(inputs, Structs.of("lensAlias", lens, "sharedWith", "777788889999"), "seed-3"))
                .getInputs();
        assertThat(Structs.string(another, "__clientRequestToken"))
                .isNotEqualTo(Structs.string(inputs, "__clientRequestToken"));
        DiffResponse replace = diff(provider, outputs, inputs, another);
        assertThat(replace.getChanges()).isEqualTo(DiffResponse.DiffChanges.DIFF_SOME);
        assertThat(replace.getReplacesList()).containsExactly("sharedWith");
        assertThat(replace.getDiffsList()).containsExactly("sharedWith");
        assertThat(replace.getHasDetailedDiff()).isTrue();
        assertThat(replace.getDetailedDiffMap()).containsOnlyKeys("sharedWith");
        assertThat(replace.getDetailedDiffMap().get("sharedWith").getKind())
                .isEqualTo(PropertyDiff.Kind.UPDATE_REPLACE);
        assertThat(replace.getDeleteBeforeReplace()).isTrue();

        ReadResponse imported = provider.read(
                ReadRequest.newBuilder().setUrn(URN).setId(created.getId()).build());
        assertThat(imported.getId()).isEqualTo(created.getId());
        assertThat(imported.getInputs()).isEqualTo(Structs.of("lensAlias", lens, "sharedWith", RECIPIENT));
        assertThat(imported.getProperties()).isEqualTo(outputs);
        Struct importChecked = provider.check(check(Struct.getDefaultInstance(), imported.getInputs(), "seed-4"))
                .getInputs();
        assertThat(diff(provider, imported.getProperties(), imported.getInputs(), importChecked)
                        .getChanges())
                .isEqualTo(DiffResponse.DiffChanges.DIFF_NONE);

        // `pulumi destroy` is another run, with a provider process of its own.
        ProviderFixture.configure(provider, fixture.config(ProviderFixture.OWNER, 10));
        provider.delete(DeleteRequest.newBuilder()
                .setUrn(URN)
                .setId(created.getId())
                .setProperties(outputs)
                .setOldInputs(inputs)
                .build());
        assertThat(sharesIn(fixture)).isEmpty();

        ReadResponse gone = provider.read(ReadRequest.newBuilder()
                .setUrn(URN)
                .setId(created.getId())
                .setProperties(outputs)
                .setInputs(inputs)
                .build());
        assertThat(gone.getId()).isEmpty();
    }

    static CheckRequest check(Struct olds, Struct news, String seed) {
        return CheckRequest.newBuilder()
                .setUrn(URN)
                .setType("wellarchitected:index:LensShare")
                .setOlds(olds)
                .setNews(news)
                .setRandomSeed(ByteString.copyFromUtf8(seed))
                .build();
    }

    static DiffResponse diff(ResourceProviderBlockingStub provider, Struct oldOutputs, Struct oldInputs, Struct news) {
        return provider.diff(DiffRequest.newBuilder()
                .setUrn(URN)
                .setId("id")
                .setOlds(oldOutputs)
                .setOldInputs(oldInputs)
                .setNews(news)
                .build());
    }

    static List<String> sharesIn(ProviderFixture fixture) {
        return StreamSupport.stream(fixture.state().getAsJsonArray("shares").spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .map(share -> share.get("shareId").getAsString())
                .toList();
    }
}
