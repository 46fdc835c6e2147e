package vn.congvu.feedback;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flags repeated taps: a rating from the same source (a kiosk, or a phone at one desk) that comes sooner than
 * {@code minimumGap} after the previous one is kept but marked as a burst and left out of the indices.
 */
final class BurstDetector {

	private static final int MAX_SOURCES = 50_000;

	private final Duration minimumGap;
	private final Map<String, Instant> lastSeen = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
			return size() > MAX_SOURCES;
		}
	};

	BurstDetector(Duration minimumGap) {
		this.minimumGap = minimumGap;
	}

	/** Records a rating from {@code source} at {@code at}; true if it belongs to a burst. */
	synchronized boolean isBurst(String source, Instant at) {
		Instant previous = lastSeen.put(source, at);
		return previous != null && Duration.between(previous, at).compareTo(minimumGap) < 0;
	}
}
