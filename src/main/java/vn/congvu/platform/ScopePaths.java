package vn.congvu.platform;

import org.jspecify.annotations.Nullable;

/**
 * Where a scope's materialised path comes from: the unit tree, which the {@code orgunit} module owns and implements
 * this with. Platform only knows that a scope is a unit id.
 */
public interface ScopePaths {

	/** The path prefixing every unit in the subtree of {@code unitId}; {@code "/"} for {@code null} (every unit). */
	String pathOf(@Nullable Long unitId);
}
