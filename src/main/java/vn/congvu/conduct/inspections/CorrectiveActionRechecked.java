package vn.congvu.conduct.inspections;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Published when an officer records the re-check of a corrective action: done or not done, on which day. */
public record CorrectiveActionRechecked(long actionId, boolean done, LocalDate recheckedOn, @Nullable String note) {
}
