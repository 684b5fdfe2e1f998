package org.vipcare.visit;

/** What the visit list filters by: a stored status, or OVERDUE (PLANNED with plannedAt in the past). */
public enum VisitState {
    PLANNED, OVERDUE, DONE, CANCELLED
}
