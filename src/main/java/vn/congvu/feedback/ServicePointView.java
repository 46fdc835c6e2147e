package vn.congvu.feedback;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Điểm phục vụ: a desk or counter of a unit, with its code (printed on QR posters and used by kiosks). */
public record ServicePointView(long id, String code, String name, long unitId, String unitName,
		@Nullable String hotline, boolean receiptRequired, LocalDate validFrom, @Nullable LocalDate validTo) {
}
