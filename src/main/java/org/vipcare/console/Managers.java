package org.vipcare.console;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.vipcare.security.UserService;

/** The people a customer can be assigned to (agents and supervisors): names for the list, choices for the picker. */
public final class Managers {

    public record Choice(UUID id, String name) {
    }

    private final List<Choice> choices;
    private final Map<UUID, String> names;

    private Managers(List<Choice> choices) {
        this.choices = choices;
        this.names = choices.stream().collect(Collectors.toMap(Choice::id, Choice::name, (a, b) -> a));
    }

    public static Managers load(UserService users) {
        return new Managers(users.workOwners().stream().map(u -> new Choice(u.id, u.displayName))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
    }

    public List<Choice> choices() {
        return choices;
    }

    /** The manager's name, or null when unassigned or no longer an enabled manager. */
    public String nameOf(UUID id) {
        return id == null ? null : names.get(id);
    }
}
