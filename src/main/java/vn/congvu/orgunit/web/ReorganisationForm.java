package vn.congvu.orgunit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.congvu.orgunit.NewOrgUnit;
import vn.congvu.orgunit.OrgUnitType;
import vn.congvu.orgunit.ReorganisationCommand;
import vn.congvu.orgunit.ReorganisationKind;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.VietnameseDates;

/**
 * The reorganisation form as typed: which units end, what they become (new units, or an existing unit for a merge),
 * the dates and the legal basis. {@link #toCommand} turns it into the command the tree records, or refuses it with a
 * message that says what is missing.
 */
public class ReorganisationForm {

	static final int NEW_UNIT_ROWS = 3;

	private String kind = "";
	private List<Long> ending = new ArrayList<>();
	private String existingSuccessor = "";
	private List<String> newCode = new ArrayList<>();
	private List<String> newName = new ArrayList<>();
	private List<String> newType = new ArrayList<>();
	private @Nullable Long parentId;
	private String effectiveDate = "";
	private String basisNumber = "";
	private String basisDate = "";
	private String note = "";
	private boolean carryPeople = true;

	ReorganisationCommand toCommand(LocalDate today) {
		ReorganisationKind chosen = Arrays.stream(ReorganisationKind.values())
			.filter(k -> k.name().equals(kind) && k != ReorganisationKind.RENAME && k != ReorganisationKind.MOVE)
			.findFirst().orElseThrow(() -> new InvalidInputException("reorganisation.chooseKind"));
		if (ending.isEmpty()) {
			throw new InvalidInputException("reorganisation.noUnits");
		}
		LocalDate effective = required(effectiveDate, today);
		LocalDate basis = required(basisDate, today);
		List<NewOrgUnit> newUnits = new ArrayList<>();
		for (int i = 0; i < newCode.size(); i++) {
			String code = at(newCode, i);
			String name = at(newName, i);
			if (code.isEmpty() && name.isEmpty()) {
				continue;
			}
			String typed = at(newType, i);
			OrgUnitType type = Arrays.stream(OrgUnitType.values()).filter(t -> t.name().equals(typed))
				.findFirst().orElseThrow(() -> new InvalidInputException("reorganisation.newUnitType", name));
			newUnits.add(new NewOrgUnit(code, name, type, parentId, effective));
		}
		List<String> successors = new ArrayList<>(newUnits.stream().map(NewOrgUnit::code).toList());
		if (!existingSuccessor.isBlank()) {
			successors.add(existingSuccessor.strip());
		}
		List<ReorganisationCommand.Edge> edges = new ArrayList<>();
		switch (chosen) {
			case DISSOLVE -> {
				if (!successors.isEmpty()) {
					throw new InvalidInputException("reorganisation.dissolveHasNoSuccessor");
				}
				ending.forEach(id -> edges.add(ReorganisationCommand.Edge.dissolved(id)));
			}
			case MERGE -> {
				if (ending.size() < 2 || successors.size() != 1) {
					throw new InvalidInputException("reorganisation.mergeShape");
				}
				ending.forEach(id -> edges.add(ReorganisationCommand.Edge.whole(id, successors.getFirst())));
			}
			default -> {
				if (ending.size() != 1 || successors.size() < 2) {
					throw new InvalidInputException("reorganisation.splitShape");
				}
				successors.forEach(code -> edges.add(ReorganisationCommand.Edge.part(ending.getFirst(), code)));
			}
		}
		return new ReorganisationCommand(chosen, effective, basisNumber, basis, note.isBlank() ? null : note.strip(),
				newUnits, edges, successors.isEmpty() ? null : successors.getFirst(), carryPeople);
	}

	private static LocalDate required(String text, LocalDate today) {
		if (text.isBlank()) {
			throw new InvalidInputException("orgUnit.datesRequired");
		}
		return VietnameseDates.parse(text, today);
	}

	private static String at(List<String> values, int index) {
		return index < values.size() && values.get(index) != null ? values.get(index).strip() : "";
	}

	/** The value typed in new-unit row {@code index} of {@code field}, for refilling the form. */
	public String row(String field, int index) {
		return at(switch (field) {
			case "code" -> newCode;
			case "name" -> newName;
			default -> newType;
		}, index);
	}

	public String getKind() { return kind; }
	public void setKind(String kind) { this.kind = kind; }
	public List<Long> getEnding() { return ending; }
	public void setEnding(List<Long> ending) { this.ending = ending; }
	public String getExistingSuccessor() { return existingSuccessor; }
	public void setExistingSuccessor(String existingSuccessor) { this.existingSuccessor = existingSuccessor; }
	public List<String> getNewCode() { return newCode; }
	public void setNewCode(List<String> newCode) { this.newCode = newCode; }
	public List<String> getNewName() { return newName; }
	public void setNewName(List<String> newName) { this.newName = newName; }
	public List<String> getNewType() { return newType; }
	public void setNewType(List<String> newType) { this.newType = newType; }
	public @Nullable Long getParentId() { return parentId; }
	public void setParentId(@Nullable Long parentId) { this.parentId = parentId; }
	public String getEffectiveDate() { return effectiveDate; }
	public void setEffectiveDate(String effectiveDate) { this.effectiveDate = effectiveDate; }
	public String getBasisNumber() { return basisNumber; }
	public void setBasisNumber(String basisNumber) { this.basisNumber = basisNumber; }
	public String getBasisDate() { return basisDate; }
	public void setBasisDate(String basisDate) { this.basisDate = basisDate; }
	public String getNote() { return note; }
	public void setNote(String note) { this.note = note; }
	public boolean isCarryPeople() { return carryPeople; }
	public void setCarryPeople(boolean carryPeople) { this.carryPeople = carryPeople; }
}
