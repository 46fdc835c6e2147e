package vn.congvu.feedback;

/** Loại phản ánh nhũng nhiễu, gây phiền hà (Directive 10/CT-TTg). */
public enum ReportKind {
	/** Yêu cầu bổ sung giấy tờ quá một lần. */
	EXTRA_DOCUMENTS,
	/** Gợi ý, đòi tiền hoặc quà. */
	SOLICITING,
	/** Trả kết quả trễ mà không xin lỗi. */
	LATE_WITHOUT_APOLOGY,
	/** Thái độ hách dịch, thiếu tôn trọng. */
	RUDE,
	OTHER
}
