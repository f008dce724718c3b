// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 10: the hub's change feed is pruned after a retention period. Every write to a
// record table adds a change_log row, so a hub that is never pruned grows without end.
// servicedeck_prune_change_log(keep) deletes the rows older than `keep` that every reader can
// already see (below the snapshot horizon), and first records in change_log_pruned the highest
// (txid, seq) it deletes. A replica whose pull cursor is below that mark has missed changes:
// it pushes its outbox, then downloads its records afresh (see Puller::refreshIfPruned).
// The hub's journal (the history) is not pruned.
#include "migrations.h"

namespace ServiceDeck::Storage {

Migration changeLogRetention()
{
    Migration step;
    step.version = 10;
    step.description = QStringLiteral("sync: change feed retention");
    step.postgresOnly
        << QStringLiteral("CREATE TABLE change_log_pruned (one boolean PRIMARY KEY DEFAULT true "
                          "CHECK (one), txid xid8 NOT NULL, seq bigint NOT NULL)")
        << QStringLiteral(
               "CREATE FUNCTION servicedeck_prune_change_log(keep interval) RETURNS bigint "
               "LANGUAGE plpgsql AS $body$ "
               "DECLARE last_txid xid8; last_seq bigint; gone bigint; "
               "BEGIN "
               "LOCK TABLE change_log_pruned IN EXCLUSIVE MODE; "
               "SELECT c.txid, c.seq INTO last_txid, last_seq FROM change_log c "
               "WHERE c.at < now() - keep AND c.txid < pg_snapshot_xmin(pg_current_snapshot()) "
               "ORDER BY c.txid DESC, c.seq DESC LIMIT 1; "
               "IF last_txid IS NULL THEN RETURN 0; END IF; "
               "INSERT INTO change_log_pruned (one, txid, seq) VALUES (true, last_txid, last_seq) "
               "ON CONFLICT (one) DO UPDATE SET txid = EXCLUDED.txid, seq = EXCLUDED.seq "
               "WHERE (change_log_pruned.txid, change_log_pruned.seq) "
               "< (EXCLUDED.txid, EXCLUDED.seq); "
               "DELETE FROM change_log c WHERE c.at < now() - keep "
               "AND (c.txid, c.seq) <= (last_txid, last_seq); "
               "GET DIAGNOSTICS gone = ROW_COUNT; "
               "RETURN gone; "
               "END $body$");
    return step;
}

} // namespace ServiceDeck::Storage
