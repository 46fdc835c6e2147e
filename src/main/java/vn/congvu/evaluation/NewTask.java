package vn.congvu.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A task to assign: one owner (by staff code), co-workers, the process steps, the expected product and deadline. */
public record NewTask(long unitId, String ownerCode, List<String> coworkerCodes, String title, String expectedProduct,
		@Nullable String steps, TaskOrigin origin, @Nullable String originRef, @Nullable LocalDate dueOn) {
}
