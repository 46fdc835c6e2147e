package vn.congvu.orgunit;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.ImportProblem;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;
import vn.congvu.shared.VietnameseText;

/**
 * Nhập danh sách đơn vị từ Excel: a province's units in one upload. The file is checked as a whole (every problem
 * named by row and column, nothing written while one remains) and shown as a preview; confirming reads it again
 * and creates every unit in one transaction, parents before children, so that a province with its 113 communes
 * and its departments is in place in one post.
 */
@Service
@Transactional
public class UnitImport {

	static final long MAX_BYTES = 5L * 1024 * 1024;
	private static final Locale VI = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;
	private final OrgUnitManagement management;
	private final OrgUnitQueries queries;
	private final MessageSource messages;
	private final AuditLog audit;
	private final Clock clock;

	UnitImport(JdbcClient jdbc, OrgUnitManagement management, OrgUnitQueries queries, MessageSource messages,
			AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.management = management;
		this.queries = queries;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/** A row ready to be created: its parent is a unit of the tree ({@code parentId}) or an earlier row. */
	public record Planned(int row, String code, String name, OrgUnitType type, @Nullable Long parentId,
			String parentCode, @Nullable String agencyCode, LocalDate validFrom) {
	}

	/** What a file holds: the units it would create, or every problem it has. */
	public record Preview(UUID id, String fileName, List<Planned> units, List<ImportProblem> problems) {

		public boolean ok() {
			return problems.isEmpty() && !units.isEmpty();
		}

		/** How many units of each kind, in the kinds' order. */
		public Map<OrgUnitType, Long> countsByKind() {
			Map<OrgUnitType, Long> counts = new java.util.EnumMap<>(OrgUnitType.class);
			units.forEach(u -> counts.merge(u.type(), 1L, Long::sum));
			return counts;
		}
	}

	/** The template, with the kinds' Vietnamese labels offered as a drop-down. */
	@Transactional(readOnly = true)
	public byte[] template(Viewer viewer) {
		NotPermittedException.unless(viewer.mayAdminister());
		return UnitWorkbook.template(java.util.Arrays.stream(OrgUnitType.values()).map(this::label).toList());
	}

	/** Keeps the uploaded file and checks it; nothing is created until {@link #confirm}. */
	public Preview upload(Viewer viewer, String fileName, byte[] content) {
		NotPermittedException.unless(viewer.mayAdminister());
		if (content.length == 0) {
			throw InvalidInputException.at("file", "unitImport.noFile");
		}
		if (content.length > MAX_BYTES) {
			throw InvalidInputException.at("file", "unitImport.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into orgunit.unit_import (id, uploaded_by, file_name, content, uploaded_at)
				values (:id, :by, :name, :content, :at)""").param("id", id).param("by", viewer.username())
			.param("name", fileName.isBlank() ? "don-vi.xlsx" : fileName.strip()).param("content", content)
			.param("at", OffsetDateTime.now(clock)).update();
		return preview(viewer, id);
	}

	/** The preview of an uploaded file, checked against the tree as it is now. */
	@Transactional(readOnly = true)
	public Preview preview(Viewer viewer, UUID id) {
		NotPermittedException.unless(viewer.mayAdminister());
		Upload upload = upload(id);
		return check(viewer, id, upload.fileName(), UnitWorkbook.read(new ByteArrayInputStream(upload.content())));
	}

	/**
	 * Creates every unit of the file, if it still has no problem; otherwise refuses and creates nothing.
	 *
	 * @return how many units were created
	 */
	public int confirm(Viewer viewer, UUID id) {
		Preview preview = preview(viewer, id);
		if (!preview.ok()) {
			throw new InvalidInputException("unitImport.stillProblems", preview.problems().size());
		}
		Map<String, Long> created = new HashMap<>();
		for (Planned unit : preview.units()) {
			Long parent = unit.parentId() != null ? unit.parentId()
					: unit.parentCode().isEmpty() ? null : created.get(unit.parentCode());
			created.put(unit.code(), management.create(viewer, new NewOrgUnit(unit.code(), unit.name(), unit.type(),
					parent, unit.validFrom(), unit.agencyCode())));
		}
		jdbc.sql("update orgunit.unit_import set confirmed_at = :at, units = :n where id = :id")
			.param("at", OffsetDateTime.now(clock)).param("n", created.size()).param("id", id).update();
		audit.record("orgUnit.import", "unitImport", id.toString(), null,
				Map.of("units", created.size(), "file", preview.fileName()));
		return created.size();
	}

	private record Upload(String fileName, byte[] content, @Nullable OffsetDateTime confirmedAt) {
	}

	private Upload upload(UUID id) {
		Upload upload = jdbc.sql("""
				select file_name, content, confirmed_at from orgunit.unit_import where id = :id""")
			.param("id", id)
			.query((rs, n) -> new Upload(rs.getString(1), rs.getBytes(2), rs.getObject(3, OffsetDateTime.class)))
			.optional().orElseThrow(() -> new RecordNotFoundException("unitImport", id));
		if (upload.confirmedAt() != null) {
			throw new InvalidInputException("unitImport.alreadyConfirmed");
		}
		return upload;
	}

	private Preview check(Viewer viewer, UUID id, String fileName, UnitWorkbook.Read read) {
		List<ImportProblem> problems = new ArrayList<>(read.problems());
		List<Planned> planned = new ArrayList<>();
		Map<String, LocalDate> earlier = new HashMap<>();
		Set<String> agencyCodes = new HashSet<>();
		Map<String, OrgUnitType> kinds = kindsByLabel();
		for (UnitWorkbook.Line line : read.lines()) {
			int before = problems.size();
			Problem problem = (column, key, args) -> problems.add(new ImportProblem(line.row(),
					UnitWorkbook.column(column), key, List.of(args)));
			if (line.code().isEmpty() || line.code().length() > 20) {
				problem.at(0, line.code().isEmpty() ? "unitImport.required" : "unitImport.tooLong", "20");
			}
			else if (earlier.containsKey(line.code())) {
				problem.at(0, "unitImport.codeTwice", line.code());
			}
			if (line.name().isEmpty() || line.name().length() > 300) {
				problem.at(1, line.name().isEmpty() ? "unitImport.required" : "unitImport.tooLong", "300");
			}
			OrgUnitType type = kinds.get(VietnameseText.fold(line.kind()));
			if (type == null) {
				problem.at(2, "unitImport.kind", line.kind());
			}
			LocalDate from = line.validFrom();
			if (from == null) {
				problem.at(5, line.dateUnreadable() ? "unitImport.notADate" : "unitImport.required", "");
			}
			else if (!line.code().isEmpty() && queries.byCode(line.code(), from) != null) {
				problem.at(0, "unitImport.codeInUse", line.code());
			}
			Long parentId = null;
			if (!line.parentCode().isEmpty() && from != null) {
				if (earlier.containsKey(line.parentCode())) {
					if (earlier.get(line.parentCode()).isAfter(from)) {
						problem.at(3, "unitImport.parentLater", line.parentCode());
					}
				}
				else {
					OrgUnitView parent = queries.byCode(line.parentCode(), from);
					if (parent == null) {
						problem.at(3, "unitImport.noParent", line.parentCode());
					}
					else if (!viewer.sees(parent.path())) {
						problem.at(3, "unitImport.parentOutOfScope", line.parentCode());
					}
					else {
						parentId = parent.id();
					}
				}
			}
			else if (line.parentCode().isEmpty() && !"/".equals(viewer.scopePath())) {
				problem.at(3, "unitImport.parentRequired", "");
			}
			String agency = line.agencyCode().isEmpty() ? null : line.agencyCode();
			if (agency != null && (agency.length() > 40 || !agencyCodes.add(agency) || agencyInUse(agency))) {
				problem.at(4, "unitImport.agencyCode", agency);
			}
			if (problems.size() == before && type != null && from != null) {
				planned.add(new Planned(line.row(), line.code(), line.name(), type, parentId, line.parentCode(), agency,
						from));
			}
			if (!line.code().isEmpty() && from != null) {
				earlier.putIfAbsent(line.code(), from);
			}
		}
		return new Preview(id, fileName, problems.isEmpty() ? planned : List.of(), problems);
	}

	@FunctionalInterface
	private interface Problem {

		void at(int column, String key, String... arguments);
	}

	private boolean agencyInUse(String agencyCode) {
		return jdbc.sql("select exists (select 1 from orgunit.org_unit where agency_code = :a and valid_to is null)")
			.param("a", agencyCode).query(Boolean.class).single();
	}

	/** Each kind by its Vietnamese label and by its constant, both without diacritics or case. */
	private Map<String, OrgUnitType> kindsByLabel() {
		Map<String, OrgUnitType> kinds = new HashMap<>();
		for (OrgUnitType type : OrgUnitType.values()) {
			kinds.put(VietnameseText.fold(label(type)), type);
			kinds.put(VietnameseText.fold(type.name()), type);
		}
		return kinds;
	}

	private String label(OrgUnitType type) {
		return messages.getMessage("enum.OrgUnitType." + type.name(), null, VI);
	}
}
