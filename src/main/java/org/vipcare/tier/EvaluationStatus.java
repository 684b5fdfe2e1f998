package org.vipcare.tier;

public enum EvaluationStatus {
    RUNNING, DONE, FAILED
}
