package vn.congvu.emulation;

import vn.congvu.shared.InvalidInputException;

/** A proposal refused because a condition is not met; {@link #reason()} names the first one that fails. */
public class NotEligibleException extends InvalidInputException {

	private final String reason;

	NotEligibleException(String titleName, String reason) {
		super("emulation.proposal.notEligible", titleName, reason);
		this.reason = reason;
	}

	/** The failing condition: a message key under {@code emulation.reason.} with {@code |}-separated arguments. */
	public String reason() {
		return reason;
	}
}
