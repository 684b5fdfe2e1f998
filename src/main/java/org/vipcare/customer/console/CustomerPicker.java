package org.vipcare.customer.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.vipcare.common.StorableInput;
import org.vipcare.common.Text;
import org.vipcare.console.ConsoleContext;
import org.vipcare.customer.Customer;
import org.vipcare.customer.CustomerDto;
import org.vipcare.customer.CustomerInput;
import org.vipcare.customer.CustomerService;

/**
 * Finds the customer a console user means from what they type: a name or part of one, a phone number (a part of one
 * only for customers whose phones the user sees in full) or an external reference. It serves the search boxes'
 * suggestions, the caller box and the customer field of forms, all through {@link CustomerService#lookUp}: the
 * customer list's own search, masking and audit, without its count.
 */
@ApplicationScoped
public class CustomerPicker {

    /** Suggestions shown at once: enough to tell apart the few a caller could be, cheap at a million customers. */
    public static final int SUGGESTIONS = 8;
    /** Longer text is no name, number or reference anyone types. */
    public static final int MAX_LENGTH = 100;

    /** Spaces, dashes, dots and brackets people write between the digits of a number. */
    private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[ ().\\-]");
    private static final Pattern MOBILE = Pattern.compile(CustomerInput.MOBILE);

    private final CustomerService customers;
    private final ConsoleContext console;

    public CustomerPicker(CustomerService customers, ConsoleContext console) {
        this.customers = customers;
        this.console = console;
    }

    /** The customers {@code text} finds, newest first; none for blank or over-long text, or text no name holds. */
    public List<CustomerDto> find(String text, String endpoint) {
        String q = query(text);
        return q == null || q.length() > MAX_LENGTH || StorableInput.hasNul(q) ? List.of()
                : customers.lookUp(q, SUGGESTIONS, endpoint);
    }

    /**
     * The text as the search reads it: trimmed, and a mobile number written "139 1234 5678" read as stored (mobiles are
     * stored as bare digits; landlines as entered, so those are searched as typed).
     */
    static String query(String text) {
        String q = Text.trimToNull(text);
        if (q != null) {
            String digits = NUMBER_SEPARATORS.matcher(q).replaceAll("");
            if (!digits.equals(q) && MOBILE.matcher(digits).matches()) {
                return digits;
            }
        }
        return q;
    }

    static boolean tooLong(String text) {
        String q = query(text);
        return q != null && q.length() > MAX_LENGTH;
    }

    /** The field of a form opened for a given customer (from its page), or empty when the id names nobody. */
    public CustomerChoice preset(String customerId) {
        return live(customerId).map(c -> CustomerChoice.chosen(c.id, c.name, c.externalRef))
                .orElse(CustomerChoice.NONE);
    }

    /**
     * The field as a form sent it. The id sent counts while the search box still shows that customer's label, is
     * empty, or shows the text its matches were found for (a match picked without script); other text is a new
     * search, whose matches the form offers to pick from.
     */
    public CustomerChoice submitted(String text, String customerId, String searched, String endpoint) {
        String typed = Text.trimToNull(text);
        var chosen = live(customerId);
        if (chosen.isPresent()) {
            Customer c = chosen.get();
            String label = CustomerChoice.label(c.name, c.externalRef);
            if (typed == null || typed.equals(label) || typed.equals(Text.trimToNull(searched))) {
                return CustomerChoice.chosen(c.id, c.name, c.externalRef);
            }
        }
        if (typed == null) {
            return CustomerChoice.NONE;
        }
        if (tooLong(typed)) {
            return new CustomerChoice(typed, null, null, List.of(), true);
        }
        return new CustomerChoice(typed, null, typed, find(typed, endpoint), false);
    }

    /** Why the field does not name a customer yet, in the user's language; null once it does. */
    public String problem(CustomerChoice choice) {
        CustomerMessages messages = MessageBundles.get(CustomerMessages.class,
                Localized.Literal.of(console.languageTag()));
        if (choice.isChosen()) {
            return null;
        }
        if (choice.tooLong()) {
            return messages.picker_too_long(MAX_LENGTH);
        }
        if (choice.searched() == null) {
            return messages.picker_required();
        }
        return choice.matches().isEmpty() ? messages.picker_none(choice.searched()) : messages.picker_pick_one();
    }

    private static Optional<Customer> live(String customerId) {
        if (Text.trimToNull(customerId) == null) {
            return Optional.empty();
        }
        try {
            return Customer.findLive(UUID.fromString(customerId.trim()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
