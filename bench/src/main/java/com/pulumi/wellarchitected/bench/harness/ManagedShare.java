package com.pulumi.wellarchitected.bench.harness;

import com.google.protobuf.Struct;

/** A lens share as the engine's state holds it after {@code pulumi up}: its ID, outputs and checked inputs. */
public record ManagedShare(String name, String lensArn, String sharedWith, String id, Struct outputs, Struct inputs) {

    /** The share ID alone, as the Well-Architected API knows it (the provider's ID is {@code <lensArn>|<shareId>}). */
    public String shareId() {
        return id.substring(id.lastIndexOf('|') + 1);
    }
}
