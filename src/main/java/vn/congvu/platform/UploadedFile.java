package vn.congvu.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import vn.congvu.shared.InvalidInputException;

/**
 * Tệp tải lên: an uploaded photo or PDF whose type is read from its content, never from its name, so an .exe renamed
 * .jpg is refused. A photo must decode, and is stored as written again from its pixels; a PDF must parse and hold no
 * scripts or embedded files ({@link UploadContent}). Carries the SHA-256 checksum of what is stored.
 *
 * @param fileName the name the user gave it (for display only)
 * @param contentType the type found in the content
 * @param content the bytes
 * @param sha256 hex checksum of the bytes
 */
public record UploadedFile(String fileName, String contentType, byte[] content, String sha256) {

	public static final long MAX_BYTES = 5L * 1024 * 1024;

	/** Checks every non-empty file of a multipart form field ({@code null} when the field was not sent). */
	public static java.util.List<UploadedFile> allOf(
			java.util.@org.jspecify.annotations.Nullable List<org.springframework.web.multipart.MultipartFile> parts) {
		java.util.List<UploadedFile> files = new java.util.ArrayList<>();
		for (org.springframework.web.multipart.MultipartFile part : parts == null
				? java.util.List.<org.springframework.web.multipart.MultipartFile>of() : parts) {
			if (!part.isEmpty()) {
				try {
					files.add(of(part.getOriginalFilename(), part.getBytes()));
				}
				catch (java.io.IOException ex) {
					throw new InvalidInputException("upload.unreadable", part.getOriginalFilename());
				}
			}
		}
		return files;
	}

	/** Checks an upload: not empty, at most 5 MB, and really a JPEG, PNG or a passive PDF. */
	public static UploadedFile of(String fileName, byte[] content) {
		if (content.length == 0) {
			throw new InvalidInputException("upload.empty", fileName);
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("upload.tooLarge", fileName, MAX_BYTES / 1024 / 1024);
		}
		String type = sniff(content)
			.orElseThrow(() -> new InvalidInputException("upload.wrongType", fileName));
		if (type.equals("application/pdf")) {
			if (!UploadContent.passivePdf(content)) {
				throw new InvalidInputException("upload.activePdf", fileName);
			}
		}
		else { // a photo is kept as written again from its pixels: nothing hidden behind it, no location data
			byte[] clean = UploadContent.cleanImage(content, type.equals("image/png") ? "png" : "jpeg");
			if (clean == null) {
				throw new InvalidInputException("upload.wrongType", fileName);
			}
			content = clean;
		}
		String safeName = fileName == null || fileName.isBlank() ? "tep" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
		return new UploadedFile(safeName.length() > 200 ? safeName.substring(0, 200) : safeName, type, content,
				sha256(content));
	}

	/**
	 * The same upload as a photo for web pages: refused when it is not a picture, made no larger than {@code maxSide}
	 * pixels on its longer side.
	 */
	public UploadedFile asWebPhoto(int maxSide) {
		if (!contentType.startsWith("image/")) {
			throw new InvalidInputException("upload.notPhoto", fileName);
		}
		byte[] fitted = UploadContent.fitted(content, contentType.equals("image/png") ? "png" : "jpeg", maxSide);
		if (fitted == null) {
			throw new InvalidInputException("upload.wrongType", fileName);
		}
		return new UploadedFile(fileName, contentType, fitted, sha256(fitted));
	}

	/** The type that the file's first bytes show, if it is one we accept. */
	static Optional<String> sniff(byte[] content) {
		if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, int... prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((content[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Hex SHA-256 of some bytes. */
	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof UploadedFile file && file.sha256.equals(sha256) && file.fileName.equals(fileName);
	}

	@Override
	public int hashCode() {
		return sha256.hashCode();
	}

	@Override
	public String toString() {
		return fileName + " (" + contentType + ", " + content.length + " bytes, sha256 " + sha256 + ")";
	}
}
