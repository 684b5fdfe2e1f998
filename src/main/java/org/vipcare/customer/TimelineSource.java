package org.vipcare.customer;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * The feature whose objects stand behind one kind of timeline entry (a complaint, a retention case, a follow-up),
 * answering with its own object-level read rule which of them the caller may read. The timeline shows the others as
 * kind and time only. Implemented in each feature, so that the customer book needs none of them.
 */
public interface TimelineSource {

    TimelineKind kind();

    /** Those of {@code ids} the current caller may read; unknown ids are not readable. */
    Set<UUID> readable(Collection<UUID> ids);
}
