package lensshare;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.wellarchitectedlens.wellarchitected.LensShare;
import com.wellarchitectedlens.wellarchitected.LensShareArgs;
import java.util.LinkedHashMap;

/** Shares one custom Well-Architected lens with an AWS account, an IAM user and an OU taken from stack config. */
public class App {

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        var config = ctx.config();
        var lensArn = config.require("lensArn");

        // The key names each share and its stack outputs; the value is the principal it is shared with.
        var principals = new LinkedHashMap<String, String>();
        principals.put("account", config.require("accountId"));
        principals.put("iamUser", config.require("iamUserArn"));
        principals.put("ou", config.require("ouId"));

        principals.forEach((key, principal) -> {
            var share = new LensShare("lens-to-" + key, LensShareArgs.builder()
                .lensAlias(lensArn)
                .sharedWith(principal)
                .build());
            ctx.export(key + "ShareId", share.shareId());
            ctx.export(key + "Status", share.status());
        });
    }
}
