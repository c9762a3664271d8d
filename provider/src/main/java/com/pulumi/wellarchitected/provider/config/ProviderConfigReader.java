package com.pulumi.wellarchitected.provider.config;

import com.pulumi.wellarchitected.provider.property.CheckFailure;
import com.pulumi.wellarchitected.provider.property.CheckResult;
import com.pulumi.wellarchitected.provider.property.PropertyMap;
import com.pulumi.wellarchitected.provider.property.PropertyValue;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Validates the provider configuration and resolves it, with the usual {@code AWS_*} environment fallbacks. */
public final class ProviderConfigReader {

    public static final String REGION = "region";
    public static final String PROFILE = "profile";
    public static final String ACCESS_KEY = "accessKey";
    public static final String SECRET_KEY = "secretKey";
    public static final String TOKEN = "token";
    public static final String ENDPOINT = "endpoint";
    public static final String MAX_RETRIES = "maxRetries";

    private static final List<String> SECRET_KEYS = List.of(SECRET_KEY, TOKEN);
    private static final int MOST_RETRIES = 100;
    private static final Pattern REGION_CODE = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");

    private final Map<String, String> environment;
    private final Function<String, Optional<String>> profileRegion;

    /**
     * @param environment the process environment, where the {@code AWS_*} fallbacks are read
     * @param profileRegion the {@code region} of a named profile in the AWS shared configuration, if it has one
     */
    public ProviderConfigReader(Map<String, String> environment, Function<String, Optional<String>> profileRegion) {
        this.environment = environment;
        this.profileRegion = profileRegion;
    }

    /**
     * CheckConfig: refuses invalid values, naming the key, and returns the configuration as it came with the
     * secret keys marked secret. Unknown values pass, to be checked when they are known.
     */
    public CheckResult check(PropertyMap news) {
        List<CheckFailure> failures = new ArrayList<>();
        read(news, failures);
        if (!failures.isEmpty()) {
            return CheckResult.refused(failures);
        }
        PropertyMap.Builder inputs = PropertyMap.builder();
        news.values().forEach((key, value) -> inputs.put(key, value, SECRET_KEYS.contains(key) || news.isSecret(key)));
        return CheckResult.accepted(inputs.build());
    }

    /**
     * Configure: the configuration to call the API with.
     *
     * @throws InvalidConfigException naming every invalid key
     */
    public ProviderConfig resolve(PropertyMap args) {
        List<CheckFailure> failures = new ArrayList<>();
        ProviderConfig config = read(args, failures);
        if (config == null && failures.isEmpty()) {
            failures.add(
                    new CheckFailure(REGION, "region is not known yet: it must be known to configure the provider."));
        }
        if (!failures.isEmpty()) {
            throw new InvalidConfigException(failures);
        }
        return config;
    }

    private ProviderConfig read(PropertyMap config, List<CheckFailure> failures) {
        Optional<String> profile = text(config, PROFILE, failures).or(() -> env("AWS_PROFILE"));
        Optional<String> region = region(config, profile, failures);
        Optional<StaticCredentials> credentials = credentials(config, failures);
        Optional<URI> endpoint = endpoint(config, failures);
        int maxRetries = maxRetries(config, failures);
        return region.map(r -> new ProviderConfig(r, profile, credentials, endpoint, maxRetries))
                .orElse(null);
    }

    private Optional<String> region(PropertyMap config, Optional<String> profile, List<CheckFailure> failures) {
        int failuresBefore = failures.size();
        Optional<String> configured = text(config, REGION, failures);
        if (config.isUnknown(REGION) || failures.size() > failuresBefore) {
            // An unknown Region is checked once known; one that is not a string has its failure already.
            return Optional.empty();
        }
        Optional<String> region = configured
                .map(r -> r.toLowerCase(Locale.ROOT))
                .or(() -> env("AWS_REGION"))
                .or(() -> env("AWS_DEFAULT_REGION"))
                .or(() -> profileRegion.apply(profile.orElse("default")));
        if (region.isEmpty()) {
            failures.add(new CheckFailure(
                    REGION,
                    "region is not set: set wellarchitected:region, or AWS_REGION or "
                            + "AWS_DEFAULT_REGION, or a region in the AWS profile."));
        } else if (!REGION_CODE.matcher(region.get()).matches()) {
            failures.add(new CheckFailure(REGION, "region must be an AWS Region code such as us-east-1."));
            return Optional.empty();
        }
        return region;
    }

    private Optional<StaticCredentials> credentials(PropertyMap config, List<CheckFailure> failures) {
        Optional<String> accessKey = text(config, ACCESS_KEY, failures);
        Optional<String> secretKey = text(config, SECRET_KEY, failures);
        Optional<String> token = text(config, TOKEN, failures);
        boolean hasAccessKey = accessKey.isPresent() || config.isUnknown(ACCESS_KEY);
        boolean hasSecretKey = secretKey.isPresent() || config.isUnknown(SECRET_KEY);
        if (hasAccessKey && !hasSecretKey) {
            failures.add(new CheckFailure(
                    SECRET_KEY,
                    "secretKey is required when accessKey is set: give the secret "
                            + "access key that goes with the access key."));
        }
        if (hasSecretKey && !hasAccessKey) {
            failures.add(new CheckFailure(
                    ACCESS_KEY,
                    "accessKey is required when secretKey is set: give the access "
                            + "key ID that goes with the secret key."));
        }
        if ((token.isPresent() || config.isUnknown(TOKEN)) && !(hasAccessKey && hasSecretKey)) {
            failures.add(new CheckFailure(
                    TOKEN,
                    "token is the session token of temporary credentials and needs "
                            + "accessKey and secretKey as well."));
        }
        if (accessKey.isPresent() && secretKey.isPresent()) {
            return Optional.of(new StaticCredentials(accessKey.get(), secretKey.get(), token));
        }
        if (hasAccessKey || hasSecretKey) {
            return Optional.empty();
        }
        Optional<String> envAccessKey = env("AWS_ACCESS_KEY_ID");
        Optional<String> envSecretKey = env("AWS_SECRET_ACCESS_KEY");
        if (envAccessKey.isPresent() && envSecretKey.isPresent()) {
            return Optional.of(new StaticCredentials(envAccessKey.get(), envSecretKey.get(), env("AWS_SESSION_TOKEN")));
        }
        return Optional.empty();
    }

    private Optional<URI> endpoint(PropertyMap config, List<CheckFailure> failures) {
        Optional<String> endpoint = text(config, ENDPOINT, failures)
                .or(() -> env("AWS_ENDPOINT_URL_WELLARCHITECTED"))
                .or(() -> env("AWS_ENDPOINT_URL"));
        if (endpoint.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(endpoint.get());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // Reported below with the same sentence as any other malformed endpoint.
        }
        failures.add(new CheckFailure(
                ENDPOINT,
                "endpoint must be an absolute http or https URL such as "
                        + "https://wellarchitected.us-east-1.amazonaws.com or http://127.0.0.1:4599."));
        return Optional.empty();
    }

    private int maxRetries(PropertyMap config, List<CheckFailure> failures) {
        String accepted = "maxRetries must be a whole number from 0 to " + MOST_RETRIES + ".";
        Optional<PropertyValue> value = config.get(MAX_RETRIES).filter(v -> v != PropertyValue.UNKNOWN);
        if (value.isEmpty()
                || (value.get() instanceof PropertyValue.Text text
                        && text.value().isBlank())) {
            Optional<String> attempts = env("AWS_MAX_ATTEMPTS");
            if (attempts.isEmpty()) {
                return ProviderConfig.DEFAULT_MAX_RETRIES;
            }
            Optional<Integer> retries = wholeNumber(attempts.get()).map(n -> n - 1);
            if (retries.isEmpty() || retries.get() < 0 || retries.get() > MOST_RETRIES) {
                failures.add(new CheckFailure(
                        MAX_RETRIES,
                        "maxRetries is not set and AWS_MAX_ATTEMPTS is not a " + "whole number from 1 to "
                                + (MOST_RETRIES + 1) + "."));
                return 0;
            }
            return retries.get();
        }
        Optional<Integer> retries = Optional.empty();
        if (value.get() instanceof PropertyValue.Numeric number
                && number.value() == Math.rint(number.value())
                && Math.abs(number.value()) <= Integer.MAX_VALUE) {
            retries = Optional.of((int) number.value());
        } else if (value.get() instanceof PropertyValue.Text text) {
            // Explicit providers send non-string inputs JSON-encoded, and stack configuration is text anyway.
            retries = wholeNumber(text.value());
        }
        if (retries.isEmpty() || retries.get() < 0 || retries.get() > MOST_RETRIES) {
            failures.add(new CheckFailure(MAX_RETRIES, accepted));
            return 0;
        }
        return retries.get();
    }

    private static Optional<Integer> wholeNumber(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A known, non-blank string value, trimmed; a value of another type is a failure. */
    private static Optional<String> text(PropertyMap config, String key, List<CheckFailure> failures) {
        Optional<PropertyValue> value = config.get(key);
        if (value.isEmpty() || value.get() == PropertyValue.UNKNOWN) {
            return Optional.empty();
        }
        if (value.get() instanceof PropertyValue.Text text) {
            return text.value().isBlank()
                    ? Optional.empty()
                    : Optional.of(text.value().trim());
        }
        failures.add(new CheckFailure(key, key + " must be a string, not " + value.get() + "."));
        return Optional.empty();
    }

    private Optional<String> env(String name) {
        return Optional.ofNullable(environment.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** Configure was given a configuration CheckConfig would have refused. */
    public static final class InvalidConfigException extends RuntimeException {

        InvalidConfigException(List<CheckFailure> failures) {
            super(
                    "invalid provider configuration: "
                            + failures.stream()
                                    .map(f -> f.property() + ": " + f.reason())
                                    .collect(Collectors.joining(" ")),
                    null,
                    false,
                    false);
        }
    }
}
