package org.vipcare.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.vipcare.common.ProblemException;
import org.vipcare.common.VipCareConfig;

/**
 * Where a webhook may point: an absolute https URL (http too where {@code vipcare.webhooks.allow-http}) whose host
 * resolves only to public addresses, unless {@code vipcare.webhooks.allow-private}. Checked when a webhook is
 * registered and again before every try, since a name can be pointed elsewhere after registration. Keeps the service
 * from being turned into a probe of its own network (SSRF); redirects are not followed either (WebhookSender).
 */
@ApplicationScoped
public class WebhookAddresses {

    private final boolean allowHttp;
    private final boolean allowPrivate;

    @Inject
    public WebhookAddresses(VipCareConfig config) {
        this(config.webhooks().allowHttp(), config.webhooks().allowPrivate());
    }

    WebhookAddresses(boolean allowHttp, boolean allowPrivate) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
    }

    /** Refuses a URL a webhook may not have, with a 400 naming {@code url}. */
    public URI requireAllowed(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.invalid("url", "webhook.url.invalid", "must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
                || !(scheme.equals("https") || scheme.equals("http"))) {
            throw ProblemException.invalid("url", "webhook.url.invalid",
                    "must be an absolute http(s) URL with a host, without user info or fragment");
        }
        if (scheme.equals("http") && !allowHttp) {
            throw ProblemException.invalid("url", "webhook.url.not-https", "must use https");
        }
        refusal(uri.getHost()).ifPresent(reason -> {
            throw ProblemException.invalid("url", reason.code, reason.message);
        });
        return uri;
    }

    /** Why a delivery to {@code host} must not be made now; empty when it may. */
    public Optional<String> refusalBeforeDelivery(String host) {
        return refusal(host).map(reason -> reason.message);
    }

    record Refusal(String code, String message) {
    }

    private Optional<Refusal> refusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of(new Refusal("webhook.url.unresolvable", "its host does not resolve"));
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                return Optional.of(new Refusal("webhook.url.private-address",
                        "its host resolves to a loopback, private, link-local or multicast address"));
            }
        }
        return Optional.empty();
    }

    /** Loopback, unspecified, private, shared (CGNAT), link-local, unique-local, multicast or reserved. */
    static boolean isPrivate(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7 unique-local; ::ffff:0:0/96 IPv4-mapped, judged by its IPv4 address
            if ((b[0] & 0xfe) == 0xfc) {
                return true;
            }
            boolean mapped = true;
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPrivate(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this network"
                || (first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 shared address space
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0.0/24 protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // 198.18.0.0/15 benchmarking
                || first >= 240; // 240.0.0.0/4 reserved, and broadcast
    }
}
