package org.vipcare.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/v1/users/{id}}; a password is changed only when one is given. */
@Schema(examples = UserExamples.UPDATE)
public record UserUpdate(
        @NotBlank @Size(max = 200) String displayName,
        @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
        @NotEmpty Set<Role> roles,
        @Size(max = 100) String department,
        @Min(1) @Max(5) Short star,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language,
        @NotNull Boolean enabled) {
}
