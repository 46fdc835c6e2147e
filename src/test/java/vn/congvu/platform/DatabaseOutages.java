package vn.congvu.platform;

import org.springframework.context.ApplicationContext;

/**
 * A real outage of the embedded database for tests: the postmaster is frozen (SIGSTOP, so new connections hang as
 * they would behind a dead network) and its backends are killed, which breaks every pooled connection; closing the
 * outage thaws it, and it recovers from the crash on its own.
 */
public final class DatabaseOutages {

	private DatabaseOutages() {
	}

	/** Starts an outage of the application's embedded database; close it to end the outage. */
	public static AutoCloseable begin(ApplicationContext context) throws Exception {
		EmbeddedDatabase embedded = context.getBean(DatabaseConfiguration.DatabaseHolder.class).current();
		if (embedded == null) {
			throw new IllegalStateException("the tests run on the embedded server");
		}
		ProcessHandle postmaster = embedded.postmaster().orElseThrow();
		com.zaxxer.hikari.HikariDataSource pool = context.getBean(javax.sql.DataSource.class)
			.unwrap(com.zaxxer.hikari.HikariDataSource.class);
		signal("STOP", postmaster.pid());
		postmaster.children().forEach(ProcessHandle::destroyForcibly);
		// the pooled connections died with their backends: evicted, so every request asks the frozen server anew
		// (rather than waiting out the pool's window in which a connection used a moment ago is lent unchecked)
		pool.getHikariPoolMXBean().softEvictConnections();
		return () -> {
			signal("CONT", postmaster.pid());
			pool.getHikariPoolMXBean().softEvictConnections();
		};
	}

	private static void signal(String name, long pid) throws Exception {
		Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(pid)).inheritIO().start();
		if (kill.waitFor() != 0) {
			throw new IllegalStateException("kill -" + name + " " + pid + " failed");
		}
	}
}
