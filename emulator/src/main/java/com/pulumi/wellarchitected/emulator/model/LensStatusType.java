package com.pulumi.wellarchitected.emulator.model;

/** The model's LensStatusType: which part of a lens ListLenses and DeleteLens address. */
public enum LensStatusType {
    ALL,
    DRAFT,
    PUBLISHED
}
