package vn.congvu.platform;

import java.util.Map;

/** Reading the fields of a posted form taken as a map: a missing field is empty, and spaces around are dropped. */
public final class FormFields {

	private FormFields() {
	}

	public static String text(Map<String, String> form, String name) {
		String value = form.get(name);
		return value == null ? "" : value.strip();
	}
}
