package org.vipcare.customer.console;

import java.util.List;
import java.util.UUID;
import org.vipcare.customer.CustomerDto;

/**
 * The customer field of a console form as the page shows it ({@code {#customerPicker}}): the customer chosen, with
 * the label its search box shows, or the text typed and the customers it found to pick from (the way to choose
 * without script), or nothing yet.
 *
 * @param text what the search box shows: the chosen customer's label, or the text typed
 * @param id the chosen customer, null until one is
 * @param searched the text the matches were found for, null when nothing was searched
 * @param matches the customers {@code searched} found, at most {@link CustomerPicker#SUGGESTIONS}
 * @param tooLong the text is longer than a search may be
 */
public record CustomerChoice(String text, UUID id, String searched, List<CustomerDto> matches, boolean tooLong) {

    static final CustomerChoice NONE = new CustomerChoice("", null, null, List.of(), false);

    static CustomerChoice chosen(UUID id, String name, String externalRef) {
        return new CustomerChoice(label(name, externalRef), id, null, List.of(), false);
    }

    /** How a customer reads in a search box: its name, and its external reference when it has one. */
    public static String label(String name, String externalRef) {
        return externalRef == null || externalRef.isBlank() ? name : name + " · " + externalRef;
    }

    public boolean isChosen() {
        return id != null;
    }

    /** The only customer found, offered ticked: the user still confirms it by sending the form. */
    public boolean isOnlyMatch(CustomerDto c) {
        return matches.size() == 1 && matches.get(0).id().equals(c.id());
    }
}
