package secondregion;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.resources.CustomResourceOptions;
import com.wellarchitectedlens.wellarchitected.LensShare;
import com.wellarchitectedlens.wellarchitected.LensShareArgs;
import com.wellarchitectedlens.wellarchitected.Provider;
import com.wellarchitectedlens.wellarchitected.ProviderArgs;

/** Shares a lens in the stack's Region and another lens in a second Region through an explicit provider. */
public class App {

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var config = ctx.config();
        var accountId = config.require("accountId");

        var home = new LensShare("home-lens-to-account", LensShareArgs.builder()
            .lensAlias(config.require("homeLensArn"))
            .sharedWith(accountId)
            .build());

        // An explicit provider reads none of the stack's `wellarchitected:*` settings, so the endpoint is passed on
        // for the program to run unchanged against the emulator; credentials still come from the AWS_* environment.
        var secondRegion = config.require("secondRegion");
        var providerArgs = ProviderArgs.builder().region(secondRegion);
        ctx.config("wellarchitected").get("endpoint").ifPresent(providerArgs::endpoint);
        var regional = new Provider("second-region", providerArgs.build());

        var remote = new LensShare("second-region-lens-to-account", LensShareArgs.builder()
            .lensAlias(config.require("secondRegionLensArn"))
            .sharedWith(accountId)
            .build(), CustomResourceOptions.builder().provider(regional).build());

        ctx.export("homeShareId", home.shareId());
        ctx.export("homeStatus", home.status());
        ctx.export("secondRegionShareId", remote.shareId());
        ctx.export("secondRegionStatus", remote.status());
        ctx.export("secondRegionLensArn", remote.lensArn());
    }
}
