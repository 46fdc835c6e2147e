package vn.congvu.shared;

/** A record does not exist, or exists outside the caller's data scope: both answer 404 so that nothing leaks. */
public class RecordNotFoundException extends RuntimeException {

	private final String what;

	public RecordNotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
		this.what = what;
	}

	/** Message key suffix naming what was not found, e.g. {@code orgUnit}. */
	public String what() {
		return what;
	}
}
