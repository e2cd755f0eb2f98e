package io.redress.triage.repository;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Statements of the caller's transaction sent to PostgreSQL together and answered together: one network round trip
 * instead of one each. A batch of complaints waits for every round trip it makes, each a wait for PostgreSQL's
 * share of the same two cores, so fewer of them shorten the time a complaint spends inside triage. The statements
 * run in the order added, each seeing what those before it did and, in read committed, taking its snapshot when
 * it starts. Parameters are JDBC's {@code ?}. The statements bypass Hibernate's session: they must touch only what
 * the session does not hold changed.
 */
public final class RoundTrip {

    private record Statement(String sql, List<Object> parameters, Consumer<List<Object[]>> answer) {
    }

    private final List<Statement> statements = new ArrayList<>();

    public RoundTrip add(String sql, Object... parameters) {
        return add(sql, rows -> {
        }, parameters);
    }

    /**
     * A statement whose rows go to {@code answer} once every statement of the trip has been answered. An array meant
     * as one parameter must be cast to {@code Object}, or Java spreads it over the parameters: the count of
     * {@code ?} is checked against them.
     */
    public RoundTrip add(String sql, Consumer<List<Object[]>> answer, Object... parameters) {
        long placeholders = sql.chars().filter(c -> c == '?').count();
        if (placeholders != parameters.length) {
            throw new IllegalArgumentException(placeholders + " placeholders, " + parameters.length
                    + " parameters: " + sql);
        }
        statements.add(new Statement(sql, Arrays.asList(parameters), answer));
        return this;
    }

    /** Sends the statements on the transaction's connection, then hands each its rows (none for an update). */
    public void send(EntityManager db) {
        if (statements.isEmpty()) {
            return;
        }
        List<List<Object[]>> answers = db.unwrap(Session.class).doReturningWork(this::execute);
        for (int i = 0; i < statements.size(); i++) {
            statements.get(i).answer().accept(answers.get(i));
        }
    }

    private List<List<Object[]>> execute(Connection connection) throws SQLException {
        String sql = statements.stream().map(Statement::sql).collect(Collectors.joining(";\n"));
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int index = 1;
            for (Statement part : statements) {
                for (Object parameter : part.parameters()) {
                    bind(connection, statement, index++, parameter);
                }
            }
            List<List<Object[]>> answers = new ArrayList<>();
            boolean rows = statement.execute();
            while (rows || statement.getUpdateCount() != -1) {
                answers.add(rows ? read(statement.getResultSet()) : List.of());
                rows = statement.getMoreResults();
            }
            if (answers.size() != statements.size()) {
                throw new IllegalStateException(statements.size() + " statements sent, " + answers.size()
                        + " answered");
            }
            return answers;
        }
    }

    private static List<Object[]> read(ResultSet result) throws SQLException {
        try (result) {
            int columns = result.getMetaData().getColumnCount();
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                Object[] row = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = result.getObject(i + 1);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof UUID[] ids) {
            statement.setArray(index, array(connection, "uuid", ids));
        } else if (value instanceof String[] texts) {
            statement.setArray(index, array(connection, "text", texts));
        } else if (value instanceof Long[] numbers) {
            statement.setArray(index, array(connection, "int8", numbers));
        } else if (value instanceof Boolean[] truths) {
            statement.setArray(index, array(connection, "bool", truths));
        } else {
            statement.setObject(index, value);
        }
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
