package com.pulumi.wellarchitected.emulator.model;

import java.util.List;

/** One page of a List operation's results and the token for the next page, null on the last page. */
public record Page<T>(List<T> items, String nextToken) {}
