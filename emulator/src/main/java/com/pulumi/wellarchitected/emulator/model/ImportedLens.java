package com.pulumi.wellarchitected.emulator.model;

/** The result of ImportLens: the lens and the import status (always COMPLETE: imports finish synchronously). */
public record ImportedLens(String lensArn, String status) {}
