package vn.congvu.shared;

/** Input that breaks a rule; carries a message key (and arguments) so the answer is in the user's language. */
public class InvalidInputException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public InvalidInputException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
