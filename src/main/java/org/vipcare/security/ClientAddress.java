package org.vipcare.security;

import io.vertx.core.http.HttpServerRequest;

/**
 * The caller's address as the service trusts it: the peer, or the X-Forwarded-For client when the peer is one of
 * {@code quarkus.http.proxy.trusted-proxies} (Quarkus rewrites the remote address only then).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request == null || request.remoteAddress() == null ? "unknown" : request.remoteAddress().host();
    }
}
