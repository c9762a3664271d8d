package com.pulumi.wellarchitected.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.wellarchitected.WellArchitectedClient;
import software.amazon.awssdk.services.wellarchitected.model.ShareResourceType;

/**
 * Every route of the API, each fed every kind of hostile input that applies to it: a bad signature or none, bad
 * percent-encoding, path traversal and oversized values in each path label, huge and malformed query strings, and,
 * where the operation takes a body, malformed, mistyped, deeply nested, non-UTF-8 and oversized JSON. The answer is
 * always a modelled 4xx error, never a 500, and the emulator's state is exactly as it was. {@link HostileInputTest}
 * covers one route per kind of input; this covers the whole matrix, and the state.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryRouteHostileInputTest {

    private static final String SIGNING_KEY = "AKIAHOSTILEINPUT0001";
    private static final String SIGNING_SECRET = "hostile-input-secret";
    private static final String RECIPIENT_SECRET = "hostile-input-recipient-secret";

    /** A route with the labels, query and body of a request it would accept, so that only the hostile part is wrong. */
    private record Route(String operation, String method, List<String> segments, String query, String body) {

        String path(List<String> labels) {
            return "/" + String.join("/", labels);
        }

        String target() {
            return path(segments) + (query.isEmpty() ? "" : "?" + query);
        }
    }

    /** One hostile request: what it is, and its raw bytes (a class, since a record would compare them by identity). */
    private static final class Hostile {
        private final String name;
        private final byte[] request;

        Hostile(String name, byte[] request) {
            this.name = name;
            this.request = request;
        }

        String name() {
            return name;
        }

        byte[] request() {
            return request;
        }
    }

    private EmulatorServer open;
    private EmulatorServer verifying;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private List<Route> routes;

    @BeforeAll
    void seed(@TempDir Path directory) throws IOException {
        open = EmulatorServer.start(EmulatorOptions.ephemeral());
        Path credentials = directory.resolve("credentials.json");
        Files.writeString(
                credentials,
                "{\"credentials\":[{\"accessKeyId\":\"" + SIGNING_KEY + "\",\"secretAccessKey\":\""
                        + SIGNING_SECRET + "\",\"accountId\":\"" + Accounts.OWNER + "\"},{\"accessKeyId\":\""
                        + Accounts.RECIPIENT
                        + "\",\"secretAccessKey\":\"" + RECIPIENT_SECRET + "\"}]}");
        verifying = EmulatorServer.start(new EmulatorOptions("127.0.0.1", 0, null, credentials));
        routes = seedAndDescribeRoutes(open);
        // The verifying emulator holds the same kinds of objects; its routes name its own lens, share and invitation.
        seedAndDescribeRoutes(verifying);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
        open.close();
        verifying.close();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersHostileInputWithAModelled4xxAndChangesNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes) {
            for (Hostile hostile : hostileRequests(route)) {
                tests.add(DynamicTest.dynamicTest(
                        route.operation() + ": " + hostile.name(), () -> assertRefusedUnchanged(open, hostile)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> withCredentialsEveryRouteRefusesForgedAndUnknownSignaturesAndChangesNothing() {
        List<Route> verifyingRoutes = describeRoutes(verifying);
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : verifyingRoutes) {
            tests.add(DynamicTest.dynamicTest(
                    route.operation() + ": signature of zeros from a known key",
                    () -> assertRefusedUnchanged(
                            verifying,
                            new Hostile(
                                    "forged",
                                    bytes(raw(
                                            route.method(),
                                            route.target(),
                                            sigV4(SIGNING_KEY, "0".repeat(64)),
                                            route.body()))))));
            tests.add(DynamicTest.dynamicTest(
                    route.operation() + ": an unknown twelve-digit access key",
                    () -> assertRefusedUnchanged(
                            verifying,
                            new Hostile(
                                    "unknown key",
                                    bytes(raw(
                                            route.method(),
                                            route.target(),
                                            sigV4(Accounts.OTHER, "ab".repeat(32)),
                                            route.body()))))));
            tests.add(DynamicTest.dynamicTest(
                    route.operation() + ": no signature at all",
                    () -> assertRefusedUnchanged(
                            verifying,
                            new Hostile("unsigned", bytes(raw(route.method(), route.target(), "", route.body()))))));
        }
        return tests.stream();
    }

    private List<Hostile> hostileRequests(Route route) {
        List<Hostile> hostile = new ArrayList<>();
        String signed = RawHttp.SIGNED;
        hostile.add(
                new Hostile("no Authorization header", bytes(raw(route.method(), route.target(), "", route.body()))));
        hostile.add(new Hostile(
                "Authorization that is not SigV4",
                bytes(raw(route.method(), route.target(), "Authorization: Bearer abc\r\n", route.body()))));
        hostile.add(new Hostile(
                "credential scoped to another service",
                bytes(raw(
                        route.method(),
                        route.target(),
                        "Authorization: AWS4-HMAC-SHA256 Credential=111122223333/20240101/us-east-1/s3/aws4_request, "
                                + "SignedHeaders=host, Signature=1\r\n",
                        route.body()))));
        String separator = route.query().isEmpty() ? "?" : "&";
        hostile.add(new Hostile(
                "huge query string",
                bytes(raw(
                        route.method(),
                        route.target() + separator + "X=" + "a".repeat(20_000),
                        signed,
                        route.body()))));
        hostile.add(new Hostile(
                "bad percent-encoding in the query",
                bytes(raw(route.method(), route.target() + separator + "NextToken=%zz", signed, route.body()))));
        for (int i = 0; i < route.segments().size(); i++) {
            if (!isLabel(route, i)) {
                continue;
            }
            Map<String, String> badLabels = new LinkedHashMap<>();
            badLabels.put("bad percent-encoding", "%zz");
            badLabels.put("truncated percent-encoding", "abc%2");
            badLabels.put("invalid UTF-8", "%C3%28");
            badLabels.put("path traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
            badLabels.put("encoded dot-dot", "%2e%2e");
            badLabels.put("NUL", "%00");
            badLabels.put("10,000-character", "a".repeat(10_000));
            badLabels.put("raw non-ASCII", "caf\u00e9");
            for (Map.Entry<String, String> bad : badLabels.entrySet()) {
                List<String> segments = new ArrayList<>(route.segments());
                segments.set(i, bad.getValue());
                String target = route.path(segments) + (route.query().isEmpty() ? "" : "?" + route.query());
                hostile.add(new Hostile(
                        bad.getKey() + " label " + (i + 1), bytes(raw(route.method(), target, signed, route.body()))));
            }
        }
        if (route.body() != null) {
            List<String> malformedBodies = new ArrayList<>(
                    List.of("{not json", "[1,2]", "\"text\"", "{} trailing", "{'a':1}", "{\"a\":NaN}", "{\"a\":"));
            if (!route.operation().equals("UpdateGlobalSettings")) {
                // Every member of UpdateGlobalSettings is optional: no body at all is a valid request that changes
                // nothing.
                malformedBodies.addAll(List.of("", "null"));
            }
            for (String malformed : malformedBodies) {
                hostile.add(new Hostile(
                        "malformed JSON " + malformed, bytes(raw(route.method(), route.target(), signed, malformed))));
            }
            hostile.add(new Hostile(
                    "deeply nested JSON",
                    bytes(raw(
                            route.method(),
                            route.target(),
                            signed,
                            "{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}"))));
            JsonObject valid = JsonParser.parseString(route.body()).getAsJsonObject();
            for (String member : valid.keySet()) {
                boolean optional = member.equals("IsMajorVersion") || member.equals("OrganizationSharingStatus");
                for (String wrong : List.of("12345", "true", "[\"x\"]", "{\"x\":1}", "null")) {
                    if ((optional && wrong.equals("null"))
                            || (member.equals("IsMajorVersion") && wrong.equals("true"))) {
                        // Null means "not set" for an optional member, and IsMajorVersion is a boolean.
                        continue;
                    }
                    JsonObject body = valid.deepCopy();
                    body.add(member, JsonParser.parseString(wrong));
                    hostile.add(new Hostile(
                            member + " as " + wrong,
                            bytes(raw(route.method(), route.target(), signed, body.toString()))));
                }
            }
            hostile.add(new Hostile(
                    "body that is not UTF-8", concat(head(route.method(), route.target(), signed, 4), new byte[] {
                        '{', (byte) 0xC3, (byte) 0x28, '}'
                    })));
            hostile.add(new Hostile(
                    "6 MB body announced, 1 byte sent",
                    concat(head(route.method(), route.target(), signed, 6_000_000), new byte[] {'{'})));
        }
        return hostile;
    }

    private static boolean isLabel(Route route, int index) {
        String template = switch (route.operation()) {
            case "DeleteLensShare" -> "/lenses/{}/shares/{}";
            case "CreateLensShare", "ListLensShares" -> "/lenses/{}/shares";
            case "CreateLensVersion" -> "/lenses/{}/versions";
            case "GetLens", "DeleteLens" -> "/lenses/{}";
            case "UpdateShareInvitation" -> "/shareInvitations/{}";
            case "TagResource", "UntagResource", "ListTagsForResource" -> "/tags/{}";
            default -> "";
        };
        String[] parts =
                template.isEmpty() ? new String[0] : template.substring(1).split("/");
        return index < parts.length && parts[index].equals("{}");
    }

    private void assertRefusedUnchanged(EmulatorServer server, Hostile hostile) throws IOException {
        String before = state(server);
        RawHttp.Response response;
        try (RawHttp http = new RawHttp(server)) {
            http.send(hostile.request());
            response = http.read();
        }

        assertThat(response.status())
                .as("status of %s; body %s", hostile.name(), response.body())
                .isBetween(400, 499);
        assertThat(response.errorType())
                .as("X-Amzn-ErrorType of %s", hostile.name())
                .isNotBlank();
        JsonObject error = response.json();
        assertThat(error.get("__type").getAsString())
                .as("__type of %s", hostile.name())
                .isEqualTo(response.errorType());
        assertThat(error.has("Message") || error.has("message"))
                .as("%s has a message", hostile.name())
                .isTrue();
        assertThat(response.header("x-amzn-RequestId"))
                .as("request ID of %s", hostile.name())
                .isNotBlank();
        assertThat(response.body()).doesNotContain("\tat ", "Exception:");
        assertThat(state(server)).as("state after %s", hostile.name()).isEqualTo(before);
    }

    /** Seeds a published lens with one share and its invitation; returns every route aimed at them. */
    private List<Route> seedAndDescribeRoutes(EmulatorServer server) {
        String lensArn = new ControlClient(server).seedLens(Accounts.OWNER, "Hostile input lens", true);
        WellArchitectedClient owner = client(server, Accounts.OWNER);
        owner.createLensShare(
                r -> r.lensAlias(lensArn).sharedWith(Accounts.RECIPIENT).clientRequestToken("seed-share"));
        owner.tagResource(r -> r.workloadArn(lensArn).tags(Map.of("team", "platform")));
        return describeRoutes(server);
    }

    private List<Route> describeRoutes(EmulatorServer server) {
        JsonObject state = JsonParser.parseString(state(server)).getAsJsonObject();
        JsonObject share = state.getAsJsonArray("shares").get(0).getAsJsonObject();
        String lens = encode(share.get("lensArn").getAsString());
        String shareId = share.get("shareId").getAsString();
        String invitationId = client(server, Accounts.RECIPIENT)
                .listShareInvitations(r -> r.shareResourceType(ShareResourceType.LENS))
                .shareInvitationSummaries()
                .get(0)
                .shareInvitationId();
        return List.of(
                new Route(
                        "CreateLensShare",
                        "POST",
                        List.of("lenses", lens, "shares"),
                        "",
                        "{\"SharedWith\":\"" + Accounts.OTHER + "\",\"ClientRequestToken\":\"hostile-create\"}"),
                new Route(
                        "DeleteLensShare",
                        "DELETE",
                        List.of("lenses", lens, "shares", shareId),
                        "ClientRequestToken=hostile-delete",
                        null),
                new Route("ListLensShares", "GET", List.of("lenses", lens, "shares"), "MaxResults=10", null),
                new Route("ImportLens", "PUT", List.of("importLens"), "", importLensBody()),
                new Route(
                        "CreateLensVersion",
                        "POST",
                        List.of("lenses", lens, "versions"),
                        "",
                        "{\"LensVersion\":\"v9\",\"IsMajorVersion\":true,\"ClientRequestToken\":\"hostile-version\"}"),
                new Route("GetLens", "GET", List.of("lenses", lens), "", null),
                new Route("ListLenses", "GET", List.of("lenses"), "LensType=CUSTOM_SELF", null),
                new Route(
                        "DeleteLens",
                        "DELETE",
                        List.of("lenses", lens),
                        "ClientRequestToken=hostile-delete-lens&LensStatus=ALL",
                        null),
                new Route("ListShareInvitations", "GET", List.of("shareInvitations"), "ShareResourceType=LENS", null),
                new Route(
                        "UpdateShareInvitation",
                        "PATCH",
                        List.of("shareInvitations", invitationId),
                        "",
                        "{\"ShareInvitationAction\":\"ACCEPT\"}"),
                new Route("GetGlobalSettings", "GET", List.of("global-settings"), "", null),
                new Route(
                        "UpdateGlobalSettings",
                        "PATCH",
                        List.of("global-settings"),
                        "",
                        "{\"OrganizationSharingStatus\":\"ENABLED\"}"),
                new Route("TagResource", "POST", List.of("tags", lens), "", "{\"Tags\":{\"k\":\"v\"}}"),
                new Route("UntagResource", "DELETE", List.of("tags", lens), "tagKeys=team", null),
                new Route("ListTagsForResource", "GET", List.of("tags", lens), "", null));
    }

    private static String importLensBody() {
        JsonObject body = new JsonObject();
        body.addProperty("JSONString", LensJson.valid("Hostile import"));
        body.addProperty("ClientRequestToken", "hostile-import");
        return body.toString();
    }

    private WellArchitectedClient client(EmulatorServer server, String account) {
        WellArchitectedClient client;
        if (server != verifying) {
            client = Accounts.client(server, account);
        } else if (account.equals(Accounts.OWNER)) {
            client = Accounts.client(server, SIGNING_KEY, SIGNING_SECRET, Accounts.REGION);
        } else {
            client = Accounts.client(server, account, RECIPIENT_SECRET, Accounts.REGION);
        }
        closeables.add(client);
        return client;
    }

    private static String state(EmulatorServer server) {
        ControlClient.Reply reply = new ControlClient(server).get("state");
        assertThat(reply.status()).isEqualTo(200);
        // The clock reading moves on by itself; everything else must stay as it was.
        JsonObject state = reply.json();
        state.remove("now");
        return state.toString();
    }

    private static String sigV4(String accessKey, String signature) {
        Instant now = Instant.now();
        return "X-Amz-Date: "
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(ZoneOffset.UTC)
                        .format(now)
                + "\r\nAuthorization: AWS4-HMAC-SHA256 Credential=" + accessKey + "/"
                + DateTimeFormatter.ofPattern("yyyyMMdd")
                        .withZone(ZoneOffset.UTC)
                        .format(now)
                + "/us-east-1/wellarchitected/aws4_request, SignedHeaders=host;x-amz-date, Signature=" + signature
                + "\r\n";
    }

    private static String raw(String method, String target, String authorization, String body) {
        String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + authorization;
        if (body == null) {
            return head + "\r\n";
        }
        return head + "Content-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private static byte[] head(String method, String target, String authorization, int contentLength) {
        return (method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n" + authorization
                        + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String request) {
        return request.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = new byte[first.length + second.length];
        System.arraycopy(first, 0, joined, 0, first.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static String encode(String label) {
        return URLEncoder.encode(label, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
