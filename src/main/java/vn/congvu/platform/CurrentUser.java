package vn.congvu.platform;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Người dùng hiện tại: the signed-in account with its role and data scope. {@code scopeUnitId} is the root of the unit
 * subtree the user may see; {@code null} means every unit (administrators and city-wide roles).
 */
public record CurrentUser(long accountId, String username, String displayName, Role role, @Nullable Long scopeUnitId,
		String passwordHash, boolean locked) implements UserDetails, Serializable {

	/** The user of the current request, or an empty scope-less system user outside requests. */
	public static CurrentUser get() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
			return user;
		}
		throw new IllegalStateException("No signed-in user");
	}

	/** The username for audit records: the signed-in user, or "system" for start-up and background work. */
	public static String actorName() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user.username() : "system";
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}
}
