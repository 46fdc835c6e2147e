package vn.congvu.platform;

import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.congvu.shared.ConflictException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/** RFC 9457 problem details for the JSON API, with the message in the request's language. Never a stack trace. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ProblemDetail notFound(RecordNotFoundException ex, Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "error.notFound." + ex.what(), new Object[0], locale);
	}

	@ExceptionHandler
	ProblemDetail invalid(InvalidInputException ex, Locale locale) {
		HttpStatus status = ex instanceof ConflictException ? HttpStatus.CONFLICT
				: ex instanceof NotPermittedException ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
		return problem(status, ex.messageKey(),
				ex.arguments(), locale);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unavailable(ServiceUnavailableException ex, Locale locale) {
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(problem(HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", new Object[0], locale));
	}

	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			org.springframework.transaction.CannotCreateTransactionException.class })
	ResponseEntity<ProblemDetail> databaseDown(Exception ex, Locale locale) {
		return unavailable(new ServiceUnavailableException(5, ex), locale);
	}

	/** A failure whose cause says the database is out of reach (a failed rollback on a dead connection). */
	@ExceptionHandler({ org.springframework.transaction.TransactionException.class,
			org.springframework.dao.DataAccessException.class })
	ResponseEntity<ProblemDetail> databaseDownUnderneath(Exception ex, Locale locale) throws Exception {
		if (!DatabaseTrouble.isUnavailable(ex)) {
			throw ex;
		}
		return unavailable(new ServiceUnavailableException(5, ex), locale);
	}

	@ExceptionHandler
	ProblemDetail notAllowed(HttpRequestMethodNotSupportedException ex, Locale locale) {
		return problem(HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed", new Object[] { ex.getMethod() },
				locale);
	}

	@ExceptionHandler
	ProblemDetail unsupported(HttpMediaTypeNotSupportedException ex, Locale locale) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType", new Object[0], locale);
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "error.badParameter", new Object[] { ex.getName(),
				String.valueOf(ex.getValue()) }, locale);
	}

	@ExceptionHandler
	ProblemDetail missing(MissingServletRequestParameterException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "error.missingParameter", new Object[] { ex.getParameterName() }, locale);
	}

	@ExceptionHandler
	ProblemDetail unreadable(HttpMessageNotReadableException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "error.unreadableBody", new Object[0], locale);
	}

	private ProblemDetail problem(HttpStatus status, String key, Object[] args, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, args, locale));
		problem.setTitle(messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
		return problem;
	}
}
