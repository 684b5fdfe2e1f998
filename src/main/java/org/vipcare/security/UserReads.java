package org.vipcare.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A user as {@code GET /users/me} shows it (issue 16): one statement, one row, no entity or transaction, like
 * {@code customer.CustomerReads}. UserReadsTest checks that it equals {@link UserDto#from} of the entity.
 */
@ApplicationScoped
public class UserReads {

    private static final String ONE = "select id, username, display_name, roles, department, star, language,"
            + " enabled, created_at, version from app_user where id = ?";
    private static final RoleSetConverter ROLES = new RoleSetConverter();

    private final DataSource db;

    public UserReads(DataSource db) {
        this.db = db;
    }

    public Optional<UserDto> find(UUID id) {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = connection.prepareStatement(ONE)) {
            statement.setObject(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        } catch (SQLException e) {
            // As Hibernate would: the error mapper answers 503 for an outage found in the cause chain.
            throw new PersistenceException("Reading user " + id, e);
        }
    }

    private static UserDto read(ResultSet row) throws SQLException {
        Short star = row.getObject(6, Short.class);
        return new UserDto(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                ROLES.convertToEntityAttribute(row.getString(4)), row.getString(5), star, row.getString(7),
                row.getBoolean(8), row.getObject(9, OffsetDateTime.class).toInstant(), row.getLong(10));
    }
}
