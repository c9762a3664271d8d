package benchcomponents;

import com.pulumi.Context;
import com.pulumi.Pulumi;
import com.pulumi.resources.ComponentResource;

/**
 * Declares {@code count} component resources and nothing else: the engine registers and stores them without any
 * provider call, so the time of this stack is the engine's and the language host's own.
 */
public class App {

    public static void main(String[] args) {
        Pulumi.run(App::stack);
    }

    static void stack(Context ctx) {
        int count = ctx.config().requireInteger("count");
        for (int i = 0; i < count; i++) {
            new ComponentResource("bench:index:Placeholder", "placeholder-" + i);
        }
    }
}
