// SPDX-License-Identifier: GPL-3.0-or-later
// Schema step 4: change approvals. A change may set how many approvals it needs (its quorum);
// without one a normal change needs every requested approver (see Change::evaluateApprovals).
#include "migrations.h"

namespace ServiceDeck::Storage {

Migration changeApprovalQuorum()
{
    return Migration{4,
                     QStringLiteral("change approval quorum"),
                     {QStringLiteral("ALTER TABLE tickets ADD COLUMN approval_quorum INTEGER "
                                     "CHECK (approval_quorum IS NULL OR approval_quorum > 0)"),
                      // The approval panel and the evaluation read one approver's open request.
                      QStringLiteral("CREATE INDEX change_approvals_open ON change_approvals "
                                     "(change_id, approver_id, decision)")},
                     {},
                     {},
                     {}};
}

} // namespace ServiceDeck::Storage
