package vn.congvu.emulation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.congvu.orgunit.OrgUnitQueries;
import vn.congvu.orgunit.OrgUnitView;
import vn.congvu.platform.AuditLog;
import vn.congvu.platform.Rows;
import vn.congvu.platform.Viewer;
import vn.congvu.shared.InvalidInputException;
import vn.congvu.shared.NotPermittedException;
import vn.congvu.shared.TextLimits;

/**
 * Cụm, khối thi đua: an officer groups the units under a unit for a year, by area (cụm) or by function (khối), with
 * a leading unit (cụm trưởng). A unit is in at most one group of a year; campaign rankings are also read group by
 * group.
 */
@Service
@Transactional
public class Clusters {

	private final JdbcClient jdbc;
	private final OrgUnitQueries units;
	private final AuditLog audit;

	Clusters(JdbcClient jdbc, OrgUnitQueries units, AuditLog audit) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
	}

	public enum Kind {
		CLUSTER, BLOCK
	}

	public record NewCluster(long organizerUnitId, int year, @Nullable Kind kind, String name,
			List<Long> memberUnitIds, @Nullable Long leaderUnitId) {
	}

	public record Cluster(long id, long organizerUnitId, int year, String kind, String name,
			@Nullable Long leaderUnitId, @Nullable String leaderName, String[] memberNames, Long[] memberIds) {
	}

	public long create(Viewer viewer, NewCluster cluster) {
		NotPermittedException.unless(viewer.mayRunEmulation());
		OrgUnitView organizer = units.find(viewer, cluster.organizerUnitId());
		if (cluster.kind() == null) {
			throw new InvalidInputException("cluster.kindRequired");
		}
		if (cluster.name() == null || cluster.name().isBlank()) {
			throw new InvalidInputException("cluster.nameRequired");
		}
		TextLimits.require(cluster.name(), 300);
		if (cluster.year() < 2000 || cluster.year() > 2100) {
			throw new InvalidInputException("cluster.year");
		}
		Set<Long> members = new LinkedHashSet<>(cluster.memberUnitIds());
		if (members.size() < 2) {
			throw new InvalidInputException("cluster.membersTooFew");
		}
		for (long member : members) {
			OrgUnitView unit = units.find(viewer, member);
			if (unit.id() == organizer.id() || !unit.path().startsWith(organizer.path())) {
				throw new InvalidInputException("cluster.notUnder", unit.name(), organizer.name());
			}
		}
		if (cluster.leaderUnitId() != null && !members.contains(cluster.leaderUnitId())) {
			throw new InvalidInputException("cluster.leaderNotMember");
		}
		String taken = jdbc.sql("""
				select string_agg(u.name, ', ' order by u.name) from emulation.cluster_member m
				join orgunit.published_unit u on u.id = m.unit_id where m.year = :y and m.unit_id in (:ids)""")
			.param("y", cluster.year()).param("ids", members).query(String.class).optional().orElse(null);
		if (taken != null) {
			throw new InvalidInputException("cluster.alreadyGrouped", taken, "" + cluster.year());
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into emulation.cluster (organizer_unit_id, year, kind, name, leader_unit_id, created_by)
					values (:o, :y, :k, :n, :l, :by) returning id""").param("o", organizer.id())
				.param("y", cluster.year()).param("k", cluster.kind().name()).param("n", cluster.name().strip())
				.param("l", cluster.leaderUnitId()).param("by", viewer.displayName()).query(Long.class).single();
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidInputException("cluster.duplicateName", cluster.name().strip());
		}
		for (long member : members) {
			jdbc.sql("insert into emulation.cluster_member (cluster_id, year, unit_id) values (:c, :y, :u)")
				.param("c", id).param("y", cluster.year()).param("u", member).update();
		}
		audit.record("cluster.create", "cluster", id, null, Map.of("name", cluster.name().strip(),
				"year", cluster.year(), "units", List.copyOf(members)));
		return id;
	}

	/** The groups of a year organised within the viewer's scope or above it (a ward sees its own group). */
	@Transactional(readOnly = true)
	public List<Cluster> ofYear(Viewer viewer, int year) {
		return jdbc.sql("""
				select c.id, c.organizer_unit_id, c.year, c.kind, c.name, c.leader_unit_id, l.name as leader_name,
				       array(select u.name from emulation.cluster_member m join orgunit.published_unit u on u.id = m.unit_id
				             where m.cluster_id = c.id order by u.name) as member_names,
				       array(select u.id from emulation.cluster_member m join orgunit.published_unit u on u.id = m.unit_id
				             where m.cluster_id = c.id order by u.name) as member_ids
				from emulation.cluster c join orgunit.published_unit o on o.id = c.organizer_unit_id
				left join orgunit.published_unit l on l.id = c.leader_unit_id
				where c.year = :y and (o.path like :scope || '%' or exists (
				    select 1 from emulation.cluster_member m join orgunit.published_unit u on u.id = m.unit_id
				    where m.cluster_id = c.id and u.path like :scope || '%'))
				order by c.kind, c.name""").param("y", year).param("scope", viewer.scopePath())
			.query(Rows.as(Cluster.class)).list();
	}

	/** For each unit grouped in a year, the name of its group (public facts of the campaign pages). */
	@Transactional(readOnly = true)
	public Map<Long, String> groupOfUnits(int year) {
		Map<Long, String> groups = new HashMap<>();
		jdbc.sql("""
				select m.unit_id, c.name from emulation.cluster_member m join emulation.cluster c on c.id = m.cluster_id
				where m.year = :y""").param("y", year)
			.query((rs, n) -> groups.put(rs.getLong("unit_id"), rs.getString("name"))).list();
		return groups;
	}
}
