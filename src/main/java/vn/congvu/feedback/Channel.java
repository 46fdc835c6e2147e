package vn.congvu.feedback;

/** Kênh đánh giá: where a rating came from. */
public enum Channel {
	KIOSK, QR, WEB
}
