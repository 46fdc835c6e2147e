package vn.congvu.platform;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Why a background job failed, as its owner is told: a message key, never the exception's text (which may name
 * tables, values or people). The full failure is in the log, under the job's id that the page shows.
 */
enum JobFailure {

	/** The heap ran out: the work is larger than this node's memory allows. */
	MEMORY("job.failed.memory"),
	/** The database did not answer or refused the work. */
	DATABASE("job.failed.database"),
	/** The data changed under the job (someone else acted first, a record went away, a right was withdrawn). */
	REFUSED("job.failed.refused"),
	/** The node that ran it stopped before it ended (set by the heartbeat's sweep, see {@link Jobs}). */
	INTERRUPTED("job.failed.interrupted"),
	/** Anything else: a defect, to be read in the log. */
	UNEXPECTED("job.failed.unexpected");

	private final String messageKey;

	JobFailure(String messageKey) {
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}

	/** The message key that tells the owner what went wrong. */
	static String reasonOf(Throwable failure) {
		return classify(failure).messageKey;
	}

	static JobFailure classify(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof OutOfMemoryError) {
				return MEMORY;
			}
			if (t instanceof InvalidInputException || t instanceof NotPermittedException
					|| t instanceof RecordNotFoundException || t instanceof ConflictException) {
				return REFUSED;
			}
			if (t instanceof DataAccessException || t instanceof TransactionException
					|| t instanceof java.sql.SQLException) {
				return DATABASE;
			}
			if (t instanceof InterruptedException) {
				return INTERRUPTED;
			}
		}
		return UNEXPECTED;
	}
}
