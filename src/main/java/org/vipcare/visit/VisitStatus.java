package org.vipcare.visit;

/**
 * A visit's stored state: PLANNED until it is recorded (DONE) or called off (CANCELLED); both are final. OVERDUE is
 * not a state but a PLANNED visit whose plannedAt has passed ({@link VisitState}).
 */
public enum VisitStatus {
    PLANNED, DONE, CANCELLED
}
