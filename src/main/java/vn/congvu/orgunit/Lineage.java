package vn.congvu.orgunit;

import java.util.List;

/** Predecessors and successors of a unit. */
public record Lineage(long unitId, List<LineageView> predecessors, List<LineageView> successors) {
}
