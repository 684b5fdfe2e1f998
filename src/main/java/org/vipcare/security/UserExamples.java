package org.vipcare.security;

/** Request and response examples shown in OpenAPI; each is valid against its own schema. */
final class UserExamples {

    static final String USER = """
            {"id":"3d2e1f00-4a5b-4c6d-8e7f-9a0b1c2d3e4f","username":"agent1","displayName":"王芳","roles":["AGENT"],
             "department":"Customer care","star":4,"language":"zh-CN","enabled":true,
             "createdAt":"2026-01-05T01:00:00Z","version":2}""";

    static final String CREATE = """
            {"username":"agent2","displayName":"刘洋","password":"change-me-2026","roles":["AGENT"],
             "department":"Customer care","star":3,"language":"zh-CN"}""";

    static final String UPDATE = """
            {"displayName":"刘洋","password":null,"roles":["AGENT","SUPERVISOR"],"department":"Customer care","star":4,
             "language":"zh-CN","enabled":true}""";

    private UserExamples() {
    }
}
