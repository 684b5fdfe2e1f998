package org.vipcare.customer.console;

import java.util.List;
import java.util.UUID;

/**
 * A feature with open work about customers (complaints, calls, retention cases), asked by the customer page. Like
 * {@link org.vipcare.customer.TimelineSource} it is implemented in each feature, so that the customer book needs none
 * of them; each answers only what the caller may read.
 */
public interface OpenWorkSource {

    /** Where this source's rows go on the page: lower first. */
    int order();

    /** The customer's open work of this source, the most urgent first, at most {@code limit}. */
    List<OpenWork> openFor(UUID customerId, int limit);
}
