package com.pulumi.wellarchitected.provider.lensshare;

/** A value that is not what its property accepts; the message is a sentence saying what is accepted. */
public final class InvalidValueException extends RuntimeException {

    public InvalidValueException(String reason) {
        super(reason, null, false, false);
    }
}
