package org.vipcare.complaint;

import java.util.Optional;
import java.util.UUID;

/**
 * Finds a complaint's verification call (跟踪核实), which the follow-up feature keeps: a refusal to close names it, and
 * the console links it. Follow-ups depend on complaints, not the other way round, hence this interface.
 */
public interface VerificationCalls {

    /** The latest verification call of the complaint, if one was made. */
    Optional<UUID> latestOf(UUID complaintId);
}
