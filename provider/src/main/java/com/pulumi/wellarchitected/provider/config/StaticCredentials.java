package com.pulumi.wellarchitected.provider.config;

import java.util.Optional;

/** An access key pair, with a session token for temporary credentials; its text never shows the secret parts. */
public record StaticCredentials(String accessKeyId, String secretAccessKey, Optional<String> sessionToken) {

    @Override
    public String toString() {
        return "StaticCredentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***"
                + sessionToken.map(t -> ", sessionToken=***").orElse("") + "]";
    }
}
