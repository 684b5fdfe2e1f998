package org.vipcare.security;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@RegisterForReflection
@Schema(examples = UserExamples.USER)
public record UserDto(UUID id, String username, String displayName, Set<Role> roles, String department, Short star,
        String language, boolean enabled, Instant createdAt, long version) {

    public static UserDto from(User u) {
        return new UserDto(u.id, u.username, u.displayName, Set.copyOf(u.roles), u.department, u.star, u.language,
                u.enabled, u.createdAt, u.version);
    }
}
