package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/**
 * Errors of pages, and of API addresses that have no handler, answered through {@link ErrorResponses}: a missing or
 * out-of-scope record is 404, an action not the viewer's 403, a malformed parameter 400, an unknown address 404, a
 * method the address does not take 405, an upload over the limit 413, and the database out of reach 503 with
 * Retry-After. Ordered before the framework's own problem-details handler, which would answer pages with JSON.
 * The API's own controllers are answered by {@link ApiProblems} first.
 */
@ControllerAdvice
@Order(-1)
class PageProblems {

	private final ErrorResponses errors;

	PageProblems(ErrorResponses errors) {
		this.errors = errors;
	}

	@ExceptionHandler(RecordNotFoundException.class)
	@Nullable ModelAndView notFound(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		return errors.answer(request, response, 404, null, new Object[0], locale);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	@Nullable ModelAndView noSuchAddress(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		return errors.answer(request, response, 404, "error.noSuchAddress", new Object[0], locale);
	}

	@ExceptionHandler(NotPermittedException.class)
	@Nullable ModelAndView notPermitted(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		return errors.answer(request, response, 403, null, new Object[0], locale);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	@Nullable ModelAndView methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws IOException {
		String[] allowed = ex.getSupportedMethods();
		if (allowed != null) {
			response.setHeader("Allow", String.join(", ", allowed));
		}
		return errors.answer(request, response, 405, "error.methodNotAllowed", new Object[] { ex.getMethod() },
				locale);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@Nullable ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		return errors.answer(request, response, 413, null, new Object[0], locale);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	@Nullable ModelAndView notAcceptable(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		return errors.answer(request, response, 406, "error.notAcceptable", new Object[0], locale);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	@Nullable ModelAndView unsupportedType(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		return errors.answer(request, response, 415, "error.unsupportedMediaType", new Object[0], locale);
	}

	@ExceptionHandler({ TypeMismatchException.class, InvalidInputException.class, BindException.class,
			MultipartException.class, MissingServletRequestPartException.class,
			MissingServletRequestParameterException.class })
	@Nullable ModelAndView badParameter(Exception ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		if (BackToTheForm.HANDLED.stream().anyMatch(type -> type.isInstance(ex))) {
			ModelAndView back = BackToTheForm.answer(request, ex);
			if (back != null) {
				return back;
			}
		}
		return errors.answer(request, response, 400, null, new Object[0], locale);
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			TransientDataAccessResourceException.class, ServiceUnavailableException.class })
	@Nullable ModelAndView databaseDown(HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		return errors.answer(request, response, 503, "error.unavailable", new Object[0], locale);
	}

	/**
	 * A statement that failed because its connection died, whose rollback then failed too, arrives as the rollback's
	 * exception (the transaction manager reports the last failure): a 503 when the cause says the database is out
	 * of reach, otherwise what it was (a 500).
	 */
	@ExceptionHandler({ org.springframework.transaction.TransactionException.class,
			org.springframework.dao.DataAccessException.class })
	@Nullable ModelAndView databaseDownUnderneath(Exception ex, HttpServletRequest request,
			HttpServletResponse response, Locale locale) throws Exception {
		if (!DatabaseTrouble.isUnavailable(ex)) {
			throw ex;
		}
		return errors.answer(request, response, 503, "error.unavailable", new Object[0], locale);
	}
}
