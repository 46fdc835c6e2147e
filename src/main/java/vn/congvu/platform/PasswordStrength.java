package vn.congvu.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import vn.congvu.shared.InvalidInputException;

/**
 * Độ mạnh mật khẩu: a password a person chooses must be at least {@link #MIN_LENGTH} characters and hard to guess,
 * as estimated by nbvcxz (a maintained estimator of guessing entropy): it refuses the user's own name and display
 * name, sequences ({@code 1234567890}, {@code abcdefghij}), repeats ({@code aaaaaaaaaa}), keyboard walks and common
 * passwords and words, with their leet spellings. The application's own random passwords pass by construction.
 */
final class PasswordStrength {

	static final int MIN_LENGTH = 10;
	/** Bits of guessing entropy required (nbvcxz's own default is 35). */
	static final double MIN_ENTROPY = 40d;

	private PasswordStrength() {
	}

	/** Refuses {@code password} with a message in the user's language when it is too short or too guessable. */
	static void require(String password, String username, String displayName) {
		if (password.length() < MIN_LENGTH) {
			throw new InvalidInputException("account.password.tooShort", MIN_LENGTH);
		}
		if (!strongEnough(password, username, displayName)) {
			throw new InvalidInputException("account.password.weak");
		}
	}

	static boolean strongEnough(String password, String username, String displayName) {
		List<String> own = new ArrayList<>();
		own.add(username.toLowerCase(Locale.ROOT));
		for (String part : (username + " " + displayName + " congvu cong vu").toLowerCase(Locale.ROOT)
			.split("[^\\p{L}\\p{N}]+")) {
			if (part.length() >= 3) {
				own.add(part);
				own.add(vn.congvu.shared.VietnameseText.fold(part));
			}
		}
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		dictionaries.add(new DictionaryBuilder().setDictionaryName("user").setExclusion(true).addWords(own, 0)
			.createDictionary());
		Nbvcxz estimator = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries)
			.setMinimumEntropy(MIN_ENTROPY).createConfiguration());
		return estimator.estimate(password).isMinimumEntropyMet();
	}
}
