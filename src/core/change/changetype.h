// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ServiceDeck::Change {

// The three ITIL change types. Standard changes are pre-approved routine work; normal changes go
// to the CAB; emergency changes go to the emergency CAB (ECAB) and are expedited.
enum class ChangeType { Standard, Normal, Emergency };

// Who has to agree before a change of a type may be scheduled.
enum class ApprovalBoard { None, Cab, Ecab };

// What a change type needs on its way to `scheduled`.
struct ChangeTypeRules
{
    ApprovalBoard board = ApprovalBoard::Cab;
    // Approvals a decision needs by default when the change sets no quorum; 0 means every
    // requested approver.
    int defaultQuorum = 0;
    // Fields that must hold a value before approval is requested (or, for a standard change,
    // before it is scheduled).
    QStringList requiredFields;
    // Whether the risk questionnaire must have been answered.
    bool needsRiskAssessment = true;
};

QList<ChangeType> allChangeTypes();
QString changeTypeName(ChangeType type); // "standard", "normal", "emergency"
QString changeTypeLabel(ChangeType type); // translated
std::optional<ChangeType> changeTypeFromName(QStringView name);

ChangeTypeRules changeTypeRules(ChangeType type);
bool needsApproval(ChangeType type);

} // namespace ServiceDeck::Change
