package org.vipcare.security;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An API session as its user and admins see it: one per sign-in, kept alive by refreshes. */
@RegisterForReflection
@Schema(name = "RefreshSession", description = "A signed-in API session (a refresh-token family).", examples = """
        {"id": "0b7c4c0e-5a52-4d43-9a53-2f7d8c1e6b10", "createdAt": "2026-12-01T08:00:00Z",
         "lastUsedAt": "2026-12-03T07:31:12Z", "expiresAt": "2027-01-02T07:31:12Z", "clientAddress": "203.0.113.7",
         "userAgent": "VipCareMobile/2.1 (Android 14)"}""")
public record RefreshSessionDto(
        @Schema(required = true, description = "Session id, for DELETE .../sessions/{sessionId}",
                examples = "0b7c4c0e-5a52-4d43-9a53-2f7d8c1e6b10") UUID id,
        @Schema(required = true, description = "When the user signed in", examples = "2026-12-01T08:00:00Z")
        Instant createdAt,
        @Schema(required = true, description = "When the session last got tokens: the sign-in or the latest refresh",
                examples = "2026-12-03T07:31:12Z")
        Instant lastUsedAt,
        @Schema(required = true, description = "When the current refresh token expires unless used",
                examples = "2027-01-02T07:31:12Z") Instant expiresAt,
        @Schema(required = true, description = "Client address of the latest sign-in or refresh",
                examples = "203.0.113.7")
        String clientAddress,
        @Schema(description = "User-Agent of the latest sign-in or refresh",
                examples = "VipCareMobile/2.1 (Android 14)") String userAgent) {

    static RefreshSessionDto from(RefreshToken live) {
        return new RefreshSessionDto(live.familyId, live.familyStartedAt, live.createdAt, live.expiresAt,
                live.clientAddress, live.userAgent);
    }
}
