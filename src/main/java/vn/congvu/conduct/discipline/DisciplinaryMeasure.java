package vn.congvu.conduct.discipline;

/** Hình thức kỷ luật. Which ones apply depends on the staff category, the post and the rules in force. */
public enum DisciplinaryMeasure {
	/** Khiển trách. */
	REPRIMAND,
	/** Cảnh cáo. */
	WARNING,
	/** Hạ bậc lương (civil servants without a leadership post, Decree 112/2020 only). */
	SALARY_DOWNGRADE,
	/** Giáng chức (civil servants with a leadership post, Decree 112/2020 only). */
	DEMOTION,
	/** Cách chức. */
	DISMISSAL,
	/** Bãi nhiệm (elected cadres). */
	REMOVAL_FROM_OFFICE,
	/** Buộc thôi việc. */
	FORCED_RESIGNATION
}
