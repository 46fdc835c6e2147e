package vn.congvu.reporting;

import java.util.Optional;

/**
 * What a module tells of a document it issued before the register of outgoing documents existed, found by the SHA-256
 * of the file: the verification page still recognises it (as issued before the register, with no number from it).
 */
public interface EarlierDocuments {

	Optional<String> describe(String sha256);
}
