package org.vipcare.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/users/me/password}. */
public record PasswordChange(
        @Schema(required = true, examples = "the-one-I-have-now") @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH)
        String currentPassword,
        @Schema(required = true, description = "At least 12 characters and not easy to guess (no common passwords, "
                + "keyboard runs or the user's own name)", examples = "orchid lantern harbour ferry")
        @NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String newPassword) {
}
