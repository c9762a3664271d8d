package benchshares;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.wellarchitected.LensShare;
import com.pulumi.wellarchitected.LensShareArgs;

/** Shares one lens with {@code count} distinct accounts: the stack whose up, refresh and destroy are timed. */
public class App {

    // The same accounts as the other benchmarks use: each is its own SharedWithPrefix.
    private static final long FIRST_ACCOUNT = 200_000_000_000L;

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var lensArn = ctx.config().require("lensArn");
        int count = ctx.config().requireInteger("count");
        for (int i = 0; i < count; i++) {
            new LensShare(
                    "share-" + i,
                    LensShareArgs.builder()
                            .lensAlias(lensArn)
                            .sharedWith(Long.toString(FIRST_ACCOUNT + i))
                            .build());
        }
    }
}
