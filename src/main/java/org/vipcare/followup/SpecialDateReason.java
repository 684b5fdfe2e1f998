package org.vipcare.followup;

/** Why a SPECIAL_DATE call is made (SPEC 5): the customer's birthday or the anniversary of joining (入网周年). */
public enum SpecialDateReason {
    BIRTHDAY, ANNIVERSARY
}
