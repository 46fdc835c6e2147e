package vn.congvu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server's known trap: a JVM killed with -9 leaves its postmaster running on the data directory. */
class EmbeddedDatabaseTests {

	@Test
	void aPostmasterLeftByAKilledJvmIsStoppedAndTheDataSurvives(@TempDir Path dataDir) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				LeaveRunning.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
			String line;
			while ((line = out.readLine()) != null && !line.equals("READY")) {
				// wait until the child has started PostgreSQL and written a row
			}
			assertThat(line).as("the child JVM started PostgreSQL").isEqualTo("READY");
		}
		child.destroyForcibly().waitFor(); // kill -9: no shutdown hook runs
		long stalePid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive)).as("postmaster outlived its JVM")
			.contains(true);

		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir);
				Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
			assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(single(connection, "select note from survivor")).isEqualTo("written before the kill");
			assertThat(single(connection, "show synchronous_commit")).isEqualTo("on");
			assertThat(single(connection, "show fsync")).isEqualTo("on");
		}
	}

	private static String single(Connection connection, String sql) throws Exception {
		try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

	/** Run in a child JVM: starts the embedded server, commits a row, then waits to be killed. */
	public static final class LeaveRunning {

		public static void main(String[] args) throws Exception {
			EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]));
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl())) {
				connection.createStatement().execute("create table survivor (note text)");
				connection.createStatement().execute("insert into survivor values ('written before the kill')");
			}
			System.out.println("READY");
			System.out.flush();
			new CountDownLatch(1).await();
		}
	}
}
