package com.pulumi.wellarchitected.emulator.model;

/** The result of CreateLensVersion. */
public record CreatedLensVersion(String lensArn, String lensVersion) {}
