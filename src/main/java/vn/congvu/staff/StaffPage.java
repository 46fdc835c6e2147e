package vn.congvu.staff;

import java.util.List;

/** One page of a staff list and the number of matching people. */
public record StaffPage(List<StaffRow> rows, long total, int page, int size) {

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}
}
