package workflow;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.deployment.InvokeOutputOptions;
import com.pulumi.resources.CustomResourceOptions;
import com.wellarchitectedlens.wellarchitected.Lens;
import com.wellarchitectedlens.wellarchitected.LensArgs;
import com.wellarchitectedlens.wellarchitected.LensShare;
import com.wellarchitectedlens.wellarchitected.LensShareAccepter;
import com.wellarchitectedlens.wellarchitected.LensShareAccepterArgs;
import com.wellarchitectedlens.wellarchitected.LensShareArgs;
import com.wellarchitectedlens.wellarchitected.OrganizationSharing;
import com.wellarchitectedlens.wellarchitected.OrganizationSharingArgs;
import com.wellarchitectedlens.wellarchitected.Provider;
import com.wellarchitectedlens.wellarchitected.ProviderArgs;
import com.wellarchitectedlens.wellarchitected.WellarchitectedFunctions;
import com.wellarchitectedlens.wellarchitected.inputs.GetLensArgs;
import com.wellarchitectedlens.wellarchitected.inputs.GetLensSharesArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole lens-sharing workflow: publishes a custom lens from {@code lens.json}, enables organization sharing,
 * shares the lens with an account, an IAM user and an OU, and accepts the account's invitation as the recipient.
 */
public class App {

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var config = ctx.config();

        // The owner's side runs on the default provider: stack config `wellarchitected:*` or the AWS environment.
        var lens = new Lens(
                "lens",
                LensArgs.builder()
                        .document(readLensDocument())
                        .versionName(config.get("lensVersion").orElse("v1"))
                        .build());

        // Sharing with an organization or OU is refused until the owner's account switches it on.
        var organizationSharing = new OrganizationSharing(
                "organization-sharing", OrganizationSharingArgs.builder().enabled(true).build());

        var accountShare = share("account", lens, config.require("accountId"), null);
        var iamUserShare = share("iamUser", lens, config.require("iamUserArn"), null);
        var ouShare = share("ou", lens, config.require("ouId"), organizationSharing);

        // The invitation is accepted in the recipient's account, so by a provider holding the recipient's credentials.
        var recipient = new Provider("recipient", recipientProvider(ctx));
        var accepter = new LensShareAccepter(
                "accept-account-share",
                LensShareAccepterArgs.builder()
                        .lensArn(accountShare.lensArn())
                        .build(),
                CustomResourceOptions.builder().provider(recipient).build());

        ctx.export("lensArn", lens.lensArn());
        ctx.export("lensName", lens.name());
        ctx.export("publishedVersion", lens.publishedVersion());
        ctx.export("accountShareId", accountShare.shareId());
        ctx.export("iamUserShareId", iamUserShare.shareId());
        ctx.export("ouShareId", ouShare.shareId());
        ctx.export("acceptedStatus", accepter.status());
        ctx.export("acceptedLensName", accepter.lensName());

        // Read once the invitation is accepted and the OU share associated, so the listing shows both settled.
        var shares = WellarchitectedFunctions.getLensShares(
                        GetLensSharesArgs.builder().lensArn(lens.lensArn()).build(),
                        new InvokeOutputOptions.Builder()
                                .dependsOn(accepter, ouShare)
                                .build())
                .applyValue(result -> result.shares().stream()
                        .map(share -> Map.of(
                                "shareId", share.shareId(),
                                "sharedWith", share.sharedWith(),
                                "status", share.status(),
                                "statusMessage", share.statusMessage().orElse("")))
                        .collect(Collectors.toList()));
        ctx.export("shares", shares);

        var owner = WellarchitectedFunctions.getLens(
                        GetLensArgs.builder().lensAlias(lens.lensArn()).build())
                .applyValue(result -> result.owner());
        ctx.export("lensOwner", owner);
    }

    private static LensShare share(String key, Lens lens, String principal, OrganizationSharing needs) {
        var options = CustomResourceOptions.builder();
        if (needs != null) {
            options.dependsOn(needs);
        }
        return new LensShare(
                "lens-to-" + key,
                LensShareArgs.builder()
                        .lensAlias(lens.lensArn())
                        .sharedWith(principal)
                        .build(),
                options.build());
    }

    /**
     * The recipient's provider: the AWS profile of the recipient account. Region and endpoint come from the
     * environment or the profile, as for the owner, since a lens is shared within one Region.
     */
    private static ProviderArgs recipientProvider(Context ctx) {
        return ProviderArgs.builder()
                .profile(ctx.config().require("recipientProfile"))
                .build();
    }

    private static String readLensDocument() {
        try {
            return Files.readString(Path.of("lens.json"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lens document lens.json beside Pulumi.yaml", e);
        }
    }
}
