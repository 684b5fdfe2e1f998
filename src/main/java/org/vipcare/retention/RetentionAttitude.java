package org.vipcare.retention;

/** How the customer behaves while probed: HOSTILE 敌对型 refuses and is impatient, NUMB 麻木型 is mild but silent. */
public enum RetentionAttitude {
    COOPERATIVE, HOSTILE, NUMB
}
