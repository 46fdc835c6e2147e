package vn.congvu.platform;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, answering at once while the database is known to be out of reach. A page touches the database
 * several times (the session, the viewer, the content); when the server is down each touch would wait out the pool's
 * connection timeout, so a page took several timeouts to fail. After a failed attempt, further requests for a
 * connection fail immediately for {@link #QUIET_MILLIS}, then one request tries again; callers answer 503.
 */
final class FailFastDataSource extends DelegatingDataSource implements Closeable {

	static final long QUIET_MILLIS = 2_000;

	private volatile long downUntilNanos;

	FailFastDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (System.nanoTime() - downUntilNanos < 0) {
			throw new SQLTransientConnectionException("The database was out of reach a moment ago", "08001");
		}
		try {
			return super.getConnection();
		}
		catch (SQLException ex) {
			if (DatabaseTrouble.isUnavailable(ex)) {
				downUntilNanos = System.nanoTime() + QUIET_MILLIS * 1_000_000;
			}
			throw ex;
		}
	}

	@Override
	public void close() throws IOException {
		if (getTargetDataSource() instanceof Closeable pool) {
			pool.close();
		}
	}
}
