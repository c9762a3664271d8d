package accountfleet;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.resources.CustomResourceOptions;
import com.pulumi.resources.CustomTimeouts;
import com.wellarchitectedlens.wellarchitected.LensShare;
import com.wellarchitectedlens.wellarchitected.LensShareArgs;

/**
 * Shares one custom lens with {@code shareCount} consecutive accounts, one share each, named {@code share-000},
 * {@code share-001}, …; {@code createTimeout} and {@code deleteTimeout} (e.g. {@code 5s}) become every share's
 * customTimeouts when set.
 */
public class App {

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var config = ctx.config();
        var lensArn = config.require("lensArn");
        int shareCount = config.requireInteger("shareCount");
        long firstAccount = Long.parseLong(config.get("firstAccount").orElse("300000000000"));
        var timeouts = CustomTimeouts.builder();
        config.get("createTimeout").filter(t -> !t.isBlank()).map(CustomTimeouts::parseTimeoutString)
            .ifPresent(timeouts::create);
        config.get("deleteTimeout").filter(t -> !t.isBlank()).map(CustomTimeouts::parseTimeoutString)
            .ifPresent(timeouts::delete);
        var options = CustomResourceOptions.builder().customTimeouts(timeouts.build()).build();

        for (int i = 0; i < shareCount; i++) {
            new LensShare(String.format("share-%03d", i), LensShareArgs.builder()
                .lensAlias(lensArn)
                .sharedWith(String.format("%012d", firstAccount + i))
                .build(), options);
        }
    }
}
