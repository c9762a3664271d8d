package com.pulumi.wellarchitected.emulator.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** An AWS official lens: present in every account and Region, readable by all, never shareable. */
public record OfficialLens(String alias, String name, String description, String version) {
    /** When the official lenses' current versions were published, as a fixed, plausible date. */
    public static final Instant PUBLISHED_AT = Instant.parse("2024-06-27T00:00:00Z");

    public static final List<OfficialLens> ALL = List.of(
            new OfficialLens(
                    "wellarchitected",
                    "AWS Well-Architected Framework",
                    "AWS Well-Architected helps cloud architects build secure, high-performing, resilient, and efficient"
                            + " infrastructure for a variety of applications and workloads.",
                    "2024-06-27"),
            new OfficialLens(
                    "serverless",
                    "Serverless Lens",
                    "Best practices for architecting serverless applications on AWS.",
                    "2023-04-18"),
            new OfficialLens(
                    "saas",
                    "SaaS Lens",
                    "Best practices for architecting software as a service (SaaS) applications on AWS.",
                    "2023-04-18"));

    public static Optional<OfficialLens> byAlias(String alias) {
        return ALL.stream().filter(lens -> lens.alias.equals(alias)).findFirst();
    }

    public String arn(String region) {
        return "arn:aws:wellarchitected:" + region + "::lens/" + alias;
    }
}
