package io.redress.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Counts rows straight from the database, so tests see what was really stored. */
@ApplicationScoped
public class Rows {

    private final EntityManager db;

    Rows(EntityManager db) {
        this.db = db;
    }

    /** Rows of {@code table} whose {@code column} equals {@code value}; table and column come from the test itself. */
    public long count(String table, String column, Object value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) db
                .createNativeQuery("select count(*) from " + table + " where " + column + " = :value")
                .setParameter("value", value).getSingleResult()).longValue());
    }

    public Object single(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> db.createNativeQuery(sql)
                .setParameter("p", parameter).getSingleResult());
    }
}
