package org.vipcare.customer.console;


import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.vipcare.common.PageRequest;
import org.vipcare.common.ProblemException;
import org.vipcare.common.ProblemType;
import org.vipcare.console.ConsoleContext;
import org.vipcare.customer.CustomerDto;
import org.vipcare.customer.CustomerService;
import org.vipcare.customer.CustomerTimeline;
import org.vipcare.customer.TimelineEvent;
import org.vipcare.security.CurrentUser;

/**
 * Feeds the call context tag on every page where a call is made (complaint, follow-up, retention case):
 * {@code {#callContext ctx=inject:callContext.of(customerId, workOwnerId) /}}. Asked by the template so that each
 * page passes only whose work the call is. The customer has no zone of its own: local time is the business zone's.
 */
@Named("callContext")
@RequestScoped
public class CallContexts {

    static final int RECENT = 3;

    private final CustomerService customers;
    private final CustomerTimeline timeline;
    private final CurrentUser caller;
    private final ConsoleContext console;
    private final Clock clock;
    private final CurrentVertxRequest request;
    private final TimelineWordings wordings;

    public CallContexts(CustomerService customers, CustomerTimeline timeline, CurrentUser caller,
            ConsoleContext console, Clock clock, CurrentVertxRequest request, TimelineWordings wordings) {
        this.request = request;
        this.wordings = wordings;
        this.customers = customers;
        this.timeline = timeline;
        this.caller = caller;
        this.console = console;
        this.clock = clock;
    }

    /**
     * The context for calling {@code customerId} about work owned by {@code workOwnerId} (null when nobody's); null
     * when the customer was erased, so the page shows no numbers at all.
     */
    public CallContext of(UUID customerId, UUID workOwnerId) {
        CustomerDto customer;
        try {
            customer = customers.readForCall(customerId, workOwnerId != null && workOwnerId.equals(caller.id()),
                    endpoint());
        } catch (ProblemException gone) {
            if (gone.type != ProblemType.NOT_FOUND) {
                throw gone;
            }
            return null;
        }
        List<CallContext.Phone> phones = new ArrayList<>();
        if (customer.phones() != null) {
            add(phones, "mobile", customer.phones().mobile(), customer.masked());
            add(phones, "office", customer.phones().office(), customer.masked());
            add(phones, "home", customer.phones().home(), customer.masked());
        }
        List<TimelineEvent> recent = timeline.of(customerId, PageRequest.of(0, RECENT, null)).items();
        Map<TimelineEvent, String> words = new HashMap<>();
        recent.forEach(e -> words.put(e, wordings.line(e, console.languageTag())));
        ZoneId zone = console.zone();
        LocalTime now = LocalTime.now(clock.withZone(zone)).truncatedTo(ChronoUnit.MINUTES);
        var window = customer.preferredContactWindow();
        return new CallContext(customer.id(), customer.name(), phones, customer.masked(),
                customer.preferredChannel(), window == null ? null : window.from(), window == null ? null : window.to(),
                now, zone.getId(), recent, words);
    }

    /** The request the page answers, as the audit names endpoints. */
    private String endpoint() {
        RoutingContext routing = request.getCurrent();
        return routing == null ? "console" : routing.request().method() + " " + routing.normalizedPath();
    }

    private static void add(List<CallContext.Phone> phones, String kind, String number, boolean masked) {
        if (number != null && !number.isBlank()) {
            phones.add(CallContext.Phone.of(kind, number, masked));
        }
    }
}
