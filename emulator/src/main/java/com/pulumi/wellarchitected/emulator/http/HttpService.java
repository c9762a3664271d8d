package com.pulumi.wellarchitected.emulator.http;

/** What answers the requests an {@link HttpListener} reads. */
public interface HttpService {
    HttpResponse handle(HttpRequest request);

    /** The answer to bytes that are not a usable HTTP request; the connection is closed after it. */
    HttpResponse malformed(String problem);

    /** The answer when the server has no room for another connection; the connection is closed after it. */
    HttpResponse overloaded();
}
