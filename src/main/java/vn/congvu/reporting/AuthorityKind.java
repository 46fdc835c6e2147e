package vn.congvu.reporting;

/**
 * What kind of issuing authority a registered authority is, and how its documents' symbols name it (Decree 30/2020,
 * Appendix I: the issuer's abbreviation after the kind's, "12/QĐ-UBND").
 */
public enum AuthorityKind {

	/** Ủy ban nhân dân of a province, district or ward: issues in its own name, signed by its chair or a vice-chair. */
	PEOPLES_COMMITTEE,
	/** A division or a public service unit, issuing in its own name under the committee it belongs to. */
	UNIT,
	/** Hội đồng Thi đua – Khen thưởng: a body the committee set up; its minutes are signed by its chair. */
	COUNCIL,
	/** Đoàn kiểm tra: a team the committee set up for an inspection plan; its conclusion is signed by its leader. */
	INSPECTION_TEAM;

	/** Whether the authority is a body set up by another authority, signed by its own chair or leader. */
	public boolean body() {
		return this == COUNCIL || this == INSPECTION_TEAM;
	}
}
