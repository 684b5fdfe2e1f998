package org.vipcare.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/auth/refresh} and {@code POST /api/v1/auth/logout}. */
public record RefreshRequest(
        @Schema(required = true, examples = "kq3Yd0m1m0nS3eYqQ0n9vY8b2xZ1aQ4cT7wE5rU6iO8")
        @NotBlank @Size(max = 200) String refreshToken) {
}
