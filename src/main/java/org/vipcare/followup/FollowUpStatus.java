package org.vipcare.followup;

public enum FollowUpStatus {
    OPEN, DONE, GAVE_UP
}
