package io.redress.triage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Holds a complaint's advisory lock, as triage's own transactions take it, on a connection of its own until
 * closed: the placer and the consumers leave the complaint alone meanwhile.
 */
public final class ComplaintLockHolder implements AutoCloseable {

    private final Connection holder;

    public ComplaintLockHolder(DataSource dataSource, UUID complaintId) throws SQLException {
        holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, complaintId.toString());
            lock.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        holder.rollback();
        holder.close();
    }
}
