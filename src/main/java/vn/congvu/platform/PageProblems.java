package vn.congvu.platform;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.RecordNotFoundException;

/** Pages answer a missing or out-of-scope record with the 404 page, an action not the viewer's with the 403 page, and a malformed parameter with the 400 page. */
@ControllerAdvice
class PageProblems {

	@ExceptionHandler(RecordNotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	@ExceptionHandler(NotPermittedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notPermitted() {
		return "error/403";
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	@ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
	String tooLarge() {
		return "error/413";
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, InvalidInputException.class,
			org.springframework.web.multipart.MultipartException.class,
			org.springframework.web.multipart.support.MissingServletRequestPartException.class,
			org.springframework.web.bind.MissingServletRequestParameterException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String badParameter() {
		return "error/400";
	}
}
