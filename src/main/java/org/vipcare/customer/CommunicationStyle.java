package org.vipcare.customer;

/** 表达型 expressive, 支配型 driver, 和蔼型 amiable, 分析型 analytical. */
public enum CommunicationStyle {
    EXPRESSIVE, DRIVER, AMIABLE, ANALYTICAL
}
