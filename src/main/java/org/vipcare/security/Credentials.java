package org.vipcare.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/token}. */
public record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 200) String password) {
}
