package org.vipcare.retention;

/**
 * The four ways to reach agreement (达成共识), which are also the kinds of offer: DIRECT 直接建议, COMPENSATION
 * 优点补偿, PROMOTION 促销运用, TARIFF_CHANGE 资费转换.
 */
public enum RetentionMethod {
    DIRECT, COMPENSATION, PROMOTION, TARIFF_CHANGE
}
