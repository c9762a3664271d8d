package com.pulumi.wellarchitected.emulator.model;

/** The model's LensType: who a lens belongs to, seen from the caller. */
public enum LensType {
    AWS_OFFICIAL,
    CUSTOM_SHARED,
    CUSTOM_SELF
}
