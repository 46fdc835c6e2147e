package vn.congvu.platform;

/** The database cannot take the write now; the client should retry after {@code retryAfterSeconds} (answers 503). */
public class ServiceUnavailableException extends RuntimeException {

	private final int retryAfterSeconds;

	public ServiceUnavailableException(int retryAfterSeconds, Throwable cause) {
		super("Service unavailable", cause);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public int retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
