package io.integra.storage.jdbc;

import io.integra.core.cases.DecidingCoding;
import io.integra.storage.workspace.ChangeNote;
import io.integra.storage.workspace.InvalidEditException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The workspace's settings, kept in {@code ws_meta} with their history: the designated primary
 * coder (absent: the bundled data's coder), whose coding decides when coders disagree.
 */
record Settings(Db db, History history) {
  String primaryIn() throws SQLException {
    String p = db.metaIn(JdbcWorkspace.PRIMARY_CODER);
    return p != null ? p : BundledData.primaryCoder();
  }

  /** Checks the arguments before any transaction begins. */
  static void checkPrimary(String coder, ChangeNote note) {
    if (coder == null || coder.isBlank()) throw new InvalidEditException("give the coder to make primary");
    if (DecidingCoding.RECONCILED.equals(coder)) {
      throw new InvalidEditException("'" + coder + "' holds reconciled codings, which decide anyway; expected a coder's name");
    }
    if (note == null || note.note() == null || note.note().isBlank()) throw new InvalidEditException("a change of primary coder needs its note (why)");
  }

  void setPrimary(String coder, ChangeNote note) throws SQLException {
    long at = history.stamp();
    boolean coded;
    try (PreparedStatement ps = db.conn.prepareStatement("SELECT COUNT(*) FROM ws_coding WHERE coder = ?")) {
      ps.setString(1, coder);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        coded = rs.getLong(1) > 0;
      }
    }
    if (!coded) {
      List<String> coders = new ArrayList<>();
      try (Statement st = db.conn.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT coder FROM ws_coding ORDER BY coder")) {
        while (rs.next()) coders.add(rs.getString(1));
      }
      throw new InvalidEditException("coder '" + coder + "' has no coding in the workspace; expected one of " + String.join(", ", coders));
    }
    String before = primaryIn();
    db.putMeta(JdbcWorkspace.PRIMARY_CODER, coder);
    history.record(history.nextRevisions(1), at, note, "primary", "workspace", null, JdbcWorkspace.PRIMARY_CODER, before, coder);
  }
}
