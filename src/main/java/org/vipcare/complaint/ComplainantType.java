package org.vipcare.complaint;

/** 抱怨的类型: 习惯型, 宣泄型, 秋菊型, 现实型 (SPEC 4). */
public enum ComplainantType {
    HABITUAL, VENTING, PERSISTENT, PRAGMATIC
}
