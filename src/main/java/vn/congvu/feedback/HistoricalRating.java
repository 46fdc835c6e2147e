package vn.congvu.feedback;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A rating given earlier (a paper survey, another system) to be imported with its original time. */
public record HistoricalRating(String servicePointCode, String survey, Channel channel, Map<String, Integer> answers,
		@Nullable String comment, Instant receivedAt) {
}
