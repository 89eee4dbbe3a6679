package com.cadhire.hiring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * H2's half of the expert status counters ({@code expert_status_counts}, read by
 * {@link MyJobApplications}): a row trigger on {@code invites} and {@code applications}
 * ({@code db/vendor/h2/V50_10_2}) that takes one off the old row's counter and adds one
 * to the new row's, on the connection H2 passes, that is in the changing statement's
 * transaction. PostgreSQL runs a statement trigger in plpgsql instead. Public only
 * because H2 instantiates it by name; no code calls it.
 * <p>
 * Concurrency (H2's MVStore, READ COMMITTED): adding to an existing counter is an
 * {@code UPDATE ... SET n = n + ?}, which waits for the row lock of a transaction that
 * changed the counter and then adds to the committed value. A counter's first row is
 * inserted when the update found none; if another transaction inserted it first, the
 * insert waits for that transaction and, once it committed, fails with a duplicate key
 * (only that statement is undone), and the update is run again, now on the committed row.
 * If the other transaction rolled back instead, the insert succeeds. Either way no count
 * is lost. The two counters of a status change are taken in key order, as PostgreSQL's
 * trigger does.
 */
public class ExpertStatusCountsTrigger implements Trigger {

	private static final String DUPLICATE_KEY = "23505";

	private String kind = "";

	private int expertColumn = -1;

	private int statusColumn = -1;

	@Override
	public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
			throws SQLException {
		this.kind = switch (tableName.toLowerCase(Locale.ROOT)) {
			case "invites" -> "INVITE";
			case "applications" -> "APPLICATION";
			default -> throw new SQLException("No expert status counters for table " + tableName);
		};
		try (ResultSet columns = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
			while (columns.next()) {
				String column = columns.getString("COLUMN_NAME");
				int index = columns.getInt("ORDINAL_POSITION") - 1;
				if ("expert_id".equalsIgnoreCase(column)) {
					this.expertColumn = index;
				}
				else if ("status".equalsIgnoreCase(column)) {
					this.statusColumn = index;
				}
			}
		}
		if (this.expertColumn < 0 || this.statusColumn < 0) {
			throw new SQLException(tableName + " has no expert_id or status column");
		}
	}

	@Override
	public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
		Counter removed = (oldRow != null) ? counter(oldRow) : null;
		Counter added = (newRow != null) ? counter(newRow) : null;
		if (removed != null && removed.equals(added)) {
			return;
		}
		if (removed != null && added != null && removed.compareTo(added) > 0) {
			add(conn, added, 1);
			add(conn, removed, -1);
			return;
		}
		if (removed != null) {
			add(conn, removed, -1);
		}
		if (added != null) {
			add(conn, added, 1);
		}
	}

	private Counter counter(Object[] row) {
		return new Counter((UUID) Objects.requireNonNull(row[this.expertColumn]),
				Objects.requireNonNull(row[this.statusColumn]).toString());
	}

	private void add(Connection conn, Counter counter, long delta) throws SQLException {
		if (update(conn, counter, delta) > 0) {
			return;
		}
		try (PreparedStatement insert = conn
			.prepareStatement("INSERT INTO expert_status_counts (expert_id, kind, status, n) VALUES (?, ?, ?, ?)")) {
			insert.setObject(1, counter.expertId());
			insert.setString(2, this.kind);
			insert.setString(3, counter.status());
			insert.setLong(4, delta);
			insert.executeUpdate();
			return;
		}
		catch (SQLException ex) {
			if (!DUPLICATE_KEY.equals(ex.getSQLState())) {
				throw ex;
			}
		}
		// another transaction inserted the counter's first row and committed meanwhile
		if (update(conn, counter, delta) == 0) {
			throw new SQLException("Counter " + this.kind + " " + counter + " exists and does not");
		}
	}

	private int update(Connection conn, Counter counter, long delta) throws SQLException {
		try (PreparedStatement update = conn.prepareStatement(
				"UPDATE expert_status_counts SET n = n + ? WHERE expert_id = ? AND kind = ? AND status = ?")) {
			update.setLong(1, delta);
			update.setObject(2, counter.expertId());
			update.setString(3, this.kind);
			update.setString(4, counter.status());
			return update.executeUpdate();
		}
	}

	/**
	 * One counter of the table's kind. The expert id as text sorts as the databases sort
	 * UUIDs (unsigned, byte by byte).
	 */
	private record Counter(UUID expertId, String status) implements Comparable<Counter> {

		@Override
		public int compareTo(Counter other) {
			int byExpert = this.expertId.toString().compareTo(other.expertId.toString());
			return (byExpert != 0) ? byExpert : this.status.compareTo(other.status);
		}

	}

}
