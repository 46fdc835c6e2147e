package vn.congvu.emulation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.Rows;
import vn.congvu.shared.InvalidInputException;

/** The titles and base salaries as stored; reading them is open to anyone (the rules are law). */
@Service
@Transactional(readOnly = true)
public class Titles {

	private final JdbcClient jdbc;

	Titles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The titles of a year: those in force on its last day, individual ones first, in their order. */
	public List<Title> ofYear(int year) {
		LocalDate last = LocalDate.of(year, 12, 31);
		return jdbc.sql("""
				select * from emulation.title where valid_from <= :day and (valid_to is null or valid_to > :day)
				order by sort_order""").param("day", last).query(Rows.as(Title.class)).list();
	}

	public Title find(int year, String code) {
		return ofYear(year).stream().filter(t -> t.code().equals(code)).findFirst()
			.orElseThrow(() -> new InvalidInputException("emulation.unknownTitle", code));
	}

	/** The base salary in force on a day (Decree 24/2023, 73/2024…), in đồng. */
	public long baseSalaryOn(LocalDate day) {
		return jdbc.sql("select amount_vnd from emulation.base_salary where valid_from <= :day order by valid_from desc limit 1")
			.param("day", day).query(Long.class).optional()
			.orElseThrow(() -> new InvalidInputException("emulation.noBaseSalary", vn.congvu.shared.VietnameseDates.format(day)));
	}

	/** Every base salary, newest first, for the rules page. */
	public List<BaseSalary> baseSalaries() {
		return jdbc.sql("select valid_from, amount_vnd, legal_basis from emulation.base_salary order by valid_from desc")
			.query(Rows.as(BaseSalary.class)).list();
	}

	public record BaseSalary(LocalDate validFrom, long amountVnd, String legalBasis) {
	}
}
