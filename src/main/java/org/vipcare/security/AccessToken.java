package org.vipcare.security;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /api/v1/auth/token} and {@code POST /api/v1/auth/refresh}. */
@RegisterForReflection
public record AccessToken(
        @Schema(required = true, description = "Bearer token for the Authorization header") String accessToken,
        @Schema(required = true, description = "Seconds the access token is valid") long expiresIn,
        @Schema(required = true, description = "Single-use token for POST /api/v1/auth/refresh; keep it secret")
        String refreshToken,
        @Schema(required = true, description = "Seconds the refresh token is valid") long refreshExpiresIn,
        @Schema(required = true, examples = "Bearer") String tokenType) {
}
