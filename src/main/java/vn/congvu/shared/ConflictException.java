package vn.congvu.shared;

/** The request is valid but conflicts with what is stored (answers 409), e.g. a receipt already rated. */
public class ConflictException extends InvalidInputException {

	public ConflictException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
