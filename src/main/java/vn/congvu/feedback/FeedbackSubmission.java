package vn.congvu.feedback;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's rating as sent to {@code POST /api/v1/feedback}. {@code clientRef} makes retries safe: the same
 * reference sent twice stores one response. {@code receiptCode} (the dossier number) allows one rating per dossier.
 */
public record FeedbackSubmission(@Nullable String servicePoint, @Nullable String survey,
		@Nullable Map<String, Integer> answers, @Nullable String comment, @Nullable UUID clientRef,
		@Nullable String receiptCode) {
}
