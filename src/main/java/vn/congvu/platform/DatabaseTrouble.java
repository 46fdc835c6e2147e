package vn.congvu.platform;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure of the database itself (unreachable, shutting down, restarting, out of connections) from a fault
 * of the request or of the code: the first is answered 503 with Retry-After, since the same request will succeed
 * once the database is back; the second stays a 4xx or a 500.
 */
public final class DatabaseTrouble {

	/** Seconds a client is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private DatabaseTrouble() {
	}

	/** Whether {@code failure}, or one of its causes, says the database cannot be reached or used now. */
	public static boolean isUnavailable(@Nullable Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
					|| t instanceof TransientDataAccessResourceException || t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException || t instanceof ConnectException
					|| t instanceof ServiceUnavailableException) {
				return true;
			}
			if (t instanceof SQLException sql && unavailableState(sql.getSQLState())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * SQL states of a lost or refused connection (class 08) and of a server shutting down or starting up (57P01
	 * admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
	 */
	static boolean unavailableState(@Nullable String state) {
		return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
				|| state.equals("57P03"));
	}
}
