package vn.congvu.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.TextLimits;

/**
 * Tiếp nhận đánh giá: checks a citizen's rating against the service point and the survey in force, then hands it to
 * the group-commit writer. A refused rating stores nothing.
 */
@Service
public class FeedbackIntake {

	static final int MAX_COMMENT = 2_000;
	static final int MAX_RECEIPT = 60;

	private final SurveyCatalog catalog;
	private final ResponseWriter writer;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final BurstDetector bursts = new BurstDetector(Duration.ofSeconds(5));

	FeedbackIntake(SurveyCatalog catalog, ResponseWriter writer, JdbcClient jdbc, Clock clock) {
		this.catalog = catalog;
		this.writer = writer;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Validates and queues a rating; the future gives the stored id once committed. {@code kioskToken} is the
	 * device token of a registered kiosk (or null); {@code source} identifies the sender for burst detection.
	 */
	public CompletableFuture<UUID> submit(FeedbackSubmission submission, @Nullable String kioskToken, String source) {
		if (submission.servicePoint() == null || submission.servicePoint().isBlank()) {
			throw new InvalidInputException("feedback.servicePointRequired");
		}
		SurveyCatalog.Point point = catalog.point(submission.servicePoint())
			.orElseThrow(() -> new InvalidInputException("feedback.unknownServicePoint", submission.servicePoint()));
		Long kioskId = kioskToken == null ? null : kiosk(kioskToken, point.id());
		String surveyCode = submission.survey() != null ? submission.survey() : (kioskId != null ? "KIOSK" : "SIPAS5");
		SurveyForm survey = catalog.survey(surveyCode, Locale.ROOT)
			.orElseThrow(() -> new InvalidInputException("feedback.unknownSurvey", surveyCode));
		Map<String, Integer> answers = checkAnswers(submission.answers(), survey);
		String comment = submission.comment();
		if (comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
			throw new InvalidInputException("feedback.commentTooLong", MAX_COMMENT);
		}
		String receipt = submission.receiptCode() == null || submission.receiptCode().isBlank() ? null
				: submission.receiptCode().strip();
		if (receipt != null && receipt.length() > MAX_RECEIPT) {
			throw new InvalidInputException("feedback.receiptTooLong", MAX_RECEIPT);
		}
		if ((comment != null && !TextLimits.clean(comment)) || (receipt != null && !TextLimits.clean(receipt))) {
			throw new InvalidInputException("error.controlCharacters");
		}
		if (point.receiptRequired() && receipt == null) {
			throw new InvalidInputException("feedback.receiptRequired");
		}
		Instant now = clock.instant();
		boolean burst = bursts.isBurst((kioskId != null ? "kiosk:" + kioskId : source) + "@" + point.id(), now);
		return writer.submit(new ResponseWriter.NewResponse(UUID.randomUUID(), submission.clientRef(), point.id(),
				point.unitId(), survey.id(), kioskId != null ? Channel.KIOSK : Channel.QR, kioskId, receipt,
				comment == null || comment.isBlank() ? null : comment, burst, now, answers));
	}

	/** Imports earlier ratings in the caller's transaction, checked like new ones; returns how many were stored. */
	@Transactional
	public int importHistorical(List<HistoricalRating> ratings) {
		List<ResponseWriter.NewResponse> rows = new ArrayList<>(ratings.size());
		for (HistoricalRating rating : ratings) {
			SurveyCatalog.Point point = catalog.point(rating.servicePointCode())
				.orElseThrow(() -> new InvalidInputException("feedback.unknownServicePoint", rating.servicePointCode()));
			SurveyForm survey = catalog.survey(rating.survey(), Locale.ROOT)
				.orElseThrow(() -> new InvalidInputException("feedback.unknownSurvey", rating.survey()));
			rows.add(new ResponseWriter.NewResponse(UUID.randomUUID(), null, point.id(), point.unitId(), survey.id(),
					rating.channel(), null, null, rating.comment(), false, rating.receivedAt(),
					checkAnswers(rating.answers(), survey)));
		}
		return writer.writeNow(rows);
	}

	private static Map<String, Integer> checkAnswers(@Nullable Map<String, Integer> given, SurveyForm survey) {
		if (given == null || given.isEmpty()) {
			throw new InvalidInputException("feedback.answersRequired");
		}
		Map<String, Integer> answers = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> entry : given.entrySet()) {
			SurveyForm.Question question = survey.question(entry.getKey());
			if (question == null) {
				throw new InvalidInputException("feedback.unknownQuestion", entry.getKey(), survey.code());
			}
			Integer value = entry.getValue();
			if (value == null || value < question.min() || value > question.max()) {
				throw new InvalidInputException("feedback.valueOutOfRange", question.text(), String.valueOf(value),
						question.min(), question.max());
			}
			answers.put(entry.getKey(), value);
		}
		for (SurveyForm.Question question : survey.questions()) {
			if (question.required() && !answers.containsKey(question.code())) {
				throw new InvalidInputException("feedback.answerMissing", question.text()); // named in words, not by code
			}
		}
		return answers;
	}

	private long kiosk(String token, long servicePointId) {
		return jdbc.sql("select id from feedback.kiosk where token_hash = :hash and service_point_id = :point and revoked_at is null")
			.param("hash", hashToken(token)).param("point", servicePointId).query(Long.class).optional()
			.orElseThrow(() -> new InvalidInputException("feedback.unknownKiosk"));
	}

	static String hashToken(String token) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
