package com.pulumi.wellarchitected.provider.lens;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.pulumi.wellarchitected.provider.lens.LensApi.LensDetail;
import com.pulumi.wellarchitected.provider.lensshare.ApiCallException;
import com.pulumi.wellarchitected.provider.lensshare.CreateResult;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.lensshare.LensArn;
import com.pulumi.wellarchitected.provider.lensshare.PartialCreateException;
import com.pulumi.wellarchitected.provider.lensshare.ReadResult;
import com.pulumi.wellarchitected.provider.lensshare.UserLog;
import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Documentation;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import com.pulumi.wellarchitected.provider.resource.ManagedResource;
import com.pulumi.wellarchitected.provider.resource.ResourceDefinition;
import com.pulumi.wellarchitected.provider.resource.Waiter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A custom lens: imported from its document and published as a version. An update imports the new document onto
 * the same lens and publishes it as a new version, so the lens ARN, the resource's ID, stays.
 */
public final class LensResource implements ManagedResource {

    public static final String TYPE = "wellarchitected:index:Lens";
    static final String DOCUMENT = "document";
    static final String VERSION_NAME = "versionName";
    static final String IS_MAJOR_VERSION = "isMajorVersion";
    static final String LENS_ARN = "lensArn";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String OWNER = "owner";
    static final String PUBLISHED_VERSION = "publishedVersion";
    static final String LENS_STATUS = "lensStatus";

    /** The largest lens document AWS takes, in bytes of UTF-8. */
    static final int MAX_DOCUMENT_BYTES = 500_000;

    private static final int MAX_VERSION_NAME = 32;

    private static final ResourceDefinition DEFINITION = new ResourceDefinition(
            TYPE,
            Documentation.of("Lens"),
            List.of(
                    Field.input(
                                    DOCUMENT,
                                    Kind.STRING,
                                    "The lens as a custom lens JSON document, the text ImportLens takes"
                                            + " (`schemaVersion` `2021-11-01`, `name`, `pillars`…), at most 500 KB."
                                            + " Changing it publishes a new version.")
                            .required()
                            .normalisedBy(LensResource::document, "give the lens as a custom lens JSON document.")
                            .describedAsOutput("The lens's custom lens JSON document, as last published."),
                    Field.input(
                                    VERSION_NAME,
                                    Kind.STRING,
                                    "The name of the version the document is published as, 1 to 32 characters,"
                                            + " such as `1.0`. Changing it publishes a new version.")
                            .required()
                            .normalisedBy(LensResource::versionName, "give a version name of 1 to 32 characters.")
                            .describedAsOutput("The name of the version last published."),
                    Field.input(
                                    IS_MAJOR_VERSION,
                                    Kind.BOOLEAN,
                                    "Whether the published version is a major version: recipients are told to"
                                            + " upgrade their workloads to a major version. Defaults to `false`.")
                            .defaultsTo(false)
                            .accepts("give true or false.")
                            .describedAsOutput("Whether the version last published is a major version."),
                    Field.output(
                            LENS_ARN,
                            Kind.STRING,
                            "The ARN of the lens, `" + LensArn.FORM + "`; it stays the same across versions."),
                    Field.output(NAME, Kind.STRING, "The lens's name, from the document."),
                    Field.output(DESCRIPTION, Kind.STRING, "The lens's description, from the document.")
                            .sometimesOutput(),
                    Field.output(OWNER, Kind.STRING, "The AWS account ID that owns the lens."),
                    Field.output(
                            PUBLISHED_VERSION,
                            Kind.STRING,
                            "The name of the lens's latest published version, as AWS reports it."),
                    Field.output(
                            LENS_STATUS,
                            Kind.STRING,
                            "The lens's status as AWS lists it: `CURRENT`, `NOT_CURRENT`, `DEPRECATED`, `DELETED`"
                                    + " or `UNSHARED`.")),
            List.of(),
            false);

    private final LensApi api;
    private final UserLog log;

    public LensResource(LensApi api, UserLog log) {
        this.api = api;
        this.log = log;
    }

    @Override
    public ResourceDefinition definition() {
        return DEFINITION;
    }

    /** Besides each input's own rules: a published version cannot change, so new content needs a new name. */
    @Override
    public CheckResult check(String urn, PropertyMap olds, PropertyMap news, byte[] randomSeed) {
        CheckResult checked = DEFINITION.check(news);
        if (!checked.failures().isEmpty() || olds.isEmpty()) {
            return checked;
        }
        PropertyMap inputs = checked.inputs();
        boolean contentChanged = !same(olds, inputs, DOCUMENT) || !same(olds, inputs, IS_MAJOR_VERSION);
        if (contentChanged
                && !inputs.isUnknown(VERSION_NAME)
                && olds.text(VERSION_NAME).equals(inputs.text(VERSION_NAME))) {
            return CheckResult.refused(List.of(new CheckFailure(
                    VERSION_NAME,
                    "the document or isMajorVersion changed but versionName is still \""
                            + inputs.text(VERSION_NAME).orElse("")
                            + "\", and a published version cannot change: give a new versionName.")));
        }
        return checked;
    }

    @Override
    public CreateResult create(String urn, PropertyMap inputs, Deadline deadline, boolean preview) {
        if (preview) {
            return new CreateResult("", previewOutputs(inputs));
        }
        String document = inputs.text(DOCUMENT).orElseThrow();
        String lensArn = api.importLens(Optional.empty(), document, token(urn, "import", document), deadline);
        log.info(urn, "imported lens " + lensArn);
        try {
            publish(urn, lensArn, inputs, deadline);
            return new CreateResult(lensArn, outputs(inputs, lensArn, deadline, true));
        } catch (ApiCallException e) {
            throw new PartialCreateException(
                    lensArn,
                    PropertyMap.builder().put(LENS_ARN, lensArn).build(),
                    "imported lens " + lensArn + " but could not publish it: " + e.getMessage());
        }
    }

    @Override
    public ReadResult read(String urn, String id, PropertyMap oldOutputs, PropertyMap oldInputs, Deadline deadline) {
        LensDetail lens;
        try {
            lens = api.getLens(id, deadline);
        } catch (ApiCallException e) {
            if (e.isNotFound()) {
                return ReadResult.gone();
            }
            throw e;
        }
        if (lens.version().isEmpty()) {
            // A lens with no published version is a draft: what this resource published was deleted.
            return ReadResult.gone();
        }
        PropertyMap inputs = oldInputs.isEmpty()
                ? PropertyMap.builder()
                        .put(VERSION_NAME, lens.version().get())
                        .put(IS_MAJOR_VERSION, new PropertyValue.Flag(false))
                        .build()
                : oldInputs;
        Optional<String> status =
                LensListing.status(api, lens.lensArn(), deadline).or(() -> oldOutputs.text(LENS_STATUS));
        return new ReadResult(Optional.of(lens.lensArn()), outputs(inputs, lens, status), inputs);
    }

    @Override
    public PropertyMap update(
            String urn, String id, PropertyMap oldOutputs, PropertyMap news, Deadline deadline, boolean preview) {
        if (preview) {
            return previewOutputs(news);
        }
        String document = news.text(DOCUMENT).orElseThrow();
        api.importLens(
                Optional.of(id),
                document,
                token(urn, "import:" + news.text(VERSION_NAME).orElse(""), document),
                deadline);
        publish(urn, id, news, deadline);
        return outputs(news, id, deadline, false);
    }

    /**
     * Deletes the published versions, and with them the lens. AWS removes the lens's shares too: shares declared
     * with this lens's ARN depend on it, so Pulumi deletes them first.
     */
    @Override
    public void delete(String urn, String id, PropertyMap outputs, Deadline deadline) {
        try {
            api.deleteLens(id, token(urn, "delete", id), deadline);
        } catch (ApiCallException e) {
            if (!e.isNotFound()) {
                throw e;
            }
        }
    }

    private void publish(String urn, String lensArn, PropertyMap inputs, Deadline deadline) {
        String versionName = inputs.text(VERSION_NAME).orElseThrow();
        boolean major = inputs.get(IS_MAJOR_VERSION).orElse(null) instanceof PropertyValue.Flag flag && flag.value();
        api.createLensVersion(lensArn, versionName, major, token(urn, "version:" + lensArn, versionName), deadline);
        log.info(urn, "published lens " + lensArn + " as version " + versionName);
    }

    /** The outputs after a write: the lens as GetLens sees it, and its status once ListLenses lists it. */
    private PropertyMap outputs(PropertyMap inputs, String lensArn, Deadline deadline, boolean fresh) {
        LensDetail lens = api.getLens(lensArn, deadline);
        // ListLenses lists a new lens only after a delay: the status is waited for, not guessed.
        Optional<String> status = fresh
                ? Optional.of(Waiter.until(
                        () -> LensListing.status(api, lensArn, deadline),
                        deadline,
                        "ListLenses",
                        "ListLenses did not list lens " + lensArn))
                : LensListing.status(api, lensArn, deadline);
        return outputs(inputs, lens, status);
    }

    private static PropertyMap outputs(PropertyMap inputs, LensDetail lens, Optional<String> status) {
        PropertyMap.Builder outputs = PropertyMap.builder();
        for (String input : List.of(DOCUMENT, VERSION_NAME, IS_MAJOR_VERSION)) {
            inputs.get(input).ifPresent(value -> outputs.put(input, value, inputs.isSecret(input)));
        }
        outputs.put(LENS_ARN, lens.lensArn()).put(NAME, lens.name());
        lens.description().ifPresent(text -> outputs.put(DESCRIPTION, text));
        lens.owner().ifPresent(owner -> outputs.put(OWNER, owner));
        lens.version().ifPresent(version -> outputs.put(PUBLISHED_VERSION, version));
        status.ifPresent(text -> outputs.put(LENS_STATUS, text));
        return outputs.build();
    }

    private static PropertyMap previewOutputs(PropertyMap inputs) {
        PropertyMap.Builder outputs = PropertyMap.builder();
        for (String input : List.of(DOCUMENT, VERSION_NAME, IS_MAJOR_VERSION)) {
            inputs.get(input).ifPresent(value -> outputs.put(input, value, inputs.isSecret(input)));
        }
        for (String output : List.of(LENS_ARN, NAME, DESCRIPTION, OWNER, PUBLISHED_VERSION, LENS_STATUS)) {
            outputs.put(output, PropertyValue.UNKNOWN);
        }
        return outputs.build();
    }

    /** A token the same for every retry of one intended call, so that a lost response does not make a second lens. */
    private static String token(String urn, String purpose, String content) {
        return UUID.nameUUIDFromBytes((urn + "\n" + purpose + "\n" + content).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static boolean same(PropertyMap olds, PropertyMap news, String key) {
        return Objects.equals(olds.get(key).orElse(null), news.get(key).orElse(null));
    }

    /** The document as given, once it is known to be a JSON object within AWS's size limit. */
    static String document(String text) {
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_DOCUMENT_BYTES) {
            throw new InvalidValueException("the document has " + bytes + " bytes, more than the " + MAX_DOCUMENT_BYTES
                    + " AWS takes: give a custom lens JSON document of at most 500 KB.");
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            // The parser's message names the position, then points at a web page on a second line: only the first.
            String problem = (e.getCause() != null ? e.getCause() : e).getMessage();
            throw new InvalidValueException("the document is not JSON ("
                    + problem.lines().findFirst().orElse("") + "): give the lens as a custom lens JSON document.");
        }
        if (!parsed.isJsonObject()) {
            throw new InvalidValueException(
                    "the document is JSON but not an object: give the lens as a custom lens JSON document.");
        }
        return text;
    }

    static String versionName(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > MAX_VERSION_NAME) {
            throw new InvalidValueException("the version name has " + trimmed.length()
                    + " characters: give a version name of 1 to 32 characters.");
        }
        return trimmed;
    }
}
