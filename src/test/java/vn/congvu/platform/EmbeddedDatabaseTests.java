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
				Connection connection = DriverManager.getConnection(database.ownerJdbcUrl())) {
			assertThat(ProcessHandle.of(stalePid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			assertThat(single(connection, "select note from survivor")).isEqualTo("written before the kill");
			assertThat(single(connection, "show synchronous_commit")).isEqualTo("on");
			assertThat(single(connection, "show fsync")).isEqualTo("on");
		}
	}

	@Test
	void aSecondNodeOnADirectoryInUseRefusesAndLeavesTheFirstServing(@TempDir Path dataDir) throws Exception {
		try (EmbeddedDatabase first = EmbeddedDatabase.start(dataDir)) {
			long pid = first.postmaster().orElseThrow().pid();
			String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
			Process second = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
					StartOnce.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
			String output = new String(second.getInputStream().readAllBytes());
			assertThat(second.waitFor()).as(output).isEqualTo(3);
			assertThat(output).contains("is in use by another running Congvu");
			assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).contains(true);
			try (Connection connection = DriverManager.getConnection(first.jdbcUrl())) {
				assertThat(single(connection, "select 'still serving'")).isEqualTo("still serving");
				assertThat(single(connection, "select rolsuper::text from pg_roles where rolname = current_user"))
					.as("the application is no superuser").isEqualTo("false");
			}
			String bare = first.jdbcUrl().replaceAll("[?&](user|password)=[^&]*", "").replace("&", "?");
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> DriverManager.getConnection(bare, "postgres", ""))
				.as("no connection without a password, local ones included").isInstanceOf(java.sql.SQLException.class);
		}
	}

	@Test
	void aServerThatDiesIsStartedAgainOnTheSameAddress(@TempDir Path dataDir) throws Exception {
		try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDir)) {
			try (Connection connection = DriverManager.getConnection(database.ownerJdbcUrl())) {
				connection.createStatement().execute("create table kept (note text)");
				connection.createStatement().execute("insert into kept values ('acknowledged before the crash')");
			}
			ProcessHandle postmaster = database.postmaster().orElseThrow();
			postmaster.destroyForcibly(); // kill -9 of the server alone; the node lives on
			postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			String[] note = new String[1];
			org.awaitility.Awaitility.await("the server started again").atMost(java.time.Duration.ofSeconds(60))
				.pollInterval(java.time.Duration.ofMillis(200)).ignoreExceptionsInstanceOf(java.sql.SQLException.class)
				.until(() -> {
					try (Connection connection = DriverManager.getConnection(database.ownerJdbcUrl())) {
						note[0] = single(connection, "select note from kept");
					}
					return database.restarts() == 1;
				});
			assertThat(note[0]).isEqualTo("acknowledged before the crash");
			assertThat(database.restarts()).isEqualTo(1);
			assertThat(database.postmaster().map(ProcessHandle::pid)).isPresent().isNotEqualTo(
					java.util.Optional.of(postmaster.pid()));
		}
	}

	/** Run in a child JVM: tries to start on a directory another node holds; exits 3 when refused. */
	public static final class StartOnce {

		public static void main(String[] args) {
			try (EmbeddedDatabase database = EmbeddedDatabase.start(Path.of(args[0]))) {
				System.out.println("STARTED");
				System.exit(0);
			}
			catch (IllegalStateException refused) {
				System.out.println(refused.getMessage());
				System.exit(3);
			}
			catch (Exception other) {
				other.printStackTrace(System.out);
				System.exit(1);
			}
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
			try (Connection connection = DriverManager.getConnection(database.ownerJdbcUrl())) {
				connection.createStatement().execute("create table survivor (note text)");
				connection.createStatement().execute("insert into survivor values ('written before the kill')");
			}
			System.out.println("READY");
			System.out.flush();
			new CountDownLatch(1).await();
		}
	}
}
