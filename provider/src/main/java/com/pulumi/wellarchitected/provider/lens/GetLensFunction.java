package com.pulumi.wellarchitected.provider.lens;

import com.pulumi.wellarchitected.provider.lens.LensApi.LensDetail;
import com.pulumi.wellarchitected.provider.lensshare.Deadline;
import com.pulumi.wellarchitected.provider.lensshare.InvalidValueException;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.resource.Field;
import com.pulumi.wellarchitected.provider.resource.Field.Kind;
import com.pulumi.wellarchitected.provider.resource.FunctionDefinition;
import com.pulumi.wellarchitected.provider.resource.ProviderFunction;
import com.pulumi.wellarchitected.provider.resource.Waiter;
import java.util.List;

/** The {@code getLens} function: a lens the caller can use, by ARN or official alias. */
public final class GetLensFunction implements ProviderFunction {

    public static final String TOKEN = "wellarchitected:index:getLens";
    private static final int MAX_ALIAS = 128;
    private static final String STATUSES = "`CURRENT`, `NOT_CURRENT`, `DEPRECATED`, `DELETED` or `UNSHARED`";

    private static final FunctionDefinition DEFINITION = new FunctionDefinition(
            TOKEN,
            "Looks up a lens the caller can use, its own, one shared with it or an AWS official lens (GetLens).",
            List.of(Field.input(
                            "lensAlias",
                            Kind.STRING,
                            "The lens's ARN, or the alias of an AWS official lens such as `wellarchitected` or"
                                    + " `serverless`.")
                    .required()
                    .normalisedBy(GetLensFunction::alias, "give a lens ARN or an official lens alias.")),
            List.of(
                    Field.output("lensArn", Kind.STRING, "The ARN of the lens."),
                    Field.output("name", Kind.STRING, "The lens's name."),
                    Field.output("description", Kind.STRING, "The lens's description.")
                            .sometimesOutput(),
                    Field.output(
                            "owner",
                            Kind.STRING,
                            "The AWS account ID that owns the lens, or `AWS` for an official lens."),
                    Field.output("latestVersion", Kind.STRING, "The name of the lens's latest version."),
                    Field.output("status", Kind.STRING, "The lens's status as AWS lists it: " + STATUSES + ".")));

    private final LensApi api;

    public GetLensFunction(LensApi api) {
        this.api = api;
    }

    @Override
    public FunctionDefinition definition() {
        return DEFINITION;
    }

    @Override
    public PropertyMap invoke(PropertyMap args, Deadline deadline) {
        LensDetail lens = api.getLens(args.text("lensAlias").orElseThrow(), deadline);
        // ListLenses, the only source of the status, lists a lens only after a delay.
        String status = Waiter.until(
                () -> LensListing.status(api, lens.lensArn(), deadline),
                deadline,
                "ListLenses",
                "ListLenses did not list lens " + lens.lensArn());
        PropertyMap.Builder result =
                PropertyMap.builder().put("lensArn", lens.lensArn()).put("name", lens.name());
        lens.description().ifPresent(text -> result.put("description", text));
        result.put("owner", lens.owner().orElse("AWS"));
        lens.version().ifPresent(version -> result.put("latestVersion", version));
        return result.put("status", status).build();
    }

    private static String alias(String text) {
        String trimmed = text.trim();
        if (trimmed.length() > MAX_ALIAS) {
            throw new InvalidValueException("the alias has " + trimmed.length()
                    + " characters, more than the 128 AWS takes: give a lens ARN or an official lens alias.");
        }
        return trimmed;
    }
}
