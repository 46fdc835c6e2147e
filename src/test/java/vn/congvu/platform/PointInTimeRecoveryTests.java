package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * README's point-in-time recovery for an external server, with its very settings, on a real PostgreSQL: WAL archived
 * by {@code archive_command}, a base backup by {@code pg_basebackup}, then a recovery from that base backup and the
 * archive to a moment between two writes, which brings back the first and not the second.
 */
class PointInTimeRecoveryTests {

	@Test
	void aBaseBackupAndTheArchivedLogRecoverToAMoment() throws Exception {
		Path archive = Files.createTempDirectory("congvu-wal-archive");
		new ProcessBuilder("chown", "postgres", archive.toString()).start().waitFor();
		String archiveCommand = "test ! -f " + archive + "/%f && cp %p " + archive + "/%f";
		try (ThrowawayPostgres primary = ThrowawayPostgres.primary("The point-in-time recovery test",
				"wal_level=replica", "archive_mode=on", "archive_command=" + archiveCommand)) {
			Path base = primary.baseBackup();
			String moment;
			try (Connection db = connect(primary); Statement sql = db.createStatement()) {
				sql.execute("create table public.decision (text text)");
				sql.execute("insert into public.decision values ('before the moment')");
				// read after the first commit and before the second: the second's commit time is later, to the microsecond
				moment = one(sql, "select clock_timestamp()::text");
				sql.execute("insert into public.decision values ('after the moment')");
				String last = one(sql, "select pg_walfile_name(pg_current_wal_lsn())");
				sql.execute("select pg_switch_wal()");
				Awaitility.await("the archiver copies the log").atMost(Duration.ofSeconds(30)).until(() -> {
					String archived = one(sql, "select coalesce(last_archived_wal, '') from pg_stat_archiver");
					return archived.compareTo(last) >= 0;
				});
			}
			primary.stop();
			try (ThrowawayPostgres recovered = primary.recoveredFrom(base,
					"restore_command=cp " + archive + "/%f %p", "recovery_target_time=" + moment,
					"recovery_target_action=promote");
					Connection db = connect(recovered); Statement sql = db.createStatement()) {
				Awaitility.await("recovery reaches the moment and ends").atMost(Duration.ofSeconds(60))
					.until(() -> "f".equals(one(sql, "select pg_is_in_recovery()")));
				List<String> decisions = new ArrayList<>();
				try (ResultSet rs = sql.executeQuery("select text from public.decision")) {
					while (rs.next()) {
						decisions.add(rs.getString(1));
					}
				}
				assertThat(decisions).containsExactly("before the moment");
			}
		}
	}

	private static Connection connect(ThrowawayPostgres server) throws Exception {
		return DriverManager.getConnection(server.jdbcUrl(), ThrowawayPostgres.USER, ThrowawayPostgres.PASSWORD);
	}

	private static String one(Statement sql, String query) throws Exception {
		try (ResultSet rs = sql.executeQuery(query)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
