package vn.congvu.reporting;

/**
 * The kinds of document the system issues, with the name printed under the letterhead and the abbreviation that
 * starts the symbol after the number (Decree 30/2020/NĐ-CP, Appendix III; "KL" for an inspection conclusion as the
 * inspection rules write it).
 */
public enum DocumentKind {

	DECISION("QUYẾT ĐỊNH", "QĐ"),
	CONCLUSION("KẾT LUẬN", "KL"),
	NOTICE("THÔNG BÁO", "TB"),
	MINUTES("BIÊN BẢN", "BB"),
	REPORT("BÁO CÁO", "BC");

	private final String title;
	private final String abbreviation;

	DocumentKind(String title, String abbreviation) {
		this.title = title;
		this.abbreviation = abbreviation;
	}

	/** The name printed in capitals under the letterhead. */
	public String title() {
		return title;
	}

	/** The abbreviation in the symbol: "QĐ" in "12/QĐ-UBND". */
	public String abbreviation() {
		return abbreviation;
	}

	/** The number and symbol as printed after "Số:": {@code 12/QĐ-UBND}. */
	public String reference(int number, String authorityAbbreviation) {
		return number + "/" + abbreviation + "-" + authorityAbbreviation;
	}
}
