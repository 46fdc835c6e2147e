package vn.congvu.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the database: an external PostgreSQL when {@code CONGVU_DB_URL} is set, otherwise the embedded one. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CongvuProperties.class)
class DatabaseConfiguration {

	@Bean(destroyMethod = "close")
	DataSource dataSource(CongvuProperties properties, DatabaseHolder holder,
			@org.springframework.beans.factory.annotation.Value("${congvu.db-read-url:}") String readUrl,
			@org.springframework.beans.factory.annotation.Value("${congvu.db-read-max-lag-seconds:30}") double maxLag) {
		DataSource primary = primary(properties, holder);
		if (readUrl.isBlank() || properties.embeddedDatabase()) {
			return primary;
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("congvu-read");
		config.setMaximumPoolSize(20);
		config.setConnectionTimeout(1_000); // a replica away costs a read one second, then is left alone a while
		config.setValidationTimeout(1_000);
		config.setInitializationFailTimeout(-1); // Congvu starts while its replica is away
		config.setReadOnly(true);
		config.setJdbcUrl(readUrl);
		config.setUsername(properties.dbUser());
		config.setPassword(properties.dbPassword());
		return ReplicaReads.routing(primary, new HikariDataSource(config), maxLag);
	}

	/** Read-your-writes for the replica: registered only when one is configured. */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<ReplicaReads.ReadYourWrites> readYourWrites(
			@org.springframework.beans.factory.annotation.Value("${congvu.db-read-url:}") String readUrl) {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
				new ReplicaReads.ReadYourWrites());
		registration.setEnabled(!readUrl.isBlank());
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 4);
		return registration;
	}

	private static DataSource primary(CongvuProperties properties, DatabaseHolder holder) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("congvu");
		config.setMaximumPoolSize(20);
		// Fail fast when the database is unreachable, so callers get a 503 with Retry-After instead of a long hang.
		config.setConnectionTimeout(3_000);
		config.setValidationTimeout(2_000);
		config.setInitializationFailTimeout(30_000);
		if (properties.embeddedDatabase()) {
			config.setJdbcUrl(holder.embedded(properties.dataDir()).jdbcUrl());
		}
		else {
			config.setJdbcUrl(properties.dbUrl());
			config.setUsername(properties.dbUser());
			config.setPassword(properties.dbPassword());
		}
		return new FailFastDataSource(new HikariDataSource(config));
	}

	/**
	 * With the embedded server, the migrations run as the role that owns the schemas, and the application's own
	 * role is granted the rows afterwards; with an external server, as the configured user.
	 */
	@Bean
	org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer migrationsAsOwner(
			CongvuProperties properties, DatabaseHolder holder) {
		return configuration -> {
			if (properties.embeddedDatabase()) {
				configuration.dataSource(holder.embedded(properties.dataDir()).ownerJdbcUrl(), null, null);
				java.util.Map<String, String> placeholders = new java.util.HashMap<>(configuration.getPlaceholders());
				placeholders.put("applicationRole", EmbeddedDatabaseSecrets.APPLICATION_ROLE);
				configuration.placeholders(placeholders);
			}
		};
	}

	@Bean(destroyMethod = "close")
	DatabaseHolder databaseHolder() {
		return new DatabaseHolder();
	}

	/** Owns the embedded server so that it stops after the connection pool has closed. */
	static final class DatabaseHolder implements AutoCloseable {

		private EmbeddedDatabase embedded;

		synchronized EmbeddedDatabase embedded(java.nio.file.Path dataDir) {
			if (embedded == null) {
				embedded = EmbeddedDatabase.start(dataDir);
			}
			return embedded;
		}

		/** The embedded server, once started; {@code null} with an external database. */
		synchronized @org.jspecify.annotations.Nullable EmbeddedDatabase current() {
			return embedded;
		}

		@Override
		public synchronized void close() throws Exception {
			if (embedded != null) {
				embedded.close();
			}
		}
	}
}
