package vn.congvu.platform;

import java.io.Closeable;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The connection pool, answering at once while the database is known to be out of reach. A page touches the database
 * several times (the session, the viewer, the content), and each touch would wait out the pool's connection timeout.
 * Once a connection has failed for want of a database: the rest of that request fails at once (work outside
 * requests, such as the group-commit writers, always tries); of the requests that follow, one at a time tries again (bounded by the pool's
 * timeout) while the others fail at once; the first try that succeeds ends the outage, so the node serves again as
 * soon as the database is back. Callers answer 503.
 */
final class FailFastDataSource extends DelegatingDataSource implements Closeable {

	/** How long a thread that saw the database down fails at once (the rest of its request). */
	private static final long SAME_REQUEST_NANOS = 10_000_000_000L;
	/** While a request is served: when its thread saw the database down ({@code MIN_VALUE}: not seen). */
	private static final ThreadLocal<long[]> SEEN_DOWN = new ThreadLocal<>();

	/**
	 * Marks the start of a request on this thread (see {@link RequestScope}). The mark stays after the request, so
	 * that its error page, dispatched afterwards on the same thread, knows what the request saw; the next request
	 * starts afresh. Threads that serve no request (the group-commit writers) have no mark and always try.
	 */
	static void beginRequest() {
		SEEN_DOWN.set(new long[] { Long.MIN_VALUE });
	}

	private volatile boolean down;
	private final AtomicBoolean trying = new AtomicBoolean();

	FailFastDataSource(DataSource pool) {
		super(pool);
	}

	@Override
	public Connection getConnection() throws SQLException {
		if (!down) {
			return attempt();
		}
		long[] request = SEEN_DOWN.get();
		long seen = request == null ? Long.MIN_VALUE : request[0];
		if (seen != Long.MIN_VALUE && System.nanoTime() - seen < SAME_REQUEST_NANOS
				|| !trying.compareAndSet(false, true)) {
			throw new SQLTransientConnectionException("The database is out of reach", "08001");
		}
		try {
			return attempt();
		}
		finally {
			trying.set(false);
		}
	}

	private Connection attempt() throws SQLException {
		try {
			Connection connection = super.getConnection();
			down = false;
			return connection;
		}
		catch (SQLException ex) {
			if (DatabaseTrouble.isUnavailable(ex)) {
				down = true;
				long[] request = SEEN_DOWN.get();
				if (request != null) {
					request[0] = System.nanoTime();
				}
			}
			throw ex;
		}
	}

	/** Marks each request's thread for the time of the request, before every other filter. */
	@org.springframework.stereotype.Component
	@org.springframework.core.annotation.Order(Integer.MIN_VALUE)
	static final class RequestScope extends org.springframework.web.filter.OncePerRequestFilter {

		@Override
		protected void doFilterInternal(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response, jakarta.servlet.FilterChain chain)
				throws jakarta.servlet.ServletException, IOException {
			beginRequest();
			chain.doFilter(request, response);
		}

		@Override
		protected boolean shouldNotFilterErrorDispatch() {
			return true; // the error page of a request belongs to it: what it saw stays seen
		}
	}

	@Override
	public void close() throws IOException {
		if (getTargetDataSource() instanceof Closeable pool) {
			pool.close();
		}
	}
}
