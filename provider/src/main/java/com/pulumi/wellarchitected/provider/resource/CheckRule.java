package com.pulumi.wellarchitected.provider.resource;

import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import java.util.List;
import java.util.Optional;

/** A rule across several properties, applied by Check after each property passed its own. */
@FunctionalInterface
public interface CheckRule {

    Optional<CheckFailure> apply(PropertyMap checked);

    /**
     * Exactly one of the properties must be given; an unknown value counts as given.
     *
     * @param accepted the sentence saying what to give
     */
    static CheckRule exactlyOneOf(List<String> names, String accepted) {
        return checked -> {
            long given =
                    names.stream().filter(name -> checked.get(name).isPresent()).count();
            if (given == 1) {
                return Optional.empty();
            }
            String problem = given == 0 ? "none of them is given" : "more than one is given";
            return Optional.of(new CheckFailure(
                    names.get(0),
                    "exactly one of " + String.join(" and ", names) + " is required, but " + problem + ": "
                            + accepted));
        };
    }
}
