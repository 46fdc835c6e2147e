package vn.congvu.staff;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.congvu.platform.Rows;
import vn.congvu.platform.StaffNames;

/** Staff records by code or id, for linking an account to the person who uses it. */
@Component
class StaffDirectory implements StaffNames {

	private final JdbcClient jdbc;

	StaffDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Person> byCode(String staffCode) {
		return jdbc.sql("select id, staff_code as code, full_name from staff.staff_member where staff_code = :c")
			.param("c", staffCode.strip()).query(Rows.as(Person.class)).optional();
	}

	@Override
	public java.util.Map<Long, String> fullNamesOf(java.util.Collection<Long> staffIds) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!staffIds.isEmpty()) {
			jdbc.sql("select id, full_name from staff.staff_member where id in (:ids)").param("ids", staffIds)
				.query((rs, n) -> names.put(rs.getLong("id"), rs.getString("full_name"))).list();
		}
		return names;
	}

	@Override
	public java.util.List<Long> byEmailOrCode(String value) {
		return jdbc.sql("""
				select id from staff.staff_member
				where (email is not null and lower(email) = lower(:v)) or staff_code = :v order by id limit 2""")
			.param("v", value.strip()).query(Long.class).list();
	}

	@Override
	public java.util.Map<Long, String> emailsOf(java.util.Collection<Long> staffIds) {
		java.util.Map<Long, String> emails = new java.util.HashMap<>();
		if (!staffIds.isEmpty()) {
			jdbc.sql("select id, email from staff.staff_member where id in (:ids) and email is not null and email <> ''")
				.param("ids", staffIds).query((rs, n) -> emails.put(rs.getLong("id"), rs.getString("email"))).list();
		}
		return emails;
	}
}
