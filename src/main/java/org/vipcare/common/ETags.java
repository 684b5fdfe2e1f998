package org.vipcare.common;

import jakarta.ws.rs.core.EntityTag;

/** Versions travel as strong ETags ({@code "3"}); writes must name the version they were based on. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses a write without If-Match (428) or based on another version (412). Hibernate would not notice a
     * stale version set on an already-loaded entity, so the comparison is made here.
     */
    public static void requireMatch(String ifMatch, long currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, "common.if-match-required",
                    "Send If-Match with the ETag of the " + what + " you read.");
        }
        String expected = Long.toString(currentVersion);
        if (matches(ifMatch, expected)) {
            return;
        }
        throw new ProblemException(ProblemType.PRECONDITION_FAILED, "common.stale-version",
                "The " + what + " was changed by someone else; it is now at version " + expected + ".");
    }

    /**
     * Whether a list of entity tags ({@code If-Match}, {@code If-None-Match}) names {@code opaque} or is {@code *}.
     * The comparison is weak (RFC 9110, 8.8.3.2): a {@code W/} prefix does not count, as our tags name versions.
     */
    public static boolean matches(String header, String opaque) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.replace("\"", "").equals(opaque)) {
                return true;
            }
        }
        return false;
    }
}
