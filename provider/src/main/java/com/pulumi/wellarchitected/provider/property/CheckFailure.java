package com.pulumi.wellarchitected.provider.property;

/** A property value that Check or CheckConfig refuses: the property and a sentence saying what is accepted. */
public record CheckFailure(String property, String reason) {}
