package org.vipcare.security;

import io.quarkus.runtime.annotations.RegisterForReflection;
/** Answer of {@code POST /api/v1/auth/token}. */
@RegisterForReflection
public record AccessToken(String accessToken, long expiresIn, String tokenType) {
}
