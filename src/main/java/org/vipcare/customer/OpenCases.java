package org.vipcare.customer;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Which customers already have an open retention case, answered by the feature that keeps the cases, so that the
 * customer pages can link a WATCH customer's case without the customer book knowing that feature.
 */
public interface OpenCases {

    /** For those of {@code customerIds} with an open case the caller may read: customer id to case id. */
    Map<UUID, UUID> openRetentionCases(Collection<UUID> customerIds);
}
