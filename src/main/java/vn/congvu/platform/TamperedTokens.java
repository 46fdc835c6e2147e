package vn.congvu.platform;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Reads the form token as the framework does (masked anew on every page, against BREACH), but takes a token that
 * cannot be unmasked, such as random bytes of the right length that do not decode to text, for what it is: a
 * wrong token, refused with 403 like a missing one, never a 500.
 */
final class TamperedTokens implements CsrfTokenRequestHandler {

	private final XorCsrfTokenRequestAttributeHandler masked = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
		masked.handle(request, response, token);
	}

	@Override
	public @Nullable String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
		try {
			return masked.resolveCsrfTokenValue(request, token);
		}
		catch (IllegalArgumentException malformed) {
			return null;
		}
	}
}
