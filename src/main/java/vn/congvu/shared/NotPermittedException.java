package vn.congvu.shared;

/**
 * The caller may see the record but may not take this action (403, or a form message). A record the caller may not
 * see at all is a {@link RecordNotFoundException} instead, so that nothing about it leaks.
 */
public class NotPermittedException extends InvalidInputException {

	public NotPermittedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	/** Throws unless {@code allowed}, with the generic "not your action" message. */
	public static void unless(boolean allowed) {
		if (!allowed) {
			throw new NotPermittedException("error.notPermitted");
		}
	}
}
