package org.vipcare.security;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /api/v1/auth/token} and {@code POST /api/v1/auth/refresh}. */
@RegisterForReflection
@Schema(examples = """
        {"accessToken": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZ2VudDEifQ.c2lnbmF0dXJl",
         "expiresIn": 1800, "refreshToken": "q3J0bW9iaWxlLXJlZnJlc2gtdG9rZW4tZXhhbXBsZQ",
         "refreshExpiresIn": 2592000, "tokenType": "Bearer"}""")
public record AccessToken(
        @Schema(required = true, description = "Bearer token for the Authorization header") String accessToken,
        @Schema(required = true, description = "Seconds the access token is valid") long expiresIn,
        @Schema(required = true, description = "Single-use token for POST /api/v1/auth/refresh; keep it secret")
        String refreshToken,
        @Schema(required = true, description = "Seconds the refresh token is valid") long refreshExpiresIn,
        @Schema(required = true, examples = "Bearer") String tokenType) {
}
