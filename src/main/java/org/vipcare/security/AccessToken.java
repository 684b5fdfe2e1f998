package org.vipcare.security;

/** Answer of {@code POST /api/v1/auth/token}. */
public record AccessToken(String accessToken, long expiresIn, String tokenType) {
}
