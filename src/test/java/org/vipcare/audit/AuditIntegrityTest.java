package org.vipcare.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The service's own database connection cannot undo the audit trail: it runs as a role that owns nothing, so the
 * append-only trigger is out of its reach and the table grants it only reading and appending.
 */
@QuarkusTest
class AuditIntegrityTest {

    /** PostgreSQL's insufficient_privilege: refused for the role, before any trigger could speak. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.username")
    String serviceRole;

    @ConfigProperty(name = "quarkus.flyway.username")
    String migrationRole;

    /** Dev Services (Docker) give one role only; everywhere local-postgres.sh found PostgreSQL, there are two. */
    static void requireSeparateRoles() throws IOException {
        Path found = Path.of("target", "local-postgres.properties");
        Properties properties = new Properties();
        if (Files.exists(found)) {
            try (Reader reader = Files.newBufferedReader(found)) {
                properties.load(reader);
            }
        }
        Assumptions.assumeTrue(properties.getProperty("%test.quarkus.datasource.jdbc.url") != null,
                "Dev Services: the service and Flyway share the container's one role");
    }

    @Test
    void theServiceRoleIsNotTheOwnerNorASuperuser() throws Exception {
        requireSeparateRoles();
        assertNotEquals(migrationRole, serviceRole);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        select current_user, r.rolsuper, r.rolcreaterole, r.rolbypassrls,
                               (select count(*) from pg_class c where c.relowner = r.oid),
                               (select pg_get_userbyid(c.relowner) from pg_class c where c.relname = 'audit_entry')
                          from pg_roles r where r.rolname = current_user""")) {
            row.next();
            assertEquals(serviceRole, row.getString(1));
            assertEquals(false, row.getBoolean(2), "superuser");
            assertEquals(false, row.getBoolean(3), "createrole");
            assertEquals(false, row.getBoolean(4), "bypassrls");
            assertEquals(0, row.getLong(5), "relations owned by the service role");
            assertEquals(migrationRole, row.getString(6));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "alter table audit_entry disable trigger audit_entry_append_only",
            "alter table audit_entry disable trigger all",
            "drop trigger audit_entry_append_only on audit_entry",
            "create or replace function audit_entry_is_append_only() returns trigger language plpgsql as "
                    + "'begin return old; end'",
            "delete from audit_entry",
            "update audit_entry set detail = 'rewritten'",
            "truncate audit_entry",
            "drop table audit_entry",
            "alter table audit_entry owner to current_user",
            "set session_replication_role = replica" })
    void noStatementOnTheServiceConnectionTouchesTheTrail(String sql) throws Exception {
        requireSeparateRoles();
        long before = entries();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql));
            assertEquals(INSUFFICIENT_PRIVILEGE, refused.getSQLState(), refused.getMessage());
        }
        assertEquals(before, entries());
    }

    @Test
    void theServiceStillAppendsAndReads() throws Exception {
        requireSeparateRoles();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("insert into audit_entry (at, actor, action, detail) values (now(), 'integrity-test', "
                    + "'EXPORT', 'appended by the service role')");
            try (ResultSet row = statement.executeQuery(
                    "select detail from audit_entry where actor = 'integrity-test' order by id desc limit 1")) {
                row.next();
                assertNotNull(row.getString(1));
            }
        }
    }

    private long entries() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select count(*) from audit_entry")) {
            row.next();
            return row.getLong(1);
        }
    }
}
