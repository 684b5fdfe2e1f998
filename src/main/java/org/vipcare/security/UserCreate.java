package org.vipcare.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/users}. */
@Schema(examples = UserExamples.CREATE)
public record UserCreate(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+",
                message = "may contain letters, digits and . _ @ - only") String username,
        @NotBlank @Size(max = 200) String displayName,
        @NotBlank @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
        @NotEmpty Set<Role> roles,
        @Size(max = 100) String department,
        @Min(1) @Max(5) Short star,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String language) {
}
