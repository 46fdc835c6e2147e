package vn.congvu.staff;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;
import vn.congvu.shared.ImportProblem;
import vn.congvu.platform.Jobs;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;

/**
 * Nhập danh sách cán bộ từ Excel: checks the file at once (type, size), then reads and imports it as a background job.
 * A file with any bad row imports nothing and lists every problem.
 */
@Service
public class StaffImport {

	static final long MAX_BYTES = 5L * 1024 * 1024;
	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private final StaffSpreadsheet spreadsheet;
	private final StaffManagement management;
	private final Jobs jobs;
	private final TransactionTemplate transaction;
	private final ObjectMapper json;

	StaffImport(StaffSpreadsheet spreadsheet, StaffManagement management, Jobs jobs, TransactionTemplate transaction,
			ObjectMapper json) {
		this.spreadsheet = spreadsheet;
		this.management = management;
		this.jobs = jobs;
		this.transaction = transaction;
		this.json = json;
	}

	/** How an import ended. */
	public record Outcome(int imported, List<ImportProblem> problems) {
	}

	/** Refuses viewers who may not import staff (only those who manage staff do). */
	public void requireImporter(Viewer viewer) {
		NotPermittedException.unless(viewer.mayManageStaff());
	}

	/** The import template (headers, drop-downs, an example row on its guide sheet), for those who may import. */
	public byte[] template(Viewer viewer) {
		requireImporter(viewer);
		return spreadsheet.template(viewer);
	}

	/** Starts importing {@code content} (the uploaded file) as the viewer and returns the job id. */
	public UUID start(Viewer viewer, byte[] content) {
		requireImporter(viewer);
		if (content.length == 0) {
			throw new InvalidInputException("staff.import.emptyFile");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("staff.import.tooLarge", MAX_BYTES / 1024 / 1024);
		}
		if (content.length < 4 || !java.util.Arrays.equals(content, 0, 4, ZIP_MAGIC, 0, 4)) {
			throw new InvalidInputException("staff.import.notSpreadsheet");
		}
		return jobs.start(viewer, "staff.import", "/staff/import", progress -> {
			StaffSpreadsheet.ReadResult read = spreadsheet.read(viewer, new ByteArrayInputStream(content));
			if (!read.problems().isEmpty()) {
				return json.writeValueAsString(new Outcome(0, read.problems()));
			}
			Integer imported = transaction.execute(status -> management.createAll(viewer, read.members(), progress));
			return json.writeValueAsString(new Outcome(imported == null ? 0 : imported, List.of()));
		});
	}

	/** The outcome stored by a finished job, or {@code null} while it runs. */
	public @Nullable Outcome outcome(Jobs.JobView job) {
		return job.result() == null ? null : json.readValue(job.result(), Outcome.class);
	}
}
