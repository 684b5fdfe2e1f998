package org.vipcare.followup;

/** How a call went (SPEC 5): 成功, 无人接听, 占线, 没时间, 失败. Only REACHED ends the task. */
public enum FollowUpOutcome {
    REACHED, NO_ANSWER, BUSY, NO_TIME, FAILED
}
