package com.pulumi.wellarchitected.provider.lensshare;

import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.SharePage;
import com.pulumi.wellarchitected.provider.lensshare.LensShareApi.ShareSummary;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import com.pulumi.wellarchitected.provider.resource.FunctionDefinition;
import com.pulumi.wellarchitected.provider.resource.ObjectTypeDefinition;
import com.pulumi.wellarchitected.provider.resource.ProviderFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The {@code getLensShares} function: every share of a lens the caller owns, filtered as asked. */
public final class GetLensSharesFunction implements ProviderFunction {

    public static final String TOKEN = "wellarchitected:index:getLensShares";
    static final String SUMMARY_TYPE = "wellarchitected:index:LensShareSummary";

    private static final Set<String> STATUSES =
            Set.of("ACCEPTED", "REJECTED", "PENDING", "REVOKED", "EXPIRED", "ASSOCIATING", "ASSOCIATED", "FAILED");
    private static final String STATUS_FORMS =
            "`ACCEPTED`, `REJECTED`, `PENDING`, `REVOKED`, `EXPIRED`, `ASSOCIATING`, `ASSOCIATED` or `FAILED`";
    private static final int MAX_PREFIX = 100;

    /** The items of the {@code shares} result. */
    public static final ObjectTypeDefinition SHARE_SUMMARY = new ObjectTypeDefinition(
            SUMMARY_TYPE,
            "One share of a lens.",
            List.of(
                    Field.output("shareId", Kind.STRING, "The ID of the share, 32 hex characters."),
                    Field.output(
                            "sharedWith",
                            Kind.STRING,
                            "The account ID, IAM user ARN, organization ID or organizational unit ID the lens is"
                                    + " shared with."),
                    Field.output(
                            "status",
                            Kind.STRING,
                            "The status of the share, such as `PENDING`, `ACCEPTED` or `ASSOCIATED`."),
                    Field.output(
                                    "statusMessage",
                                    Kind.STRING,
                                    "The reason AWS gives for the status, when it gives one.")
                            .sometimesOutput()));

    private static final FunctionDefinition DEFINITION = new FunctionDefinition(
            TOKEN,
            "Lists the shares of a custom lens that the caller owns (ListLensShares, every page).",
            List.of(
                    Field.input("lensArn", Kind.STRING, "The ARN of the custom lens, `" + LensArn.FORM + "`.")
                            .required()
                            .normalisedBy(
                                    text -> LensArn.parse(text).toString(),
                                    "give the ARN of a custom lens you own, " + LensArn.FORM + "."),
                    Field.input(
                                    "sharedWithPrefix",
                                    Kind.STRING,
                                    "Only the shares whose `sharedWith` starts with this, at most 100 characters.")
                            .normalisedBy(GetLensSharesFunction::prefix, "give at most 100 characters."),
                    Field.input("status", Kind.STRING, "Only the shares in this status: " + STATUS_FORMS + ".")
                            .normalisedBy(GetLensSharesFunction::status, "give " + STATUS_FORMS + ".")),
            List.of(
                    Field.output("lensArn", Kind.STRING, "The ARN of the lens."),
                    Field.listOutput("shares", SUMMARY_TYPE, "The lens's shares that match.")));

    private final LensShareApi api;

    public GetLensSharesFunction(LensShareApi api) {
        this.api = api;
    }

    @Override
    public FunctionDefinition definition() {
        return DEFINITION;
    }

    @Override
    public PropertyMap invoke(PropertyMap args, Deadline deadline) {
        LensArn lens = LensArn.parse(args.text("lensArn").orElseThrow());
        Optional<String> prefix = args.text("sharedWithPrefix");
        Optional<String> status = args.text("status");
        List<Object> shares = new ArrayList<>();
        Optional<String> next = Optional.empty();
        do {
            SharePage page = api.listLensShares(lens, prefix, next, deadline);
            for (ShareSummary share : page.shares()) {
                if (status.isEmpty() || status.get().equals(share.status().name())) {
                    shares.add(summary(share));
                }
            }
            next = page.nextToken();
        } while (next.isPresent());
        return PropertyMap.builder()
                .put("lensArn", lens.toString())
                .put("shares", new PropertyValue.Other("a list", shares))
                .build();
    }

    private static Map<String, Object> summary(ShareSummary share) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("shareId", share.shareId());
        summary.put("sharedWith", share.sharedWith());
        summary.put("status", share.status().name());
        share.statusMessage().ifPresent(message -> summary.put("statusMessage", message));
        return summary;
    }

    private static String prefix(String text) {
        if (text.length() > MAX_PREFIX) {
            throw new InvalidValueException("the prefix has " + text.length() + " characters: give at most 100.");
        }
        return text;
    }

    private static String status(String text) {
        String status = text.trim().toUpperCase(Locale.ROOT);
        if (!STATUSES.contains(status)) {
            throw new InvalidValueException("\"" + text + "\" is no share status: give " + STATUS_FORMS + ".");
        }
        return status;
    }
}
