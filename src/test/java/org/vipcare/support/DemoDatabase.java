package org.vipcare.support;

import java.util.HashMap;
import java.util.Map;

/** The demo book of dev mode, loaded at start into an empty database of its own, {@code vipcare_demo_test_<id>}. */
public class DemoDatabase extends IsolatedDatabase {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.put("vipcare.demo-book", "true");
        return overrides;
    }

    @Override
    protected String database() {
        return "vipcare_demo_test";
    }
}
