package org.vipcare.security;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of {@code POST /api/v1/auth/token}. */
@RegisterForReflection
@Schema(examples = """
        {"accessToken": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhZ2VudDEifQ.c2lnbmF0dXJl",
         "expiresIn": 1800, "tokenType": "Bearer"}""")
public record AccessToken(String accessToken, long expiresIn, String tokenType) {
}
