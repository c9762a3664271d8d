package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.wellarchitected.model.ConflictException;
import software.amazon.awssdk.services.wellarchitected.model.LensStatusType;
import software.amazon.awssdk.services.wellarchitected.model.LensSummary;
import software.amazon.awssdk.services.wellarchitected.model.LensType;
import software.amazon.awssdk.services.wellarchitected.model.ResourceNotFoundException;
import software.amazon.awssdk.services.wellarchitected.model.ServiceQuotaExceededException;
import software.amazon.awssdk.services.wellarchitected.model.ValidationException;
import software.amazon.awssdk.services.wellarchitected.model.ValidationExceptionField;

/** ImportLens, CreateLensVersion, GetLens, ListLenses, DeleteLens and lens tags. */
class LensOperationsTest extends EmulatorTest {

    private String importLens(String json) {
        return owner.importLens(r -> r.jsonString(json).clientRequestToken(token()))
                .lensArn();
    }

    private void assertLensJsonRefused(String json) {
        assertThatThrownBy(() -> importLens(json))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("JSONString"));
    }

    @Test
    void importedLensIsADraftUntilPublished() {
        String lensArn = importLens(LensJson.valid("Draft lens"));

        assertThat(owner.listLenses(r -> r.lensStatus(LensStatusType.DRAFT)).lensSummaries())
                .extracting(LensSummary::lensArn)
                .containsExactly(lensArn);
        assertThat(owner.listLenses(r -> r.lensStatus(LensStatusType.PUBLISHED).lensType(LensType.CUSTOM_SELF))
                        .lensSummaries())
                .isEmpty();
        assertThat(owner.getLens(r -> r.lensAlias(lensArn)).lens().lensVersion())
                .isNull();

        owner.createLensVersion(r -> r.lensAlias(lensArn).lensVersion("v1").clientRequestToken(token()));

        assertThat(owner.listLenses(r -> r.lensStatus(LensStatusType.PUBLISHED).lensType(LensType.CUSTOM_SELF))
                        .lensSummaries())
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.lensArn()).isEqualTo(lensArn);
                    assertThat(l.lensVersion()).isEqualTo("v1");
                    assertThat(l.owner()).isEqualTo(Accounts.OWNER);
                    assertThat(l.createdAt()).isNotNull();
                    assertThat(l.updatedAt()).isNotNull();
                });
    }

    @Test
    void getLensReturnsTheLensAndItsTags() {
        String lensArn = owner.importLens(r -> r.jsonString(LensJson.valid("Tagged lens"))
                        .clientRequestToken(token())
                        .tags(Map.of("team", "platform")))
                .lensArn();
        owner.createLensVersion(r -> r.lensAlias(lensArn).lensVersion("v1").clientRequestToken(token()));

        var lens = owner.getLens(r -> r.lensAlias(lensArn)).lens();

        assertThat(lens.lensArn()).isEqualTo(lensArn);
        assertThat(lens.name()).isEqualTo("Tagged lens");
        assertThat(lens.description()).isEqualTo("A lens for tests");
        assertThat(lens.lensVersion()).isEqualTo("v1");
        assertThat(lens.owner()).isEqualTo(Accounts.OWNER);
        assertThat(lens.tags()).containsExactly(Map.entry("team", "platform"));
    }

    @Test
    void getLensOfAnUnknownVersionIsNotFound() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> owner.getLens(r -> r.lensAlias(lensArn).lensVersion("9.9")))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wellarchitected", "serverless", "saas"})
    void officialLensesExistInEveryAccountAndRegion(String alias) {
        var elsewhere = Accounts.client(server, "AKIAEXAMPLEKEY", "secret", Region.AP_SOUTHEAST_2);
        try {
            var lens = elsewhere.getLens(r -> r.lensAlias(alias)).lens();
            assertThat(lens.lensArn()).isEqualTo("arn:aws:wellarchitected:ap-southeast-2::lens/" + alias);
            assertThat(elsewhere
                            .listLenses(r -> r.lensType(LensType.AWS_OFFICIAL))
                            .lensSummaries())
                    .extracting(LensSummary::lensAlias)
                    .contains(alias);
        } finally {
            elsewhere.close();
        }
    }

    @Test
    void listLensesFiltersByTypeAndName() {
        String lensArn = publishedLens();
        control.seedLens(Accounts.OWNER, "Another lens", true);

        assertThat(owner.listLenses(r -> r.lensType(LensType.CUSTOM_SELF).lensName("Security lens"))
                        .lensSummaries())
                .extracting(LensSummary::lensArn)
                .containsExactly(lensArn);
        assertThat(owner.listLenses(r -> r.lensType(LensType.AWS_OFFICIAL)).lensSummaries())
                .extracting(LensSummary::lensType)
                .containsOnly(LensType.AWS_OFFICIAL);
    }

    @Test
    void importLensRefusesInvalidJson() {
        assertLensJsonRefused("{not json");
        assertLensJsonRefused("[]");
        assertLensJsonRefused("{\"name\":\"x\"} trailing");
    }

    @Test
    void importLensRefusesDocumentsThatAreNoCustomLens() {
        String valid = LensJson.valid("Lens");
        assertLensJsonRefused(valid.replace("\"schemaVersion\": \"2021-11-01\",", ""));
        assertLensJsonRefused(valid.replace("\"name\": \"Lens\",", ""));
        assertLensJsonRefused(valid.replace("\"name\": \"Lens\"", "\"name\": \"" + "n".repeat(129) + "\""));
        assertLensJsonRefused(valid.replace("\"id\": \"sec_1_b\"", "\"id\": \"sec_1_a\""));
        assertLensJsonRefused(valid.replace("\"questions\": [", "\"questions\": [], \"unused\": ["));
        assertLensJsonRefused("{\"schemaVersion\":\"2021-11-01\",\"name\":\"Lens\",\"pillars\":[]}");
    }

    @Test
    void importLensRefusesJsonStringOverItsMaximumLength() {
        String padded = LensJson.valid("Lens").replace("\"A lens for tests\"", "\"" + "x".repeat(500_001) + "\"");

        assertThatThrownBy(() -> importLens(padded))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("JSONString"));
    }

    @Test
    void importWithAnAliasUpdatesTheDraftOfThatLens() {
        String lensArn = publishedLens();

        String updated = owner.importLens(r -> r.lensAlias(lensArn)
                        .jsonString(LensJson.valid("Renamed"))
                        .clientRequestToken(token()))
                .lensArn();
        owner.createLensVersion(r -> r.lensAlias(lensArn).lensVersion("2.0").clientRequestToken(token()));

        assertThat(updated).isEqualTo(lensArn);
        assertThat(owner.getLens(r -> r.lensAlias(lensArn)).lens().name()).isEqualTo("Renamed");
        assertThat(owner.getLens(r -> r.lensAlias(lensArn).lensVersion("1.0"))
                        .lens()
                        .name())
                .isEqualTo("Security lens");
    }

    @Test
    void anAccountHoldsAtMost15CustomLensesPerRegion() {
        for (int i = 0; i < 15; i++) {
            importLens(LensJson.valid("Lens " + i));
        }

        assertThatThrownBy(() -> importLens(LensJson.valid("One too many")))
                .isInstanceOfSatisfying(ServiceQuotaExceededException.class, e -> {
                    assertThat(e.quotaCode()).isNotBlank();
                    assertThat(e.serviceCode()).isEqualTo("wellarchitected");
                });
    }

    @Test
    void versionNamesAreUniquePerLens() {
        String lensArn = publishedLens();
        owner.importLens(
                r -> r.lensAlias(lensArn).jsonString(LensJson.valid("Lens")).clientRequestToken(token()));

        assertThatThrownBy(() -> owner.createLensVersion(
                        r -> r.lensAlias(lensArn).lensVersion("1.0").clientRequestToken(token())))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void publishingWithoutADraftConflicts() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> owner.createLensVersion(
                        r -> r.lensAlias(lensArn).lensVersion("2.0").clientRequestToken(token())))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.resourceId()).isEqualTo(lensArn));
    }

    @Test
    void lensVersionLongerThan32IsRefused() {
        String lensArn = importLens(LensJson.valid("Lens"));

        assertThatThrownBy(() -> owner.createLensVersion(
                        r -> r.lensAlias(lensArn).lensVersion("v".repeat(33)).clientRequestToken(token())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("LensVersion"));
    }

    @Test
    void deleteLensAllRemovesItAndItsShares() {
        String lensArn = publishedLens();
        share(lensArn, Accounts.RECIPIENT);

        owner.deleteLens(
                r -> r.lensAlias(lensArn).lensStatus(LensStatusType.ALL).clientRequestToken(token()));

        assertThatThrownBy(() -> owner.getLens(r -> r.lensAlias(lensArn)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(recipient.listShareInvitations(r -> {}).shareInvitationSummaries())
                .isEmpty();
    }

    @Test
    void deleteLensDraftKeepsThePublishedVersion() {
        String lensArn = publishedLens();
        owner.importLens(
                r -> r.lensAlias(lensArn).jsonString(LensJson.valid("Next")).clientRequestToken(token()));

        owner.deleteLens(
                r -> r.lensAlias(lensArn).lensStatus(LensStatusType.DRAFT).clientRequestToken(token()));

        assertThat(owner.getLens(r -> r.lensAlias(lensArn)).lens().name()).isEqualTo("Security lens");
        assertThatThrownBy(() -> owner.deleteLens(r ->
                        r.lensAlias(lensArn).lensStatus(LensStatusType.DRAFT).clientRequestToken(token())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void deleteLensNeedsAStatus() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> owner.deleteLens(r -> r.lensAlias(lensArn).clientRequestToken(token())))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("LensStatus"));
    }

    @Test
    void officialLensesCannotBeDeleted() {
        assertThatThrownBy(() -> owner.deleteLens(r ->
                        r.lensAlias("serverless").lensStatus(LensStatusType.ALL).clientRequestToken(token())))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void tagsAreAddedListedAndRemoved() {
        String lensArn = publishedLens();

        owner.tagResource(r -> r.workloadArn(lensArn).tags(Map.of("team", "platform", "env", "prod")));
        owner.untagResource(r -> r.workloadArn(lensArn).tagKeys("env"));

        assertThat(owner.listTagsForResource(r -> r.workloadArn(lensArn)).tags())
                .containsExactly(Map.entry("team", "platform"));
    }

    @Test
    void tagsOfAnUnknownResourceAreNotFound() {
        String missing = "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";

        assertThatThrownBy(() -> owner.listTagsForResource(r -> r.workloadArn(missing)))
                .isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> recipient.listTagsForResource(r -> r.workloadArn(publishedLens())))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void reservedAndOversizedTagsAreRefused() {
        String lensArn = publishedLens();

        assertThatThrownBy(() -> owner.tagResource(r -> r.workloadArn(lensArn).tags(Map.of("aws:owner", "x"))))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("Tags"));
        assertThatThrownBy(() -> owner.tagResource(r -> r.workloadArn(lensArn).tags(Map.of("k", "v".repeat(257)))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> owner.untagResource(r -> r.workloadArn(lensArn)))
                .isInstanceOfSatisfying(
                        ValidationException.class,
                        e -> assertThat(e.fields())
                                .extracting(ValidationExceptionField::name)
                                .containsExactly("tagKeys"));
    }
}
