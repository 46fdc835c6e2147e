package vn.congvu.conduct.codes;

/** The staff concerned by a code today: everyone assigned to a unit in the subtree of a unit the code was given to. */
final class CodeSql {

	static final String FROM_STAFF_OF_ASSIGNED_UNITS = """
			from conduct.code_assignment ca
			join orgunit.published_unit au on au.id = ca.unit_id
			join orgunit.published_unit u on u.path like au.path || '%'
			     and u.valid_from <= :today and (u.valid_to is null or u.valid_to > :today)
			join staff.published_assignment sa on sa.unit_id = u.id
			     and sa.valid_from <= :today and (sa.valid_to is null or sa.valid_to > :today)
			join staff.published_member s on s.id = sa.staff_id
			""";

	static final String STAFF_OF_ASSIGNED_UNITS = "select s.id " + FROM_STAFF_OF_ASSIGNED_UNITS
			+ " where ca.code_id = :code and u.path like :scope || '%'";

	private CodeSql() {
	}
}
