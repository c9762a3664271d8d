package com.pulumi.wellarchitected.provider.lensshare;

import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.CLIENT_REQUEST_TOKEN;
import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.LENS_ALIAS;
import static com.pulumi.wellarchitected.provider.lensshare.LensShareResource.SHARED_WITH;
import static org.assertj.core.api.Assertions.assertThat;

import com.pulumi.wellarchitected.provider.property.PropertyMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * AWS may answer a ClientRequestToken it has seen with the ID of the share it created then, even when that share
 * has since been deleted. The emulator only replays live shares, so this one behaviour is played by a stand-in.
 */
class LensShareResourceReplayTest {

    private static final String LENS =
            "arn:aws:wellarchitected:us-east-1:111122223333:lens/0123456789abcdef0123456789abcdef";
    private static final String URN = "urn:pulumi:dev::p::wellarchitected:index:LensShare::share";

    @Test
    void aTokenThatReplaysADeletedShareIsFollowedByTheNextToken() {
        ReplayingApi api = new ReplayingApi();
        api.tokens.put("token-1", "0000000000000000000000000000dead");
        List<String> logged = new ArrayList<>();
        LensShareResource resource =
                new LensShareResource(Optional.of("us-east-1"), api, (urn, message) -> logged.add(message));
        PropertyMap inputs = PropertyMap.builder()
                .put(LENS_ALIAS, LENS)
                .put(SHARED_WITH, "444455556666")
                .put(CLIENT_REQUEST_TOKEN, "token-1")
                .build();

        CreateResult created = resource.create(URN, inputs, Deadline.none(), false);

        assertThat(api.tokensUsed).containsExactly("token-1", ClientRequestToken.next("token-1"));
        assertThat(created.id()).isEqualTo(LENS + "|" + api.liveShareId);
        assertThat(created.outputs().text("status")).contains("PENDING");
        assertThat(logged)
                .containsExactly(
                        "created lens share 0000000000000000000000000000dead (" + LENS
                                + "|0000000000000000000000000000dead)",
                        "lens share 0000000000000000000000000000dead no longer exists; sharing the lens again",
                        "created lens share " + api.liveShareId + " (" + LENS + "|" + api.liveShareId + ")");
    }

    /** Answers known tokens with their (deleted) share, and a new token with a new live share. */
    private static final class ReplayingApi implements LensShareApi {
        final Map<String, String> tokens = new HashMap<>();
        final List<String> tokensUsed = new ArrayList<>();
        final String liveShareId = "aaaabbbbccccddddeeeeffff00001111";

        @Override
        public String createLensShare(LensArn lens, SharedWith sharedWith, String token, Deadline deadline) {
            tokensUsed.add(token);
            return tokens.getOrDefault(token, liveShareId);
        }

        @Override
        public SharePage listLensShares(
                LensArn lens, Optional<String> prefix, Optional<String> next, Deadline deadline) {
            return new SharePage(
                    List.of(new ShareSummary(
                            liveShareId, "444455556666", new ShareStatus("PENDING"), Optional.empty())),
                    Optional.empty());
        }

        @Override
        public void deleteLensShare(LensArn lens, String shareId, String token, Deadline deadline) {
            throw new UnsupportedOperationException();
        }
    }
}
