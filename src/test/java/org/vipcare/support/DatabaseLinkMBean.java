package org.vipcare.support;

/** What a test may do with the {@link DatabaseLink}, reached through the platform MBean server from any class loader. */
public interface DatabaseLinkMBean {

    int getPort();

    void cut();

    void restore();
}
