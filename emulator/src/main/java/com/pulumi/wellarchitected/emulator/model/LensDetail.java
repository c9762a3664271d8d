package com.pulumi.wellarchitected.emulator.model;

import java.util.Map;

/** What GetLens tells about one lens version; absent members are null. */
public record LensDetail(
        String lensArn,
        String lensVersion,
        String name,
        String description,
        String owner,
        String shareInvitationId,
        Map<String, String> tags) {}
