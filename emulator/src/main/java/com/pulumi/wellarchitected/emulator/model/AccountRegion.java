package com.pulumi.wellarchitected.emulator.model;

/** One AWS account in one Region: the unit the service keeps state per. */
public record AccountRegion(String accountId, String region) {}
