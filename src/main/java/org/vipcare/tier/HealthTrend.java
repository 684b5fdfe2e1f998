package org.vipcare.tier;

/** How the health score moved since the previous evaluation: by 5 or more up or down, else FLAT. */
public enum HealthTrend {
    UP, FLAT, DOWN
}
