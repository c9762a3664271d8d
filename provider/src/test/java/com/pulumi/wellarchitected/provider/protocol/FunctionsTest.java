package com.pulumi.wellarchitected.provider.protocol;

import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.OWNER;
import static com.pulumi.wellarchitected.provider.protocol.ProviderFixture.RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.Provider.InvokeResponse;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;

/** The getLensShares and getLens functions through Invoke against the emulator. */
class FunctionsTest {

    private ProviderFixture fixture;
    private WellArchitectedClient owner;

    @BeforeEach
    void start() throws Exception {
        fixture = new ProviderFixture();
        fixture.configure();
        owner = fixture.aws(OWNER);
    }

    @AfterEach
    void stop() {
        owner.close();
        fixture.close();
    }

    @Test
    void getLensSharesListsEveryPageAndFilters() {
        String lens = fixture.seedLens("Security lens");
        for (int i = 0; i < 12; i++) {
            String account = String.format("%012d", 500000000000L + i);
            owner.createLensShare(r -> r.lensAlias(lens).sharedWith(account).clientRequestToken(account));
        }
        owner.createLensShare(r -> r.lensAlias(lens).sharedWith(RECIPIENT).clientRequestToken("recipient"));
        fixture.control("POST", "clock", "{\"advanceSeconds\":" + 8 * 24 * 3600 + "}");
        owner.createLensShare(r -> r.lensAlias(lens).sharedWith("999988887777").clientRequestToken("fresh"));

        List<Value> all = shares(Structs.of("lensArn", lens));
        List<Value> pending = shares(Structs.of("lensArn", lens, "status", "pending"));
        List<Value> prefixed = shares(Structs.of("lensArn", lens, "sharedWithPrefix", "4444"));

        assertThat(all).hasSize(14);
        assertThat(pending)
                .singleElement()
                .satisfies(share -> assertThat(field(share, "sharedWith")).isEqualTo("999988887777"));
        assertThat(prefixed).singleElement().satisfies(share -> {
            assertThat(field(share, "sharedWith")).isEqualTo(RECIPIENT);
            assertThat(field(share, "status")).isEqualTo("EXPIRED");
            assertThat(field(share, "shareId")).matches("[0-9a-f]{32}");
            assertThat(field(share, "statusMessage")).contains("7 days");
        });
    }

    @Test
    void getLensDescribesACustomLensOnceListedAndAnOfficialOne() {
        fixture.faults("{\"listingDelayMs\":{\"ListLenses\":1000}}");
        String lens = fixture.seedLens("Security lens");

        Struct custom = invoke("wellarchitected:index:getLens", Structs.of("lensAlias", lens))
                .getReturn();
        Struct official = invoke("wellarchitected:index:getLens", Structs.of("lensAlias", "serverless"))
                .getReturn();

        assertThat(Structs.string(custom, "lensArn")).isEqualTo(lens);
        assertThat(Structs.string(custom, "name")).isEqualTo("Security lens");
        assertThat(Structs.string(custom, "owner")).isEqualTo(OWNER);
        assertThat(Structs.string(custom, "latestVersion")).isEqualTo("1.0");
        assertThat(Structs.string(custom, "status")).isEqualTo("CURRENT");
        assertThat(Structs.string(official, "lensArn")).endsWith("::lens/serverless");
        assertThat(Structs.string(official, "status")).isEqualTo("CURRENT");
    }

    @Test
    void badArgumentsAreRefusedNamingTheArgument() {
        InvokeResponse badStatus = invoke(
                "wellarchitected:index:getLensShares",
                Structs.of(
                        "lensArn",
                        "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef",
                        "status",
                        "GONE"));
        InvokeResponse noLens = invoke("wellarchitected:index:getLensShares", Struct.getDefaultInstance());
        InvokeResponse badLens = invoke("wellarchitected:index:getLensShares", Structs.of("lensArn", "serverless"));

        assertThat(badStatus.getFailuresList()).singleElement().satisfies(f -> {
            assertThat(f.getProperty()).isEqualTo("status");
            assertThat(f.getReason()).contains("\"GONE\" is no share status: give `ACCEPTED`");
        });
        assertThat(noLens.getFailuresList()).singleElement().satisfies(f -> {
            assertThat(f.getProperty()).isEqualTo("lensArn");
            assertThat(f.getReason()).startsWith("lensArn is required: give the ARN of a custom lens you own");
        });
        assertThat(badLens.getFailuresList())
                .singleElement()
                .satisfies(f -> assertThat(f.getReason()).contains("AWS official lenses cannot be shared"));
    }

    private List<Value> shares(Struct args) {
        InvokeResponse response = invoke("wellarchitected:index:getLensShares", args);
        assertThat(response.getFailuresList()).isEmpty();
        return response.getReturn().getFieldsOrThrow("shares").getListValue().getValuesList();
    }

    private InvokeResponse invoke(String token, Struct args) {
        return Rpc.invoke(fixture.provider, token, args);
    }

    private static String field(Value share, String key) {
        return share.getStructValue().getFieldsOrThrow(key).getStringValue();
    }
}
