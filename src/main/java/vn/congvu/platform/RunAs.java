package vn.congvu.platform;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs work outside a request as a named account, with its role and scope, so that the same rules and the same audit
 * trail apply as when that person clicks through the pages (used to stage the demo's sample work).
 */
@Component
public class RunAs {

	private final AccountDetailsService accounts;
	private final Viewers viewers;

	RunAs(AccountDetailsService accounts, Viewers viewers) {
		this.accounts = accounts;
		this.viewers = viewers;
	}

	/** Runs {@code action} with the account's viewer (and the account as the audit's actor). */
	public void run(String username, java.util.function.Consumer<Viewer> action) {
		SecurityContext previous = SecurityContextHolder.getContext();
		CurrentUser user = (CurrentUser) accounts.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			action.accept(viewers.of(user));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
