package io.redress.intake.repository;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Migrations lock out other replicas with a session-level lock instead of Flyway's default transaction-level one,
 * whose open transaction a {@code create index concurrently} waits for without end (flyway/flyway#3508): V3
 * builds an index that way so consumers keep writing meanwhile.
 */
@Singleton
public class MigrationLock implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
    }
}
