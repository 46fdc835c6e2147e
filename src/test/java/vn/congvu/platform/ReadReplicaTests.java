package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.congvu.Application;

/**
 * Two real PostgreSQL servers started here, a primary and a standby made from it with {@code pg_basebackup -R}:
 * with {@code CONGVU_DB_READ_URL} naming the standby, read-only transactions run there and everything else on the
 * primary; a request that wrote reads its own write on the primary; a standby whose replay is paused falls more than
 * the allowed second behind and its reads go to the primary until it catches up; with the standby stopped, reads fall
 * back to the primary (a read caught on a connection the stop broke answers "try again", as in any outage).
 */
class ReadReplicaTests {

	@Test
	void readOnlyTransactionsRunOnTheStandbyAndFallBackToThePrimary() throws Exception {
		try (ThrowawayPostgres primary = ThrowawayPostgres.primary("The read replica test");
				ThrowawayPostgres standby = primary.standby()) {
			Path dataDir = Files.createTempDirectory("congvu-replica-data");
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
					"--server.port=0", "--congvu.db-url=" + primary.jdbcUrl(), "--congvu.db-read-url=" + standby.jdbcUrl(),
					"--congvu.db-read-max-lag-seconds=1",
					"--congvu.db-user=" + ThrowawayPostgres.USER, "--congvu.db-password=" + ThrowawayPostgres.PASSWORD,
					"--congvu.data-dir=" + dataDir, "--congvu.demo=false", "--congvu.admin-password=replica-admin-1")) {
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				TransactionTemplate reads = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
				reads.setReadOnly(true);
				TransactionTemplate writes = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));

				assertThat(servedByStandby(reads, jdbc)).as("a read-only transaction").isTrue();
				assertThat(servedByStandby(writes, jdbc)).as("a read-write transaction").isFalse();
				assertThat(onStandby(jdbc)).as("outside transactions").isFalse();

				writes.executeWithoutResult(status -> jdbc.sql("update platform.account set display_name = 'Quản trị "
						+ "(bản sao)' where username = 'admin'").update());
				Awaitility.await("the standby replays the primary's write").atMost(Duration.ofSeconds(20))
					.until(() -> "Quản trị (bản sao)".equals(reads.execute(status -> jdbc.sql(
							"select display_name from platform.account where username = 'admin'").query(String.class)
						.single())));

				AtomicBoolean afterOwnWrite = new AtomicBoolean(true);
				ReplicaReads.onPrimary(() -> afterOwnWrite.set(servedByStandby(reads, jdbc)));
				assertThat(afterOwnWrite).as("reads after one's own write").isFalse();

				try (java.sql.Connection standbyDb = java.sql.DriverManager.getConnection(standby.jdbcUrl(),
						ThrowawayPostgres.USER, ThrowawayPostgres.PASSWORD);
						java.sql.Statement sql = standbyDb.createStatement()) {
					sql.execute("select pg_wal_replay_pause()");
					writes.executeWithoutResult(status -> jdbc.sql("update platform.account set display_name = "
							+ "'Quản trị (chờ bản sao)' where username = 'admin'").update());
					Awaitility.await("a replica more than a second behind is left alone").atMost(Duration.ofSeconds(20))
						.until(() -> !servedByStandby(reads, jdbc));
					sql.execute("select pg_wal_replay_resume()");
					Awaitility.await("caught up, it serves the reads again").atMost(Duration.ofSeconds(20))
						.until(() -> servedByStandby(reads, jdbc));
				}

				standby.stop();
				try { // a read on a connection the replica's crash broke fails as "try again" (503), like any outage
					servedByStandby(reads, jdbc);
				}
				catch (org.springframework.dao.DataAccessException inFlight) {
					assertThat(DatabaseTrouble.isUnavailable(inFlight)).as(inFlight.toString()).isTrue();
				}
				long started = System.nanoTime();
				assertThat(servedByStandby(reads, jdbc)).as("the standby away: the primary reads").isFalse();
				assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
				Long accounts = reads.execute(status -> jdbc.sql("select count(*) from platform.account")
					.query(Long.class).single());
				assertThat(accounts).isPositive();
			}
		}
	}

	private static boolean servedByStandby(TransactionTemplate transaction, JdbcClient jdbc) {
		return Boolean.TRUE.equals(transaction.execute(status -> onStandby(jdbc)));
	}

	private static boolean onStandby(JdbcClient jdbc) {
		return jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
	}
}
